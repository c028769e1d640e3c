using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;

namespace HrResponse.Benchmarks.Hrv;

/// <summary>
/// <see cref="TimeDomainAnalysis.Compute(ReadOnlySpan{double}, TimeDomainOptions?)"/> on fixed-seed realistic RR
/// (800 ± 50 ms, normal, quantised to 1 ms), every index including percentiles, HTI, TINN and SDANN/SDNNI.
/// </summary>
[MemoryDiagnoser]
public class TimeDomainBenchmarks
{
    private double[] _rr = [];

    /// <summary>Number of intervals.</summary>
    [Params(300, 5_000, 100_000)]
    public int Beats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _rr = new double[Beats];
        for (var i = 0; i < _rr.Length; i++)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            _rr[i] = Math.Round(800 + (50 * z));
        }
    }

    [Benchmark(Baseline = true)]
    public TimeDomainResult Default() => TimeDomainAnalysis.Compute(_rr, TimeDomainOptions.Default);

    [Benchmark]
    public TimeDomainResult NeuroKit2() => TimeDomainAnalysis.Compute(_rr, TimeDomainOptions.NeuroKit2);
}
