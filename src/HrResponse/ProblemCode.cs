namespace HrResponse;

/// <summary>
/// What kind of problem an <see cref="AnalysisProblem"/> reports. The members and their numbers are stable: code
/// branches on them (never on the message text), and callers such as the CLI turn them into advice of their own.
/// </summary>
public enum ProblemCode
{
    /// <summary>Another problem, not one of the kinds below.</summary>
    Other = 0,

    /// <summary>
    /// <see cref="SubjectInfo.AgeYears"/> is unknown, so predicted maximal heart rate and the chronotropic indices
    /// (<c>CHRONO_PredictedMax</c>, <c>CHRONO_PercentPredicted</c>, <c>CHRONO_Index</c>) are NaN.
    /// </summary>
    AgeMissing = 1,

    /// <summary>The chosen predicted-maximum equation needs <see cref="SubjectInfo.Sex"/>, which is unknown.</summary>
    SexMissing = 2,

    /// <summary>
    /// The recovery posture is unknown (neither <c>ExerciseTestOptions.Posture</c> nor
    /// <see cref="SubjectInfo.RecoveryPosture"/> is set): the active cool-down HRR60 cut-off is used.
    /// </summary>
    PostureUnknown = 3,

    /// <summary>Seated recovery has no HRR60 cut-off of its own; the active cool-down cut-off is used.</summary>
    SeatedPostureCutoff = 4,

    /// <summary>No exercise phases were found, so resting and peak HR, chronotropic and recovery indices are NaN.</summary>
    NoExercisePhases = 5,

    /// <summary>The rest phase is too short for resting heart rate (NaN), or shorter than the rest window (a shorter mean is used).</summary>
    RestTooShort = 6,

    /// <summary>Peak heart rate could not be taken (too little heart rate during exercise).</summary>
    PeakNotFound = 7,

    /// <summary>Resting or peak heart rate is missing, so the chronotropic index cannot be computed.</summary>
    HeartRateMissing = 8,

    /// <summary>The predicted-maximum equation gives no value for this subject, or predicts no more than resting HR.</summary>
    PredictedMaxUnusable = 9,

    /// <summary>The predicted-maximum equation was derived in another population (e.g. Gulati, women, applied to a man).</summary>
    EquationPopulationMismatch = 10,

    /// <summary>Recovery is too short for heart rate at some offsets after exercise end (<c>HRR_60s</c>, ...).</summary>
    RecoveryTooShort = 11,

    /// <summary>T30 could not be computed (recovery shorter than 30 s, too few values, or heart rate did not fall).</summary>
    T30NotComputed = 12,

    /// <summary>The recovery time constant τ could not be fitted (recovery shorter than 3 min, no decay, ...).</summary>
    TauNotComputed = 13,

    /// <summary>A heart-rate-recovery value (<c>HRR_60s</c>, <c>HRR_120s</c>) is missing from the given summary values.</summary>
    RecoveryValueMissing = 14,

    /// <summary>The recording has no beat-to-beat data, so beat quality and HRV were not computed.</summary>
    NoBeats = 15,

    /// <summary>The recording has neither beats nor heart-rate samples, so the exercise test was not analysed.</summary>
    NoHeartRate = 16,

    /// <summary>
    /// The recording, or a gap-free stretch of it, has fewer intervals than the beat-detection method's window
    /// (<see cref="Quality.QualityWarning.WindowBeats"/>: for Lipponen–Tarvainen the 91-beat threshold window
    /// <see cref="Quality.ArtifactCorrectionOptions.LipponenThresholdWindowBeats"/>; for the threshold methods and dropout
    /// detection the 11-beat median <see cref="Quality.ArtifactCorrectionOptions.MedianWindowBeats"/>; for Acar the
    /// <see cref="Quality.ArtifactCorrectionOptions.AcarWindowBeats"/> preceding beats). Detection never looks across a
    /// gap, so there the window holds fewer beats than the method assumes: its thresholds or reference come from the few
    /// beats at hand, artifacts among them included, and artifacts may go undetected or normal beats be flagged. The
    /// quality report's warning names the beats (<see cref="Quality.QualityWarning.BeatIndices"/>) and the indices such
    /// errors move most (<see cref="Quality.QualityWarning.AffectedIndices"/>).
    /// </summary>
    ShorterThanDetectorWindow = 17,

    /// <summary>
    /// The intervals the artifact correction estimated (interpolated, inserted, split) or left out make RMSSD or SDNN
    /// uncertain by more than <see cref="Quality.ArtifactCorrectionOptions.MaxRmssdUncertaintyPercent"/> (5 %) or
    /// <see cref="Quality.ArtifactCorrectionOptions.MaxSdnnUncertaintyPercent"/> (2 %): the 95 % bounds
    /// <see cref="Quality.QualityReport.RmssdCorrectionUncertaintyPercent"/> and
    /// <see cref="Quality.QualityReport.SdnnCorrectionUncertaintyPercent"/>. The indices are estimates to that precision
    /// (the beat-to-beat steps a correction replaces are lost; no correction restores them).
    /// </summary>
    CorrectionUncertain = 18,

    /// <summary>
    /// Part of a recording that can be assessed as a whole has natural beat-to-beat steps as large as artifacts: the
    /// local detection limit (Th1 over the local median interval) reaches
    /// <see cref="Quality.ArtifactCorrectionOptions.MaxDetectionLimitPercent"/> at
    /// <see cref="Quality.QualityReport.DetectionLimitExceededBeatPercent"/> of the beats (listed in
    /// <see cref="Quality.QualityWarning.BeatIndices"/>), e.g. the swings of a resting phase before exercise. There,
    /// premature beats and ×0.7/×1.35 intervals may be kept and natural beats corrected, and the indices of the whole
    /// series include those stretches.
    /// </summary>
    DetectionLimitExceededLocally = 19,

    /// <summary>
    /// RMSSD or SDNN of the corrected beats move by more than
    /// <see cref="Quality.ArtifactCorrectionOptions.MaxRmssdUncertaintyPercent"/> (5 %) or
    /// <see cref="Quality.ArtifactCorrectionOptions.MaxSdnnUncertaintyPercent"/> (2 %) with the artifact decisions on
    /// borderline beats, those that flip when the detection thresholds move within their own noise (±10 %;
    /// <see cref="Quality.BorderlineReview.IndicesDependOnBorderlineBeats"/>): the detector cannot decide them, and the
    /// indices are unreliable until an analyst has looked at them (and kept or marked them,
    /// <see cref="Quality.ArtifactCorrectionOptions.Edits"/>). Reported when <see cref="AnalysisParts.BorderlineReview"/> runs.
    /// </summary>
    IndicesDependOnBorderlineBeats = 20,

    /// <summary>
    /// Somewhere an artifact starts at about every other beat: at least 5 of the 11 intervals of a local-median window
    /// (<see cref="Quality.ArtifactCorrectionOptions.MedianWindowBeats"/>; (W − 1) / 2 in general). The local median,
    /// the reference of every detection decision and estimate, is taken over artifacts there, so the corrected
    /// intervals of that stretch are guesses (a corrupted stretch of a strap recording, or a run of arrhythmia). The
    /// warning's <see cref="Quality.QualityWarning.BeatIndices"/> are the stretch's intervals, to exclude as noise
    /// (<see cref="Quality.ArtifactCorrectionOptions.Edits"/>) unless they are a real rhythm to analyse.
    /// </summary>
    DenseArtifacts = 21,

    /// <summary>
    /// The cleaned series still holds steps no sinus beat makes: an interval longer than the one before it by more than
    /// 32.5 % or shorter by more than 24.5 % (Kamath and Fallen's limits). Each is an artifact or ectopic beat the detector
    /// took for the rhythm (where the rhythm swings, the thresholds scale with the swings and these limits do not) or a
    /// natural abrupt pause. The warning's <see cref="Quality.QualityWarning.BeatIndices"/> are both intervals of each
    /// step (<see cref="Quality.QualityReport.NonSinusStepBeats"/>), the beats to review first; keep or mark them
    /// (<see cref="Quality.ArtifactCorrectionOptions.Edits"/>). The message gives RMSSD over every beat-to-beat step and
    /// over the steps within the limits only, which says how much these beats decide it. Not given where
    /// <see cref="Quality.QualityReport.IndicesUnreliable"/> already says the recording cannot be assessed.
    /// </summary>
    NonSinusSteps = 22,

    /// <summary>
    /// Short–long pairs whose reading the detector could not decide: a premature beat and its pause, or one artifact
    /// beside a natural interval (a ×0.7 interval before a naturally long one), which no threshold tells apart; a model
    /// of the neighbouring intervals explains the other reading better, but not by its margin
    /// (<see cref="Quality.QualityReport.AmbiguousReadingBeats"/>). The warning's
    /// <see cref="Quality.QualityWarning.BeatIndices"/> are both intervals of each pair, to review where RMSSD and SDNN
    /// matter to within a few percent; keep or mark them (<see cref="Quality.ArtifactCorrectionOptions.Edits"/>). Not given
    /// where <see cref="Quality.QualityReport.IndicesUnreliable"/> already says the recording cannot be assessed.
    /// </summary>
    AmbiguousReadings = 23,

    /// <summary>
    /// An autonomic reflex test's event (Valsalva strain, stand-up, breathing cycles) was neither marked nor given and
    /// could not be detected in the data; the test's indices are NaN.
    /// </summary>
    EventNotDetected = 40,

    /// <summary>The Valsalva strain is shorter than the method's minimum (<c>Autonomic.ValsalvaOptions.MinimumStrainDuration</c>); the ratio may understate the response.</summary>
    StrainTooShort = 41,

    /// <summary>The Valsalva strain was too weak to load the baroreflex (pulse pressure fell too little); the indices may be invalid.</summary>
    StrainTooWeak = 42,

    /// <summary>
    /// The beats or the blood pressure around an autonomic test are too noisy (many corrected or implausible beats, or
    /// beat-to-beat pressure swings too large): the affected indices are NaN or to be read with care, as the message says.
    /// </summary>
    NoisyData = 43,

    /// <summary>No blood pressure was recorded (or none usable), so the pressure indices of the test are NaN.</summary>
    PressureMissing = 44,

    /// <summary>The recording around an autonomic test is shorter than a window the test needs (baseline, 10 min standing, ...).</summary>
    TestWindowTooShort = 45,

    /// <summary>
    /// Heart rate over the last 10 s of exercise is at least 10 bpm below the peak (a peak long before the end, as in
    /// training sessions): HRR is measured from the peak (Cole 1999), so it includes the fall before exercise ended. The
    /// message gives the end-of-exercise heart rate and HRR60 from it.
    /// </summary>
    PeakBeforeExerciseEnd = 46,

    /// <summary>
    /// The exercise end was found from the heart-rate curve, but heart rate then fell by less than 20 % of its rise
    /// within 6 min: the recording may end before recovery, or exercise went on. The HRR60/HRR120 flags are then not
    /// rated (null); the recovery values describe no recovery. Give the exercise end, or check that the recording
    /// includes recovery.
    /// </summary>
    NoRecoveryAfterExercise = 47,
}
