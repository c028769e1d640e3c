namespace HrResponse.Exercise;

/// <summary>
/// The rest → exercise → recovery phases of a test, in seconds on the recording's time axis, each boundary with the
/// way it was found. A boundary that could not be found is NaN and its source says why.
/// </summary>
public sealed record ExercisePhases
{
    /// <summary>Method that produced the exercise boundaries.</summary>
    public required PhaseDetectionMethod Method { get; init; }

    /// <summary>Start of the rest phase (start of the recording unless given), seconds.</summary>
    public required double RestStartSeconds { get; init; }

    /// <summary>Start of exercise (end of rest), seconds.</summary>
    public required double ExerciseStartSeconds { get; init; }

    /// <summary>End of exercise (start of recovery), seconds.</summary>
    public required double ExerciseEndSeconds { get; init; }

    /// <summary>End of the recovery phase, seconds.</summary>
    public required double RecoveryEndSeconds { get; init; }

    /// <summary>How <see cref="RestStartSeconds"/> was found.</summary>
    public required string RestStartSource { get; init; }

    /// <summary>How <see cref="ExerciseStartSeconds"/> was found, e.g. "load: first sample with power_w &gt; 0 W".</summary>
    public required string ExerciseStartSource { get; init; }

    /// <summary>How <see cref="ExerciseEndSeconds"/> was found.</summary>
    public required string ExerciseEndSource { get; init; }

    /// <summary>How <see cref="RecoveryEndSeconds"/> was found.</summary>
    public required string RecoveryEndSource { get; init; }

    /// <summary>True when both exercise boundaries were found.</summary>
    public bool ExerciseFound => double.IsFinite(ExerciseStartSeconds) && double.IsFinite(ExerciseEndSeconds);

    /// <summary>Rest duration in seconds (NaN when exercise was not found).</summary>
    public double RestDurationSeconds => ExerciseStartSeconds - RestStartSeconds;

    /// <summary>Exercise duration in seconds.</summary>
    public double ExerciseDurationSeconds => ExerciseEndSeconds - ExerciseStartSeconds;

    /// <summary>Recovery duration in seconds.</summary>
    public double RecoveryDurationSeconds => RecoveryEndSeconds - ExerciseEndSeconds;
}
