using HrResponse.Autonomic;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Quality;
using HrResponse.Streaming;

namespace HrResponse;

/// <summary>
/// Settings of <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/>: one beat correction, the HRV settings, the exercise-test
/// settings, the rolling-HRV settings and which parts to run. Every setting has a documented default
/// (<see cref="Default"/>); <see cref="FromPreset"/> gives the settings of a named HRV preset. The result keeps the
/// options it was made with.
/// </summary>
/// <remarks>
/// The correction is done once, with <see cref="Correction"/>, and every part reads the corrected beats: the exercise
/// test runs with <see cref="ExerciseTestOptions.ArtifactCorrection"/> replaced by <see cref="Correction"/>, its
/// per-phase time-domain settings default to <see cref="Hrv"/>'s, and with correction switched off
/// (<see cref="ArtifactDetectionMethod.None"/>) its beat screening is <see cref="BeatScreeningMethod.None"/>
/// (<see cref="EffectiveExercise"/> shows the options it runs with).
/// </remarks>
public sealed record RecordingAnalysisOptions
{
    private readonly HrvOptions _hrv = HrvOptions.Default;
    private readonly ArtifactCorrectionOptions _correction = ExerciseTestOptions.DefaultArtifactCorrection;
    private readonly ExerciseTestOptions _exercise = ExerciseTestOptions.Default;
    private readonly RollingHrvOptions _rolling = RollingHrvOptions.Default;

    /// <summary>
    /// The defaults: <see cref="HrvOptions.Default"/>, Lipponen–Tarvainen correction
    /// (<see cref="ExerciseTestOptions.DefaultArtifactCorrection"/>), <see cref="ExerciseTestOptions.Default"/>,
    /// <see cref="RollingHrvOptions.Default"/>, parts <see cref="AnalysisParts.Default"/> (HRV and exercise test).
    /// </summary>
    public static RecordingAnalysisOptions Default { get; } = new();

    /// <summary>HRV settings of the whole-recording HRV. Default <see cref="HrvOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">On set, when null.</exception>
    public HrvOptions Hrv { get => _hrv; init => _hrv = value ?? throw new ArgumentNullException(nameof(Hrv)); }

    /// <summary>
    /// The beat correction every part reads. Default <see cref="ExerciseTestOptions.DefaultArtifactCorrection"/>:
    /// Lipponen–Tarvainen (2019) detection with interpolation, as <see cref="ArtifactCorrectionOptions.Default"/>, with
    /// the lowest plausible interval of <see cref="ArtifactDetectionMethod.AbsoluteRange"/> at 240 ms (250 bpm) so that
    /// peak exercise heart rates are not taken for artifacts if that method is chosen; Lipponen–Tarvainen does not read
    /// it, so HRV numbers equal those with <see cref="ArtifactCorrectionOptions.Default"/>.
    /// <see cref="ArtifactCorrectionOptions.None"/> switches correction off.
    /// </summary>
    /// <exception cref="ArgumentNullException">On set, when null.</exception>
    public ArtifactCorrectionOptions Correction { get => _correction; init => _correction = value ?? throw new ArgumentNullException(nameof(Correction)); }

    /// <summary>Exercise-test settings (see the remarks for what the correction replaces). Default <see cref="ExerciseTestOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">On set, when null.</exception>
    public ExerciseTestOptions Exercise { get => _exercise; init => _exercise = value ?? throw new ArgumentNullException(nameof(Exercise)); }

    /// <summary>Rolling-HRV settings, used when <see cref="Parts"/> has <see cref="AnalysisParts.Rolling"/>. Default <see cref="RollingHrvOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">On set, when null.</exception>
    public RollingHrvOptions Rolling { get => _rolling; init => _rolling = value ?? throw new ArgumentNullException(nameof(Rolling)); }

    /// <summary>Which parts run. Default <see cref="AnalysisParts.Default"/> (HRV and exercise test; no rolling HRV).</summary>
    public AnalysisParts Parts { get; init; } = AnalysisParts.Default;

    /// <summary>
    /// The autonomic reflex test the recording holds (Valsalva manoeuvre, active stand or deep breathing), run with
    /// <see cref="AutonomicAnalysis.Compute"/> into <see cref="RecordingAnalysisResult.Autonomic"/>; <c>null</c> (the
    /// default) runs none. The test reads the recording's beats with its own correction,
    /// <see cref="AutonomicOptions.Correction"/> (none by default), not with <see cref="Correction"/>: generic artifact
    /// detectors take the abrupt reflex changes of RR for artifacts.
    /// </summary>
    public AutonomicOptions? Autonomic { get; init; }

    /// <summary>
    /// The settings of a named HRV preset: <see cref="HrvOptions.FromPreset"/>, and the correction the preset's tool
    /// applies: none for <see cref="HrvPreset.NeuroKit2"/> (NeuroKit2's <c>hrv</c> corrects nothing), the default
    /// correction otherwise. Everything else is <see cref="Default"/>'s.
    /// </summary>
    /// <param name="preset">The preset.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preset"/> is not a defined value.</exception>
    public static RecordingAnalysisOptions FromPreset(HrvPreset preset) => new()
    {
        Hrv = HrvOptions.FromPreset(preset),
        Correction = preset == HrvPreset.NeuroKit2 ? ArtifactCorrectionOptions.None : ExerciseTestOptions.DefaultArtifactCorrection,
    };

    /// <summary>
    /// The exercise-test options the analysis runs with: <see cref="Exercise"/> with
    /// <see cref="ExerciseTestOptions.ArtifactCorrection"/> = <see cref="Correction"/>,
    /// <see cref="ExerciseTestOptions.TimeDomain"/> = <see cref="Hrv"/>'s when not set, and
    /// <see cref="ExerciseTestOptions.BeatScreening"/> = <see cref="BeatScreeningMethod.None"/> when it asks for
    /// artifact correction and <see cref="Correction"/> is switched off.
    /// </summary>
    public ExerciseTestOptions EffectiveExercise => Exercise with
    {
        ArtifactCorrection = Correction,
        TimeDomain = Exercise.TimeDomain ?? Hrv.TimeDomain,
        BeatScreening = Exercise.BeatScreening == BeatScreeningMethod.ArtifactCorrection && Correction.Method == ArtifactDetectionMethod.None
            ? BeatScreeningMethod.None
            : Exercise.BeatScreening,
    };

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem <see cref="Validate"/> finds; does nothing when there is none.</summary>
    /// <param name="paramName">The parameter the options came in.</param>
    internal void ThrowIfInvalid(string paramName)
    {
        var errors = Validate();
        if (errors.Count > 0)
            throw new ArgumentException("Invalid RecordingAnalysisOptions:\n- " + string.Join("\n- ", errors), paramName);
    }

    /// <summary>
    /// Every problem with these settings, one message each (empty when they are valid). <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/>
    /// throws an <see cref="ArgumentException"/> listing all of them.
    /// </summary>
    /// <returns>The messages, each naming the setting.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if ((Parts & ~AnalysisParts.All) != 0)
            errors.Add($"{nameof(Parts)} has undefined bits: {(int)Parts}; use AnalysisParts.Hrv, Exercise and Rolling.");
        try
        {
            Correction.Validate(nameof(Correction));
        }
        catch (ArgumentException ex)
        {
            errors.Add(ex.Message);
        }

        if (Autonomic is { } autonomic)
        {
            if (!Enum.IsDefined(autonomic.Test))
                errors.Add($"Autonomic.Test must be a defined AutonomicTest; it is {(int)autonomic.Test}.");
            if (autonomic.Correction is null) errors.Add("Autonomic.Correction must not be null.");
        }

        if ((Hrv.Domains & ~HrvDomains.All) != 0)
            errors.Add($"Hrv.Domains has undefined bits: {(int)Hrv.Domains}.");
        if (Parts.HasFlag(AnalysisParts.Hrv) && Hrv.Domains == HrvDomains.None)
            errors.Add("Hrv.Domains is None but Parts asks for HRV; choose at least one domain or leave AnalysisParts.Hrv out.");
        if (!Enum.IsDefined(Exercise.BeatScreening))
            errors.Add($"Exercise.BeatScreening must be a defined BeatScreeningMethod; it is {(int)Exercise.BeatScreening}.");
        if (!Enum.IsDefined(Exercise.PhaseMethod))
            errors.Add($"Exercise.PhaseMethod must be a defined PhaseDetectionMethod; it is {(int)Exercise.PhaseMethod}.");
        if (Exercise.PhaseMethod == PhaseDetectionMethod.ExplicitTimes && (Exercise.ExerciseStartSeconds is null || Exercise.ExerciseEndSeconds is null))
            errors.Add("Exercise.PhaseMethod is ExplicitTimes, so Exercise.ExerciseStartSeconds and Exercise.ExerciseEndSeconds must both be set.");
        if (Exercise.ExerciseStartSeconds is { } s && Exercise.ExerciseEndSeconds is { } e && !(e > s))
            errors.Add($"Exercise.ExerciseEndSeconds ({e} s) must be after Exercise.ExerciseStartSeconds ({s} s).");
        if (Exercise.Stages is { } stages)
        {
            foreach (var stage in stages)
            {
                if (!(stage.EndSeconds > stage.StartSeconds))
                    errors.Add($"Each Exercise.Stages item must end after it starts; one runs from {stage.StartSeconds} s to {stage.EndSeconds} s.");
            }
        }

        return errors;
    }
}
