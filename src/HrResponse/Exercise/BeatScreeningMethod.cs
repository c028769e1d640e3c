namespace HrResponse.Exercise;

/// <summary>How beats unfit for heart-rate and recovery analysis are excluded before an exercise test is analysed.</summary>
public enum BeatScreeningMethod
{
    /// <summary>
    /// An interval is excluded when it is outside [250, 2500] ms (24–240 bpm) or differs by more than 20 % from the
    /// median of the 10 intervals around it (5 each side). Excluded intervals leave gaps; heart rate is interpolated
    /// across them and successive differences across them are not used. The default.
    /// </summary>
    LocalMedian,

    /// <summary>No beat is excluded.</summary>
    None,
}
