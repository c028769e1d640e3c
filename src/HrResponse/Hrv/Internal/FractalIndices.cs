namespace HrResponse.Hrv.Internal;

/// <summary>Correlation dimension, Higuchi and Katz fractal dimensions, Lempel–Ziv complexity (NeuroKit2 0.2.12 definitions).</summary>
internal static class FractalIndices
{
    /// <summary>
    /// Correlation dimension with m = 2, τ = 1 and 64 radii (see <see cref="CorrelationDimensionRadii"/>) derived from
    /// the largest Euclidean distance D between delay vectors (min distance = 0, the self distance, as NeuroKit2's
    /// full matrix): C(r) = fraction of pairs i &lt; j with d &lt; r; CD = slope of log2 C on log2 r over the radii
    /// with C &gt; 0.
    /// </summary>
    /// <param name="x">The series, ms (the <see cref="CorrelationDimensionRadii.NeuroKit2"/> radii depend on the unit).</param>
    /// <param name="radii">Radius rule.</param>
    public static double CorrelationDimension(ReadOnlySpan<double> x, CorrelationDimensionRadii radii = CorrelationDimensionRadii.FractionOfRange)
    {
        var n = x.Length - 1;
        if (n < 3) return double.NaN;
        double maxD2 = 0;
        for (var i = 0; i < n; i++)
        {
            double a0 = x[i], a1 = x[i + 1];
            for (var j = i + 1; j < n; j++)
            {
                var d0 = a0 - x[j];
                var d1 = a1 - x[j + 1];
                var d2 = (d0 * d0) + (d1 * d1);
                if (d2 > maxD2) maxD2 = d2;
            }
        }

        var maxD = Math.Sqrt(maxD2);
        if (!(maxD > 0)) return double.NaN;
        var r = Radii(maxD, radii);
        var count = r.Length;
        var r2 = new double[count];
        for (var k = 0; k < count; k++) r2[k] = r[k] * r[k];

        var largest = r2[count - 1];
        var l0 = Math.Log2(r[0]);
        var step = (Math.Log2(r[count - 1]) - l0) / (count - 1);
        var hist = new long[count];
        for (var i = 0; i < n; i++)
        {
            double a0 = x[i], a1 = x[i + 1];
            for (var j = i + 1; j < n; j++)
            {
                var d0 = a0 - x[j];
                var d1 = a1 - x[j + 1];
                var d2 = (d0 * d0) + (d1 * d1);
                if (!(d2 < largest)) continue;

                // Smallest k with d < r[k]: estimate from log2 d (radii are geometric), then correct exactly.
                int k;
                if (d2 < r2[0])
                {
                    k = 0;
                }
                else
                {
                    k = (int)Math.Floor(((0.5 * Math.Log2(d2)) - l0) / step) + 1;
                    k = Math.Clamp(k, 0, count - 1);
                    while (k > 0 && d2 < r2[k - 1]) k--;
                    while (k < count - 1 && !(d2 < r2[k])) k++;
                }

                hist[k]++;
            }
        }

        var pairs = (double)n * (n - 1) / 2;
        var lx = new List<double>(count);
        var ly = new List<double>(count);
        long cum = 0;
        for (var k = 0; k < count; k++)
        {
            cum += hist[k];
            if (cum == 0) continue;
            lx.Add(Math.Log2(r[k]));
            ly.Add(Math.Log2(cum / pairs));
        }

        return DfaCore.Slope(lx.ToArray(), ly.ToArray());
    }

    /// <summary>The 64 radii of <see cref="CorrelationDimension"/> for largest distance <paramref name="maxD"/>, ascending.</summary>
    internal static double[] Radii(double maxD, CorrelationDimensionRadii rule)
    {
        const int count = 64;
        double lo = 0.025 * maxD, hi = 0.5 * maxD, shift = 0;
        if (rule == CorrelationDimensionRadii.NeuroKit2)
        {
            // NeuroKit2 0.2.12 expspace(base=2): exp2(linspace(log2(1 + a), log2(1 + b), n) - 1).
            lo += 1;
            hi += 1;
            shift = 1;
        }

        var l0 = Math.Log2(lo);
        var l1 = Math.Log2(hi);
        var step = (l1 - l0) / (count - 1);
        var r = new double[count];
        for (var k = 0; k < count; k++)
        {
            // numpy linspace: start + k·step, the last point exactly stop.
            var e = k == count - 1 ? l1 : l0 + (k * step);
            r[k] = Math.Pow(2, e - shift);
        }

        return r;
    }

    /// <summary>
    /// Higuchi fractal dimension: for k = 1..kmax and m = 1..k, Lm(k) = (Σ|x[m−1+ik] − x[m−1+(i−1)k]|) ·
    /// (N − 1) / (⌊(N − m)/k⌋·k) / k; L(k) = Σm Lm(k) / k; HFD = −slope of ln L(k) on ln k.
    /// </summary>
    public static double Higuchi(ReadOnlySpan<double> x, int kMax)
    {
        var n = x.Length;
        if (n < 2 || kMax < 2 || n <= kMax) return double.NaN;
        var lk = new double[kMax];
        var lnk = new double[kMax];
        for (var k = 1; k <= kMax; k++)
        {
            double total = 0;
            for (var m = 1; m <= k; m++)
            {
                double s = 0;
                for (var i = m - 1 + k; i < n; i += k) s += Math.Abs(x[i] - x[i - k]);
                var norm = (n - 1) / (double)((n - m) / k * k);
                total += s * norm / k;
            }

            lk[k - 1] = Math.Log(total / k);
            lnk[k - 1] = Math.Log(k);
        }

        return -DfaCore.Slope(lnk, lk);
    }

    /// <summary>Katz fractal dimension: log10(L/a) / log10(d/a), L = Σ|Δx|, a = mean |Δx|, d = max |x − x[0]|.</summary>
    public static double Katz(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return double.NaN;
        double length = 0, d = 0;
        for (var i = 1; i < x.Length; i++)
        {
            length += Math.Abs(x[i] - x[i - 1]);
            d = Math.Max(d, Math.Abs(x[i] - x[0]));
        }

        var a = length / (x.Length - 1);
        return Math.Log10(length / a) / Math.Log10(d / a);
    }

    /// <summary>
    /// Lempel–Ziv complexity (LZ76, Kaspar &amp; Schuster 1987 counting) of the series binarised as 1 where x &gt; mean,
    /// normalised by N / log2 N.
    /// </summary>
    public static double LempelZiv(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        if (n < 2) return double.NaN;
        double mean = 0;
        foreach (var v in x) mean += v;
        mean /= n;
        var s = new byte[n];
        for (var i = 0; i < n; i++) s[i] = x[i] > mean ? (byte)1 : (byte)0;
        var c = LzCount(s);
        return c / (n / Math.Log2(n));
    }

    internal static int LzCount(ReadOnlySpan<byte> s)
    {
        var n = s.Length;
        int complexity = 1, pointer = 0, prefix = 1, sub = 1, finalSub = 1;
        while (prefix + sub <= n)
        {
            if (s[pointer + sub - 1] == s[prefix + sub - 1])
            {
                sub++;
            }
            else
            {
                finalSub = Math.Max(sub, finalSub);
                pointer++;
                if (pointer == prefix)
                {
                    complexity++;
                    prefix += finalSub;
                    sub = 1;
                    pointer = 0;
                    finalSub = 1;
                }
                else
                {
                    sub = 1;
                }
            }
        }

        if (sub != 1) complexity++;
        return complexity;
    }
}
