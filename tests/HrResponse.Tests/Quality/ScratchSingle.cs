using System.Globalization;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

[TestFixture]
[Explicit("diagnostics")]
public class ScratchSingle
{
    [Test]
    public void PerfectSingle()
    {
        var kind = Environment.GetEnvironmentVariable("HRR_KIND") ?? "single";
        var ki = Array.IndexOf(BeatQualityBenchmark.Kinds, kind);
        var ests = new[] { IntervalEstimator.CubicSpline, IntervalEstimator.Autoregressive, IntervalEstimator.AutoregressiveVariancePreserving };
        var within = new int[ests.Length];
        var runs = 0;
        foreach (var rec in BeatQualityBenchmark.Recordings(3000))
        {
            var baseline = ArtifactCorrection.Clean(rec.Rr);
            if (baseline.Quality.IndicesUnreliable == true) continue;
            var r0 = QualityTestData.Rmssd(rec.Rr);
            var s0 = QualityTestData.Sdnn(rec.Rr);
            for (var seed = 0; seed < 4; seed++)
            {
                var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix(kind, 5), new Random(BeatQualityBenchmark.StableSeed(rec.Name, ki, 5, seed)), out var map);
                var known = BeatQualityBenchmark.Known(rec.Rr, series, truth, map);
                runs++;
                var line = new List<string>();
                var anyOut = false;
                for (var e = 0; e < ests.Length; e++)
                {
                    var c = ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(series), known, ArtifactCorrectionOptions.Default with { Estimator = ests[e] }).Intervals;
                    var re = 100 * (QualityTestData.Rmssd(c.Milliseconds, c.GapBefore) - r0) / r0;
                    var se = 100 * (QualityTestData.Sdnn(c.Milliseconds) - s0) / s0;
                    var ok = Math.Abs(re) <= 5 && Math.Abs(se) <= 2;
                    if (ok) within[e]++;
                    if (e == 2 && !ok) anyOut = true;
                    line.Add(string.Create(CultureInfo.InvariantCulture, $"{re,6:F1}/{se,5:F1}{(ok ? " " : "*")}"));
                }
                if (anyOut) TestContext.Out.WriteLine($"{rec.Name,-12} n {rec.Rr.Length,5} s{seed}: {string.Join("  ", line)}");
            }
        }
        TestContext.Out.WriteLine($"runs {runs}: " + string.Join(", ", ests.Select((e, i) => $"{e} {100.0 * within[i] / runs:F1} %")));
    }
}
