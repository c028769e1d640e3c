namespace HrResponse.Internal;

/// <summary>
/// An interpolating B-spline of degree 2 or 3 through (x, y), built as SciPy's <c>make_interp_spline</c> with its
/// default knots: not-a-knot for cubic, midpoint knots (omitting the first and last) for quadratic. The collocation
/// system is banded (bandwidth k) and totally positive, so it is solved by banded Gaussian elimination without
/// pivoting in O(n k²).
/// </summary>
internal sealed class BSplineInterpolant
{
    private readonly double[] _knots;
    private readonly double[] _coefficients;
    private readonly int _degree;

    private BSplineInterpolant(double[] knots, double[] coefficients, int degree)
    {
        _knots = knots;
        _coefficients = coefficients;
        _degree = degree;
    }

    public double FirstX => _knots[0];

    public double LastX => _knots[^1];

    /// <summary>Builds the spline; x strictly increasing, at least degree + 1 points.</summary>
    public static BSplineInterpolant Create(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int degree)
    {
        var n = x.Length;
        var k = degree;
        var t = new double[n + k + 1];
        for (var i = 0; i <= k; i++)
        {
            t[i] = x[0];
            t[n + i] = x[n - 1];
        }

        if (k == 2)
        {
            // Midpoints (x[i] + x[i+1]) / 2 for i = 1 .. n-3.
            for (var i = 1; i <= n - 3; i++) t[2 + i] = (x[i] + x[i + 1]) / 2.0;
        }
        else if (k == 3)
        {
            // Not-a-knot: interior knots x[2] .. x[n-3].
            for (var i = 2; i <= n - 3; i++) t[2 + i] = x[i];
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(degree), degree, "Degree must be 2 or 3.");
        }

        // Banded collocation matrix: row j has nonzeros in columns l-k .. l, all within j-k .. j+k.
        var width = (2 * k) + 1;
        var band = System.Buffers.ArrayPool<double>.Shared.Rent(n * width);
        Array.Clear(band, 0, n * width);
        var rhs = y.ToArray();
        Span<double> basis = stackalloc double[k + 1];
        var l = k;
        for (var j = 0; j < n; j++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(j);
            l = FindInterval(t, k, n, x[j], l);
            EvaluateBasis(t, k, l, x[j], basis);
            for (var r = 0; r <= k; r++)
            {
                var col = l - k + r;
                var offset = col - j + k;
                if (offset < 0 || offset >= width)
                {
                    if (basis[r] != 0)
                        throw new InvalidOperationException("Collocation matrix outside its band; x must be strictly increasing.");
                    continue;
                }

                band[(j * width) + offset] = basis[r];
            }
        }

        SolveBanded(band, rhs, n, k);
        System.Buffers.ArrayPool<double>.Shared.Return(band);
        return new BSplineInterpolant(t, rhs, k);
    }

    /// <summary>Evaluates at increasing points; outside [x₀, x_last] holds the end values constant.</summary>
    public void EvaluateSorted(ReadOnlySpan<double> points, Span<double> destination, double firstY, double lastY)
    {
        if (_degree == 3) EvaluateSortedCubic(points, destination, firstY, lastY);
        else EvaluateSortedGeneral(points, destination, firstY, lastY);
    }

    private void EvaluateSortedGeneral(ReadOnlySpan<double> points, Span<double> destination, double firstY, double lastY)
    {
        var k = _degree;
        var n = _coefficients.Length;
        Span<double> basis = stackalloc double[k + 1];
        Span<double> left = stackalloc double[4];
        Span<double> right = stackalloc double[4];
        var knots = _knots;
        var coefficients = _coefficients;
        var l = k;
        for (var i = 0; i < points.Length; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            var p = points[i];
            if (p < FirstX)
            {
                destination[i] = firstY;
                continue;
            }

            if (p > LastX)
            {
                destination[i] = lastY;
                continue;
            }

            while (l < n - 1 && p >= knots[l + 1]) l++;
            EvaluateBasis(knots, k, l, p, basis, left, right);
            double sum = 0;
            for (var r = 0; r <= k; r++) sum += coefficients[l - k + r] * basis[r];
            destination[i] = sum;
        }
    }

    /// <summary>
    /// Cubic case of Cox–de Boor with the six knot-difference reciprocals of the current interval cached: they do not
    /// depend on x, and several grid points fall in each interval.
    /// </summary>
    private void EvaluateSortedCubic(ReadOnlySpan<double> points, Span<double> destination, double firstY, double lastY)
    {
        var n = _coefficients.Length;
        var t = _knots;
        var c = _coefficients;
        var l = -1;
        double i11 = 0, i21 = 0, i22 = 0, i31 = 0, i32 = 0, i33 = 0;
        for (var i = 0; i < points.Length; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            var x = points[i];
            if (x < FirstX)
            {
                destination[i] = firstY;
                continue;
            }

            if (x > LastX)
            {
                destination[i] = lastY;
                continue;
            }

            var target = Math.Max(l, 3);
            while (target < n - 1 && x >= t[target + 1]) target++;
            if (target != l)
            {
                l = target;
                i11 = 1 / (t[l + 1] - t[l]);
                i21 = 1 / (t[l + 1] - t[l - 1]);
                i22 = 1 / (t[l + 2] - t[l]);
                i31 = 1 / (t[l + 1] - t[l - 2]);
                i32 = 1 / (t[l + 2] - t[l - 1]);
                i33 = 1 / (t[l + 3] - t[l]);
            }

            var left1 = x - t[l];
            var left2 = x - t[l - 1];
            var left3 = x - t[l - 2];
            var right1 = t[l + 1] - x;
            var right2 = t[l + 2] - x;
            var right3 = t[l + 3] - x;

            // Level 1
            var b0 = right1 * i11;
            var b1 = left1 * i11;

            // Level 2
            var temp = b0 * i21;
            var n0 = right1 * temp;
            var saved = left2 * temp;
            temp = b1 * i22;
            var n1 = saved + (right2 * temp);
            var n2 = left1 * temp;

            // Level 3
            temp = n0 * i31;
            var m0 = right1 * temp;
            saved = left3 * temp;
            temp = n1 * i32;
            var m1 = saved + (right2 * temp);
            saved = left2 * temp;
            temp = n2 * i33;
            var m2 = saved + (right3 * temp);
            var m3 = left1 * temp;

            destination[i] = (c[l - 3] * m0) + (c[l - 2] * m1) + (c[l - 1] * m2) + (c[l] * m3);
        }
    }

    private static int FindInterval(double[] t, int k, int n, double x, int start)
    {
        var l = Math.Max(k, Math.Min(start, n - 1));
        while (l > k && x < t[l]) l--;
        while (l < n - 1 && x >= t[l + 1]) l++;
        return l;
    }

    /// <summary>Cox–de Boor: the k+1 B-splines nonzero on [t[l], t[l+1]) at x; basis[r] is B_{l-k+r}.</summary>
    private static void EvaluateBasis(double[] t, int k, int l, double x, Span<double> basis)
    {
        Span<double> scratch = stackalloc double[8];
        EvaluateBasis(t, k, l, x, basis, scratch[..4], scratch[4..]);
    }

    private static void EvaluateBasis(double[] t, int k, int l, double x, Span<double> basis, Span<double> left, Span<double> right)
    {
        basis[0] = 1.0;
        for (var j = 1; j <= k; j++)
        {
            left[j] = x - t[l + 1 - j];
            right[j] = t[l + j] - x;
            double saved = 0;
            for (var r = 0; r < j; r++)
            {
                var temp = basis[r] / (right[r + 1] + left[j - r]);
                basis[r] = saved + (right[r + 1] * temp);
                saved = left[j - r] * temp;
            }

            basis[j] = saved;
        }
    }

    private static void SolveBanded(double[] band, double[] rhs, int n, int k)
    {
        var width = (2 * k) + 1;
        for (var i = 0; i < n; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            var pivot = band[(i * width) + k];
            if (pivot == 0) throw new InvalidOperationException("Singular collocation matrix.");
            var rowEnd = Math.Min(n - 1, i + k);
            for (var r = i + 1; r <= rowEnd; r++)
            {
                var a = band[(r * width) + (i - r + k)];
                if (a == 0) continue;
                var factor = a / pivot;
                band[(r * width) + (i - r + k)] = 0;
                for (var c = i + 1; c <= Math.Min(n - 1, i + k); c++)
                    band[(r * width) + (c - r + k)] -= factor * band[(i * width) + (c - i + k)];
                rhs[r] -= factor * rhs[i];
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            var sum = rhs[i];
            for (var c = i + 1; c <= Math.Min(n - 1, i + k); c++) sum -= band[(i * width) + (c - i + k)] * rhs[c];
            rhs[i] = sum / band[(i * width) + k];
        }
    }
}
