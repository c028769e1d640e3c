namespace HrResponse.Quality;

/// <summary>What is done with beats flagged as artifacts.</summary>
public enum CorrectionAction
{
    /// <summary>
    /// Repair: extra beats are removed (their interval merged into the next), missed beats are split into two
    /// intervals that keep the recorded total, and ectopic, long, short and out-of-range intervals are replaced by
    /// estimates from the neighbouring accepted intervals, as <see cref="ArtifactCorrectionOptions.Estimator"/> says
    /// (default: an autoregressive model that keeps the beat-to-beat variability; <see cref="IntervalEstimator.CubicSpline"/>:
    /// a natural cubic spline as a function of beat time and equal halves). Dropouts still become gaps.
    /// </summary>
    Interpolate,

    /// <summary>
    /// Exclude: every flagged interval is removed (for an ectopic or extra beat, both intervals it touches) and the
    /// next kept interval is marked with <see cref="RrIntervals.GapBefore"/>, so successive differences never span
    /// the hole. Nothing is invented.
    /// </summary>
    ExcludeAndMarkGaps,
}
