using System.Globalization;
using HrResponse.Autonomic;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// Charts of the autonomic reflex tests as ScottPlot <see cref="Plot"/> objects, built from an
/// <see cref="AutonomicResult"/> only (nothing is recomputed): the Valsalva RR intervals with the systolic pressure on a
/// second axis, the strain shaded and the phase landmarks marked; the active stand heart rate with the stand-up, the
/// initial peak and nadir and the beats of the 30:15 ratio, and its blood pressure on a second axis when recorded; the deep-breathing heart rate with the cycles and each
/// cycle's highest and lowest beat.
/// </summary>
public static class AutonomicCharts
{
    private static readonly Color Blue = Color.FromHex("#0072B2");
    private static readonly Color Orange = Color.FromHex("#E69F00");
    private static readonly Color Vermillion = Color.FromHex("#D55E00");
    private static readonly Color Green = Color.FromHex("#009E73");
    private static readonly Color Grey = Color.FromHex("#999999");
    private static readonly Color Purple = Color.FromHex("#CC79A7");

    /// <summary>The chart of the test in <paramref name="result"/>.</summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="title">Chart title, or <c>null</c> for the test's name.</param>
    /// <returns>The plot; when the test's event was not found, the data with a note "event not found" in the title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static Plot Create(AutonomicResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Valsalva is { } v) return Valsalva(result.Recording, v, title);
        if (result.ActiveStand is { } s) return ActiveStand(result.Recording, s, title);
        return DeepBreathing(result.Recording, result.DeepBreathing!, title);
    }

    /// <summary>
    /// Valsalva: RR intervals (ms, left axis) and, when recorded, beat systolic pressure (mmHg, right axis) against time
    /// (s); the strain shaded, the shortest RR during the strain and the longest after release marked, and the phase
    /// I, IIe, IIl, III and IV systolic landmarks labelled.
    /// </summary>
    /// <param name="recording">The analysed recording (<see cref="AutonomicResult.Recording"/>).</param>
    /// <param name="result">Its Valsalva result.</param>
    /// <param name="title">Chart title, or <c>null</c> for "Valsalva manoeuvre".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot Valsalva(Recording recording, ValsalvaResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(result);
        var plot = New(Title(title ?? "Valsalva manoeuvre", result.StrainSource), "Time (s)", "RR interval (ms)");
        var times = recording.Beats.BeatTimesSeconds.ToArray();
        var rr = recording.Beats.Milliseconds.ToArray();
        if (double.IsFinite(result.StrainStartSeconds))
        {
            var span = plot.Add.HorizontalSpan(result.StrainStartSeconds, result.StrainEndSeconds, Grey.WithAlpha(0.2));
            span.LegendText = Inv($"Strain {result.StrainDurationSeconds:0.0} s ({result.StrainSource})");
        }

        var line = plot.Add.Scatter(times, rr, Blue);
        line.LegendText = "RR interval";
        line.MarkerSize = 3;
        Mark(plot, result.ShortestRrTimeSeconds, result.ShortestRrDuringStrainMs, MarkerShape.FilledTriangleDown, Vermillion, Inv($"Shortest RR {result.ShortestRrDuringStrainMs:0} ms"));
        Mark(plot, result.LongestRrTimeSeconds, result.LongestRrAfterReleaseMs, MarkerShape.FilledTriangleUp, Green, Inv($"Longest RR {result.LongestRrAfterReleaseMs:0} ms, ratio {result.ValsalvaRatio:0.00}"));

        if (result.BeatSystolicMmHg.Count == times.Length && times.Length > 0)
        {
            var sbp = plot.Add.Scatter(times, result.BeatSystolicMmHg.ToArray(), Orange);
            sbp.LegendText = "Systolic pressure";
            sbp.MarkerSize = 3;
            sbp.Axes.YAxis = plot.Axes.Right;
            plot.Axes.Right.Label.Text = "Systolic pressure (mmHg)";
            foreach (var (name, landmark) in new[] { ("I", result.PhaseI), ("IIe", result.EarlyPhaseII), ("IIl", result.LatePhaseII), ("III", result.PhaseIII), ("IV", result.PhaseIV) })
            {
                if (!double.IsFinite(landmark.TimeSeconds)) continue;
                var m = plot.Add.Marker(landmark.TimeSeconds, landmark.SystolicMmHg, MarkerShape.FilledCircle, 8, Orange);
                m.Axes.YAxis = plot.Axes.Right;
                var label = plot.Add.Text(name, landmark.TimeSeconds, landmark.SystolicMmHg);
                label.Axes.YAxis = plot.Axes.Right;
                label.LabelFontSize = 12;
            }
        }

        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>
    /// Active stand: beat heart rate (bpm) against time (s), the stand-up as a vertical line, the initial peak and
    /// nadir marked, and the beats 5–25 and 20–40 of the 30:15 ratio shaded; when pressure was recorded and usable
    /// (<see cref="ActiveStandResult.HasPressure"/>), beat systolic and diastolic pressure (mmHg, right axis) with their
    /// baseline means (dashed horizontal lines) and the initial systolic and diastolic nadirs of the first 15 s
    /// of standing marked with their falls.
    /// </summary>
    /// <param name="recording">The analysed recording.</param>
    /// <param name="result">Its active stand result.</param>
    /// <param name="title">Chart title, or <c>null</c> for "Active stand".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot ActiveStand(Recording recording, ActiveStandResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(result);
        var plot = New(Title(title ?? "Active stand", result.StandSource), "Time (s)", "Heart rate (bpm)");
        var times = recording.Beats.BeatTimesSeconds.ToArray();
        var hr = recording.Beats.Milliseconds.ToArray().Select(r => 60000 / r).ToArray();
        if (double.IsFinite(result.StandSeconds))
        {
            var first = Array.FindIndex(times, t => t >= result.StandSeconds);
            if (first >= 0 && first + 40 <= times.Length)
            {
                plot.Add.HorizontalSpan(times[first + 4], times[first + 24], Vermillion.WithAlpha(0.12)).LegendText = "Beats 5–25 (shortest RR)";
                plot.Add.HorizontalSpan(times[first + 19], times[first + 39], Green.WithAlpha(0.12)).LegendText = Inv($"Beats 20–40 (longest RR); 30:15 = {result.ThirtyFifteenRatio:0.00}");
            }

            var stand = plot.Add.VerticalLine(result.StandSeconds, 2, Grey);
            stand.LegendText = Inv($"Stand-up {result.StandSeconds:0.0} s ({result.StandSource})");
        }

        var line = plot.Add.Scatter(times, hr, Blue);
        line.LegendText = "Heart rate";
        line.MarkerSize = 3;
        Mark(plot, result.StandSeconds + result.InitialPeakAfterStandSeconds, result.InitialPeakHeartRateBpm, MarkerShape.FilledTriangleUp, Vermillion, Inv($"Initial peak {result.InitialPeakHeartRateBpm:0} bpm"));
        Mark(plot, result.StandSeconds + result.InitialNadirAfterStandSeconds, result.InitialNadirHeartRateBpm, MarkerShape.FilledTriangleDown, Green, Inv($"Nadir {result.InitialNadirHeartRateBpm:0} bpm"));
        if (result.BeatSystolicMmHg.Count == times.Length && result.BeatDiastolicMmHg.Count == times.Length && times.Length > 0)
            StandPressure(plot, times, result);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>
    /// The blood pressure of the active stand on the right axis: beat systolic and diastolic pressure, their baseline
    /// means as dashed horizontal lines, and the initial (first 15 s) systolic and diastolic nadirs marked with their falls.
    /// </summary>
    private static void StandPressure(Plot plot, double[] times, ActiveStandResult result)
    {
        plot.Axes.Right.Label.Text = "Blood pressure (mmHg)";
        foreach (var (values, color, name, baseline) in new[]
        {
            (result.BeatSystolicMmHg, Orange, "Systolic", result.BaselineSystolicMmHg),
            (result.BeatDiastolicMmHg, Purple, "Diastolic", result.BaselineDiastolicMmHg),
        })
        {
            var line = plot.Add.Scatter(times, values.ToArray(), color);
            line.LegendText = name + " pressure";
            line.MarkerSize = 3;
            line.Axes.YAxis = plot.Axes.Right;
            if (double.IsFinite(baseline))
            {
                var level = plot.Add.HorizontalLine(baseline, 1, color, LinePattern.Dashed);
                level.Axes.YAxis = plot.Axes.Right;
                level.LegendText = Inv($"{name} baseline {baseline:0} mmHg");
            }
        }

        var flag = result.InitialOrthostaticHypotension == true ? " (initial orthostatic hypotension)" : string.Empty;
        foreach (var (after, fall, baseline, color, name) in new[]
        {
            (result.InitialSystolicNadirAfterStandSeconds, result.InitialSystolicFallMmHg, result.BaselineSystolicMmHg, Orange, "systolic"),
            (result.InitialDiastolicNadirAfterStandSeconds, result.InitialDiastolicFallMmHg, result.BaselineDiastolicMmHg, Purple, "diastolic"),
        })
        {
            var x = result.StandSeconds + after;
            var y = baseline - fall;
            if (!double.IsFinite(x) || !double.IsFinite(y)) continue;
            var m = plot.Add.Marker(x, y, MarkerShape.OpenCircle, 12, color);
            m.Axes.YAxis = plot.Axes.Right;
            m.LegendText = Inv($"Initial {name} nadir −{fall:0} mmHg at {after:0.0} s") + flag;
        }
    }

    /// <summary>
    /// Deep breathing: beat heart rate (bpm) against time (s), the cycle boundaries as vertical lines and each cycle's
    /// highest and lowest beat marked.
    /// </summary>
    /// <param name="recording">The analysed recording.</param>
    /// <param name="result">Its deep-breathing result.</param>
    /// <param name="title">Chart title, or <c>null</c> for "Deep breathing".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot DeepBreathing(Recording recording, DeepBreathingResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(result);
        var plot = New(Title(title ?? "Deep breathing", result.CycleSource), "Time (s)", "Heart rate (bpm)");
        var times = recording.Beats.BeatTimesSeconds.ToArray();
        var hr = recording.Beats.Milliseconds.ToArray().Select(r => 60000 / r).ToArray();
        var line = plot.Add.Scatter(times, hr, Blue);
        line.LegendText = Inv($"Heart rate; E–I {result.EiDifferenceBpm:0.0} bpm, E:I {result.EiRatio:0.00}");
        line.MarkerSize = 3;
        var b = result.CycleBoundariesSeconds;
        var highs = new List<(double, double)>();
        var lows = new List<(double, double)>();
        for (var c = 0; c + 1 < b.Count; c++)
        {
            plot.Add.VerticalLine(b[c], 1, Grey);
            var idx = Enumerable.Range(0, times.Length).Where(i => times[i] >= b[c] - 1e-9 && times[i] <= b[c + 1] + 1e-9).ToArray();
            if (idx.Length < 2) continue;
            var hi = idx.MaxBy(i => hr[i]);
            var lo = idx.MinBy(i => hr[i]);
            highs.Add((times[hi], hr[hi]));
            lows.Add((times[lo], hr[lo]));
        }

        if (b.Count > 0) plot.Add.VerticalLine(b[^1], 1, Grey).LegendText = Inv($"Cycle boundaries ({result.CycleCount} cycles)");
        if (highs.Count > 0)
        {
            var m = plot.Add.Markers(highs.Select(p => p.Item1).ToArray(), highs.Select(p => p.Item2).ToArray(), MarkerShape.FilledTriangleUp, 8, Vermillion);
            m.LegendText = "Highest HR per cycle";
            var n = plot.Add.Markers(lows.Select(p => p.Item1).ToArray(), lows.Select(p => p.Item2).ToArray(), MarkerShape.FilledTriangleDown, 8, Green);
            n.LegendText = "Lowest HR per cycle";
        }

        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static Plot New(string title, string x, string y)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        return plot;
    }

    private static string Title(string title, EventTimeSource source) =>
        source == EventTimeSource.NotFound ? title + " (event not found)" : title;

    private static void Mark(Plot plot, double x, double y, MarkerShape shape, Color color, string legend)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y)) return;
        var m = plot.Add.Marker(x, y, shape, 10, color);
        m.LegendText = legend;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
