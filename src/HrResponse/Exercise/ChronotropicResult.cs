namespace HrResponse.Exercise;

/// <summary>
/// Chronotropic response of one test: predicted maximal heart rate, percent of it reached, chronotropic index and
/// reserve, their flags, and (when stages are known) the stage-wise metabolic–chronotropic relationship and the
/// heart-rate–load slope. Values that cannot be computed are NaN and <see cref="Problems"/> says why.
/// </summary>
public sealed record ChronotropicResult : IIndexTableSource
{
    /// <summary>Cut-off of <see cref="BelowPercentPredicted"/>: peak below 85 % of predicted maximum.</summary>
    public const double PredictedMaxReachedCutoffPercent = 85;

    /// <summary>Chronotropic-index cut-off without beta-blockers: incompetent when index ≤ 0.80 (Lauer 1999).</summary>
    public const double IndexCutoff = 0.80;

    /// <summary>Chronotropic-index cut-off with beta-blockers: incompetent when index ≤ 0.62 (Khan 2005).</summary>
    public const double IndexCutoffBetaBlocker = 0.62;

    /// <summary>Resting heart rate used, bpm.</summary>
    public required double RestHeartRateBpm { get; init; }

    /// <summary>Peak heart rate used, bpm.</summary>
    public required double PeakHeartRateBpm { get; init; }

    /// <summary>Age used, years; NaN when unknown.</summary>
    public required double AgeYears { get; init; }

    /// <summary>Sex used by the equation, or <c>null</c> when unknown.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Whether the subject takes beta-blockers, or <c>null</c> when unknown (then the 0.80 cut-off is used).</summary>
    public bool? TakesBetaBlockers { get; init; }

    /// <summary>Name of the predicted-maximum equation, e.g. <c>Fox</c>.</summary>
    public required string EquationName { get; init; }

    /// <summary>Formula of the predicted-maximum equation.</summary>
    public required string EquationFormula { get; init; }

    /// <summary>Citation of the predicted-maximum equation.</summary>
    public required string EquationCitation { get; init; }

    /// <summary>Age-predicted maximal heart rate, bpm; NaN without age (or sex for Sydó).</summary>
    public required double PredictedMaxHeartRateBpm { get; init; }

    /// <summary>Peak heart rate as percent of predicted maximum: <c>100·HRpeak/HRpred</c>.</summary>
    public required double PredictedMaxReachedPercent { get; init; }

    /// <summary>Heart-rate reserve, <c>HRpeak − HRrest</c>, bpm.</summary>
    public required double HeartRateReserveBpm { get; init; }

    /// <summary>
    /// Chronotropic index <c>(HRpeak − HRrest)/(HRpred − HRrest)</c> (Wilkoff &amp; Miller 1992; Brubaker &amp;
    /// Kitzman 2011): the fraction of the predicted heart-rate reserve used. NaN when HRpred ≤ HRrest.
    /// </summary>
    public required double ChronotropicIndex { get; init; }

    /// <summary>Chronotropic reserve in percent: <c>100 × <see cref="ChronotropicIndex"/></c>.</summary>
    public required double ChronotropicReservePercent { get; init; }

    /// <summary>The index cut-off in force: 0.62 with beta-blockers, otherwise 0.80.</summary>
    public required double ChronotropicIndexCutoff { get; init; }

    /// <summary>Citation of <see cref="ChronotropicIndexCutoff"/>.</summary>
    public required string IndexCutoffCitation { get; init; }

    /// <summary>Citation of the 85 %-of-predicted cut-off.</summary>
    public string PercentPredictedCutoffCitation { get; init; } = ExerciseCitations.PercentPredicted85;

    /// <summary>Chronotropic incompetence: <see cref="ChronotropicIndex"/> ≤ <see cref="ChronotropicIndexCutoff"/>; <c>null</c> when the index is NaN.</summary>
    public bool? Incompetent { get; init; }

    /// <summary><see cref="PredictedMaxReachedPercent"/> &lt; 85; <c>null</c> when it is NaN.</summary>
    public bool? BelowPercentPredicted { get; init; }

    /// <summary>Stage-wise metabolic–chronotropic relationship; empty when no stages were found or given.</summary>
    public IReadOnlyList<ExerciseStageResult> Stages { get; init; } = [];

    /// <summary>
    /// Mean over stages of the metabolic–chronotropic relationship (Wilkoff, Corey &amp; Blackburn 1989; normal about
    /// 0.8–1.3); NaN without stages.
    /// </summary>
    public double MetabolicChronotropicRelationship { get; init; } = double.NaN;

    /// <summary>
    /// Slope of end-of-stage heart rate on stage load (ordinary least squares), bpm per load unit (bpm/W for
    /// power); NaN with fewer than 3 stages.
    /// </summary>
    public double HeartRateLoadSlopeBpmPerLoadUnit { get; init; } = double.NaN;

    /// <summary>What could not be computed, and why, each with a stable <see cref="ProblemCode"/>.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>
    /// The chronotropic indices: <c>CHRONO_PredictedMax</c> (bpm), <c>CHRONO_PercentPredicted</c> (%),
    /// <c>CHRONO_HeartRateReserve</c> (bpm), <c>CHRONO_Index</c>, <c>CHRONO_ReservePercent</c>, the 0/1 flags
    /// <c>CHRONO_Incompetent</c> and <c>CHRONO_BelowPercentPredicted</c> (NaN when not assessed), and the load-based
    /// indices. NaN where an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        ["CHRONO_PredictedMax"] = PredictedMaxHeartRateBpm,
        ["CHRONO_PercentPredicted"] = PredictedMaxReachedPercent,
        ["CHRONO_HeartRateReserve"] = HeartRateReserveBpm,
        ["CHRONO_Index"] = ChronotropicIndex,
        ["CHRONO_ReservePercent"] = ChronotropicReservePercent,
        ["CHRONO_Incompetent"] = Flag(Incompetent),
        ["CHRONO_BelowPercentPredicted"] = Flag(BelowPercentPredicted),
        ["CHRONO_MCR"] = MetabolicChronotropicRelationship,
        ["CHRONO_HrLoadSlope"] = HeartRateLoadSlopeBpmPerLoadUnit,
    };

    internal static double Flag(bool? value) => value switch { true => 1, false => 0, null => double.NaN };
}
