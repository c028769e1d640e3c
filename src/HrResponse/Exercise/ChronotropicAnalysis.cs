using HrResponse.Exercise.Internal;
using HrResponse.Internal;

namespace HrResponse.Exercise;

/// <summary>
/// Chronotropic response: predicted maximum, percent of predicted, chronotropic index and reserve, and their flags,
/// either from resting and peak heart rate (<see cref="Compute(double, double, SubjectInfo, IMaxHeartRateEquation?)"/>,
/// pure arithmetic, used by <see cref="CohortAnalysis"/>) or from heart-rate samples or beats and the exercise start and
/// end times (<see cref="Compute(HeartRateSeries, double, double, SubjectInfo, ExerciseTestOptions?)"/>), which takes rest
/// and peak by the same rules and code as <see cref="ExerciseTestAnalysis.Compute"/>.
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
            PredictedMaxHeartRateBpm = predicted,
            PredictedMaxReachedPercent = percent,
            HeartRateReserveBpm = peakBpm - restBpm,
            ChronotropicIndex = index,
            ChronotropicReservePercent = 100 * index,
            ChronotropicIndexCutoff = cutoff,
            IndexCutoffCitation = beta ? ExerciseCitations.ChronotropicIndex062BetaBlocker : ExerciseCitations.ChronotropicIndex080,
            Incompetent = double.IsNaN(index) ? null : index <= cutoff,
            BelowPercentPredicted = double.IsNaN(percent) ? null : percent < ChronotropicResult.PredictedMaxReachedCutoffPercent,
            Problems = problems,
        };
    }

    /// <summary>
    /// Chronotropic response from heart-rate samples and the exercise start and end times. Resting heart rate is taken
    /// by <see cref="ExerciseTestOptions.RestRule"/> over the samples before <paramref name="exerciseStartSeconds"/>
    /// (default: time-weighted mean over the last <see cref="ExerciseTestOptions.RestWindow"/> = 60 s, at least 10 s of
    /// rest needed), peak heart rate by <see cref="ExerciseTestOptions.PeakRule"/> during exercise (default: highest
    /// 10-s time-weighted mean), then <see cref="Compute(double, double, SubjectInfo, IMaxHeartRateEquation?)"/> with
    /// <see cref="ExerciseTestOptions.ResolveEquation"/>. With <see cref="ExerciseTestOptions.Stages"/> the stage-wise
    /// metabolic–chronotropic relationship is added.
    /// </summary>
    /// <param name="heartRate">Heart-rate samples covering rest and exercise.</param>
    /// <param name="exerciseStartSeconds">Start of exercise (end of rest), seconds on the samples' time axis.</param>
    /// <param name="exerciseEndSeconds">End of exercise, seconds; after <paramref name="exerciseStartSeconds"/>.</param>
    /// <param name="subject">Age (needed for the predicted maximum), sex and beta-blocker use.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="ExerciseTestOptions.Default"/>.</param>
    /// <returns>
    /// The result with the resting and peak heart rate used; NaN where rest or exercise is too short or the age is
    /// unknown, and <see cref="ChronotropicResult.Problems"/> says why. Never throws for short data.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="heartRate"/> or <paramref name="subject"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="exerciseEndSeconds"/> is not after <paramref name="exerciseStartSeconds"/>, or a stage in the options ends before it starts.</exception>
    public static ChronotropicResult Compute(
        HeartRateSeries heartRate, double exerciseStartSeconds, double exerciseEndSeconds, SubjectInfo subject, ExerciseTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(heartRate);
        ArgumentNullException.ThrowIfNull(subject);
        options ??= ExerciseTestOptions.Default;
        ValidateTimes(exerciseStartSeconds, exerciseEndSeconds);
        var curve = ExerciseTestAnalysis.Prepare(RrIntervals.Empty, heartRate, options).Curve;
        return FromCurve(curve, exerciseStartSeconds, exerciseEndSeconds, subject, options);
    }

    /// <summary>Chronotropic response from sample times and heart rates; see <see cref="Compute(HeartRateSeries, double, double, SubjectInfo, ExerciseTestOptions?)"/>.</summary>
    /// <param name="timesSeconds">Sample times in seconds; finite and strictly increasing.</param>
    /// <param name="bpm">Heart rate of each sample in bpm; finite and greater than 0; same length.</param>
    /// <param name="exerciseStartSeconds">Start of exercise, seconds.</param>
    /// <param name="exerciseEndSeconds">End of exercise, seconds.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="options">Settings, or <c>null</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The samples are invalid (as for <see cref="HeartRateSeries.FromSamples"/>), or the times are.</exception>
    public static ChronotropicResult Compute(
        ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> bpm, double exerciseStartSeconds, double exerciseEndSeconds,
        SubjectInfo subject, ExerciseTestOptions? options = null) =>
        Compute(HeartRateSeries.FromSamples(timesSeconds, bpm), exerciseStartSeconds, exerciseEndSeconds, subject, options);

    /// <summary>
    /// Chronotropic response from beats: the beats are screened by <see cref="ExerciseTestOptions.BeatScreening"/> (default
    /// artifact correction, as <see cref="ExerciseTestAnalysis.Compute"/> does) and heart rate is <c>60000/RR</c> at each
    /// beat; otherwise as <see cref="Compute(HeartRateSeries, double, double, SubjectInfo, ExerciseTestOptions?)"/>.
    /// </summary>
    /// <param name="beats">RR intervals with beat times covering rest and exercise.</param>
    /// <param name="exerciseStartSeconds">Start of exercise, seconds on the beats' time axis.</param>
    /// <param name="exerciseEndSeconds">End of exercise, seconds.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="options">Settings, or <c>null</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="beats"/> or <paramref name="subject"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">As for the <see cref="HeartRateSeries"/> overload.</exception>
    public static ChronotropicResult Compute(
        RrIntervals beats, double exerciseStartSeconds, double exerciseEndSeconds, SubjectInfo subject, ExerciseTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(beats);
        ArgumentNullException.ThrowIfNull(subject);
        options ??= ExerciseTestOptions.Default;
        ValidateTimes(exerciseStartSeconds, exerciseEndSeconds);
        var curve = ExerciseTestAnalysis.Prepare(beats, HeartRateSeries.Empty, options).Curve;
        return FromCurve(curve, exerciseStartSeconds, exerciseEndSeconds, subject, options);
    }

    private static void ValidateTimes(double exerciseStartSeconds, double exerciseEndSeconds)
    {
        Guard.Finite(exerciseStartSeconds, nameof(exerciseStartSeconds));
        Guard.Finite(exerciseEndSeconds, nameof(exerciseEndSeconds));
        if (!(exerciseEndSeconds > exerciseStartSeconds))
            throw new ArgumentException(
                $"exerciseEndSeconds ({Guard.Show(exerciseEndSeconds)} s) must be after exerciseStartSeconds ({Guard.Show(exerciseStartSeconds)} s).",
                nameof(exerciseEndSeconds));
    }

    private static ChronotropicResult FromCurve(
        HeartRateCurve curve, double exerciseStartSeconds, double exerciseEndSeconds, SubjectInfo subject, ExerciseTestOptions options)
    {
        var problems = new List<AnalysisProblem>();
        var rest = ExerciseTestAnalysis.RestHeartRate(curve, curve.Start, exerciseStartSeconds, options, problems).Bpm;
        var peak = ExerciseTestAnalysis.PeakHeartRate(curve, exerciseStartSeconds, exerciseEndSeconds, options, problems).Bpm;
        var chrono = Compute(rest, peak, subject, options.ResolveEquation());
        if (options.Stages is { Count: > 0 })
            chrono = ExerciseTestAnalysis.WithStages(chrono, null, [], curve, exerciseStartSeconds, exerciseEndSeconds, options);
        problems.AddRange(chrono.Problems);
        return chrono with { Problems = problems };
    }
}
