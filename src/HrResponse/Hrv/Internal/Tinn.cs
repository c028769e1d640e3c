namespace HrResponse.Hrv.Internal;

/// <summary>Triangle fits of TINN on an <see cref="RrHistogram"/>. Positions are absolute bin (edge) indices.</summary>
internal static class Tinn
{
    /// <summary>Absolute index of the first fullest bin and its count.</summary>
    public static (long Peak, int Height) Peak(in RrHistogram h)
    {
        var counts = h.Counts;
        var best = 0;
        for (var j = 1; j < counts.Length; j++)
            if (counts[j] > counts[best]) best = j;
        return (h.Offset + best, counts[best]);
    }

    /// <summary>
    /// Task Force least squares over all pairs: <c>N</c> from one bin below the first stored bin (not below 0) to
    /// the peak − 1, <c>M</c> from the peak + 1 to one bin above the last stored bin. The squared error over all
    /// bins is <c>Σy² − Y² − L(N) − R(M)</c>, so the best <c>N</c> maximises <c>L</c> and the best <c>M</c>
    /// maximises <c>R</c>, each from running sums. Ties go to the narrower triangle.
    /// </summary>
    public static (long N, long M) FitFullLeastSquares(in RrHistogram h)
    {
        var counts = h.Counts;
        var (peakAbs, height) = Peak(h);
        var x = peakAbs - h.Offset; // local index of the peak
        double y = height;
        var k = counts.Length;

        // Left: a from x−1 down to max(−1, −Offset); sums over u = a+1 .. x−1.
        long sy = 0, syu = 0;
        var aMin = Math.Max(-1L, -h.Offset);
        var bestA = x - 1;
        var bestL = 0.0; // L(x − 1) = 0: empty rise
        for (var a = x - 2; a >= aMin; a--)
        {
            var u = a + 1;
            long c = counts[u];
            sy += c;
            syu += c * u;
            double d = x - a;
            var l = (2 * y / d * (syu - (a * sy))) - (y * y / (d * d) * ((d - 1) * d * ((2 * d) - 1) / 6));
            if (l > bestL)
            {
                bestL = l;
                bestA = a;
            }
        }

        sy = 0;
        syu = 0;
        var bestC = x + 1;
        var bestR = 0.0;
        for (var cIdx = x + 2; cIdx <= k; cIdx++)
        {
            var u = cIdx - 1;
            long c = counts[u];
            sy += c;
            syu += c * u;
            double e = cIdx - x;
            var r = (2 * y / e * ((cIdx * sy) - syu)) - (y * y / (e * e) * ((e - 1) * e * ((2 * e) - 1) / 6));
            if (r > bestR)
            {
                bestR = r;
                bestC = cIdx;
            }
        }

        return (h.Offset + bestA, h.Offset + bestC);
    }

    /// <summary>
    /// NeuroKit2 0.2.12's <c>_hrv_TINN</c> loop on bin indices (exact when the bin width is a binary fraction such
    /// as 7.8125 ms). Returns <c>Found = false</c> when no error is below 2^14 (NeuroKit2 then reports 0) and
    /// <c>Valid = false</c> when no bin edge lies above <paramref name="min"/> (NeuroKit2 reports NaN).
    /// </summary>
    public static (bool Valid, bool Found, long N, long M) FitNeuroKit2(in RrHistogram h, double min, double max)
    {
        var (peak, height) = Peak(h);
        double y = height;
        var edgeCount = h.Offset + h.Counts.Length + 1;

        // n = bar_x[np.where(bar_x - np.min(rri) > 0)[0][0]]
        var n = RrHistogram.BinOf(min, h.BinWidth);
        while (n < edgeCount && !(h.Edge(n) - min > 0)) n++;
        if (n >= edgeCount) return (false, false, 0, 0);

        double minError = 1 << 14;
        long bestN = 0, bestM = 0;
        var found = false;
        var xEdge = h.Edge(peak);
        var m = peak + 1; // not reset by the outer loop, as in NeuroKit2
        for (; h.Edge(n) < xEdge; n++)
        {
            var nEdge = h.Edge(n);
            var slopeN = y / (xEdge - nEdge);
            var interceptN = -slopeN * nEdge;
            for (; h.Edge(m) < max; m++)
            {
                var mEdge = h.Edge(m);
                var slopeM = -y / (mEdge - xEdge);
                var interceptM = -slopeM * mEdge;
                var error = 0.0;
                for (var j = n; j < peak; j++)
                {
                    var r = h.CountAt(j) - ((slopeN * h.Edge(j)) + interceptN);
                    error += r * r;
                }

                for (var j = peak; j <= m; j++)
                {
                    var r = h.CountAt(j) - ((slopeM * h.Edge(j)) + interceptM);
                    error += r * r;
                }

                if (error < minError)
                {
                    bestN = n;
                    bestM = m;
                    minError = error;
                    found = true;
                }
            }
        }

        return (true, found, bestN, bestM);
    }

    /// <summary>
    /// The Task Force objective: squared error over all bins (and the grid points <paramref name="n"/> and
    /// <paramref name="m"/> when outside the stored range) between the counts and the triangle through
    /// <c>(n, 0)</c>, <c>(peak, Y)</c>, <c>(m, 0)</c>, in bin units. Direct sum, for tests.
    /// </summary>
    public static double TriangleError(in RrHistogram h, long n, long m)
    {
        var (peak, height) = Peak(h);
        var from = Math.Min(n, h.Offset);
        var to = Math.Max(m, h.Offset + h.Counts.Length - 1);
        var error = 0.0;
        for (var j = from; j <= to; j++)
        {
            double q = j <= n || j >= m ? 0
                : j <= peak ? height * (double)(j - n) / (peak - n)
                : height * (double)(m - j) / (m - peak);
            var r = h.CountAt(j) - q;
            error += r * r;
        }

        return error;
    }
}
