namespace HrResponse.Autonomic;

/// <summary>
/// The deep-breathing test of one recording: the breathing cycles, the heart-rate difference per cycle, the E–I
/// difference and the E:I ratio with their ratings. Indices that cannot be computed are NaN and <see cref="Problems"/>
/// says why.
/// </summary>
public sealed record DeepBreathingResult : IIndexTableSource
{
    /// <summary>Where the cycles came from.</summary>
    public required EventTimeSource CycleSource { get; init; }

    /// <summary>Cycle boundaries in seconds; cycle <c>k</c> runs from boundary <c>k</c> to <c>k + 1</c> (a cycle with fewer than 2 beats is skipped).</summary>
    public IReadOnlyList<double> CycleBoundariesSeconds { get; init; } = [];

    /// <summary>Number of complete cycles analysed.</summary>
    public int CycleCount => CycleDifferencesBpm.Count;

    /// <summary>Per cycle: highest minus lowest beat heart rate (60000 / RR) of the beats in the cycle, bpm.</summary>
    public IReadOnlyList<double> CycleDifferencesBpm { get; init; } = [];

    /// <summary>
    /// E–I difference (<see cref="AutonomicCitations.DeepBreathingDifference"/>): mean over cycles of (highest − lowest
    /// heart rate in the cycle), bpm. NaN with fewer than <see cref="DeepBreathingOptions.MinimumCycleCount"/> cycles.
    /// </summary>
    public double EiDifferenceBpm { get; init; } = double.NaN;

    /// <summary>
    /// E:I ratio: mean over cycles of the longest RR (expiration) / mean over cycles of the shortest RR (inspiration),
    /// dimensionless (<see cref="AutonomicCitations.ExpirationInspirationRatio"/>). NaN like <see cref="EiDifferenceBpm"/>.
    /// </summary>
    public double EiRatio { get; init; } = double.NaN;

    /// <summary>Mean breathing period of the cycles, seconds (10 s at 6 breaths/min).</summary>
    public double MeanCyclePeriodSeconds { get; init; } = double.NaN;

    /// <summary><see cref="EiDifferenceBpm"/> against Ewing's limits (≥ 15 bpm normal, 11–14 borderline, ≤ 10 abnormal).</summary>
    public AutonomicRating EiDifferenceRating => AutonomicReflexLimits.RateDeepBreathingDifference(EiDifferenceBpm);

    /// <summary>The subject's age used for <see cref="EiRatioRating"/>, or <c>null</c>.</summary>
    public double? AgeYears { get; init; }

    /// <summary>The lowest normal E:I ratio for <see cref="AgeYears"/> (<see cref="AutonomicReflexLimits.LowestNormalEiRatio"/>); NaN without an age in 20–75 years.</summary>
    public double AgeLimitEiRatio => AutonomicReflexLimits.LowestNormalEiRatio(AgeYears);

    /// <summary><see cref="EiRatio"/> against the age's lowest normal value; not rated without age.</summary>
    public AutonomicRating EiRatioRating => AutonomicReflexLimits.RateEiRatio(EiRatio, AgeYears);

    /// <summary>What could not be computed, or is to be read with care, and why.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>
    /// The indices: <c>DB_Cycles</c>, <c>DB_EI_Difference</c> (bpm), <c>DB_EI_Difference_Rating</c>, <c>DB_EI_Ratio</c>,
    /// <c>DB_EI_Ratio_LowestNormal</c>, <c>DB_EI_Ratio_Rating</c>, <c>DB_CyclePeriod</c> (s).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        ["DB_Cycles"] = CycleCount,
        ["DB_CyclePeriod"] = MeanCyclePeriodSeconds,
        ["DB_EI_Difference"] = EiDifferenceBpm,
        ["DB_EI_Difference_Rating"] = (double)EiDifferenceRating,
        ["DB_EI_Ratio"] = EiRatio,
        ["DB_EI_Ratio_LowestNormal"] = AgeLimitEiRatio,
        ["DB_EI_Ratio_Rating"] = (double)EiRatioRating,
    };
}
