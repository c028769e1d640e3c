using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;

namespace HrResponse.Benchmarks.Paths;

/// <summary>The series of <see cref="FullHrvScalingBenchmarks"/>.</summary>
public enum ScalingData
{
    /// <summary>The nsr2db 24-h recordings (1/128-s quantised RR) one after another, repeated until the size is reached.</summary>
    Recorded,

    /// <summary>800 + 50·sin(i/10) + a uniform integer in [−20, 20) ms (fixed seed 3): nearly every value distinct.</summary>
    Continuous,
}

/// <summary>One measured case: the kind of series and its number of beats.</summary>
public readonly record struct ScalingCase(ScalingData Data, int Beats)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Data} {Beats}";
}

/// <summary>
/// Issue 15: the default full HRV (<c>HrvAnalysis.Compute(rr)</c>, time, frequency and nonlinear domains) from 100,000
/// to 2 million beats, on recorded (quantised) and continuous-valued series. Target: near-linear growth in the number of
/// beats (the issue measured 8 s at 200k, 32 s at 500k and over 240 s at 2M beats). Both kinds run to 2 million beats
/// (the continuous series' template counts are 3-D box counts since issue 15's last item, no longer quadratic). Long
/// calls, so one cold launch and two measured calls per case (monitoring strategy, no pilot).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(BenchmarkDotNet.Engines.RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class FullHrvScalingBenchmarks
{
    private RrIntervals _rr = null!;

    /// <summary>
    /// The measured cases: both kinds at 100,000 to 2 million beats, or one kind when the environment variable
    /// <c>HRRESPONSE_SCALING_DATA</c> names it (<c>Recorded</c> or <c>Continuous</c>).
    /// </summary>
    public static IEnumerable<ScalingCase> Cases()
    {
        var only = Enum.TryParse<ScalingData>(Environment.GetEnvironmentVariable("HRRESPONSE_SCALING_DATA"), out var kind) ? kind : (ScalingData?)null;
        return Enum.GetValues<ScalingData>()
            .Where(k => only is null || k == only)
            .SelectMany(k => new[] { 100_000, 200_000, 500_000, 1_000_000, 2_000_000 }.Select(n => new ScalingCase(k, n)))
            .ToArray();
    }

    [ParamsSource(nameof(Cases))]
    public ScalingCase Case { get; set; }

    [GlobalSetup]
    public void Setup() => _rr = RrIntervals.FromMilliseconds(Series(Case.Data, Case.Beats));

    [Benchmark]
    public HrvResult Full() => HrvAnalysis.Compute(_rr);

    /// <summary>A series of <paramref name="n"/> intervals (ms) of the given kind.</summary>
    public static double[] Series(ScalingData kind, int n)
    {
        var x = new double[n];
        if (kind == ScalingData.Continuous)
        {
            var rng = new Random(3);
            for (var i = 0; i < n; i++) x[i] = 800 + (50 * Math.Sin(i / 10.0)) + rng.Next(-20, 20);
            return x;
        }

        var recordings = new[] { "nsr001.csv", "nsr002.csv", "nsr003.csv", "nsr004.csv", "nsr005.csv" }
            .Select(f => BenchmarkData.ReadRr("nsr2db", f)).ToArray();
        var k = 0;
        while (k < n)
        {
            foreach (var r in recordings)
            {
                var take = Math.Min(r.Length, n - k);
                Array.Copy(r, 0, x, k, take);
                k += take;
                if (k == n) break;
            }
        }

        return x;
    }
}
