using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;

namespace HrResponse.Benchmarks.Paths;

/// <summary>
/// Issue 16: full HRV (time, frequency and nonlinear domains, <c>HrvAnalysis.Compute</c>) of real recordings per
/// preset at 5 min, 1 h and 24 h, plus the frequency and nonlinear domains alone. Targets: full HRV of 1 h with the
/// NeuroKit2 preset ≤ 150 ms warmed; NeuroKit2-preset frequency domain of 24 h ≤ 2 s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class FullHrvBenchmarks
{
    private RrIntervals _rr = null!;
    private HrvOptions _options = null!;

    [Params(HrvPreset.Default, HrvPreset.NeuroKit2, HrvPreset.TaskForce1996)]
    public HrvPreset Preset { get; set; }

    [Params(BenchmarkData.Length.FiveMinutes, BenchmarkData.Length.OneHour, BenchmarkData.Length.TwentyFourHours)]
    public BenchmarkData.Length Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rr = RrIntervals.FromMilliseconds(BenchmarkData.Rr(Length));
        _options = HrvOptions.FromPreset(Preset);
    }

    [Benchmark]
    public HrvResult Full() => HrvAnalysis.Compute(_rr, _options);

    [Benchmark]
    public FrequencyDomainResult Frequency() => FrequencyDomainAnalysis.Compute(_rr, _options.FrequencyDomain);

    [Benchmark]
    public NonlinearResult Nonlinear() => NonlinearAnalysis.Compute(_rr, _options.Nonlinear);
}
