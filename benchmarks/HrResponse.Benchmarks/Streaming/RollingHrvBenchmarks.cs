using BenchmarkDotNet.Attributes;
using HrResponse.Streaming;

namespace HrResponse.Benchmarks.Streaming;

/// <summary>
/// Per-beat cost of the rolling analysis after warm-up (120-s window, 20-s step, DFA α1 with smoothness priors):
/// each invocation pushes <see cref="Beats"/> beats; results are per beat (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class RollingHrvBenchmarks
{
    private RollingHrvAnalyzer _analyzer = null!;
    private double[] _rr = [];
    private double _time;

    /// <summary>Beats per invocation.</summary>
    [Params(10_000)]
    public int Beats { get; set; }

    /// <summary>Mean heart rate of the synthetic stream (sets beats per window).</summary>
    [Params(60, 180)]
    public int HeartRateBpm { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var mean = 60000.0 / HeartRateBpm;
        _rr = [.. Enumerable.Range(0, Beats).Select(i => mean * (1 + (0.03 * Math.Sin(i / 5.0)) + (0.01 * (random.NextDouble() - 0.5))))];
        _analyzer = new RollingHrvAnalyzer();
        Push();
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public void AddBeat() => Push();

    /// <summary>The same stream through <see cref="RollingHrvAnalyzer.Add(double)"/> (RR only, time accumulated).</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public void AddRrOnly()
    {
        var rr = _rr;
        for (var i = 0; i < rr.Length; i++) _analyzer.Add(rr[i]);
    }

    private void Push()
    {
        var rr = _rr;
        for (var i = 0; i < rr.Length; i++)
        {
            _time += rr[i] / 1000.0;
            _analyzer.Add(new Beat(_time, rr[i]));
        }
    }
}
