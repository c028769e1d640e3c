using HrResponse.Hrv.Internal;
using NUnit.Framework;
using static HrResponse.Tests.Hrv.Internal.TemplateCountOracle;

namespace HrResponse.Tests.Hrv.Internal;

/// <summary>
/// The 3-D box counter behind sample and approximate entropy on series with many distinct values (issue 15) against
/// brute-force O(n²) counts: exact integer equality of the totals and of every per-template count, on continuous,
/// quantised and tie-heavy series, differences of exactly r, rounding at r, tiny n and delays above 1.
/// </summary>
[TestFixture]
public class RankBoxCountingTests
{
    private static void AssertBoxCountsEqualAllPairs(double[] x, int delay, double r)
    {
        var nt = x.Length - delay;
        var nt1 = x.Length - (2 * delay);
        var perM = new int[nt];
        var perM1 = new int[nt1];
        var counts = TemplateMatching.CountByRanks(x, delay, r, perM, perM1, boxes: true);
        var expected = AllPairs(x, 2, delay, r);
        var naive = TemplateMatching.CountNaive(x, 2, delay, r);
        Assert.That(counts, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(counts!.Value.PairsM, Is.EqualTo(expected.PairsM));
            Assert.That(counts.Value.PairsM1, Is.EqualTo(expected.PairsM1));
            Assert.That(counts.Value.PairsM, Is.EqualTo(naive.PairsM));
            Assert.That(counts.Value.PairsM1, Is.EqualTo(naive.PairsM1));
            Assert.That(perM, Is.EqualTo(expected.M));
            Assert.That(perM1, Is.EqualTo(expected.M1));
        });

        // Totals without per-template arrays (the SampEn and multiscale path) are the same.
        var totals = TemplateMatching.CountByRanks(x, delay, r, null, null, boxes: true);
        Assert.That(totals, Is.EqualTo(counts));
    }

    [TestCase(3000, 0.0, 1, 0.2)]
    [TestCase(3000, 0.0, 2, 0.2)]
    [TestCase(2500, 0.0, 3, 0.15)]
    [TestCase(3000, 0.0, 1, 1.5)]
    [TestCase(3000, 0.0, 1, 0.01)]
    [TestCase(3000, 7.8125, 1, 0.2)]
    [TestCase(3000, 1.0, 2, 0.2)]
    [TestCase(2000, 50.0, 1, 0.2)]
    public void CountByRanks_Boxes_EqualsAllPairsPerTemplate(int n, double step, int delay, double factor)
    {
        var x = Series(n, n + delay, step);
        AssertBoxCountsEqualAllPairs(x, delay, factor * Sd(x));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void CountByRanks_Boxes_DifferencesOfExactlyR_CountAsMatches(int delay)
    {
        // Integers 0..9 with r = 2: many pairs differ by exactly r (|d| <= r matches, as in the pairwise test).
        var rng = new Random(11 + delay);
        var x = Enumerable.Range(0, 1500).Select(_ => (double)rng.Next(0, 10)).ToArray();
        AssertBoxCountsEqualAllPairs(x, delay, 2.0);
    }

    [Test]
    public void CountByRanks_Boxes_RoundedDifferencesAtR_FollowTheFloatingPointTest()
    {
        // Multiples of 0.1 with r = 0.2: 0.3 − 0.1 rounds below 0.2 and 0.7 − 0.5 above it, so the rounded
        // difference, not the real one, decides; the counts must still equal the pairwise |a − b| <= r test.
        var rng = new Random(5);
        var x = Enumerable.Range(0, 1500).Select(_ => rng.Next(0, 30) * 0.1).ToArray();
        var atR = Enumerable.Range(0, 28).Count(k => Math.Abs((k * 0.1) - ((k + 2) * 0.1)) <= 0.2);
        Assert.That(atR, Is.GreaterThan(0).And.LessThan(28), "some differences of two tenths round above r, some not");
        AssertBoxCountsEqualAllPairs(x, 1, 0.2);
    }

    [TestCase(4)]
    [TestCase(5)]
    [TestCase(10)]
    [TestCase(66)]
    [TestCase(67)]
    [TestCase(130)]
    public void CountByRanks_Boxes_TinySeries_EqualsAllPairs(int n)
    {
        var x = Series(n, n, 0.0);
        AssertBoxCountsEqualAllPairs(x, 1, 0.3 * Sd(x));
    }

    [Test]
    public void CountByRanks_Boxes_ConstantSeries_EveryPairMatches()
    {
        var x = Enumerable.Repeat(812.5, 400).ToArray();
        AssertBoxCountsEqualAllPairs(x, 1, 0.0);
        var counts = TemplateMatching.CountByRanks(x, 1, 0.0, null, null, boxes: true)!.Value;
        Assert.That(counts.PairsM1, Is.EqualTo(398L * 397 / 2));
    }

    [TestCase(0, 1)]
    [TestCase(1, 5)]
    [TestCase(2, 1)]
    [TestCase(64, 3)]
    [TestCase(65, 7)]
    [TestCase(500, 40)]
    [TestCase(3000, 300)]
    [TestCase(3000, 3000)]
    [TestCase(20_000, 6_000)] // six levels above the leaves
    public void CountOrderedPairs_RandomRanks_EqualsNaive(int n, int v)
    {
        // Random monotone rank windows of random width, including windows of one rank and of all ranks.
        var rng = new Random(n + v);
        var lo = new int[v];
        var hi = new int[v];
        var w = rng.Next(0, Math.Max(1, v / 4));
        for (var k = 0; k < v; k++)
        {
            lo[k] = Math.Max(0, k - w);
            hi[k] = Math.Min(v - 1, k + w);
        }

        var a = Enumerable.Range(0, n).Select(_ => rng.Next(v)).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => rng.Next(v)).ToArray();
        var c = Enumerable.Range(0, n).Select(_ => rng.Next(v)).ToArray();
        var per = new int[n];
        var perNaive = new int[n];
        var total = RankBoxCounting.CountOrderedPairs(a, b, c, v, lo, hi, per);
        var naive = RankBoxCounting.CountOrderedPairsNaive(a, b, c, lo, hi, perNaive);
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.EqualTo(naive));
            Assert.That(per, Is.EqualTo(perNaive));
        });
    }

    [Test]
    public void Count_LongContinuousSeries_TakesBoxesAndEqualsNaive()
    {
        // 6,000 distinct values: too many for the 2-D rank tree, above the box-count threshold.
        var x = Series(6000, 77, 0.0);
        Assert.That(x.Distinct().Count(), Is.GreaterThan(5900));
        var r = 0.2 * Sd(x);
        var auto = TemplateMatching.Count(x, 2, 1, r);
        var naive = TemplateMatching.CountNaive(x, 2, 1, r);
        var boxes = TemplateMatching.CountByRanks(x, 1, r, null, null, boxes: true);
        Assert.Multiple(() =>
        {
            Assert.That(auto, Is.EqualTo(naive));
            Assert.That(boxes, Is.EqualTo(naive));
        });
    }

    [TestCase(2.0, true)]
    [TestCase(0.2, false)]
    public void Count_AutomaticChoice_PerTemplateCountsEqualAllPairs(double factor, bool expectBoxes)
    {
        // 5,000 distinct values: the cost estimate takes the box count when most pairs match (r = 2 SD) and the
        // bucketed search when few do (r = 0.2 SD); the per-template counts (ApEn) are exact either way.
        var x = Series(5000, 41, 0.0);
        var r = factor * Sd(x);
        Assert.That(TemplateMatching.CountByRanks(x, 1, r, null, null) is not null, Is.EqualTo(expectBoxes));
        var perM = new int[x.Length - 1];
        var perM1 = new int[x.Length - 1]; // as ApproximateAndSample passes it (the bucketed search writes nt entries)
        var counts = TemplateMatching.Count(x, 2, 1, r, perM, perM1);
        var expected = AllPairs(x, 2, 1, r);
        Assert.Multiple(() =>
        {
            Assert.That((counts.PairsM, counts.PairsM1), Is.EqualTo((expected.PairsM, expected.PairsM1)));
            Assert.That(perM, Is.EqualTo(expected.M));
            Assert.That(perM1[..^1], Is.EqualTo(expected.M1));
            Assert.That(perM1[^1], Is.Zero);
        });
    }

    [Test]
    public void CountByRanks_CancelledToken_Throws()
    {
        var x = Series(50_000, 1, 0.0);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var scope = HrResponse.Internal.AnalysisCancellation.Enter(cts.Token);
        Assert.Throws<OperationCanceledException>(() => TemplateMatching.CountByRanks(x, 1, 0.2 * Sd(x), null, null, boxes: true));
    }
}
