using HrResponse.Autonomic;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Quality;
using HrResponse.Streaming;

namespace HrResponse;

/// <summary>
/// Everything <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/> found in one recording, computed once: the corrected beats with
/// their quality report, the HRV of the whole corrected recording, the exercise test (with per-phase HRV) and the
/// rolling HRV, with the options that produced them and the problems met. Charts, reports and the CLI read this
/// record and never recompute.
/// </summary>
public sealed record RecordingAnalysisResult : IIndexTableSource
{
    /// <summary>The recording analysed (its <see cref="Recording.Subject"/> is the subject used).</summary>
    public required Recording Recording { get; init; }

    /// <summary>The options used.</summary>
    public required RecordingAnalysisOptions Options { get; init; }

    /// <summary>
    /// The beats after correction with <see cref="RecordingAnalysisOptions.Correction"/> and its
    /// <see cref="CleanedRrIntervals.Quality"/> report; <c>null</c> when the recording has no beats.
    /// </summary>
    public CleanedRrIntervals? Cleaned { get; init; }

    /// <summary>
    /// The borderline beats of the correction and how far RMSSD and SDNN depend on them
    /// (<see cref="ArtifactCorrection.ReviewBorderline(RrIntervals, ArtifactCorrectionOptions?, double)"/> with <see cref="RecordingAnalysisOptions.Correction"/>);
    /// <c>null</c> without beats, when <see cref="AnalysisParts.BorderlineReview"/> was not asked for, or when the
    /// correction is not Lipponen–Tarvainen (a problem says so).
    /// </summary>
    public BorderlineReview? BorderlineReview { get; init; }

    /// <summary>
    /// HRV of the whole corrected recording (its <see cref="HrvResult.Correction"/> is <see cref="Cleaned"/>'s
    /// report); <c>null</c> without beats or when <see cref="AnalysisParts.Hrv"/> was not asked for.
    /// </summary>
    public HrvResult? Hrv { get; init; }

    /// <summary>
    /// The exercise test, on the same corrected beats (or on the heart-rate samples without beats); <c>null</c> when
    /// <see cref="AnalysisParts.Exercise"/> was not asked for or the recording has no heart rate at all. When no
    /// exercise phases are found the report is still there, with NaN indices and a
    /// <see cref="ProblemCode.NoExercisePhases"/> problem.
    /// </summary>
    public ExerciseTestReport? Exercise { get; init; }

    /// <summary>
    /// Rolling HRV of the corrected beats (<see cref="RecordingAnalysisOptions.Rolling"/>), one snapshot per step;
    /// empty without beats or when <see cref="AnalysisParts.Rolling"/> was not asked for.
    /// </summary>
    public IReadOnlyList<RollingHrvSnapshot> Rolling { get; init; } = [];

    /// <summary>
    /// The autonomic reflex test asked for with <see cref="RecordingAnalysisOptions.Autonomic"/> (on the recording's beats
    /// with that test's own correction); <c>null</c> when none was asked for or the recording has no beats.
    /// </summary>
    public AutonomicResult? Autonomic { get; init; }

    /// <summary>Everything that could not be computed, or was computed with a fallback, and why; the exercise test's and the autonomic test's problems included.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>
    /// One index table of everything computed: the exercise test's table (<c>HR_*</c>, <c>PHASE_*</c>,
    /// <c>CHRONO_*</c>, <c>HRR_*</c>, per-phase <c>HRV_*_Rest</c> ..., <c>QUALITY_*</c>) when it ran, then the
    /// whole-recording HRV (<c>HRV_*</c>) and the beat-quality indices (<c>QUALITY_*</c>) when HRV ran, then the borderline
    /// review's (<c>QUALITY_BorderlineBeats</c>, <c>QUALITY_RmssdBorderlineSpreadPercent</c>, ...) when it ran. With only HRV
    /// this is the table of <c>hrresponse hrv</c>; with only the exercise test, that of <c>hrresponse analyze</c>. With an
    /// autonomic test, its indices (<c>VALSALVA_*</c>, <c>STAND_*</c> or <c>DB_*</c>, and <c>AUTONOMIC_EwingCategory</c>)
    /// follow; its own beat-quality indices are not repeated (the <c>QUALITY_*</c> columns are those of
    /// <see cref="Cleaned"/>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>();
        if (Exercise is not null)
            foreach (var (k, v) in Exercise.ToIndexTable()) table[k] = v;
        if (Hrv is not null)
        {
            foreach (var (k, v) in Hrv.ToIndexTable()) table[k] = v;
            if (Cleaned is not null)
                foreach (var (k, v) in Cleaned.Quality.ToIndexTable()) table[k] = v;
        }

        if (BorderlineReview is not null)
        {
            foreach (var (k, v) in BorderlineReview.ToIndexTable()) table[k] = v;
        }
        else if (Options.Parts.HasFlag(AnalysisParts.BorderlineReview))
        {
            // Asked for but not run (no beats): the same columns, NaN.
            foreach (var k in Quality.BorderlineReview.IndexNames) table[k] = double.NaN;
        }

        if (Autonomic is not null)
        {
            foreach (var (k, v) in Autonomic.ToIndexTable())
                if (!k.StartsWith("QUALITY_", StringComparison.Ordinal)) table[k] = v;
        }

        return table;
    }
}
