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

    [Test]
    public void Median_HandExample_EdgesUseTruncatedWindows()
    {
        // Window 3: [1,5] → 3; [1,5,2] → 2; [5,2,8] → 5; [2,8] → 5.
        var result = new double[4];
        RollingStatistics.Median([1, 5, 2, 8], 3, result);
        Assert.That(result, Is.EqualTo(new[] { 3.0, 2.0, 5.0, 5.0 }));
    }
}
