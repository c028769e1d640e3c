namespace HrResponse.Hrv.Internal;

/// <summary>Detrended fluctuation analysis kernels: profile, per-box detrending, fluctuation functions.</summary>
internal static class DfaCore
{
    /// <summary>The profile <c>y[k] = Σ_{i≤k} (x[i] − mean(x))</c>.</summary>
    public static double[] Profile(ReadOnlySpan<double> x)
    {
        double mean = 0;
        for (var i = 0; i < x.Length; i++) mean += x[i];
        mean /= x.Length;
        var y = new double[x.Length];
        double s = 0;
        for (var i = 0; i < x.Length; i++)
        {
            s += x[i] - mean;
            y[i] = s;
        }

        return y;
    }

    /// <summary>
    /// Residual variances (mean squared residual of a least-squares polynomial of <paramref name="order"/>) of every
    /// box of size <paramref name="w"/>: boxes start at 0 and step by w (non-overlapping, the remainder at the end
    /// unused) or by ⌊w/2⌋ while start &lt; n − w (NeuroKit2's half-overlapping rule).
    /// </summary>
    public static double[] BoxVariances(double[] y, int w, int order, DfaWindowing windowing)
    {
        var n = y.Length;
        int step, count;
        if (windowing == DfaWindowing.NonOverlapping)
        {
            step = w;
            count = n / w;
        }
        else
        {
            step = Math.Max(1, w / 2);
            count = n - w > 0 ? ((n - w - 1) / step) + 1 : 0;
        }

        var result = new double[count];
        if (order == 1)
        {
            // One pass per box on values shifted by the box's first value (keeps the sums small):
            // SS = Σz² − (Σz)²/w − Sxy²/Sxx with Sxy = Σ i·z − (w−1)/2·Σz and Sxx = w(w²−1)/12.
            var sxx = w * (((double)w * w) - 1) / 12.0;
            var half = (w - 1) / 2.0;
            // Two boxes per loop: independent accumulator chains run in parallel on the CPU.
            var s = 0;
            for (; s + 1 < count; s += 2)
            {
                var o1 = s * step;
                var o2 = o1 + step;
                double p0 = y[o1], q0 = y[o2];
                double psz = 0, pszz = 0, psiz = 0, qsz = 0, qszz = 0, qsiz = 0, di = 0;
                for (var i = 0; i < w; i++, di++)
                {
                    var pz = y[o1 + i] - p0;
                    var qz = y[o2 + i] - q0;
                    psz += pz;
                    qsz += qz;
                    pszz += pz * pz;
                    qszz += qz * qz;
                    psiz += di * pz;
                    qsiz += di * qz;
                }

                var pxy = psiz - (half * psz);
                var qxy = qsiz - (half * qsz);
                result[s] = Math.Max(pszz - (psz * psz / w) - (pxy * pxy / sxx), 0) / w;
                result[s + 1] = Math.Max(qszz - (qsz * qsz / w) - (qxy * qxy / sxx), 0) / w;
            }

            for (; s < count; s++)
            {
                var o1 = s * step;
                var y0 = y[o1];
                double sz = 0, szz = 0, siz = 0, di = 0;
                for (var i = 0; i < w; i++, di++)
                {
                    var z = y[o1 + i] - y0;
                    sz += z;
                    szz += z * z;
                    siz += di * z;
                }

                var sxy = siz - (half * sz);
                result[s] = Math.Max(szz - (sz * sz / w) - (sxy * sxy / sxx), 0) / w;
            }

            return result;
        }

        var basis = OrthonormalBasis(w, order);
        for (var s = 0; s < count; s++)
        {
            var seg = new ReadOnlySpan<double>(y, s * step, w);
            double mean = 0;
            for (var i = 0; i < w; i++) mean += seg[i];
            mean /= w;
            double ss = 0;
            for (var i = 0; i < w; i++)
            {
                var v = seg[i] - mean;
                ss += v * v;
            }

            for (var k = 0; k < order; k++)
            {
                var q = new ReadOnlySpan<double>(basis, k * w, w);
                double dot = 0;
                for (var i = 0; i < w; i++) dot += q[i] * (seg[i] - mean);
                ss -= dot * dot;
            }

            result[s] = Math.Max(ss, 0) / w;
        }

        return result;
    }

    /// <summary>Orthonormal polynomials of degree 1..order on x = 0..w−1, each orthogonal to the constant.</summary>
    private static double[] OrthonormalBasis(int w, int order)
    {
        var q = new double[order * w];
        var center = (w - 1) / 2.0;
        for (var k = 0; k < order; k++)
        {
            var row = new Span<double>(q, k * w, w);
            for (var i = 0; i < w; i++) row[i] = Math.Pow(i - center, k + 1);

            // Remove the constant and lower-degree components (modified Gram–Schmidt, twice for stability).
            for (var pass = 0; pass < 2; pass++)
            {
                double mean = 0;
                for (var i = 0; i < w; i++) mean += row[i];
                mean /= w;
                for (var i = 0; i < w; i++) row[i] -= mean;
                for (var j = 0; j < k; j++)
                {
                    var prev = new ReadOnlySpan<double>(q, j * w, w);
                    double dot = 0;
                    for (var i = 0; i < w; i++) dot += prev[i] * row[i];
                    for (var i = 0; i < w; i++) row[i] -= dot * prev[i];
                }
            }

            double norm = 0;
            for (var i = 0; i < w; i++) norm += row[i] * row[i];
            norm = Math.Sqrt(norm);
            for (var i = 0; i < w; i++) row[i] = norm > 0 ? row[i] / norm : 0;
        }

        return q;
    }

    /// <summary>Least-squares slope of y on x.</summary>
    public static double Slope(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        if (n < 2) return double.NaN;
        double mx = 0, my = 0;
        for (var i = 0; i < n; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }

        return sxx > 0 ? sxy / sxx : double.NaN;
    }
}
