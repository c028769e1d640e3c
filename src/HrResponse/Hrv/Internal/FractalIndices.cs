namespace HrResponse.Hrv.Internal;

/// <summary>Correlation dimension, Higuchi and Katz fractal dimensions, Lempel–Ziv complexity (NeuroKit2 0.2.12 definitions).</summary>
internal static class FractalIndices
{
    /// <summary>
    /// Correlation dimension with m = 2, τ = 1 and 64 radii spaced geometrically from min d + 0.025·range to
    /// min d + 0.5·range of the Euclidean distances d (min d = 0, the self distance, as NeuroKit2's full matrix):
    /// C(r) = fraction of pairs i &lt; j with d &lt; r; CD = slope of log C on log r over the radii with C &gt; 0.
    /// </summary>
    public static double CorrelationDimension(ReadOnlySpan<double> x)
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
        const int radii = 64;
        var rMin = 0.025 * maxD;
        var rMax = 0.5 * maxD;
        var r = new double[radii];
        var r2 = new double[radii];
        var l0 = Math.Log2(rMin);
        var l1 = Math.Log2(rMax);
        for (var k = 0; k < radii; k++)
        {
            r[k] = Math.Pow(2, l0 + ((l1 - l0) * k / (radii - 1)));
            r2[k] = r[k] * r[k];
        }

        var step = (l1 - l0) / (radii - 1);
        var hist = new long[radii + 1];
        for (var i = 0; i < n; i++)
        {
            double a0 = x[i], a1 = x[i + 1];
            for (var j = i + 1; j < n; j++)
            {
                var d0 = a0 - x[j];
                var d1 = a1 - x[j + 1];
                var d2 = (d0 * d0) + (d1 * d1);
                if (d2 >= r2[radii - 1]) continue;

                // Smallest k with d < r[k].
                int k;
                if (d2 < r2[0])
                {
                    k = 0;
                }
                else
                {
                    k = (int)Math.Floor(((0.5 * Math.Log2(d2)) - l0) / step) + 1;
                    k = Math.Clamp(k, 0, radii - 1);
                    while (k > 0 && d2 < r2[k - 1]) k--;
                    while (k < radii - 1 && !(d2 < r2[k])) k++;
                }

                hist[k]++;
            }
        }

        var pairs = (double)n * (n - 1) / 2;
        var lx = new List<double>();
        var ly = new List<double>();
        long cum = 0;
        for (var k = 0; k < radii; k++)
        {
            cum += hist[k];
            if (cum == 0) continue;
            lx.Add(Math.Log2(r[k]));
            ly.Add(Math.Log2(cum / pairs));
        }

        return DfaCore.Slope(lx.ToArray(), ly.ToArray());
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
