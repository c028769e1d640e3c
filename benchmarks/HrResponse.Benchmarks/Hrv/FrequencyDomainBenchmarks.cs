using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;

namespace HrResponse.Benchmarks.Hrv;

/// <summary>
/// Frequency-domain HRV on a synthetic RR series (850 ms mean, 0.1 and 0.25 Hz modulation, fixed-seed noise):
/// Welch (cubic 4 Hz resampling + smoothness priors + Welch, the default preset), Lomb–Scargle on beat times, Burg.
/// 100,000 beats ≈ 24 h.
/// </summary>
[MemoryDiagnoser]
public class FrequencyDomainBenchmarks
{
    private static readonly FrequencyDomainOptions Lomb = FrequencyDomainOptions.Default with { Method = PsdMethod.Lomb };
    private static readonly FrequencyDomainOptions Burg = FrequencyDomainOptions.Default with { Method = PsdMethod.Burg };

    private RrIntervals _rr = RrIntervals.Empty;

    /// <summary>Number of RR intervals.</summary>
    [Params(300, 5_000, 100_000)]
    public int Beats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var rr = new double[Beats];
        double t = 0;
        for (var i = 0; i < Beats; i++)
        {
            var value = 850 + (40 * Math.Sin(2 * Math.PI * 0.1 * t)) + (25 * Math.Sin(2 * Math.PI * 0.25 * t)) + (10 * (random.NextDouble() - 0.5));
            rr[i] = value;
            t += value / 1000;
        }

        _rr = RrIntervals.FromMilliseconds(rr);
    }

    [Benchmark(Baseline = true)]
    public double WelchDefault() => FrequencyDomainAnalysis.Compute(_rr).LfPowerMs2;

    [Benchmark]
    public double LombBeatTimes() => FrequencyDomainAnalysis.Compute(_rr, Lomb).LfPowerMs2;

    [Benchmark]
    public double BurgOrder16() => FrequencyDomainAnalysis.Compute(_rr, Burg).LfPowerMs2;
}
