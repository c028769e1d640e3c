using System.Globalization;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>Diagnostics (explicit): premature-pair correction strategies with perfect detection, against the raw clean series.</summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityCorrectionExperiment
{
    [Test]
    public void PrematureStrategies()
    {
        var recs = BeatQualityBenchmark.Recordings(3000);
        var names = new[] { "even", "linear+sum", "cubic+sum", "exclude-diffs", "prev-ratio" };
        var within = new int[names.Length];
        var withinR = new int[names.Length];
        var total = 0;
        foreach (var rec in recs)
        {
            var rm0 = QualityTestData.Rmssd(rec.Rr);
            var sd0 = QualityTestData.Sdnn(rec.Rr);
            if (ArtifactCorrection.Clean(rec.Rr).Quality.IndicesUnreliable == true) continue;
            for (var seed = 0; seed < 4; seed++)
            {
                var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix("premature", 5), new Random(BeatQualityBenchmark.StableSeed(rec.Name, 0, 5, seed)), out _);
                total++;
                for (var s = 0; s < names.Length; s++)
                {
                    var y = (double[])series.Clone();
                    var skip = new bool[y.Length];
                    CorrectPairs(s, y, truth, skip);
                    var rm = 100 * (QualityTestData.Rmssd(y, skip) / rm0 - 1);
                    var sd = 100 * (QualityTestData.Sdnn(y) / sd0 - 1);
                    if (Math.Abs(rm) <= 5 && Math.Abs(sd) <= 2) within[s]++;
                    if (Math.Abs(rm) <= 5) withinR[s]++;
                }
            }
        }

        for (var s = 0; s < names.Length; s++)
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[s]}: within both {100.0 * within[s] / total:F1} %, RMSSD only {100.0 * withinR[s] / total:F1} % of {total}"));
    }

    /// <summary>Strategy index of "cubic+sum" (spline by beat index through three intervals each side, total kept).</summary>
    internal const int CubicPlusSum = 2;

    /// <summary>
    /// Corrects the injected premature pairs of <paramref name="y"/> in place with strategy <paramref name="strategy"/>
    /// (0 even split, 1 linear + sum, 2 cubic + sum, 3 even split and the differences around the pair marked in
    /// <paramref name="skip"/>, 4 split in the ratio of the neighbours); every strategy keeps the pair's total.
    /// </summary>
    internal static void CorrectPairs(int strategy, double[] y, List<InjectedArtifact> truth, bool[] skip)
    {
        foreach (var t in truth)
        {
            var i = t.Index;
            var sum = y[i] + y[i + 1];
            double a;
            switch (strategy)
            {
                case 0: a = sum / 2; break;
                case 1: a = (y[i - 1] * 2 + y[i + 2]) / 3; { var b = (y[i - 1] + y[i + 2] * 2) / 3; a = a + (sum - a - b) / 2; } break;
                case CubicPlusSum:
                {
                    double[] xs = [i - 3, i - 2, i - 1, i + 2, i + 3, i + 4];
                    double[] ys = [y[i - 3], y[i - 2], y[i - 1], y[i + 2], y[i + 3], y[i + 4]];
                    var a0 = HrResponse.Quality.Internal.NaturalCubicSpline.Evaluate(xs, ys, i);
                    var b0 = HrResponse.Quality.Internal.NaturalCubicSpline.Evaluate(xs, ys, i + 1);
                    a = a0 + (sum - a0 - b0) / 2;
                    break;
                }
                case 3: a = sum / 2; skip[i] = skip[i + 1] = skip[i + 2] = true; break;
                default: a = sum * y[i - 1] / (y[i - 1] + y[i + 2]); break;
            }

            y[i] = a;
            y[i + 1] = sum - a;
        }
    }
}
