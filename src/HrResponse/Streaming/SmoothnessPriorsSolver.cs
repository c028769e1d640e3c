namespace HrResponse.Streaming;

/// <summary>
/// Smoothness-priors detrending (Tarvainen, Ranta-aho &amp; Karjalainen 2002, IEEE TBME 49:172–175) with an O(n)
/// solver: the trend is <c>(I + λ² D₂ᵀD₂)⁻¹ z</c>, where D₂ is the (n−2)×n second-difference matrix; the detrended
/// series is <c>z − trend</c>. The system matrix is symmetric positive definite and pentadiagonal; it is factored
/// as LDLᵀ with two sub-diagonals. Preallocated scratch makes repeated calls allocation-free.
/// </summary>
internal sealed class SmoothnessPriorsSolver
{
    private readonly double[] _d;
    private readonly double[] _l1;
    private readonly double[] _l2;
    private readonly double[] _y;

    public SmoothnessPriorsSolver(int capacity)
    {
        _d = new double[capacity];
        _l1 = new double[capacity];
        _l2 = new double[capacity];
        _y = new double[capacity];
    }

    public int Capacity => _d.Length;

    /// <summary>Replaces <paramref name="z"/> by <c>z − trend</c>. Series shorter than 3 are left unchanged.</summary>
    public void DetrendInPlace(Span<double> z, double lambda)
    {
        var n = z.Length;
        if (n < 3 || lambda <= 0) return;
        if (n > _d.Length) throw new ArgumentException($"Series length {n} exceeds the solver capacity {_d.Length}.", nameof(z));
        var l2 = lambda * lambda;
        var d = _d.AsSpan(0, n);
        var b1 = _l1.AsSpan(0, n);
        var b2 = _l2.AsSpan(0, n);
        var y = _y.AsSpan(0, n);
        var last = n - 3; // last row index of D2
        for (var i = 0; i < n; i++)
        {
            // Bands of D2ᵀD2: row k of D2 has (1, −2, 1) at columns k, k+1, k+2, for 0 ≤ k ≤ n−3.
            var a0 = 1 + (l2 * ((i - 2 >= 0 && i - 2 <= last ? 1 : 0) + (i - 1 >= 0 && i - 1 <= last ? 4 : 0) + (i <= last ? 1 : 0)));
            var a1 = i + 1 < n ? l2 * ((i - 1 >= 0 && i - 1 <= last ? -2 : 0) + (i <= last ? -2 : 0)) : 0;
            var a2 = i + 2 < n ? l2 * (i <= last ? 1 : 0) : 0;
            var di = a0;
            if (i >= 1) di -= b1[i - 1] * b1[i - 1] * d[i - 1];
            if (i >= 2) di -= b2[i - 2] * b2[i - 2] * d[i - 2];
            d[i] = di;
            var c1 = a1;
            if (i >= 1) c1 -= b2[i - 1] * b1[i - 1] * d[i - 1];
            b1[i] = c1 / di;
            b2[i] = a2 / di;
        }

        for (var i = 0; i < n; i++)
        {
            var v = z[i];
            if (i >= 1) v -= b1[i - 1] * y[i - 1];
            if (i >= 2) v -= b2[i - 2] * y[i - 2];
            y[i] = v;
        }

        for (var i = 0; i < n; i++) y[i] /= d[i];
        for (var i = n - 1; i >= 0; i--)
        {
            var v = y[i];
            if (i + 1 < n) v -= b1[i] * y[i + 1];
            if (i + 2 < n) v -= b2[i] * y[i + 2];
            y[i] = v;
        }

        for (var i = 0; i < n; i++) z[i] -= y[i];
    }
}
