namespace HrResponse.Internal;

/// <summary>Integration helpers shared by the spectra and the frequency-domain indices.</summary>
internal static class SpectralMath
{
    /// <summary>∫ over [lo, hi] of the piecewise-linear interpolant through (f, p); zero outside [f₀, f_last].</summary>
    public static double IntegrateLinear(ReadOnlySpan<double> f, ReadOnlySpan<double> p, double lo, double hi)
    {
        var n = f.Length;
        if (n < 2 || hi <= lo) return 0;
        lo = Math.Max(lo, f[0]);
        hi = Math.Min(hi, f[n - 1]);
        if (hi <= lo) return 0;
        var i = LowerBound(f, lo);
        if (i > 0) i--;
        double sum = 0;
        for (; i < n - 1 && f[i] < hi; i++)
        {
            var a = Math.Max(lo, f[i]);
            var b = Math.Min(hi, f[i + 1]);
            if (b <= a) continue;
            var width = f[i + 1] - f[i];
            var pa = p[i] + ((p[i + 1] - p[i]) * (a - f[i]) / width);
            var pb = p[i] + ((p[i + 1] - p[i]) * (b - f[i]) / width);
            sum += 0.5 * (pa + pb) * (b - a);
        }

        return sum;
    }

    /// <summary>NeuroKit2's rule: trapezoid over the points with lo ≤ f &lt; hi only (numpy.trapz); 0 when fewer than 2.</summary>
    public static double TrapezoidInside(ReadOnlySpan<double> f, ReadOnlySpan<double> p, double lo, double hi, out int points)
    {
        double sum = 0;
        points = 0;
        var previous = -1;
        for (var i = 0; i < f.Length; i++)
        {
            if (!(f[i] >= lo && f[i] < hi)) continue;
            if (previous >= 0) sum += 0.5 * (p[i] + p[previous]) * (f[i] - f[previous]);
            previous = i;
            points++;
        }

        return sum;
    }

    /// <summary>First index with f[i] ≥ value.</summary>
    /// <summary>pyHRV's rectangle sum: Σ p over the points with lo ≤ f ≤ hi, times the step f₁ − f₀.</summary>
    public static double RectangleInclusive(ReadOnlySpan<double> f, ReadOnlySpan<double> p, double lo, double hi, out int points)
    {
        points = 0;
        if (f.Length < 2) return 0;
        var df = f[1] - f[0];
        double sum = 0;
        for (var i = 0; i < f.Length; i++)
        {
            if (f[i] >= lo && f[i] <= hi)
            {
                sum += p[i];
                points++;
            }
        }

        return sum * df;
    }

    public static int LowerBound(ReadOnlySpan<double> f, double value)
    {
        int lo = 0, hi = f.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (f[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>Smallest power of two ≥ n (n ≥ 1).</summary>
    public static int NextPowerOfTwo(int n)
    {
        var p = 1;
        while (p < n) p <<= 1;
        return p;
    }
}
