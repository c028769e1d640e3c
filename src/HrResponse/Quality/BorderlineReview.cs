namespace HrResponse.Quality;

/// <summary>
/// What a Lipponen–Tarvainen cleaning leaves to chance within the thresholds' own noise
/// (<see cref="ArtifactCorrection.ReviewBorderline(RrIntervals, ArtifactCorrectionOptions?, double)"/>): the intervals
/// whose decision flips when the thresholds move by <see cref="MarginPercent"/>, and how far RMSSD and SDNN of the
/// corrected series move with them. Where they move by more than the correction is meant to keep
/// (<see cref="IndicesDependOnBorderlineBeats"/>), the recording's beat-to-beat indices are not determined by the
/// detector: an analyst should look at <see cref="Beats"/> and keep or mark them (<see cref="BeatEdits"/>).
/// </summary>
public sealed record BorderlineReview
{
    /// <summary>How far the thresholds were moved each way, in percent (α and the minimum threshold percent both scaled by 1 ∓ margin/100).</summary>
    public double MarginPercent { get; init; }

    /// <summary>The borderline input intervals in input order; for an ectopic pair or an extra beat both intervals.</summary>
    public IReadOnlyList<BorderlineBeat> Beats { get; init; } = [];

    /// <summary>
    /// RMSSD of the corrected series (gap-aware, <see cref="Hrv.TimeDomainAnalysis.Compute(RrIntervals, Hrv.TimeDomainOptions?)"/>),
    /// in ms: with the given options and its range over the given options and the thresholds lowered and raised by the margin.
    /// </summary>
    public IndexRange RmssdMs { get; init; }

    /// <summary>SDNN of the corrected series, in ms, as <see cref="RmssdMs"/>.</summary>
    public IndexRange SdnnMs { get; init; }

    /// <summary>
    /// True when <see cref="RmssdMs"/> spreads by more than <see cref="ArtifactCorrectionOptions.MaxRmssdUncertaintyPercent"/>
    /// or <see cref="SdnnMs"/> by more than <see cref="ArtifactCorrectionOptions.MaxSdnnUncertaintyPercent"/> (5 % / 2 % by
    /// default, the accuracy issue 14 asks of corrected RMSSD and SDNN): the indices depend on decisions within the
    /// thresholds' noise by more than the correction is meant to keep, and are unreliable until the beats are reviewed.
    /// </summary>
    public bool IndicesDependOnBorderlineBeats { get; init; }
}
