namespace HrResponse.Streaming;

/// <summary>Where a linear fit of α1 against one intensity variable (HR or power) crosses one α1 target.</summary>
public sealed record DfaThresholdEstimate
{
    /// <summary>The α1 target (0.75 for the first ventilatory threshold, 0.5 for the second).</summary>
    public required double TargetAlpha1 { get; init; }

    /// <summary>Intensity at which the fitted line reaches the target (bpm or W), NaN when there is no estimate.</summary>
    public required double Value { get; init; }

    /// <summary>
    /// Standard error of <see cref="Value"/> by inverse prediction (calibration):
    /// <c>(s / |b|) · √(1/n + (y₀ − ȳ)² / (b² Sxx))</c>, with s the residual standard deviation (n−2).
    /// </summary>
    public required double StandardError { get; init; }

    /// <summary>True when the target lies outside the range of observed α1 values.</summary>
    public required bool IsExtrapolated { get; init; }

    /// <summary>Confidence class from R², slope sign and extrapolation.</summary>
    public required DfaThresholdConfidence Confidence { get; init; }
}
