namespace HrResponse.Exercise;

/// <summary>
/// Summary values of one exercise test, as found in cohort tables: resting, peak and recovery heart rates and the
/// subject. Unknown values are NaN (or <c>null</c> in <see cref="Subject"/>).
/// </summary>
public sealed record CohortRow
{
    /// <summary>Resting heart rate, bpm; NaN when unknown.</summary>
    public double RestHeartRateBpm { get; init; } = double.NaN;

    /// <summary>Peak heart rate, bpm; NaN when unknown.</summary>
    public double PeakHeartRateBpm { get; init; } = double.NaN;

    /// <summary>Heart rate 1 min after exercise end, bpm; NaN when unknown. Used when <see cref="Hrr60Bpm"/> is NaN.</summary>
    public double Hr60Bpm { get; init; } = double.NaN;

    /// <summary>Heart-rate recovery at 1 min (peak − HR at 1 min), bpm; NaN when unknown. Wins over <see cref="Hr60Bpm"/>.</summary>
    public double Hrr60Bpm { get; init; } = double.NaN;

    /// <summary>Heart rate 2 min after exercise end, bpm; NaN when unknown. Used when <see cref="Hrr120Bpm"/> is NaN.</summary>
    public double Hr120Bpm { get; init; } = double.NaN;

    /// <summary>Heart-rate recovery at 2 min, bpm; NaN when unknown. Wins over <see cref="Hr120Bpm"/>.</summary>
    public double Hrr120Bpm { get; init; } = double.NaN;

    /// <summary>Age, sex, beta-blocker use and (optionally) recovery posture.</summary>
    public SubjectInfo Subject { get; init; } = SubjectInfo.Unknown;
}
