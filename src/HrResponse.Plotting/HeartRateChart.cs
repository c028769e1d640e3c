using System.Globalization;
using HrResponse.Plotting.Internal;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// Heart rate over time (bpm against s, or min for recordings longer than 15 min), with shaded phases, the peak,
/// recovery points and the fitted recovery curve, as a ScottPlot <see cref="Plot"/>.
/// </summary>
public static class HeartRateChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Heart rate";

    /// <summary>Builds the chart of a heart-rate series.</summary>
    /// <param name="series">Heart-rate samples (e.g. <see cref="Recording.HeartRate"/>).</param>
    /// <param name="annotations">Phases, peak, recovery points and fit; <c>null</c> for none.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot. An empty series gives a plot with the axes and the message "No data: no heart-rate sample".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static Plot Create(HeartRateSeries series, HeartRateAnnotations? annotations = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Create(series.TimesSeconds, series.Bpm, annotations, options);
    }

    /// <summary>
    /// Builds heart rate against time: a line through the finite samples (broken at non-finite ones), the phases as
    /// shaded spans named at their top, the peak as a triangle ("Peak N bpm"), the recovery points as circles
    /// labelled with their offsets ("Recovery HR"), and the recovery fit dashed ("Exponential fit, τ = N s"). The axis
    /// limits span the samples and the phases in time and every drawn value in heart rate, with a margin.
    /// </summary>
    /// <param name="timesSeconds">Sample times, seconds from recording start.</param>
    /// <param name="heartRateBpm">Heart rate at each time, bpm.</param>
    /// <param name="annotations">Phases, peak, recovery points and fit; <c>null</c> for none.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot. When no sample is finite, a plot with the axes and the message "No data: no heart-rate sample".</returns>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static Plot Create(
        ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> heartRateBpm,
        HeartRateAnnotations? annotations = null, ChartOptions? options = null) =>
        Build(timesSeconds, heartRateBpm, annotations, options, null);

    /// <summary>
    /// The chart, with the time unit forced (1 = s, 60 = min) or, when null, chosen from the span. A forced unit means
    /// the chart is a panel of the exercise-test figure, whose smaller size the recovery labels are placed for.
    /// </summary>
    internal static Plot Build(
        ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> heartRateBpm,
        HeartRateAnnotations? annotations, ChartOptions? options, double? timeDivisor)
    {
        if (timesSeconds.Length != heartRateBpm.Length)
            throw new ArgumentException(
                $"Must have one value per time ({timesSeconds.Length}); it has {heartRateBpm.Length}.", nameof(heartRateBpm));
        var (tMin, tMax) = (double.NaN, double.NaN);
        var (hMin, hMax) = (double.NaN, double.NaN);
        for (var i = 0; i < timesSeconds.Length; i++)
        {
            if (!double.IsFinite(timesSeconds[i]) || !double.IsFinite(heartRateBpm[i])) continue;
            (tMin, tMax) = (Min(tMin, timesSeconds[i]), Max(tMax, timesSeconds[i]));
            (hMin, hMax) = (Min(hMin, heartRateBpm[i]), Max(hMax, heartRateBpm[i]));
        }

        var a = annotations ?? HeartRateAnnotations.None;
        var phases = a.Phases.Select((p, i) => (Phase: p, Color: ChartStyle.Fills[i % ChartStyle.Fills.Length]))
            .Where(p => double.IsFinite(p.Phase.StartSeconds) && double.IsFinite(p.Phase.EndSeconds) && p.Phase.EndSeconds > p.Phase.StartSeconds)
            .ToList();
        foreach (var (p, _) in phases)
            (tMin, tMax) = (Min(tMin, p.StartSeconds), Max(tMax, p.EndSeconds));
        var (div, timeLabel) = timeDivisor is { } forced ? ChartStyle.TimeUnitOf(forced)
            : double.IsNaN(tMin) ? (1, "Time (s)") : ChartStyle.TimeUnit(tMax - tMin);
        var plot = ChartStyle.New(options, DefaultTitle, timeLabel, "Heart rate (bpm)");
        if (double.IsNaN(hMin)) return ChartStyle.NoData(plot, "no heart-rate sample", 0, 60, 60, 180);

        // A phase keeps the colour of its position in the given list, so "Exercise" looks the same whether or not rest was found.
        foreach (var (p, color) in phases)
        {
            var span = plot.Add.HorizontalSpan(p.StartSeconds / div, p.EndSeconds / div, color.WithAlpha(0.25));
            span.LineWidth = 0;
        }

        ChartStyle.Line(plot, timesSeconds, heartRateBpm, ChartStyle.Blue, 1.5f, "Heart rate (bpm)", xScale: div);
        var inv = CultureInfo.InvariantCulture;
        if (a.RecoveryFit is { IsDrawable: true } fit)
        {
            var end = Math.Min(fit.EndSeconds, tMax);
            if (end > fit.StartSeconds)
            {
                const int n = 200;
                var fx = new double[n + 1];
                var fy = new double[n + 1];
                for (var k = 0; k <= n; k++)
                {
                    var t = fit.StartSeconds + ((end - fit.StartSeconds) * k / n);
                    fx[k] = t;
                    fy[k] = fit.HeartRateAt(t);
                    (hMin, hMax) = (Math.Min(hMin, fy[k]), Math.Max(hMax, fy[k]));
                }

                ChartStyle.Line(plot, fx, fy, ChartStyle.Vermillion, 2f,
                    string.Create(inv, $"Exponential fit, τ = {fit.TauSeconds:0} s"), LinePattern.Dashed, xScale: div);
            }
        }

        var points = a.RecoveryPoints.Where(p => double.IsFinite(p.TimeSeconds) && double.IsFinite(p.HeartRateBpm)).ToList();
        if (points.Count > 0)
        {
            var m = plot.Add.Markers(points.Select(p => p.TimeSeconds / div).ToArray(), points.Select(p => p.HeartRateBpm).ToArray(),
                MarkerShape.OpenCircle, 7, ChartStyle.Black);
            m.MarkerLineWidth = 1.5f;
            m.LegendText = "Recovery HR";
            foreach (var p in points) (hMin, hMax) = (Math.Min(hMin, p.HeartRateBpm), Math.Max(hMax, p.HeartRateBpm));
        }

        if (a.Peak is { } peak && double.IsFinite(peak.TimeSeconds) && double.IsFinite(peak.HeartRateBpm))
        {
            var m = plot.Add.Marker(peak.TimeSeconds / div, peak.HeartRateBpm, MarkerShape.FilledTriangleUp, 10, ChartStyle.Vermillion);
            m.LegendText = string.Create(inv, $"Peak {peak.HeartRateBpm:0} bpm");
            (hMin, hMax) = (Math.Min(hMin, peak.HeartRateBpm), Math.Max(hMax, peak.HeartRateBpm));
        }

        var pad = Math.Max(2, (hMax - hMin) * 0.05);
        var tPad = tMax > tMin ? 0 : 1;
        plot.Axes.SetLimits((tMin - tPad) / div, (tMax + tPad) / div, hMin - pad, hMax + (2 * pad));

        LabelRecoveryPoints(plot, points, a.Peak, div, ((tMin - tPad) / div, (tMax + tPad) / div, hMin - pad, hMax + (2 * pad)), timeDivisor is not null);

        // Each phase is named at the top of its span (when the span is wide enough for the name).
        foreach (var (p, _) in phases)
        {
            if ((p.EndSeconds - p.StartSeconds) < 0.08 * (tMax - tMin) || p.Name.Length == 0) continue;
            var label = plot.Add.Text(p.Name, (p.StartSeconds + p.EndSeconds) / 2 / div, hMax + (2 * pad));
            label.LabelFontSize = plot.Axes.Bottom.TickLabelStyle.FontSize;
            label.LabelFontColor = ChartStyle.Black;
            label.LabelAlignment = Alignment.UpperCenter;
            label.OffsetY = 3;
        }

        ChartStyle.LegendOutside(plot);
        return plot;
    }

    /// <summary>
    /// Labels the recovery points with their offsets ("30 s") at the first free place around the point (above, below,
    /// right, left, the diagonals, then higher above), free meaning clear of the other labels, the recovery markers and
    /// the peak marker on a nominal data area (px at 96 DPI: 370 × 300 for the chart, 340 × 140 for the exercise-test
    /// panel, the default figure sizes); when no place is free, the place with the least overlap.
    /// </summary>
    private static void LabelRecoveryPoints(
        Plot plot, List<HeartRateMarker> points, HeartRateMarker? peak, double div, (double X0, double X1, double Y0, double Y1) limits, bool panel)
    {
        var (w, h) = panel ? (340.0, 140.0) : (370.0, 300.0);
        var fontPx = plot.Axes.Bottom.TickLabelStyle.FontSize * 0.85f;
        double Px(double t) => ((t / div) - limits.X0) / (limits.X1 - limits.X0) * w;
        double Py(double bpm) => (bpm - limits.Y0) / (limits.Y1 - limits.Y0) * h;
        var taken = new List<Box>();
        foreach (var p in points) taken.Add(new(Px(p.TimeSeconds) - 4, Px(p.TimeSeconds) + 4, Py(p.HeartRateBpm) - 4, Py(p.HeartRateBpm) + 4));
        if (peak is { } k && double.IsFinite(k.TimeSeconds) && double.IsFinite(k.HeartRateBpm))
            taken.Add(new(Px(k.TimeSeconds) - 6, Px(k.TimeSeconds) + 6, Py(k.HeartRateBpm) - 6, Py(k.HeartRateBpm) + 6));
        foreach (var p in points)
        {
            if (p.Label.Length == 0) continue;
            var (x, y) = (Px(p.TimeSeconds), Py(p.HeartRateBpm));
            var lw = p.Label.Length * 0.62 * fontPx;
            var lh = 1.25 * fontPx;
            // (alignment of the label's anchor, offset in screen px with y down, box in units with y up)
            (Alignment A, float Dx, float Dy, Box B)[] places =
            [
                (Alignment.LowerCenter, 0, -6, new(x - (lw / 2), x + (lw / 2), y + 6, y + 6 + lh)),
                (Alignment.UpperCenter, 0, 6, new(x - (lw / 2), x + (lw / 2), y - 6 - lh, y - 6)),
                (Alignment.MiddleLeft, 7, 0, new(x + 7, x + 7 + lw, y - (lh / 2), y + (lh / 2))),
                (Alignment.MiddleRight, -7, 0, new(x - 7 - lw, x - 7, y - (lh / 2), y + (lh / 2))),
                (Alignment.LowerLeft, 4, -4, new(x + 4, x + 4 + lw, y + 4, y + 4 + lh)),
                (Alignment.UpperLeft, 4, 4, new(x + 4, x + 4 + lw, y - 4 - lh, y - 4)),
                (Alignment.LowerRight, -4, -4, new(x - 4 - lw, x - 4, y + 4, y + 4 + lh)),
                (Alignment.UpperRight, -4, 4, new(x - 4 - lw, x - 4, y - 4 - lh, y - 4)),
                (Alignment.LowerCenter, 0, (float)(-6 - lh), new(x - (lw / 2), x + (lw / 2), y + 6 + lh, y + 6 + (2 * lh))),
                (Alignment.UpperCenter, 0, (float)(6 + lh), new(x - (lw / 2), x + (lw / 2), y - 6 - (2 * lh), y - 6 - lh)),
            ];
            double Cost(Box b) => taken.Sum(o => b.OverlapArea(o)) + (b.B < 0 || b.T > h || b.L < 0 || b.R > w ? 1e6 : 0);
            var best = places.MinBy(c => Cost(c.B) > 0 ? 1 + Cost(c.B) : Array.IndexOf(places, c) * 1e-9);
            taken.Add(best.B);
            var text = plot.Add.Text(p.Label, p.TimeSeconds / div, p.HeartRateBpm);
            text.LabelFontSize = fontPx;
            text.LabelFontColor = ChartStyle.Black;
            text.LabelAlignment = best.A;
            text.OffsetX = best.Dx;
            text.OffsetY = best.Dy;
        }
    }

    /// <summary>A label's box in px on the nominal data area, y up.</summary>
    private readonly record struct Box(double L, double R, double B, double T)
    {
        public double OverlapArea(Box o) => Math.Max(0, Math.Min(R, o.R) - Math.Max(L, o.L)) * Math.Max(0, Math.Min(T, o.T) - Math.Max(B, o.B));
    }

    private static double Min(double a, double b) => double.IsNaN(a) ? b : Math.Min(a, b);

    private static double Max(double a, double b) => double.IsNaN(a) ? b : Math.Max(a, b);
}
