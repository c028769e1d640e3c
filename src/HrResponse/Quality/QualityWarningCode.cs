namespace HrResponse.Quality;

/// <summary>
/// What kind of caveat a <see cref="QualityWarning"/> reports. The members and their numbers are stable: code branches
/// on them (never on the message text), and callers such as the CLI may turn them into advice of their own.
/// </summary>
public enum QualityWarningCode
{
    /// <summary>Another caveat, not one of the kinds below.</summary>
    Other = 0,

    /// <summary>
    /// The recording, or a gap-free stretch of it, has fewer intervals than the detection method's window
    /// (<see cref="QualityWarning.WindowBeats"/>: for Lipponen–Tarvainen the 91-beat threshold window
    /// <see cref="ArtifactCorrectionOptions.LipponenThresholdWindowBeats"/>; for the threshold methods and dropout
    /// detection the 11-beat median <see cref="ArtifactCorrectionOptions.MedianWindowBeats"/>; for Acar the
    /// <see cref="ArtifactCorrectionOptions.AcarWindowBeats"/> preceding beats). Detection never looks across a gap, so
    /// there the window holds fewer beats than the method assumes: its thresholds or reference come from the few beats
    /// at hand, artifacts among them included, and artifacts may go undetected or normal beats be flagged. The
    /// warning names the beats (<see cref="QualityWarning.BeatIndices"/>) and the indices such errors move most
    /// (<see cref="QualityWarning.AffectedIndices"/>).
    /// </summary>
    ShorterThanDetectorWindow = 1,
}
