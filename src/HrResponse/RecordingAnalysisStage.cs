namespace HrResponse;

/// <summary>The stage <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?, IProgress{RecordingAnalysisProgress}?, CancellationToken)"/> is in.</summary>
public enum RecordingAnalysisStage
{
    /// <summary>Beat correction (artifact detection and correction).</summary>
    Correction,

    /// <summary>HRV of the whole corrected recording.</summary>
    Hrv,

    /// <summary>Exercise test: phases, chronotropic response, heart-rate recovery, per-phase HRV.</summary>
    ExerciseTest,

    /// <summary>Rolling (windowed) HRV.</summary>
    RollingHrv,

    /// <summary>Finished.</summary>
    Done,
}
