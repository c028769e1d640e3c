using HrResponse.Hrv;
using HrResponse.Hrv.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv.Internal;

/// <summary>TINN fits checked against a brute-force least-squares search on fixed-seed synthetic series.</summary>
public class TinnTests
{
    private const double BinWidth = 7.8125;

    [Test]
    public void FitFullLeastSquares_RandomSeries_MatchesBruteForceMinimum()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var h = Histogram(TimeDomainAnalysisTests.SyntheticRr(150 + (37 * seed), seed), HistogramBinning.HalfOpen);
            var (n, m) = Tinn.FitFullLeastSquares(h);
            var (peak, _) = Tinn.Peak(h);
            var best = double.PositiveInfinity;
            for (var a = Math.Max(0, h.Offset - 1); a < peak; a++)
                for (var c = peak + 1; c <= h.Offset + h.Counts.Length; c++)
                    best = Math.Min(best, Tinn.TriangleError(h, a, c));
            Assert.That(Tinn.TriangleError(h, n, m), Is.EqualTo(best).Within(1e-9 * best + 1e-9), $"seed {seed}");
        }
    }

    [Test]
    public void FitFullLeastSquares_RandomSeries_ErrorNotAboveNeuroKit2Loop()
    {
        var compared = 0;
        for (var seed = 100; seed < 150; seed++)
        {
            var rr = TimeDomainAnalysisTests.SyntheticRr(100 + (7 * seed % 200), seed);
            var h = Histogram(rr, HistogramBinning.NumPy);
            var (valid, found, nkN, nkM) = Tinn.FitNeuroKit2(h, rr.Min(), rr.Max());
            if (!valid || !found) continue;
            var (n, m) = Tinn.FitFullLeastSquares(h);
            Assert.That(Tinn.TriangleError(h, n, m), Is.LessThanOrEqualTo(Tinn.TriangleError(h, nkN, nkM) + 1e-9), $"seed {seed}");
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(40), "the NeuroKit2 loop should find a triangle on most short series");
    }

    [Test]
    public void FitNeuroKit2_SymmetricTriangle_SearchesOnlyFirstN()
    {
        // Counts 1, 2, 3, 4, 3, 2, 1 in bins 100..106, values at bin centres. N starts at the first edge above the
        // shortest interval (edge 101) and is never changed in effect; M runs over edges 104 .. 106 (below the
        // longest interval, 106.5 bins). The error from N = 101 is fixed; M = 107 is out of reach, and among
        // 104..106 the closest to the true base wins: M = 106, so TINN = 5 bins.
        var counts = new[] { 1, 2, 3, 4, 3, 2, 1 };
        var rr = new List<double>();
        for (var b = 0; b < counts.Length; b++) rr.AddRange(Enumerable.Repeat((100 + b + 0.5) * BinWidth, counts[b]));
        var h = Histogram(rr.ToArray(), HistogramBinning.NumPy);
        var (valid, found, n, m) = Tinn.FitNeuroKit2(h, rr.Min(), rr.Max());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid && found, Is.True);
            Assert.That(n, Is.EqualTo(101));
            Assert.That(m, Is.EqualTo(106));
        }
    }

    private static RrHistogram Histogram(double[] rr, HistogramBinning binning)
    {
        Assert.That(RrHistogram.TryBuild(rr, rr.Min(), rr.Max(), BinWidth, binning, out var h), Is.True);
        return h;
    }
}
