using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality.Internal;

/// <summary>The vector steps of the detector against the scalar expressions they replace, bit for bit.</summary>
public class DetectorVectorsTests
{
    private static double[] Random(Random r, int n, double lo, double hi) =>
        Enumerable.Range(0, n).Select(_ => lo + (r.NextDouble() * (hi - lo))).ToArray();

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(64)]
    [TestCase(1001)]
    public void AllSteps_RandomSeries_EqualScalarExpressionsExactly(int n)
    {
        var r = new Random(n);
        var rr = Random(r, n, 400, 1400);
        var med = Random(r, n, 600, 1000);
        var q1 = Random(r, n, 0, 40);
        var q3 = q1.Select(x => x + (r.NextDouble() * 60)).ToArray();
        for (var i = 0; i < n; i += 5) q1[i] = double.NaN; // empty masked windows
        var qd2 = Random(r, n, 0, 80);
        qd2[0] = 0;

        var d = new double[n];
        var absD = new double[n];
        DetectorVectors.Differences(rr, d, absD);
        var mRr = new double[n];
        var absM = new double[n];
        DetectorVectors.MedianDeviations(rr, med, mRr, absM);
        var qd1 = Enumerable.Repeat(-1.0, n).ToArray();
        DetectorVectors.QuartileThresholds(q1, q3, 5.2, qd1, 0, n - 1);
        var nd = new double[n];
        var th2 = new double[n];
        var nm = new double[n];
        DetectorVectors.Normalise(d, mRr, qd1, qd2, med, 0.08, 1e-6, nd, th2, nm);

        for (var i = 0; i < n; i++)
        {
            var di = i == 0 ? 0 : rr[i] - rr[i - 1];
            Assert.That(d[i], Is.EqualTo(di), $"dRR {i}");
            Assert.That(absD[i], Is.EqualTo(Math.Abs(di)), $"|dRR| {i}");
            var x = rr[i] - med[i];
            if (x < 0) x *= 2;
            Assert.That(mRr[i], Is.EqualTo(x), $"mRR {i}");
            Assert.That(absM[i], Is.EqualTo(Math.Abs(x)), $"|mRR| {i}");
            var qd = double.IsNaN(q1[i]) ? 0 : 5.2 * (q3[i] - q1[i]) / 2;
            Assert.That(qd1[i], Is.EqualTo(qd), $"qd {i}");
            var f = 0.08 * med[i];
            Assert.That(nd[i], Is.EqualTo(di / Math.Max(Math.Max(qd, f), 1e-6)), $"nd {i}");
            var t2 = Math.Max(Math.Max(qd2[i], f), 1e-6);
            Assert.That(th2[i], Is.EqualTo(t2), $"Th2 {i}");
            Assert.That(nm[i], Is.EqualTo(x / t2), $"nm {i}");
        }
    }

    [Test]
    public void QuartileThresholds_SubRange_WritesOnlyThatRange()
    {
        var q1 = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var q3 = q1.Select(x => x + 10).ToArray();
        var qd = Enumerable.Repeat(-1.0, 40).ToArray();
        DetectorVectors.QuartileThresholds(q1, q3, 2, qd, 5, 30);
        for (var i = 0; i < 40; i++) Assert.That(qd[i], Is.EqualTo(i is >= 5 and <= 30 ? 10.0 : -1.0), $"at {i}");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void NextBeyond_SparseCandidates_NeverPassesOneAndReachesEachInTurn(bool withNm)
    {
        var r = new Random(withNm ? 3 : 4);
        const int n = 503;
        var nd = Enumerable.Range(0, n).Select(_ => (r.NextDouble() * 2) - 1).ToArray();
        var nm = Enumerable.Range(0, n).Select(_ => (r.NextDouble() * 6) - 3).ToArray();
        foreach (var k in new[] { 0, 17, 18, 101, 250, 499, 502 }) nd[k] = k % 2 == 0 ? 1.5 : -1.5;
        foreach (var k in new[] { 40, 333 }) nm[k] = 3.5;
        nd[77] = double.NaN; // not inside the limits either
        bool Candidate(int i) => !(Math.Abs(nd[i]) <= 1) || (withNm && !(Math.Abs(nm[i]) <= 3));

        var found = new List<int>();
        for (var j = 0; j < n; j++)
        {
            var next = DetectorVectors.NextBeyond(nd, withNm ? nm : default, j, n);
            for (var k = j; k < next; k++) Assert.That(Candidate(k), Is.False, $"passed over candidate {k}");
            j = next;
            if (j >= n) break;
            if (Candidate(j)) found.Add(j);
        }

        var expected = Enumerable.Range(0, n).Where(Candidate).ToArray();
        Assert.That(found, Is.EqualTo(expected));
        Assert.That(expected, Does.Contain(77));
        if (withNm) Assert.That(expected, Does.Contain(40).And.Contain(333));
    }

    [Test]
    public void NextNonSinusStep_SparseSteps_NeverPassesOneAndReachesEachInTurn()
    {
        var r = new Random(5);
        const int n = 409;
        var rr = Enumerable.Range(0, n).Select(_ => 800 + (r.NextDouble() * 40)).ToArray();
        rr[30] = rr[29] * 1.33; // just beyond the 32.5 % lengthening
        rr[31] = rr[30] * 0.9;
        rr[120] = rr[119] * 0.75; // just beyond the 24.5 % shortening
        rr[121] = rr[120] * 1.3; // within the lengthening limit
        rr[250] = rr[249] * 0.7;
        rr[n - 1] = rr[n - 2] * 1.4; // the last step, in the scalar tail
        bool Candidate(int i) => !KamathLimits.IsSinusStep(rr[i - 1], rr[i]);

        var found = new List<int>();
        for (var j = 1; j < n; j++)
        {
            var next = DetectorVectors.NextNonSinusStep(rr, j, n);
            for (var k = j; k < next; k++) Assert.That(Candidate(k), Is.False, $"passed over step {k}");
            j = next;
            if (j >= n) break;
            if (Candidate(j)) found.Add(j);
        }

        var expected = Enumerable.Range(1, n - 1).Where(Candidate).ToArray();
        Assert.That(found, Is.EqualTo(expected));
        Assert.That(expected, Is.EqualTo(new[] { 30, 120, 250, 251, n - 1 }));
    }

    [Test]
    public void NextTwoBeatExcursion_SparseExcursions_NeverPassesOneAndReachesEachInTurn()
    {
        var r = new Random(6);
        const int n = 411;
        var rr = Enumerable.Range(0, n).Select(_ => 600 + (r.NextDouble() * 12)).ToArray();
        foreach (var k in new[] { 40, 41, 200, 201, 406, 407 }) rr[k] += 60; // two intervals off together, 10 %
        rr[300] -= 45; // one alone, 7.5 % off
        const double agreement = 0.03, least = 0.06;
        bool Candidate(int j)
        {
            var outer = (rr[j - 1] + rr[j + 2]) / 2;
            return Math.Abs(rr[j - 1] - rr[j + 2]) <= agreement * outer && Math.Abs(rr[j] - outer) >= least * outer;
        }

        var found = new List<int>();
        for (var j = 1; j + 2 < n; j++)
        {
            var next = DetectorVectors.NextTwoBeatExcursion(rr, j, n - 2, agreement, least);
            for (var k = j; k < next; k++) Assert.That(Candidate(k), Is.False, $"passed over excursion {k}");
            j = next;
            if (j + 2 >= n) break;
            if (Candidate(j)) found.Add(j);
        }

        var expected = Enumerable.Range(1, n - 3).Where(Candidate).ToArray();
        Assert.That(found, Is.EqualTo(expected));
        Assert.That(expected, Does.Contain(40).And.Contain(200).And.Contain(406).And.Contain(300));
    }
}
