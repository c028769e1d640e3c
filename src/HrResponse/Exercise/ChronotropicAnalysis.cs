using HrResponse.Internal;

namespace HrResponse.Exercise;

/// <summary>
/// Chronotropic response from resting and peak heart rate: predicted maximum, percent of predicted, chronotropic
/// index and reserve, and their flags. Pure arithmetic on summary values; used by
/// <see cref="ExerciseTestAnalysis"/> and <see cref="CohortAnalysis"/>.
/// </summary>
public static class ChronotropicAnalysis
{
    /// <summary>Computes the chronotropic response from summary values.</summary>
    /// <param name="restBpm">Resting heart rate in bpm; NaN when unknown, otherwise finite and greater than 0.</param>
    /// <param name="peakBpm">Peak heart rate in bpm; NaN when unknown, otherwise finite and greater than 0.</param>
    /// <param name="subject">Age (needed for everything but the heart-rate reserve), sex (Sydó) and beta-blocker use (cut-off).</param>
    /// <param name="equation">Predicted-maximum equation; <c>null</c> for Fox (220 − age).</param>
    /// <returns>
    /// The result. Formulas: <c>%pred = 100·HRpeak/HRpred</c>; <c>CI = (HRpeak − HRrest)/(HRpred − HRrest)</c>;
    /// reserve % = 100·CI; incompetent when CI ≤ 0.80, or ≤ 0.62 with beta-blockers (unknown use counts as none);
    /// below-predicted when %pred &lt; 85. NaN (and a message in <see cref="ChronotropicResult.Problems"/>) when an input
    /// is missing, or CI NaN when HRpred ≤ HRrest.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A heart rate is not NaN and not a finite number greater than 0.</exception>
    public static ChronotropicResult Compute(double restBpm, double peakBpm, SubjectInfo subject, IMaxHeartRateEquation? equation = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!double.IsNaN(restBpm)) Guard.Positive(restBpm, nameof(restBpm));
        if (!double.IsNaN(peakBpm)) Guard.Positive(peakBpm, nameof(peakBpm));
        equation ??= MaxHeartRateEquations.Fox;
        var problems = new List<AnalysisProblem>();

        var age = subject.AgeYears ?? double.NaN;
        var predicted = double.NaN;
        if (subject.AgeYears is null)
        {
            problems.Add(new(ProblemCode.AgeMissing,
                "age missing: predicted HRmax and the chronotropic indices (CHRONO_PredictedMax, CHRONO_PercentPredicted, CHRONO_Index) need the subject's age (SubjectInfo.AgeYears)",
                "CHRONO_Index"));
        }
        else
        {
            predicted = equation.PredictBpm(age, subject.Sex);
            if (double.IsNaN(predicted))
            {
                problems.Add(subject.Sex is null
                    ? new(ProblemCode.SexMissing, $"predicted HRmax: the {equation.Name} equation ({equation.Formula}) cannot be applied; it needs the subject's sex (SubjectInfo.Sex)", "CHRONO_PredictedMax")
                    : new(ProblemCode.PredictedMaxUnusable, $"predicted HRmax: the {equation.Name} equation ({equation.Formula}) cannot be applied", "CHRONO_PredictedMax"));
            }

            if (equation.Name == "Gulati" && subject.Sex == HrResponse.Sex.Male)
                problems.Add(new(ProblemCode.EquationPopulationMismatch, "the Gulati equation was derived in women; it is applied to a man here", "CHRONO_PredictedMax"));
        }

        if (double.IsNaN(restBpm)) problems.Add(new(ProblemCode.HeartRateMissing, "resting heart rate missing: the chronotropic index and reserve need it", "CHRONO_Index"));
        if (double.IsNaN(peakBpm)) problems.Add(new(ProblemCode.HeartRateMissing, "peak heart rate missing: no chronotropic index can be computed", "CHRONO_Index"));

        var percent = 100 * peakBpm / predicted;
        var index = double.NaN;
        if (predicted > restBpm) index = (peakBpm - restBpm) / (predicted - restBpm);
        else if (!double.IsNaN(predicted) && !double.IsNaN(restBpm))
            problems.Add(new(ProblemCode.PredictedMaxUnusable, $"chronotropic index: predicted HRmax ({predicted:0.#} bpm) is not above resting HR ({restBpm:0.#} bpm)", "CHRONO_Index"));

        var beta = subject.TakesBetaBlockers == true;
        var cutoff = beta ? ChronotropicResult.IndexCutoffBetaBlocker : ChronotropicResult.IndexCutoff;
        return new ChronotropicResult
        {
            RestHeartRateBpm = restBpm,
            PeakHeartRateBpm = peakBpm,
            AgeYears = age,
            Sex = subject.Sex,
            TakesBetaBlockers = subject.TakesBetaBlockers,
            EquationName = equation.Name,
            EquationFormula = equation.Formula,
            EquationCitation = equation.Citation,
            PredictedMaxBpm = predicted,
            PercentPredicted = percent,
            HeartRateReserveBpm = peakBpm - restBpm,
            Index = index,
            ReservePercent = 100 * index,
            IndexCutoffUsed = cutoff,
            IndexCutoffCitation = beta ? ExerciseCitations.ChronotropicIndex062BetaBlocker : ExerciseCitations.ChronotropicIndex080,
            Incompetent = double.IsNaN(index) ? null : index <= cutoff,
            BelowPercentPredicted = double.IsNaN(percent) ? null : percent < ChronotropicResult.PercentPredictedCutoff,
            Problems = problems,
        };
    }
}
