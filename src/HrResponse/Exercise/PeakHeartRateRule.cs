namespace HrResponse.Exercise;

/// <summary>How peak heart rate is taken from the exercise phase.</summary>
public enum PeakHeartRateRule
{
    /// <summary>
    /// Highest time-weighted mean heart rate of any <see cref="ExerciseTestOptions.PeakWindow"/>-long window
    /// (default 10 s) inside the exercise phase. The default: one short burst of artifact cannot set the peak.
    /// </summary>
    HighestRollingMean,

    /// <summary>Highest single heart-rate value (one beat, or one sample for sampled heart rate) in the exercise phase.</summary>
    HighestSingleValue,
}
