namespace HrResponse.Exercise;

/// <summary>How beats unfit for heart-rate and recovery analysis are excluded before an exercise test is analysed.</summary>
public enum BeatScreeningMethod
{
    /// <summary>
    /// The library's artifact correction (<see cref="Quality.ArtifactCorrection.Clean(RrIntervals, Quality.ArtifactCorrectionOptions?)"/>) with
    /// <see cref="ExerciseTestOptions.ArtifactCorrection"/> (default Lipponen–Tarvainen 2019 with interpolation, lowest
    /// accepted interval 240 ms so that peak heart rates up to 250 bpm are kept). The report carries its
    /// <see cref="Quality.QualityReport"/>. The default.
    /// </summary>
    ArtifactCorrection,

    /// <summary>
    /// An interval is excluded when it is outside [250, 2500] ms (24–240 bpm) or differs by more than 20 % from the
    /// median of the 10 intervals around it (5 each side). Excluded intervals leave gaps; heart rate is interpolated
    /// across them and successive differences across them are not used.
    /// </summary>
    LocalMedian,

    /// <summary>No beat is excluded.</summary>
    None,
}
