namespace HrResponse;

/// <summary>
/// How far a <see cref="RecordingAnalysis"/> run is: its stage and an overall percentage. Reported at the start of each
/// stage, during rolling HRV every few thousand beats, and once with <see cref="RecordingAnalysisStage.Done"/> at 100 %.
/// </summary>
public sealed record RecordingAnalysisProgress
{
    /// <summary>The stage now running.</summary>
    public required RecordingAnalysisStage Stage { get; init; }

    /// <summary>
    /// Overall progress, 0–100, monotone within one run. The stages' shares are fixed (correction 10, HRV 50, exercise test
    /// 25, rolling HRV 15; skipped stages jump ahead), so it is a rough guide, not a time estimate.
    /// </summary>
    public required double Percent { get; init; }
}
