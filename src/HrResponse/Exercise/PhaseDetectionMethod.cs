namespace HrResponse.Exercise;

/// <summary>How the rest, exercise and recovery phases of a test are found.</summary>
public enum PhaseDetectionMethod
{
    /// <summary>
    /// The first that applies, in this order: <see cref="ExplicitTimes"/> when both exercise times are given in the
    /// options, <see cref="Markers"/> when start and end markers are present, <see cref="Load"/> when a load channel is
    /// present, otherwise <see cref="HeartRateCurve"/>. The default.
    /// </summary>
    FirstAvailable,

    /// <summary>From <see cref="ExerciseTestOptions.ExerciseStartSeconds"/> and <see cref="ExerciseTestOptions.ExerciseEndSeconds"/>.</summary>
    ExplicitTimes,

    /// <summary>
    /// From markers whose label matches <see cref="ExerciseTestOptions.ExerciseStartLabels"/> (first one) and
    /// <see cref="ExerciseTestOptions.ExerciseEndLabels"/> (last one), case-insensitive.
    /// </summary>
    Markers,

    /// <summary>
    /// From the load (power) channel: exercise starts at the first sample whose load is above
    /// <see cref="ExerciseTestOptions.RecoveryLoadLevel"/> and ends at the last such sample, i.e. when the load drops to
    /// zero or to the recovery level.
    /// </summary>
    Load,

    /// <summary>
    /// From the heart-rate curve alone (approximate): exercise ends at the highest 10-s mean heart rate; it starts at
    /// the last time before that when the 30-s mean (centred) was within 10 % of the rise above the lowest 30-s mean before it.
    /// Needs a rise of at least 20 bpm.
    /// </summary>
    HeartRateCurve,
}
