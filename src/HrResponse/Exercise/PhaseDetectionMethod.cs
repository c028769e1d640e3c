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
    /// zero or to the recovery level — or, where that last load is an active cool-down (a constant load of at most
    /// <see cref="ExerciseTestOptions.ActiveRecoveryLoadFraction"/> of the one before, for at least 30 s), at the drop
    /// to it (the 21 doremi tests: 100 W, then 25 W until the recording stops).
    /// </summary>
    Load,

    /// <summary>
    /// From the heart-rate curve alone (approximate). Exercise ends where heart rate starts to fall after its highest
    /// 10-s mean: the change point of a plateau-then-fall model (exponential or linear) fitted by least squares to the
    /// 1-s means of up to 6 min after that mean, the plateau held within 20 % of the rise of the peak and the fall at
    /// least 20 % of the rise; the centre of the highest 10-s mean when less than a minute follows it or nothing falls.
    /// Heart rate falls within seconds of stopping, so a plateau at the peak is still exercise (on the 18 ACTES tests
    /// the end is −14 to +24 s from the load's end; the centre of the highest 10-s mean alone was up to 62 s early).
    /// Exercise starts at the last time before the peak when the 30-s mean (centred) was within 10 % of the rise above
    /// the lowest 30-s mean before it. Needs a rise of at least 20 bpm.
    /// </summary>
    HeartRateCurve,
}
