namespace HrResponse.Hrv;

/// <summary>
/// Heart-rate asymmetry of the Poincaré plot, as NeuroKit2 computes it: Guzik, slope, area and Porta indices
/// (Yan et al. 2017) and the decomposition of SD1, SD2 and SDNN into decelerations and accelerations (Piskorski &amp;
/// Guzik 2011). Over the M Poincaré pairs (x, y) = (RR(n), RR(n+1)) that do not span a gap; a deceleration is y &gt; x,
/// an acceleration y &lt; x. NaN (or a division by zero) when M &lt; 2 or every point lies on the identity line.
/// </summary>
public sealed record HeartRateAsymmetryResult
{
    /// <summary>Guzik's index: 100 · Σ_dec |y−x|/√2 / Σ_all |y−x|/√2, %.</summary>
    public required double GuzikIndexPercent { get; init; }

    /// <summary>Slope index: 100 · Σ_dec θ / Σ_all θ with θ = |atan(1) − atan(y/x)|, %.</summary>
    public required double SlopeIndexPercent { get; init; }

    /// <summary>Area index: 100 · Σ_dec S / Σ_all S with sector area S = θ·(x² + y²)/2, %.</summary>
    public required double AreaIndexPercent { get; init; }

    /// <summary>Porta's index: 100 · (number of accelerations) / (M − number of points on the identity line), %.</summary>
    public required double PortaIndexPercent { get; init; }

    /// <summary>SD1d = √(Σ_dec ((y−x)/√2)² / (M − 1)), ms.</summary>
    public required double Sd1DecelerationMs { get; init; }

    /// <summary>SD1a = √(Σ_acc ((y−x)/√2)² / (M − 1)), ms.</summary>
    public required double Sd1AccelerationMs { get; init; }

    /// <summary>C1d = SD1d² / (SD1d² + SD1a²): dimensionless share (0–1).</summary>
    public required double Sd1DecelerationContribution { get; init; }

    /// <summary>C1a = SD1a² / (SD1d² + SD1a²): dimensionless share (0–1).</summary>
    public required double Sd1AccelerationContribution { get; init; }

    /// <summary>SD2d = √((Σ_dec l² + ½ Σ_on l²) / (M − 1)), l = |(x − x̄) + (y − ȳ)|/√2, ms.</summary>
    public required double Sd2DecelerationMs { get; init; }

    /// <summary>SD2a = √((Σ_acc l² + ½ Σ_on l²) / (M − 1)), ms.</summary>
    public required double Sd2AccelerationMs { get; init; }

    /// <summary>C2d = SD2d² / (SD2d² + SD2a²): dimensionless share (0–1).</summary>
    public required double Sd2DecelerationContribution { get; init; }

    /// <summary>C2a = SD2a² / (SD2d² + SD2a²): dimensionless share (0–1).</summary>
    public required double Sd2AccelerationContribution { get; init; }

    /// <summary>SDNNd = √((SD1d² + SD2d²) / 2), ms.</summary>
    public required double SdnnDecelerationMs { get; init; }

    /// <summary>SDNNa = √((SD1a² + SD2a²) / 2), ms.</summary>
    public required double SdnnAccelerationMs { get; init; }

    /// <summary>Cd = SDNNd² / (SDNNd² + SDNNa²): dimensionless share (0–1).</summary>
    public required double SdnnDecelerationContribution { get; init; }

    /// <summary>Ca = SDNNa² / (SDNNd² + SDNNa²): dimensionless share (0–1).</summary>
    public required double SdnnAccelerationContribution { get; init; }
}
