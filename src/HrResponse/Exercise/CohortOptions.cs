namespace HrResponse.Exercise;

/// <summary>Settings of <see cref="CohortAnalysis"/>.</summary>
public sealed record CohortOptions
{
    /// <summary>All defaults.</summary>
    public static CohortOptions Default { get; } = new();

    /// <summary>Built-in predicted-maximum equation. Default <see cref="MaxHeartRateEquation.Fox"/> (as <see cref="ExerciseTestOptions.Equation"/>).</summary>
    public MaxHeartRateEquation Equation { get; init; } = MaxHeartRateEquation.Fox;

    /// <summary>A custom equation used instead of <see cref="Equation"/> when not <c>null</c>.</summary>
    public IMaxHeartRateEquation? CustomEquation { get; init; }

    /// <summary>
    /// Recovery posture for the HRR60 cut-off when a row's subject does not give one. Default
    /// <see cref="RecoveryPosture.Active"/> (Cole 1999's cool-down walk).
    /// </summary>
    public RecoveryPosture Posture { get; init; } = RecoveryPosture.Active;

    /// <summary>The equation in force.</summary>
    public IMaxHeartRateEquation ResolveEquation() => CustomEquation ?? MaxHeartRateEquations.Get(Equation);
}
