using HrResponse.Quality;

namespace HrResponse.Autonomic;

/// <summary>Settings of <see cref="AutonomicAnalysis.Compute"/>: which test, the beat correction, and each test's settings.</summary>
public sealed record AutonomicOptions
{
    /// <summary>The defaults: the test the recording's markers name (<see cref="AutonomicTest.Auto"/>).</summary>
    public static AutonomicOptions Default { get; } = new();

    /// <summary>
    /// The test the recording holds. Default <see cref="AutonomicTest.Auto"/>: the test its markers name, else the
    /// Valsalva manoeuvre.
    /// </summary>
    public AutonomicTest Test { get; init; } = AutonomicTest.Auto;

    /// <summary>
    /// Beat correction applied before the test. Default <see cref="ArtifactCorrectionOptions.None"/>: the beats are
    /// analysed as given (edit ectopic beats before, as autonomic laboratories do). The reflex responses are abrupt RR
    /// changes that generic artifact detectors take for artifacts: Lipponen–Tarvainen
    /// (<see cref="ArtifactCorrectionOptions.Default"/>) interpolates the post-release bradycardia of the Valsalva
    /// manoeuvre and so lowers the Valsalva ratio. Noisy beats are reported (<see cref="ProblemCode.NoisyData"/>) either way.
    /// </summary>
    public ArtifactCorrectionOptions Correction { get; init; } = ArtifactCorrectionOptions.None;

    /// <summary>Valsalva settings.</summary>
    public ValsalvaOptions Valsalva { get; init; } = ValsalvaOptions.Default;

    /// <summary>Active stand settings.</summary>
    public ActiveStandOptions ActiveStand { get; init; } = ActiveStandOptions.Default;

    /// <summary>Deep-breathing settings.</summary>
    public DeepBreathingOptions DeepBreathing { get; init; } = DeepBreathingOptions.Default;
}
