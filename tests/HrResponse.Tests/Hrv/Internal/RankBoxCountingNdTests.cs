using HrResponse.Hrv.Internal;
using NUnit.Framework;
using static HrResponse.Tests.Hrv.Internal.TemplateCountOracle;

namespace HrResponse.Tests.Hrv.Internal;

/// <summary>
/// The K-D box counter behind sample and approximate entropy for embedding dimensions m ≠ 2 (issue 15) against
/// brute-force O(n²) counts: exact integer equality of the totals and of every per-template count for m = 1, 3 and 4,
/// on continuous, quantised and tie-heavy series, differences of exactly r, tiny n and delays 1–3.
/// </summary>
[TestFixture]
public class RankBoxCountingNdTests
{
    private static void AssertEqualAllPairs(double[] x, int m, int delay, double r)
    {
        var nt = x.Length - ((m - 1) * delay);
        var nt1 = x.Length - (m * delay);
        var perM = new int[nt];
        var perM1 = new int[nt1];
        var counts = TemplateMatching.CountByRanksNd(x, m, delay, r, perM, perM1, boxes: true);
        var expected = AllPairs(x, m, delay, r);
        var naive = TemplateMatching.CountNaive(x, m, delay, r);
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
        var totals = TemplateMatching.CountByRanksNd(x, m, delay, r, null, null, boxes: true);
        Assert.That(totals, Is.EqualTo(counts));
    }

    [TestCase(1, 3000, 0.0, 1, 0.2)]
    [TestCase(1, 3000, 0.0, 2, 0.2)]
    [TestCase(1, 2500, 0.0, 3, 1.5)]
    [TestCase(1, 3000, 7.8125, 1, 0.2)]
    [TestCase(1, 2000, 50.0, 3, 0.2)]
    [TestCase(3, 3000, 0.0, 1, 0.2)]
    [TestCase(3, 3000, 0.0, 2, 0.5)]
    [TestCase(3, 2500, 0.0, 3, 1.5)]
    [TestCase(3, 3000, 0.0, 1, 0.01)]
    [TestCase(3, 3000, 7.8125, 1, 0.2)]
    [TestCase(3, 2000, 50.0, 2, 0.2)]
    [TestCase(4, 3000, 0.0, 1, 0.3)]
    [TestCase(4, 2500, 0.0, 3, 2.0)]
    [TestCase(4, 3000, 1.0, 2, 0.2)]
    [TestCase(4, 2000, 50.0, 1, 0.2)]
    public void CountByRanksNd_EqualsAllPairsPerTemplate(int m, int n, double step, int delay, double factor)
    {
        var x = Series(n, (10 * n) + delay + m, step);
        AssertEqualAllPairs(x, m, delay, factor * Sd(x));
    }

    [TestCase(1, 1)]
    [TestCase(1, 3)]
    [TestCase(3, 1)]
    [TestCase(3, 2)]
    [TestCase(4, 1)]
    [TestCase(4, 3)]
    public void CountByRanksNd_DifferencesOfExactlyR_CountAsMatches(int m, int delay)
    {
        // Integers 0..9 with r = 2: many pairs differ by exactly r (|d| <= r matches, as in the pairwise test).
        var rng = new Random(11 + delay + (7 * m));
        var x = Enumerable.Range(0, 1500).Select(_ => (double)rng.Next(0, 10)).ToArray();
        AssertEqualAllPairs(x, m, delay, 2.0);
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4)]
    public void CountByRanksNd_RoundedDifferencesAtR_FollowTheFloatingPointTest(int m)
    {
        // Multiples of 0.1 with r = 0.2: some differences of two tenths round above r, some below.
        var rng = new Random(5 + m);
        var x = Enumerable.Range(0, 1500).Select(_ => rng.Next(0, 30) * 0.1).ToArray();
        AssertEqualAllPairs(x, m, 1, 0.2);
    }

    [TestCase(1, 3, 1)]
    [TestCase(1, 4, 2)]
    [TestCase(3, 5, 1)]
    [TestCase(3, 8, 2)]
    [TestCase(3, 11, 3)]
    [TestCase(4, 6, 1)]
    [TestCase(4, 14, 3)]
    [TestCase(3, 130, 1)]
    [TestCase(4, 67, 2)]
    public void CountByRanksNd_TinySeries_EqualsAllPairs(int m, int n, int delay)
    {
        var x = Series(n, n + m, 0.0);
        AssertEqualAllPairs(x, m, delay, 0.5 * Sd(x));
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4)]
    public void CountByRanksNd_ConstantSeries_EveryPairMatches(int m)
    {
        var x = Enumerable.Repeat(812.5, 300).ToArray();
        AssertEqualAllPairs(x, m, 1, 0.0);
        var nt1 = 300L - m;
        Assert.That(TemplateMatching.CountByRanksNd(x, m, 1, 0.0, null, null, boxes: true)!.Value.PairsM1, Is.EqualTo(nt1 * (nt1 - 1) / 2));
    }

    [TestCase(1, 0, 1)]
    [TestCase(1, 700, 50)]
    [TestCase(2, 3000, 3000)]
    [TestCase(3, 2000, 300)]
    [TestCase(4, 65, 7)]
    [TestCase(4, 3000, 40)]
    [TestCase(5, 2000, 10)]
    [TestCase(6, 1500, 4)]
    public void CountOrderedPairs_RandomRanks_EqualsNaive(int dims, int n, int v)
    {
        var rng = new Random(n + v + dims);
        var lo = new int[v];
        var hi = new int[v];
        var w = rng.Next(0, Math.Max(1, v / 3));
        for (var k = 0; k < v; k++)
        {
            lo[k] = Math.Max(0, k - w);
            hi[k] = Math.Min(v - 1, k + w);
        }

        var rank = Enumerable.Range(0, n + dims).Select(_ => rng.Next(v)).ToArray();
        var per = new int[n];
        var perNaive = new int[n];
        var total = RankBoxCountingNd.CountOrderedPairs(rank, n, dims, 1, lo, hi, per);
        var naive = RankBoxCountingNd.CountOrderedPairsNaive(rank, n, dims, 1, lo, hi, perNaive);
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.EqualTo(naive));
            Assert.That(per, Is.EqualTo(perNaive));
        });
    }

    [TestCase(1, 0.2, true)]
    [TestCase(3, 3.0, true)]
    [TestCase(3, 0.05, false)]
    [TestCase(4, 10.0, true)]
    [TestCase(4, 0.5, false)]
    public void Count_AutomaticChoice_EqualsAllPairs(int m, double factor, bool expectBoxes)
    {
        // m = 1 always takes the rank count; m >= 3 takes the box count when most pairs match in the gridded
        // coordinates (r = 3 SD; m = 4: r = 10 SD, every pair) and the bucketed search when few do; counts are exact
        // either way.
        var x = Series(5000, 41 + m, 0.0);
        var r = factor * Sd(x);
        Assert.That(TemplateMatching.CountByRanksNd(x, m, 1, r, null, null) is not null, Is.EqualTo(expectBoxes));
        var nt = x.Length - (m - 1);
        var perM = new int[nt];
        var perM1 = new int[nt]; // as ApproximateAndSample passes it
        var counts = TemplateMatching.Count(x, m, 1, r, perM, perM1);
        var expected = AllPairs(x, m, 1, r);
        Assert.Multiple(() =>
        {
            Assert.That((counts.PairsM, counts.PairsM1), Is.EqualTo((expected.PairsM, expected.PairsM1)));
            Assert.That(perM, Is.EqualTo(expected.M));
            Assert.That(perM1[..^1], Is.EqualTo(expected.M1));
            Assert.That(perM1[^1], Is.Zero);
            Assert.That(TemplateMatching.Count(x, m, 1, r), Is.EqualTo(TemplateMatching.CountNaive(x, m, 1, r)));
        });
    }

    [TestCase(1, 0.2)]
    [TestCase(3, 1.0)]
    public void ApproximateAndSample_LongSeriesDelay2_EqualBruteForceFormulas(int m, double factor)
    {
        // Through the entropy kernels (ApEn per-template counts with self, SampEn pairs without): m = 1 by rank
        // counts, m = 3 by box counts (r = 1 SD, above the cost threshold), both bit-identical to the pairwise counts.
        const int delay = 2;
        var x = Series(6000, 99 + m, 0.0);
        var r = factor * Sd(x);
        Assert.That(TemplateMatching.CountByRanksNd(x, m, delay, r, null, null) is not null, "rank/box counts taken");
        var nt = x.Length - ((m - 1) * delay);
        var nt1 = x.Length - (m * delay);
        var e = AllPairs(x, m, delay, r);
        double phi0 = 0, phi1 = 0;
        for (var i = 0; i < nt; i++) phi0 += Math.Log((e.M[i] + 1.0) / nt);
        for (var i = 0; i < nt1; i++) phi1 += Math.Log((e.M1[i] + 1.0) / nt1);
        var apen = Math.Abs((phi0 / nt) - (phi1 / nt1));
        var denom = (double)nt1 * (nt1 - 1);
        var sampen = Entropies.PhiDivide(2.0 * e.PairsM / denom, 2.0 * e.PairsM1 / denom);
        var (apenGot, sampenGot) = Entropies.ApproximateAndSample(x, m, delay, r);
        Assert.Multiple(() =>
        {
            Assert.That(sampen, Is.GreaterThan(0));
            Assert.That(apenGot, Is.EqualTo(apen));
            Assert.That(sampenGot, Is.EqualTo(sampen));
            Assert.That(Entropies.Sample(x, m, delay, r), Is.EqualTo(sampen));
        });
    }

    [Test]
    public void CountByRanksNd_CancelledToken_Throws()
    {
        var x = Series(50_000, 1, 0.0);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var scope = HrResponse.Internal.AnalysisCancellation.Enter(cts.Token);
        Assert.Throws<OperationCanceledException>(() => TemplateMatching.CountByRanksNd(x, 3, 1, 0.2 * Sd(x), null, null, boxes: true));
    }
}
