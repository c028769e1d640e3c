namespace HrResponse.Autonomic;

/// <summary>
/// The cited normal limits of the cardiovascular autonomic reflex tests, as functions a caller can use on values of
/// its own. Ewing's limits are stated to two decimals (ratios) or whole beats per minute, so values are rounded to
/// that precision before they are compared (1.206 → 1.21 → normal; 1.204 → 1.20 → borderline).
/// </summary>
public static class AutonomicReflexLimits
{
    private static readonly (double FromAgeYears, double ToAgeYears, double LowestNormal)[] EiRatioByAge =
    [
        (20, 25, 1.17), (25, 30, 1.15), (30, 35, 1.13), (35, 40, 1.12), (40, 45, 1.10), (45, 50, 1.08),
        (50, 55, 1.07), (55, 60, 1.06), (60, 65, 1.04), (65, 70, 1.03), (70, 76, 1.02),
    ];

    /// <summary>
    /// Valsalva ratio per Ewing: ≥ 1.21 normal, 1.11–1.20 borderline, ≤ 1.10 abnormal
    /// (<see cref="AutonomicCitations.ValsalvaRatio"/>). NaN gives <see cref="AutonomicRating.NotRated"/>.
    /// </summary>
    /// <param name="ratio">Valsalva ratio (dimensionless).</param>
    public static AutonomicRating RateValsalvaRatio(double ratio) => RateHigherIsBetter(Math.Round(ratio, 2, MidpointRounding.AwayFromZero), 1.21, 1.10);

    /// <summary>
    /// 30:15 ratio per Ewing: ≥ 1.04 normal, 1.01–1.03 borderline, ≤ 1.00 abnormal
    /// (<see cref="AutonomicCitations.ThirtyFifteenRatio"/>). NaN gives <see cref="AutonomicRating.NotRated"/>.
    /// </summary>
    /// <param name="ratio">30:15 ratio (dimensionless).</param>
    public static AutonomicRating RateThirtyFifteenRatio(double ratio) => RateHigherIsBetter(Math.Round(ratio, 2, MidpointRounding.AwayFromZero), 1.04, 1.00);

    /// <summary>
    /// Deep-breathing heart-rate difference (E–I, bpm) per Ewing: ≥ 15 bpm normal, 11–14 borderline, ≤ 10 abnormal
    /// (<see cref="AutonomicCitations.DeepBreathingDifference"/>). NaN gives <see cref="AutonomicRating.NotRated"/>.
    /// </summary>
    /// <param name="differenceBpm">Mean of (maximum − minimum heart rate) per breathing cycle, bpm.</param>
    public static AutonomicRating RateDeepBreathingDifference(double differenceBpm) =>
        RateHigherIsBetter(Math.Round(differenceBpm, 0, MidpointRounding.AwayFromZero), 15, 10);

    /// <summary>
    /// The lowest normal E:I ratio for an age (<see cref="AutonomicCitations.ExpirationInspirationRatio"/>): 20–24 y
    /// 1.17, 25–29 1.15, 30–34 1.13, 35–39 1.12, 40–44 1.10, 45–49 1.08, 50–54 1.07, 55–59 1.06, 60–64 1.04, 65–69
    /// 1.03, 70–75 1.02. NaN when the age is unknown or outside 20–75 years (the table gives no limit there).
    /// </summary>
    /// <param name="ageYears">Age in years, or <c>null</c>.</param>
    public static double LowestNormalEiRatio(double? ageYears)
    {
        if (ageYears is not { } age || !double.IsFinite(age)) return double.NaN;
        foreach (var (from, to, limit) in EiRatioByAge)
            if (age >= from && age < to) return limit;
        return double.NaN;
    }

    /// <summary>
    /// E:I ratio against <see cref="LowestNormalEiRatio"/>: normal when at or above the age's lowest normal value
    /// (compared at two decimals), abnormal below it; <see cref="AutonomicRating.NotRated"/> when the ratio is NaN or
    /// the age gives no limit. The source states no borderline band.
    /// </summary>
    /// <param name="ratio">E:I ratio (dimensionless).</param>
    /// <param name="ageYears">Age in years, or <c>null</c>.</param>
    public static AutonomicRating RateEiRatio(double ratio, double? ageYears)
    {
        var limit = LowestNormalEiRatio(ageYears);
        if (double.IsNaN(ratio) || double.IsNaN(limit)) return AutonomicRating.NotRated;
        return Math.Round(ratio, 2) >= limit ? AutonomicRating.Normal : AutonomicRating.Abnormal;
    }

    /// <summary>
    /// The sustained heart-rate increase on standing that meets the postural-tachycardia heart-rate criterion
    /// (<see cref="AutonomicCitations.PosturalTachycardia"/>): 40 bpm at 12–19 years, 30 bpm from 20 years and when
    /// the age is unknown (the adult value), NaN under 12 years (the consensus gives none).
    /// </summary>
    /// <param name="ageYears">Age in years, or <c>null</c>.</param>
    public static double PosturalTachycardiaThresholdBpm(double? ageYears) => ageYears switch
    {
        null => 30,
        < 12 => double.NaN,
        < 20 => 40,
        _ => 30,
    };

    private static AutonomicRating RateHigherIsBetter(double value, double normalFrom, double abnormalTo)
    {
        if (double.IsNaN(value)) return AutonomicRating.NotRated;
        if (value >= normalFrom) return AutonomicRating.Normal;
        return value <= abnormalTo ? AutonomicRating.Abnormal : AutonomicRating.Borderline;
    }
}
