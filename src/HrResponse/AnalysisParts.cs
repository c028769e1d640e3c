namespace HrResponse;

/// <summary>
/// Which parts <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/> runs (<see cref="RecordingAnalysisOptions.Parts"/>). Beat
/// correction always runs when the recording has beats, whatever is chosen here: every other part reads its result.
/// </summary>
[Flags]
public enum AnalysisParts
{
    /// <summary>Beat correction only (<see cref="RecordingAnalysisResult.Cleaned"/>).</summary>
    None = 0,

    /// <summary>HRV of the whole corrected recording (<see cref="RecordingAnalysisResult.Hrv"/>).</summary>
    Hrv = 1,

    /// <summary>The exercise test with per-phase HRV (<see cref="RecordingAnalysisResult.Exercise"/>).</summary>
    Exercise = 2,

    /// <summary>Rolling HRV snapshots of the corrected beats, for charts and apps (<see cref="RecordingAnalysisResult.Rolling"/>).</summary>
    Rolling = 4,

    /// <summary>
    /// The beats to review and how far RMSSD and SDNN depend on them (<see cref="Quality.ArtifactCorrection.ReviewBorderline(RrIntervals, Quality.ArtifactCorrectionOptions?, double)"/>;
    /// <see cref="RecordingAnalysisResult.BorderlineReview"/>, <see cref="ProblemCode.IndicesDependOnBorderlineBeats"/>), with
    /// the Lipponen–Tarvainen correction only. Two more cleanings of the beats (thresholds ±10 %; the analysis's own is reused).
    /// </summary>
    BorderlineReview = 8,

    /// <summary>HRV and the exercise test: the default.</summary>
    Default = Hrv | Exercise,

    /// <summary>Every part.</summary>
    All = Hrv | Exercise | Rolling | BorderlineReview,
}
