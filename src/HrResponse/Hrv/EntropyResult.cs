namespace HrResponse.Hrv;

/// <summary>
/// Entropy indices of the RR series with the settings that produced them. Gaps are ignored (the series is analysed
/// as if contiguous). Templates are compared with the Chebyshev (maximum) distance and match when it is ≤ r.
/// </summary>
public sealed record EntropyResult
{
    /// <summary>Embedding dimension m.</summary>
    public required int EmbeddingDimension { get; init; }

    /// <summary>Embedding delay τ, beats.</summary>
    public required int EmbeddingDelay { get; init; }

    /// <summary>Tolerance r, ms.</summary>
    public required double ToleranceMs { get; init; }

    /// <summary>
    /// Approximate entropy (Pincus 1991): |Φm − Φm+1| (the absolute value, as NeuroKit2) with Φk = mean over the N − (k−1)τ templates of ln(Ck/(N − (k−1)τ)),
    /// Ck counting self-matches. NaN when N ≤ mτ.
    /// </summary>
    public required double ApproximateEntropy { get; init; }

    /// <summary>
    /// Sample entropy (Richman &amp; Moorman 2000): −ln(B/A), A = pairs of distinct m-templates within r and B = those
    /// pairs still within r at m + 1, both over the first N − mτ templates. NaN when A or B is 0 (NeuroKit2 returns
    /// −inf and +inf there, and treats match fractions ≤ 1e-8 as zero; its JSON reference shows null).
    /// </summary>
    public required double SampleEntropy { get; init; }

    /// <summary>Shannon entropy of the interval values, −Σ p log2 p over the distinct values (NeuroKit2's default, no binning), bits.</summary>
    public required double ShannonEntropy { get; init; }

    /// <summary>
    /// Fuzzy entropy (Chen et al. 2007) as NeuroKit2: templates with their own mean removed, membership exp(−d/r) of the
    /// Chebyshev distance d, −ln(Φm+1/Φm) over the first N − mτ templates. NaN above the quadratic-index limit.
    /// </summary>
    public required double FuzzyEntropy { get; init; }

    /// <summary>Coarse-graining scales used by the multiscale entropies.</summary>
    public required IReadOnlyList<int> Scales { get; init; }

    /// <summary>SampEn of the non-overlapping coarse-grained (averaged) series at each scale; NaN where undefined.</summary>
    public required IReadOnlyList<double> MultiscaleValues { get; init; }

    /// <summary>
    /// Multiscale entropy index (Costa et al. 2002), as NeuroKit2: the trapezoid area under the finite values of
    /// <see cref="MultiscaleValues"/> divided by their number. r is the tolerance of the original series at every scale.
    /// </summary>
    public required double MultiscaleEntropy { get; init; }

    /// <summary>
    /// Composite MSE as NeuroKit2 0.2.12: at scale s, the mean finite SampEn of the s series x[k], x[k+s], x[k+2s], ...
    /// (k = 0..s−1; NeuroKit2's "time-shift" decimation, not the averaged series of Wu et al. 2013), then the MSE area rule.
    /// </summary>
    public required double CompositeMultiscaleEntropy { get; init; }

    /// <summary>Refined composite MSE: at scale s, −ln of the ratio of the mean (over the s series) match fractions at m+1 and m; then the area rule.</summary>
    public required double RefinedCompositeMultiscaleEntropy { get; init; }
}
