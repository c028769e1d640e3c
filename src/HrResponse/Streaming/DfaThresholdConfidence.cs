namespace HrResponse.Streaming;

/// <summary>How far a DFA α1 threshold estimate can be trusted (our heuristic; see <see cref="DfaThresholdEstimator"/>).</summary>
public enum DfaThresholdConfidence
{
    /// <summary>No estimate: too few points, or α1 does not fall with heart rate.</summary>
    None,

    /// <summary>R² below 0.4, or the target α1 lies outside the observed α1 range (extrapolated).</summary>
    Low,

    /// <summary>R² at least 0.4 and the target within the observed α1 range.</summary>
    Moderate,

    /// <summary>R² at least 0.7 and the target within the observed α1 range.</summary>
    High,
}
