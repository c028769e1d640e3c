namespace HrResponse.Quality.Internal;

/// <summary>
/// Natural cubic spline (second derivative zero at both ends) through a handful of points, for filling flagged
/// intervals from their neighbours. One point gives a constant, two a straight line.
/// </summary>
internal static class NaturalCubicSpline
{
    /// <summary>Maximum number of points the interpolator accepts.</summary>
    public const int MaxPoints = 16;

    /// <summary>
    /// Evaluates the spline through (<paramref name="x"/>, <paramref name="y"/>) at <paramref name="at"/>; x strictly
    /// increasing, at most <see cref="MaxPoints"/> points. Outside the points' range the end segments are extended.
    /// </summary>
    public static double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double at)
    {
        var n = x.Length;
        if (n == 1) return y[0];
        if (n == 2) return y[0] + ((y[1] - y[0]) * (at - x[0]) / (x[1] - x[0]));

        // Second derivatives m[0..n-1], m[0] = m[n-1] = 0; tridiagonal system for the interior (Thomas algorithm).
        Span<double> m = stackalloc double[MaxPoints];
        Span<double> c = stackalloc double[MaxPoints];
        Span<double> d = stackalloc double[MaxPoints];
        m[0] = 0;
        m[n - 1] = 0;
        for (var i = 1; i < n - 1; i++)
        {
            var h0 = x[i] - x[i - 1];
            var h1 = x[i + 1] - x[i];
            var a = h0;
            var b = 2 * (h0 + h1);
            var cc = h1;
            var r = 6 * (((y[i + 1] - y[i]) / h1) - ((y[i] - y[i - 1]) / h0));
            if (i == 1)
            {
                c[i] = cc / b;
                d[i] = r / b;
            }
            else
            {
                var den = b - (a * c[i - 1]);
                c[i] = cc / den;
                d[i] = (r - (a * d[i - 1])) / den;
            }
        }

        for (var i = n - 2; i >= 1; i--) m[i] = d[i] - (i < n - 2 ? c[i] * m[i + 1] : 0);

        // Segment containing 'at' (end segments extended).
        var k = 0;
        while (k < n - 2 && at > x[k + 1]) k++;
        var h = x[k + 1] - x[k];
        var t1 = x[k + 1] - at;
        var t0 = at - x[k];
        return (m[k] * t1 * t1 * t1 / (6 * h)) + (m[k + 1] * t0 * t0 * t0 / (6 * h))
               + (((y[k] / h) - (m[k] * h / 6)) * t1) + (((y[k + 1] / h) - (m[k + 1] * h / 6)) * t0);
    }
}
