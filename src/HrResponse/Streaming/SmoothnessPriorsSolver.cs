using HrResponse.Signal;

namespace HrResponse.Streaming;

/// <summary>
/// Allocation-free smoothness-priors detrending for rolling windows (Tarvainen, Ranta-aho &amp; Karjalainen 2002, IEEE
/// TBME 49:172–175): <c>z − (I + λ² D₂ᵀD₂)⁻¹ z</c>, solved by <see cref="Detrending"/>'s O(n) pentadiagonal solver into
/// buffers preallocated for the largest window.
/// </summary>
internal sealed class SmoothnessPriorsSolver
{
    private readonly double[] _trend;
    private readonly SmoothnessPriorsScratch _scratch = new();

    public SmoothnessPriorsSolver(int capacity)
    {
        _trend = new double[capacity];
        _scratch.EnsureCapacity(capacity);
    }

    public int Capacity => _trend.Length;

    /// <summary>Replaces <paramref name="z"/> by <c>z − trend</c>. Series shorter than 3, or λ ≤ 0, are left unchanged.</summary>
    public void DetrendInPlace(Span<double> z, double lambda)
    {
        var n = z.Length;
        if (n < 3 || lambda <= 0) return;
        if (n > _trend.Length) throw new ArgumentException($"Series length {n} exceeds the solver capacity {_trend.Length}.", nameof(z));
        var trend = _trend.AsSpan(0, n);
        Detrending.SmoothnessPriorsTrend(z, lambda, trend, _scratch);
        for (var i = 0; i < n; i++) z[i] -= trend[i];
    }
}
