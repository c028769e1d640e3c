namespace HrResponse.Streaming;

/// <summary>Least-squares line <c>α1 = Intercept + Slope · x</c> over one intensity variable, with its crossings.</summary>
public sealed record DfaThresholdFit
{
    /// <summary>Number of (x, α1) points used.</summary>
    public required int Count { get; init; }

    /// <summary>Slope per bpm or per W; negative when α1 falls with intensity.</summary>
    public required double Slope { get; init; }

    /// <summary>Intercept (α1 at x = 0).</summary>
    public required double Intercept { get; init; }

    /// <summary>Coefficient of determination of the fit (0–1).</summary>
    public required double RSquared { get; init; }

    /// <summary>Crossing of α1 = 0.75 (first ventilatory threshold, Rogers et al. 2021).</summary>
    public required DfaThresholdEstimate Alpha075 { get; init; }

    /// <summary>Crossing of α1 = 0.5 (second ventilatory threshold).</summary>
    public required DfaThresholdEstimate Alpha050 { get; init; }
}
