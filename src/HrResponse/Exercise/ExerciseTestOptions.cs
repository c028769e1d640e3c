using HrResponse.Hrv;
using HrResponse.Internal;
using HrResponse.Quality;

namespace HrResponse.Exercise;

/// <summary>
/// Settings of <see cref="ExerciseTestAnalysis.Compute"/>. Every setting has a documented default;
/// <see cref="Default"/> holds them all. The report keeps the options it was made with.
/// </summary>
public sealed record ExerciseTestOptions
{
    private readonly TimeSpan _restWindow = TimeSpan.FromSeconds(60);
    private readonly TimeSpan _peakWindow = TimeSpan.FromSeconds(10);
    private readonly TimeSpan _heartRateWindow = TimeSpan.FromSeconds(10);
    private readonly TimeSpan _recoveryRmssdWindow = TimeSpan.FromSeconds(30);
    private readonly TimeSpan? _tauFitDuration;
    private readonly TimeSpan _minimumStageDuration = TimeSpan.FromSeconds(30);
    private readonly double _recoveryLoadLevel;
    private readonly double _activeRecoveryLoadFraction = 0.5;

    /// <summary>All defaults.</summary>
    public static ExerciseTestOptions Default { get; } = new();

    /// <summary>How phases are found. Default <see cref="PhaseDetectionMethod.FirstAvailable"/>.</summary>
    public PhaseDetectionMethod PhaseMethod { get; init; } = PhaseDetectionMethod.FirstAvailable;

    /// <summary>
    /// Exercise start in seconds on the recording's time axis; default <c>null</c>. With <see cref="ExerciseEndSeconds"/>
    /// both phases are explicit (<see cref="PhaseDetectionMethod.ExplicitTimes"/>); alone, it replaces the start the
    /// detection method finds (markers, load or heart-rate curve) and the end is still found.
    /// </summary>
    public double? ExerciseStartSeconds { get; init; }

    /// <summary>
    /// Exercise end (start of recovery) in seconds; default <c>null</c>. With <see cref="ExerciseStartSeconds"/> both
    /// phases are explicit; alone, it replaces the end the detection method finds and the start is still found (from the
    /// heart-rate curve: before the peak, which then may lie after this end and leave no exercise).
    /// </summary>
    public double? ExerciseEndSeconds { get; init; }

    /// <summary>End of the recovery phase in seconds; default <c>null</c> = end of the recording (or a recovery-end marker).</summary>
    public double? RecoveryEndSeconds { get; init; }

    /// <summary>
    /// Marker labels that start exercise. Compared case-insensitively with '_' and '-' as spaces and runs of white space
    /// as one (so <c>exercise_start</c> also matches <c>Exercise start</c> and <c>exercise-start</c>). Default
    /// <c>exercise_start</c>, <c>start_exercise</c>, <c>start of exercise</c>, <c>exercise onset</c>, <c>exercise</c>.
    /// </summary>
    public IReadOnlyList<string> ExerciseStartLabels { get; init; } = ["exercise_start", "start_exercise", "start of exercise", "exercise onset", "exercise"];

    /// <summary>
    /// Marker labels that end exercise (compared as <see cref="ExerciseStartLabels"/>). Default <c>exercise_end</c>,
    /// <c>end_exercise</c>, <c>end of exercise</c>, <c>exercise_stop</c>, <c>stop_exercise</c>, <c>recovery</c>,
    /// <c>recovery_start</c>, <c>start of recovery</c>.
    /// </summary>
    public IReadOnlyList<string> ExerciseEndLabels { get; init; } =
        ["exercise_end", "end_exercise", "end of exercise", "exercise_stop", "stop_exercise", "recovery", "recovery_start", "start of recovery"];

    /// <summary>
    /// Marker labels that end recovery (compared as <see cref="ExerciseStartLabels"/>). Default <c>recovery_end</c>,
    /// <c>end_recovery</c>, <c>end of recovery</c>, <c>end</c>.
    /// </summary>
    public IReadOnlyList<string> RecoveryEndLabels { get; init; } = ["recovery_end", "end_recovery", "end of recovery", "end"];

    /// <summary>
    /// Load at or below which the subject is not exercising (rest and recovery level, e.g. 0 W, or 25 W for an
    /// active cool-down), in the load channel's unit. Default 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when not finite.</exception>
    public double RecoveryLoadLevel
    {
        get => _recoveryLoadLevel;
        init
        {
            Guard.Finite(value, nameof(RecoveryLoadLevel));
            _recoveryLoadLevel = value;
        }
    }

    /// <summary>
    /// With <see cref="PhaseDetectionMethod.Load"/>: when the last load above <see cref="RecoveryLoadLevel"/> is a
    /// constant one (within 5 %, for at least 30 s) of at most this fraction of the load right before it — an active
    /// cool-down, e.g. 185 W, then 25 W for 3 min, then 0 W — exercise ends at that drop, not at the end of the cool-down. Default 0.5; 0 gives the last sample above <see cref="RecoveryLoadLevel"/> in every case.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when outside [0, 1).</exception>
    public double ActiveRecoveryLoadFraction
    {
        get => _activeRecoveryLoadFraction;
        init
        {
            Guard.InRange(value, 0, 0.999, nameof(ActiveRecoveryLoadFraction));
            _activeRecoveryLoadFraction = value;
        }
    }

    /// <summary>How resting heart rate is taken. Default <see cref="RestHeartRateRule.MeanBeforeExercise"/>.</summary>
    public RestHeartRateRule RestRule { get; init; } = RestHeartRateRule.MeanBeforeExercise;

    /// <summary>Window of the rest rule. Default 60 s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when not positive.</exception>
    public TimeSpan RestWindow { get => _restWindow; init => _restWindow = Positive(value, nameof(RestWindow)); }

    /// <summary>How peak heart rate is taken. Default <see cref="PeakHeartRateRule.HighestRollingMean"/>.</summary>
    public PeakHeartRateRule PeakRule { get; init; } = PeakHeartRateRule.HighestRollingMean;

    /// <summary>Window of <see cref="PeakHeartRateRule.HighestRollingMean"/>. Default 10 s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when not positive.</exception>
    public TimeSpan PeakWindow { get => _peakWindow; init => _peakWindow = Positive(value, nameof(PeakWindow)); }

    /// <summary>
    /// Width of the window whose time-weighted mean is "the heart rate at time t" (recovery HR at 10…300 s, HR at the
    /// end of a stage). The window is centred on t: HR at 60 s with the default 10 s is the mean over [55 s, 65 s]
    /// after exercise end. Default 10 s.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when not positive.</exception>
    public TimeSpan HeartRateWindow { get => _heartRateWindow; init => _heartRateWindow = Positive(value, nameof(HeartRateWindow)); }

    /// <summary>Built-in equation for predicted maximal heart rate. Default <see cref="MaxHeartRateEquation.Fox"/>
    /// (220 − age), the equation with which the chronotropic-index cut-offs were derived (Lauer 1999, Khan 2005).</summary>
    public MaxHeartRateEquation Equation { get; init; } = MaxHeartRateEquation.Fox;

    /// <summary>A custom equation used instead of <see cref="Equation"/> when not <c>null</c>. Default <c>null</c>.</summary>
    public IMaxHeartRateEquation? CustomEquation { get; init; }

    /// <summary>Recovery posture used for the heart-rate-recovery cut-offs instead of the subject's; default <c>null</c> (use the subject's; active when unknown).</summary>
    public RecoveryPosture? Posture { get; init; }

    /// <summary>
    /// Length of recovery used by the mono-exponential fit of τ, from exercise end; default <c>null</c> = the whole
    /// recovery phase. τ is NaN (with a reason) when less than 180 s of recovery is available.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when not positive.</exception>
    public TimeSpan? TauFitDuration
    {
        get => _tauFitDuration;
        init => _tauFitDuration = value is { } v ? Positive(v, nameof(TauFitDuration)) : null;
    }

    /// <summary>Length of the consecutive recovery windows in which RMSSD is computed. Default 30 s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when not positive.</exception>
    public TimeSpan RecoveryRmssdWindow { get => _recoveryRmssdWindow; init => _recoveryRmssdWindow = Positive(value, nameof(RecoveryRmssdWindow)); }

    /// <summary>Shortest run of constant load that counts as a stage (stage-wise chronotropic relationship, HR–load slope). Default 30 s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when not positive.</exception>
    public TimeSpan MinimumStageDuration { get => _minimumStageDuration; init => _minimumStageDuration = Positive(value, nameof(MinimumStageDuration)); }

    /// <summary>
    /// Stages given by the caller (times and METs or load); default <c>null</c> = stages are runs of constant load in
    /// the load channel. With METs the metabolic reserve fraction is <c>(MET − 1)/(METpeak − 1)</c>, METpeak the
    /// highest stage METs.
    /// </summary>
    public IReadOnlyList<ExerciseStage>? Stages { get; init; }

    /// <summary>Settings of the per-phase time-domain HRV (rest, exercise, recovery); default <c>null</c> = <see cref="TimeDomainOptions.Default"/>.</summary>
    public TimeDomainOptions? TimeDomain { get; init; }

    /// <summary>How unusable beats are excluded or corrected before analysis. Default <see cref="BeatScreeningMethod.ArtifactCorrection"/>.</summary>
    public BeatScreeningMethod BeatScreening { get; init; } = BeatScreeningMethod.ArtifactCorrection;

    /// <summary>
    /// Settings of <see cref="BeatScreeningMethod.ArtifactCorrection"/>. Default <see cref="DefaultArtifactCorrection"/>:
    /// Lipponen–Tarvainen 2019 with interpolation, accepted intervals 240–2000 ms (the range is read only by
    /// <see cref="ArtifactDetectionMethod.AbsoluteRange"/>). <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/> replaces it with
    /// <see cref="RecordingAnalysisOptions.Correction"/>, so the exercise test reads the pipeline's one correction.
    /// </summary>
    public ArtifactCorrectionOptions ArtifactCorrection { get; init; } = DefaultArtifactCorrection;

    /// <summary>
    /// The library's default artifact correction with the lowest accepted interval lowered from 300 ms to 240 ms, so
    /// that peak exercise heart rates up to 250 bpm are not taken for artifacts.
    /// </summary>
    public static ArtifactCorrectionOptions DefaultArtifactCorrection { get; } = ArtifactCorrectionOptions.Default with { AbsoluteMinMs = 240 };

    /// <summary>The equation in force: <see cref="CustomEquation"/> when set, otherwise the built-in <see cref="Equation"/>.</summary>
    public IMaxHeartRateEquation ResolveEquation() => CustomEquation ?? MaxHeartRateEquations.Get(Equation);

    private static TimeSpan Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(name, value, $"Must be a duration greater than zero; it is {value}.");
        return value;
    }
}
