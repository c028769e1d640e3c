namespace HrResponse.Exercise;

/// <summary>Chronotropic indices and heart-rate-recovery values and flags of one cohort row.</summary>
public sealed record CohortResult : IIndexTableSource
{
    /// <summary>Index and flag column names in output order (the columns <c>hrresponse cohort</c> appends).</summary>
    public static IReadOnlyList<string> IndexNames { get; } =
    [
        "CHRONO_PredictedMax", "CHRONO_PercentPredicted", "CHRONO_Index", "CHRONO_ReservePercent", "HRR_60s", "HRR_120s",
        "CHRONO_Incompetent", "CHRONO_BelowPercentPredicted", "HRR_60s_Abnormal", "HRR_120s_Abnormal",
    ];

    /// <summary>Chronotropic response.</summary>
    public required ChronotropicResult Chronotropic { get; init; }

    /// <summary>Heart-rate recovery at 1 min, bpm.</summary>
    public required double Hrr60Bpm { get; init; }

    /// <summary>Heart-rate recovery at 2 min, bpm.</summary>
    public required double Hrr120Bpm { get; init; }

    /// <summary>Recovery posture the HRR60 cut-off was chosen for.</summary>
    public required RecoveryPosture Posture { get; init; }

    /// <summary>HRR60 cut-off used, bpm (abnormal when HRR60 ≤ it).</summary>
    public required double Hrr60CutoffBpm { get; init; }

    /// <summary>HRR60 ≤ <see cref="Hrr60CutoffBpm"/>; <c>null</c> when HRR60 is NaN.</summary>
    public bool? Hrr60Abnormal { get; init; }

    /// <summary>HRR120 ≤ 22 bpm (Shetler 2001); <c>null</c> when HRR120 is NaN.</summary>
    public bool? Hrr120Abnormal { get; init; }

    /// <summary>What could not be computed, and why, each with a stable <see cref="ProblemCode"/>.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>
    /// The indices of one cohort row: <c>CHRONO_PredictedMax</c>, <c>CHRONO_PercentPredicted</c>, <c>CHRONO_Index</c>,
    /// <c>CHRONO_ReservePercent</c>, <c>HRR_60s</c>, <c>HRR_120s</c> and the 0/1 flags. NaN where an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        ["CHRONO_PredictedMax"] = Chronotropic.PredictedMaxHeartRateBpm,
        ["CHRONO_PercentPredicted"] = Chronotropic.PredictedMaxReachedPercent,
        ["CHRONO_Index"] = Chronotropic.ChronotropicIndex,
        ["CHRONO_ReservePercent"] = Chronotropic.ChronotropicReservePercent,
        ["HRR_60s"] = Hrr60Bpm,
        ["HRR_120s"] = Hrr120Bpm,
        ["CHRONO_Incompetent"] = ChronotropicResult.Flag(Chronotropic.Incompetent),
        ["CHRONO_BelowPercentPredicted"] = ChronotropicResult.Flag(Chronotropic.BelowPercentPredicted),
        ["HRR_60s_Abnormal"] = ChronotropicResult.Flag(Hrr60Abnormal),
        ["HRR_120s_Abnormal"] = ChronotropicResult.Flag(Hrr120Abnormal),
    };
}
