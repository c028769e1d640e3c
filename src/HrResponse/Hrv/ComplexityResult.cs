namespace HrResponse.Hrv;

/// <summary>Fractal-dimension and complexity indices of the RR series (gaps ignored), as NeuroKit2 0.2.12 defines them.</summary>
public sealed record ComplexityResult
{
    /// <summary>Correlation dimension (Grassberger &amp; Procaccia 1983), m = 2, τ = 1. NaN above the quadratic-index limit.</summary>
    public required double CorrelationDimension { get; init; }

    /// <summary>Higuchi fractal dimension (Higuchi 1988) with k = 1..kmax.</summary>
    public required double HiguchiFractalDimension { get; init; }

    /// <summary>Katz fractal dimension (Katz 1988).</summary>
    public required double KatzFractalDimension { get; init; }

    /// <summary>Lempel–Ziv complexity (Lempel &amp; Ziv 1976) of the series binarised at its median, normalised.</summary>
    public required double LempelZivComplexity { get; init; }
}
