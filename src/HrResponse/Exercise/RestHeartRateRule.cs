namespace HrResponse.Exercise;

/// <summary>How resting heart rate is taken from the rest phase.</summary>
public enum RestHeartRateRule
{
    /// <summary>
    /// Time-weighted mean heart rate over the last <see cref="ExerciseTestOptions.RestWindow"/> before exercise starts
    /// (default 60 s). When the rest phase is shorter, the whole rest phase is used and the report says so; NaN when
    /// less than 10 s of rest was recorded.
    /// </summary>
    MeanBeforeExercise,

    /// <summary>
    /// Lowest time-weighted mean heart rate of any <see cref="ExerciseTestOptions.RestWindow"/>-long window inside the
    /// rest phase (e.g. 30 s). NaN when the rest phase is shorter than the window.
    /// </summary>
    LowestRollingMean,
}
