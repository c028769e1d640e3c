using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality.Internal;

/// <summary>The rolling windows against a direct sort of each (edge-truncated) window.</summary>
public class RollingStatisticsTests
{
    private static double NaiveQuantile(double[] values, int i, int window, double p)
    {
        var h = window / 2;
        var from = Math.Max(0, i - h);
        var to = Math.Min(values.Length - 1, i + h);
        var w = values[from..(to + 1)];
        Array.Sort(w);
        var pos = p * (w.Length - 1);
        var lo = (int)Math.Floor(pos);
        return lo + 1 < w.Length ? w[lo] + ((pos - lo) * (w[lo + 1] - w[lo])) : w[lo];
    }

    [TestCase(91, 300)]
    [TestCase(91, 40)]
    [TestCase(11, 200)]
    [TestCase(33, 5)]
    [TestCase(3, 1)]
    public void Quantiles_RandomValuesWithTies_MatchSortedWindows(int window, int n)
    {
        var random = new Random(window + n);
        var values = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 20) * 7.8125).ToArray();
        var q1 = new double[n];
        var q3 = new double[n];
        RollingStatistics.Quantiles(values, window, 0.25, 0.75, q1, q3);
        for (var i = 0; i < n; i++)
        {
            Assert.That(q1[i], Is.EqualTo(NaiveQuantile(values, i, window, 0.25)).Within(1e-9), $"Q1 at {i}");
            Assert.That(q3[i], Is.EqualTo(NaiveQuantile(values, i, window, 0.75)).Within(1e-9), $"Q3 at {i}");
        }
    }

    [TestCase(11, 200)]
    [TestCase(11, 4)]
    [TestCase(31, 100)]
    [TestCase(45, 150)]
    public void Median_RandomValuesWithTies_MatchesSortedWindows(int window, int n)
    {
        var random = new Random(window * n);
        var values = Enumerable.Range(0, n).Select(_ => 600 + Math.Round(random.NextDouble() * 10) * 10).ToArray();
        var median = new double[n];
        RollingStatistics.Median(values, window, median);
        for (var i = 0; i < n; i++)
            Assert.That(median[i], Is.EqualTo(NaiveQuantile(values, i, window, 0.5)).Within(1e-9), $"median at {i}");
    }

    // Exact equality: the kernel and the naive sort use the same interpolation formula on the same order statistics.
    private static double NaiveMaskedQuantile(double[] values, bool[] exclude, int i, int window, double p)
    {
        var h = window / 2;
        var w = Enumerable.Range(Math.Max(0, i - h), Math.Min(values.Length - 1, i + h) - Math.Max(0, i - h) + 1)
            .Where(k => !exclude[k]).Select(k => values[k]).Order().ToArray();
        if (w.Length == 0) return double.NaN;
        var pos = p * (w.Length - 1);
        var lo = (int)pos;
        return lo + 1 < w.Length ? w[lo] + ((pos - lo) * (w[lo + 1] - w[lo])) : w[lo];
    }

    [TestCase(91, 400, 0.05)]
    [TestCase(91, 60, 0.3)]
    [TestCase(11, 300, 0.1)]
    [TestCase(201, 700, 0.02)]
    [TestCase(401, 900, 0.5)]
    [TestCase(5, 50, 0.9)]
    public void MaskedQuantiles_RandomValuesWithTiesAndMasks_EqualSortedWindowsExactly(int window, int n, double excluded)
    {
        var random = new Random(window * 7 + n);
        var values = Enumerable.Range(0, n).Select(_ => random.Next(3) == 0 ? Math.Round(random.NextDouble() * 10) * 7.8125 : random.NextDouble() * 80).ToArray();
        var exclude = Enumerable.Range(0, n).Select(_ => random.NextDouble() < excluded).ToArray();
        var q1 = new double[n];
        var q3 = new double[n];
        RollingStatistics.Quantiles(values, exclude, window, 0.25, 0.75, q1, q3);
        for (var i = 0; i < n; i++)
        {
            Assert.That(q1[i], Is.EqualTo(NaiveMaskedQuantile(values, exclude, i, window, 0.25)), $"Q1 at {i}");
            Assert.That(q3[i], Is.EqualTo(NaiveMaskedQuantile(values, exclude, i, window, 0.75)), $"Q3 at {i}");
        }

        // A sub-range writes only its own elements, with the same values.
        var p1 = Enumerable.Repeat(-1.0, n).ToArray();
        var p3 = Enumerable.Repeat(-1.0, n).ToArray();
        var from = n / 3;
        var to = (2 * n) / 3;
        RollingStatistics.MaskedQuantiles(values, exclude, window, 0.25, 0.75, p1, p3, from, to);
        for (var i = 0; i < n; i++)
        {
            var inside = i >= from && i <= to;
            Assert.That(p1[i], inside ? Is.EqualTo(q1[i]) : Is.EqualTo(-1.0), $"range Q1 at {i}");
            Assert.That(p3[i], inside ? Is.EqualTo(q3[i]) : Is.EqualTo(-1.0), $"range Q3 at {i}");
        }
    }

    [TestCase(11, 500)]
    [TestCase(7, 100)]
    [TestCase(31, 300)]
    [TestCase(41, 300)]
    public void Median_RandomValuesWithTies_EqualsMeanOfMiddleValuesExactly(int window, int n)
    {
        var random = new Random(window + (3 * n));
        var values = Enumerable.Range(0, n).Select(_ => random.Next(2) == 0 ? 600 + Math.Round(random.NextDouble() * 10) * 10 : 500 + random.NextDouble() * 400).ToArray();
        var median = new double[n];
        RollingStatistics.Median(values, window, median);
        var h = window / 2;
        for (var i = 0; i < n; i++)
        {
            var w = values[Math.Max(0, i - h)..(Math.Min(n - 1, i + h) + 1)].Order().ToArray();
            var c = w.Length;
            // Windows over 31 use the quantile formula, shorter ones the mean of the two middle values.
            var expected = window > 31 ? NaiveQuantile(values, i, window, 0.5) : (c & 1) == 1 ? w[c >> 1] : 0.5 * (w[(c >> 1) - 1] + w[c >> 1]);
            Assert.That(median[i], Is.EqualTo(expected), $"median at {i}");
        }
    }

    [Test]
    public void Median_HandExample_EdgesUseTruncatedWindows()
    {
        // Window 3: [1,5] → 3; [1,5,2] → 2; [5,2,8] → 5; [2,8] → 5.
        var result = new double[4];
        RollingStatistics.Median([1, 5, 2, 8], 3, result);
        Assert.That(result, Is.EqualTo(new[] { 3.0, 2.0, 5.0, 5.0 }));
    }
}
