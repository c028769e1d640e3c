namespace HrResponse.Hrv;

/// <summary>Fractal-dimension and complexity indices of the RR series (gaps ignored), as NeuroKit2 0.2.12 defines them.</summary>
public sealed record ComplexityResult
{
    /// <summary>
    /// Correlation dimension (Grassberger &amp; Procaccia 1983) of the 2-D delay vectors (RR(n), RR(n+1)): slope of
    /// log2 C(r) on log2 r, C(r) = fraction of pairs i &lt; j closer than r (Euclidean distance, RR in ms), over 64
    /// radii spaced geometrically (<see cref="CorrelationDimensionRadii"/>), radii with C = 0 dropped. With
    /// <see cref="Hrv.CorrelationDimensionRadii.FractionOfRange"/> (default) the radii run from 2.5 % to 50 % of the
    /// largest pair distance D, the rule NeuroKit2 documents; with <see cref="Hrv.CorrelationDimensionRadii.NeuroKit2"/>
    /// they run from (1 + 0.025·D)/2 to (1 + 0.5·D)/2 ms, which is what NeuroKit2 0.2.12's <c>fractal_correlation</c>
    /// computes (its <c>expspace</c> shifts by 1 and halves) and reproduces its HRV_CD to 1e-9 on the reference
    /// recordings; the default differs by −31 % to +6 % on those recordings (usually lower). Dimensionless. O(N²); NaN above
    /// <see cref="NonlinearOptions.QuadraticIndicesMaxIntervals"/>, when N &lt; 4 or all intervals are equal.
    /// </summary>
    public required double CorrelationDimension { get; init; }

    /// <summary>The radius rule that produced <see cref="CorrelationDimension"/>.</summary>
    public required CorrelationDimensionRadii CorrelationDimensionRadii { get; init; }

    /// <summary>
    /// Higuchi fractal dimension (Higuchi 1988) with k = 1..kmax (default 10): L_m(k) = Σ|x[m−1+ik] − x[m−1+(i−1)k]| ·
    /// (N − 1)/(⌊(N − m)/k⌋·k)/k, L(k) = mean over m = 1..k; HFD = −slope of ln L(k) on ln k. NaN when N ≤ kmax.
    /// </summary>
    public required double HiguchiFractalDimension { get; init; }

    /// <summary>Katz fractal dimension (Katz 1988): log10(L/a)/log10(d/a), L = Σ|Δx|, a = mean |Δx|, d = max |x − x[0]|. NaN when N &lt; 2.</summary>
    public required double KatzFractalDimension { get; init; }

    /// <summary>
    /// Lempel–Ziv complexity (Lempel &amp; Ziv 1976; counting of Kaspar &amp; Schuster 1987) of the series binarised as
    /// 1 where RR &gt; mean RR, divided by N / log2 N (NeuroKit2's normalisation). NaN when N &lt; 2.
    /// </summary>
    public required double LempelZivComplexity { get; init; }
}
