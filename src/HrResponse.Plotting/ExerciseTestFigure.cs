using System.Globalization;
using HrResponse.Plotting.Internal;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// The exercise-test figure: three panels in one image, sharing the time axis — (A) heart rate with the rest,
/// exercise and recovery phases, the peak, the recovery points and the mono-exponential recovery fit; (B) the RR
/// tachogram of the corrected beats with corrections marked; (C) rolling DFA α1 with the 0.75 and 0.5 threshold
/// lines. Everything is read from one <see cref="RecordingAnalysisResult"/>; nothing is recomputed.
/// </summary>
public static class ExerciseTestFigure
{
    /// <summary>File stem of the figure: <c>exercise-test</c>.</summary>
    public const string Name = "exercise-test";

    /// <summary>Builds the figure of an analysis.</summary>
    /// <param name="result">Result of <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/> with the exercise test (and, for panel C, rolling HRV) computed.</param>
    /// <param name="options">Text size; <see cref="ChartOptions.Title"/> replaces the first panel's title. <c>null</c> for the defaults.</param>
    /// <returns>
    /// The three-panel chart; <c>null</c> when the result has no exercise test, the test found no exercise phase, or
    /// there is no corrected beat. Panel C says "No data" when rolling HRV was not computed or α1 is NaN in every window.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static AnalysisChart? Create(RecordingAnalysisResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Exercise is not { Phases.ExerciseFound: true } exercise || result.Cleaned is not { Intervals.Count: > 0 } cleaned) return null;
        var o = options ?? ChartOptions.Default;
        var inv = CultureInfo.InvariantCulture;
        var annotations = HeartRateAnnotations.FromReport(exercise);
        var series = cleaned.Intervals.ToHeartRateSeries();

        // One time unit for the three panels: minutes when the beats and phases span more than 15 min.
        var times = series.TimesSeconds.ToArray().Concat(annotations.Phases.SelectMany(p => new[] { p.StartSeconds, p.EndSeconds })).ToArray();
        var (tMin, tMax) = ChartStyle.Range(times);
        var (div, timeLabel) = ChartStyle.TimeUnit(tMax - tMin);
        var hr = HeartRateChart.Build(series.TimesSeconds, series.Bpm, annotations, o with { Title = o.Title ?? "A  Heart rate" }, div);
        var tachogram = TachogramChart.Build(cleaned.Beats, o with { Title = "B  RR tachogram" }, div);
        var alpha = RollingHrvChart.Alpha1Panel(result.Rolling, o, "C  DFA α1 (rolling)", timeLabel, div);
        var x = hr.Axes.GetLimits();
        if (result.Rolling.Count == 0) ChartStyle.NoData(alpha, "rolling HRV was not computed", x.Left, x.Right, 0.25, 1.5);

        // One time axis for the three panels: the union of their spans.
        var t = tachogram.Axes.GetLimits();
        var (left, right) = (Math.Min(x.Left, t.Left), Math.Max(x.Right, t.Right));
        hr.Axes.SetLimitsX(left, right);
        tachogram.Axes.SetLimitsX(left, right);
        alpha.Axes.SetLimitsX(left, right);

        ChartStyle.AlignPanels([hr, tachogram, alpha]);
        var q = cleaned.Quality;
        var caption = string.Create(inv,
            $"Exercise test. (A) Heart rate of each corrected beat (60000 / RR)");
        caption += string.Create(inv,
            $" with the phases from {exercise.Phases.Method}, the peak, the mean HR over {exercise.Recovery.HeartRateWindowSeconds:0.#} s windows at the recovery offsets and the mono-exponential fit (dashed; τ = {exercise.Recovery.TauFit.TauSeconds:0.#} s, R² = {exercise.Recovery.TauFit.RSquared:0.00}).");
        caption += string.Create(inv,
            $" (B) RR intervals after correction ({Quality.ArtifactCorrectionOptions.NameOf(q.Method)}): {q.InterpolatedCount} interpolated, {q.InsertedCount} inserted, {q.RemovedCount} removed, {q.ExcludedCount} excluded as gaps.");
        var r = result.Options.Rolling;
        caption += result.Rolling.Count > 0
            ? string.Create(inv,
                $" (C) DFA α1 of {r.Window.TotalSeconds:0.#}-s windows every {r.Step.TotalSeconds:0.#} s over {r.DfaMinBoxBeats}–{r.DfaMaxBoxBeats}-beat boxes; dashed 0.75 and dotted 0.5 lines: aerobic and anaerobic thresholds (Rogers et al. 2021).")
            : " (C) Rolling HRV was not computed.";
        return new AnalysisChart(Name, caption, [hr, tachogram, alpha]);
    }
}
