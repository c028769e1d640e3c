using HrResponse.Hrv;
using HrResponse.Hrv.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv.Internal;

/// <summary>The exact grid-count path and the general bucket-selection path give identical indices.</summary>
public class TimeDomainCalculatorTests
{
    private static IEnumerable<TestCaseData> Series()
    {
        var whole = TimeDomainAnalysisTests.SyntheticRr(20_000, seed: 11);
        yield return new TestCaseData(whole).SetArgDisplayNames("whole ms");
        yield return new TestCaseData(whole.Select(x => Math.Round(x / 7.8125) * 7.8125).ToArray()).SetArgDisplayNames("1/128 s");
        yield return new TestCaseData(whole.Select(x => Math.Round(x * 0.36) / 0.36).ToArray()).SetArgDisplayNames("1/360 s (off grid)");
        yield return new TestCaseData(whole.Take(101).Select(x => x + 0.25).ToArray()).SetArgDisplayNames("odd count, off grid");
        yield return new TestCaseData(whole.Take(64).ToArray()).SetArgDisplayNames("64 whole ms");
    }

    [TestCaseSource(nameof(Series))]
    public void Compute_GridAndGeneralPaths_Identical(double[] rr)
    {
        foreach (var options in new[] { TimeDomainOptions.Default, TimeDomainOptions.NeuroKit2 })
        {
            var grid = TimeDomainCalculator.Compute(rr, default, default, 0, options, nameof(rr), useValueCounts: true);
            var general = TimeDomainCalculator.Compute(rr, default, default, 0, options, nameof(rr), useValueCounts: false);
            Assert.That(general.ToIndexTable(), Is.EqualTo(grid.ToIndexTable()));
        }
    }

    [TestCaseSource(nameof(Series))]
    public void Compute_General_MatchesFullSortDefinitions(double[] rr)
    {
        // Oracle: percentiles, median and MAD from a full sort (NumPy's linear rule written out directly).
        var sorted = rr.Order().ToArray();
        var n = sorted.Length;
        double Percentile(double p)
        {
            var pos = (n - 1) * p;
            var lo = (int)Math.Floor(pos);
            var hi = Math.Min(lo + 1, n - 1);
            return sorted[lo] + ((sorted[hi] - sorted[lo]) * (pos - lo));
        }

        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        var deviations = rr.Select(x => Math.Abs(x - median)).Order().ToArray();
        var mad = n % 2 == 1 ? deviations[n / 2] : (deviations[(n / 2) - 1] + deviations[n / 2]) / 2;
        foreach (var useValueCounts in new[] { true, false })
        {
            var r = TimeDomainCalculator.Compute(rr, default, default, 0, TimeDomainOptions.Default, nameof(rr), useValueCounts);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(r.MedianNnMs, Is.EqualTo(median));
                Assert.That(r.MadNnMs, Is.EqualTo(1.4826 * mad).Within(1e-9));
                Assert.That(r.Prc20NnMs, Is.EqualTo(Percentile(0.2)).Within(1e-9));
                Assert.That(r.Prc80NnMs, Is.EqualTo(Percentile(0.8)).Within(1e-9));
                Assert.That(r.IqrNnMs, Is.EqualTo(Percentile(0.75) - Percentile(0.25)).Within(1e-9));
                Assert.That(r.MinNnMs, Is.EqualTo(sorted[0]));
                Assert.That(r.MaxNnMs, Is.EqualTo(sorted[^1]));
            }
        }
    }
}
