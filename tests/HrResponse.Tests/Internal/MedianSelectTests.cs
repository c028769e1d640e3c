using HrResponse.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Internal;

public class MedianSelectTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(7)]
    [TestCase(100)]
    [TestCase(1001)]
    public void Median_RandomValuesWithTies_EqualsSortedMedian(int n)
    {
        var random = new Random(n);
        var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, n / 3 + 2)).ToArray();
        var sorted = values.Order().ToArray();
        var expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]);
        Assert.That(MedianSelect.Median(values.ToArray()), Is.EqualTo(expected));
        Assert.That(MedianSelect.OfFinite(values), Is.EqualTo(expected));
        Assert.That(UnitDetection.MedianOf(values), Is.EqualTo(expected));
    }

    [Test]
    public void Median_ElevenValues_SortingNetworkGivesTheSortedMiddle_AndLeavesTheValues()
    {
        // The 11-value path (the repaired medians' windows) is a compare-exchange network, not selection: every order of
        // a set with ties, and random sets, must give the sorted middle, and the input must be left as it was.
        var random = new Random(11);
        for (var trial = 0; trial < 5000; trial++)
        {
            var values = Enumerable.Range(0, 11).Select(_ => trial % 2 == 0 ? random.Next(0, 4) : 300 + (900 * random.NextDouble())).ToArray();
            var copy = values.ToArray();
            Assert.That(MedianSelect.Median(copy), Is.EqualTo(values.Order().ElementAt(5)));
            Assert.That(copy, Is.EqualTo(values));
        }
    }

    [Test]
    public void OfFinite_SkipsNaN_AndOfDifferencesUsesSteps()
    {
        Assert.That(MedianSelect.OfFinite([double.NaN, 3, 1, double.NaN, 2]), Is.EqualTo(2));
        Assert.That(MedianSelect.OfDifferences([0, 1, 3, 6, 10]), Is.EqualTo(2.5));
        Assert.That(MedianSelect.OfFinite([double.NaN]), Is.NaN);
    }
}
