using BenchmarkDotNet.Attributes;
using HrResponse.Quality;

namespace HrResponse.Benchmarks.Quality;

/// <summary>
/// Detection + correction (<see cref="ArtifactCorrection.Clean"/>, default Lipponen–Tarvainen with interpolation) on
/// fixed-seed synthetic RR series: 800 ms mean with respiratory (0.25 Hz) and slow (0.05 Hz) oscillations and noise,
/// with about 2 % injected artifacts (ectopic, missed, extra, long and short in turn, every 50 beats).
/// </summary>
[MemoryDiagnoser]
public class ArtifactCorrectionBenchmarks
{
    private RrIntervals _rr = RrIntervals.Empty;

    /// <summary>Number of beats.</summary>
    [Params(300, 5_000, 100_000)]
    public int Beats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var rr = new List<double>(Beats + 10);
        double t = 0;
        for (var i = 0; i < Beats; i++)
        {
            var x = 800 + (40 * Math.Sin(2 * Math.PI * 0.25 * t)) + (30 * Math.Sin(2 * Math.PI * 0.05 * t)) + (10 * ((random.NextDouble() * 2) - 1));
            rr.Add(x);
            t += x / 1000;
        }

        for (var p = 25; p < rr.Count - 5; p += 50)
        {
            switch ((p / 50) % 5)
            {
                case 0: // ectopic with compensatory pause
                    rr[p] -= 240;
                    rr[p + 1] += 240;
                    break;
                case 1: // missed
                    rr[p] += rr[p + 1];
                    rr.RemoveAt(p + 1);
                    break;
                case 2: // extra
                    rr.Insert(p + 1, rr[p] * 0.4);
                    rr[p] *= 0.6;
                    break;
                case 3:
                    rr[p] *= 1.35;
                    break;
                default:
                    rr[p] *= 0.65;
                    break;
            }
        }

        Series = rr.ToArray();
        _rr = RrIntervals.FromMilliseconds(Series);
    }

    /// <summary>The series in ms (after <see cref="Setup"/>).</summary>
    internal double[] Series { get; private set; } = [];

    [Benchmark]
    public CleanedRrIntervals Clean() => ArtifactCorrection.Clean(_rr);

    /// <summary>The borderline review: three cleanings (thresholds as given and ±10 %) and their time-domain indices (no target).</summary>
    [Benchmark]
    public BorderlineReview ReviewBorderline() => ArtifactCorrection.ReviewBorderline(_rr);
}
