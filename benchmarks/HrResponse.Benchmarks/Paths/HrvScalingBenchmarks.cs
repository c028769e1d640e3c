using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;

namespace HrResponse.Benchmarks.Paths;

/// <summary>
/// Issue 15, item 6: full HRV (default preset) near-linear in the number of beats: four times the beats should take at
/// most five times the time. A synthetic series (a 10-beat sine of ±50 ms on 800 ms with uniform noise of ±20 ms,
/// integer-quantised by the noise) at 50,000 and 200,000 beats; compare the two means.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class HrvScalingBenchmarks
{
    private double[] _rr = [];

    [Params(50_000, 200_000)]
    public int Beats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(3);
        _rr = Enumerable.Range(0, Beats).Select(i => 800 + (50 * Math.Sin(i / 10.0)) + rng.Next(-20, 20)).ToArray();
    }

    [Benchmark]
    public HrvResult Full() => HrvAnalysis.Compute(_rr);
}
