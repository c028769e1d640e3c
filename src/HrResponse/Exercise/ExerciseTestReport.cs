using System.Globalization;
using HrResponse.Hrv;
using HrResponse.Quality;

namespace HrResponse.Exercise;

/// <summary>
/// Everything <see cref="ExerciseTestAnalysis.Compute"/> found in one graded exercise test: phases, resting and peak
/// heart rate, chronotropic response, heart-rate recovery, beat quality, the settings used, the citations of every
/// equation and cut-off applied, and a list of what could not be computed and why. Flattens to an index table
/// (<c>HR_Rest</c>, <c>HR_Peak</c>, <c>CHRONO_Index</c>, <c>HRR_60s</c>, ...; flags as 0/1, NaN when unknown).
/// </summary>
public sealed record ExerciseTestReport : IIndexTableSource
{
    /// <summary>Settings the report was made with.</summary>
    public required ExerciseTestOptions Options { get; init; }

    /// <summary>Subject information used (age, sex, beta-blockers, posture).</summary>
    public required SubjectInfo Subject { get; init; }

    /// <summary>True when heart rate came from beats (screened), false when from heart-rate samples.</summary>
    public required bool HeartRateFromBeats { get; init; }

    /// <summary>The phases found, each boundary with its source.</summary>
    public required ExercisePhases Phases { get; init; }

    /// <summary>Resting heart rate, bpm (see <see cref="ExerciseTestOptions.RestRule"/>).</summary>
    public required double RestHeartRateBpm { get; init; }

    /// <summary>How resting heart rate was taken, in words, e.g. "mean over the last 60 s before exercise".</summary>
    public required string RestHeartRateSource { get; init; }

    /// <summary>Peak heart rate, bpm (see <see cref="ExerciseTestOptions.PeakRule"/>).</summary>
    public required double PeakHeartRateBpm { get; init; }

    /// <summary>Time of the peak (centre of the peak window, or the peak sample), seconds.</summary>
    public required double PeakTimeSeconds { get; init; }

    /// <summary>How peak heart rate was taken, in words.</summary>
    public required string PeakHeartRateSource { get; init; }

    /// <summary>Chronotropic response.</summary>
    public required ChronotropicResult Chronotropic { get; init; }

    /// <summary>Heart-rate recovery.</summary>
    public required HeartRateRecoveryResult Recovery { get; init; }

    /// <summary>
    /// Time-domain HRV of the kept beats of the rest phase (<see cref="TimeDomainAnalysis.Compute(RrIntervals, TimeDomainOptions?)"/>,
    /// gap-aware: differences across excluded beats are skipped); <c>null</c> without beats or without exercise phases.
    /// In the index table as <c>HRV_*_Rest</c>.
    /// </summary>
    public TimeDomainResult? RestTimeDomain { get; init; }

    /// <summary>Time-domain HRV of the exercise phase (<c>HRV_*_Exercise</c>); <c>null</c> without beats or phases.</summary>
    public TimeDomainResult? ExerciseTimeDomain { get; init; }

    /// <summary>Time-domain HRV of the recovery phase (<c>HRV_*_Recovery</c>); <c>null</c> without beats or phases.</summary>
    public TimeDomainResult? RecoveryTimeDomain { get; init; }

    /// <summary>Beats excluded before analysis; <c>null</c> when heart rate came from samples.</summary>
    public BeatQualitySummary? BeatQuality { get; init; }

    /// <summary>
    /// Report of the artifact correction (<see cref="BeatScreeningMethod.ArtifactCorrection"/>); <c>null</c> with
    /// another screening method or without beats. Its indices (<c>QUALITY_*</c>) join the index table.
    /// </summary>
    public QualityReport? Quality { get; init; }

    /// <summary>Citations of the equation and cut-offs applied in this report.</summary>
    public required IReadOnlyList<string> References { get; init; }

    /// <summary>
    /// Everything that could not be computed, or was computed with a fallback, and why (empty when all indices were
    /// computed), each with a stable <see cref="ProblemCode"/>.
    /// </summary>
    public required IReadOnlyList<AnalysisProblem> Problems { get; init; }

    /// <summary>
    /// The exercise-test indices in a stable order: resting and peak HR (<c>HR_Rest</c>, <c>HR_Peak</c>, <c>HR_PeakTime</c>),
    /// phase boundaries and durations (<c>PHASE_*</c>), the chronotropic indices (<c>CHRONO_*</c>), heart-rate recovery
    /// (<c>HR_Recovery_*</c>, <c>HRR_*</c>), beat quality (<c>QUALITY_*</c>) and the time-domain HRV of each phase
    /// (<c>HRV_*_Rest</c>, <c>HRV_*_Exercise</c>, <c>HRV_*_Recovery</c>). The same names for every test — with or without beat
    /// data, with or without exercise found — so that tables of many tests line up. NaN where an index could not be
    /// computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>
        {
            ["HR_Rest"] = RestHeartRateBpm,
            ["HR_Peak"] = PeakHeartRateBpm,
            ["HR_PeakTime"] = PeakTimeSeconds,
            ["PHASE_ExerciseStart"] = Phases.ExerciseStartSeconds,
            ["PHASE_ExerciseEnd"] = Phases.ExerciseEndSeconds,
            ["PHASE_RecoveryEnd"] = Phases.RecoveryEndSeconds,
            ["PHASE_RestDuration"] = Phases.RestDurationSeconds,
            ["PHASE_ExerciseDuration"] = Phases.ExerciseDurationSeconds,
            ["PHASE_RecoveryDuration"] = Phases.RecoveryDurationSeconds,
        };
        foreach (var (k, v) in Chronotropic.ToIndexTable()) table[k] = v;
        foreach (var (k, v) in Recovery.ToIndexTable()) table[k] = v;
        table["QUALITY_ExcludedPercent"] = BeatQuality?.ArtifactPercent ?? double.NaN;
        foreach (var (k, v) in (Quality ?? NoBeatsQuality.Value).ToIndexTable()) table[k] = Quality is null ? double.NaN : v;
        var none = RestTimeDomain is null || ExerciseTimeDomain is null || RecoveryTimeDomain is null
            ? TimeDomainAnalysis.Compute([], Options.TimeDomain)
            : null;
        AddPhase(table, RestTimeDomain ?? none!, "_Rest");
        AddPhase(table, ExerciseTimeDomain ?? none!, "_Exercise");
        AddPhase(table, RecoveryTimeDomain ?? none!, "_Recovery");
        return table;
    }

    // The quality report of no beats, for its index names: a table has the same columns with or without beat data (NaN).
    private static readonly Lazy<QualityReport> NoBeatsQuality = new(() => ArtifactCorrection.Clean(RrIntervals.Empty).Quality);

    private static void AddPhase(Dictionary<string, double> table, TimeDomainResult result, string suffix)
    {
        foreach (var (k, v) in result.ToIndexTable()) table[k + suffix] = v;
    }

    /// <summary>A short multi-line text summary for logs and consoles (invariant culture).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"Rest HR {RestHeartRateBpm:0.0} bpm; peak HR {PeakHeartRateBpm:0.0} bpm; CI {Chronotropic.ChronotropicIndex:0.00}; HRR60 {Recovery.Hrr60Bpm:0.0} bpm");
        foreach (var p in Problems) sb.AppendLine(c, $"- {p.Message}");
        return sb.ToString();
    }
}
