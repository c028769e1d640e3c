using System.Globalization;
using HrResponse.Plotting.Internal;

namespace HrResponse.Plotting;

/// <summary>
/// Heart rate over time (bpm against s, or min for recordings longer than 15 min), with shaded phases, the peak,
/// recovery points and the fitted recovery curve.
/// </summary>
public static class HeartRateChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Heart rate";

    /// <summary>Draws a heart-rate series.</summary>
    /// <param name="series">Heart-rate samples (e.g. <see cref="Recording.HeartRate"/>).</param>
    /// <param name="annotations">Phases, peak, recovery points and fit; <c>null</c> for none.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text. An empty series gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static string Render(HeartRateSeries series, HeartRateAnnotations? annotations = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Render(series.TimesSeconds, series.Bpm, annotations, options);
    }

    /// <summary>Draws heart rate against time: one polyline point per finite sample, broken at non-finite samples.</summary>
    /// <param name="timesSeconds">Sample times, seconds from recording start.</param>
    /// <param name="heartRateBpm">Heart rate at each time, bpm.</param>
    /// <param name="annotations">Phases, peak, recovery points and fit; <c>null</c> for none.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text. When no sample is finite the chart says "no data".</returns>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static string Render(
        ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> heartRateBpm,
        HeartRateAnnotations? annotations = null, ChartOptions? options = null)
    {
        if (timesSeconds.Length != heartRateBpm.Length)
            throw new ArgumentException(
                $"Must have one value per time ({timesSeconds.Length}); it has {heartRateBpm.Length}.", nameof(heartRateBpm));
        var a = annotations ?? HeartRateAnnotations.None;
        // A phase keeps the colour of its position in the given list, so "Exercise" looks the same whether or not rest was found.
        var phases = a.Phases.Select((p, i) => (Phase: p, Color: PhaseColor(i)))
            .Where(p => double.IsFinite(p.Phase.StartSeconds) && double.IsFinite(p.Phase.EndSeconds) && p.Phase.EndSeconds > p.Phase.StartSeconds)
            .ToList();
        var fit = a.RecoveryFit is { IsDrawable: true } f ? f : null;
        var peak = a.Peak is { } pk && double.IsFinite(pk.TimeSeconds) && double.IsFinite(pk.HeartRateBpm) ? pk : null;
        var points = a.RecoveryPoints.Where(p => double.IsFinite(p.TimeSeconds) && double.IsFinite(p.HeartRateBpm)).ToList();

        var (tMin, tMax) = Series.Range(timesSeconds);
        var (hMin, hMax) = Series.Range(heartRateBpm);
        var hasData = !double.IsNaN(tMin) && !double.IsNaN(hMin) && AnyFinitePair(timesSeconds, heartRateBpm);

        var legend = new List<LegendEntry> { new("Heart rate (bpm)", LegendSymbol.Line, Palette.Blue) };
        foreach (var (p, color) in phases)
            legend.Add(new(p.Name, LegendSymbol.Area, color));
        if (hasData && peak is not null)
            legend.Add(new(string.Create(CultureInfo.InvariantCulture, $"Peak {peak.HeartRateBpm:0} bpm"), LegendSymbol.Triangle, Palette.Vermillion));
        if (hasData && points.Count > 0) legend.Add(new("Recovery HR", LegendSymbol.Dot, Palette.Black));
        if (hasData && fit is not null)
            legend.Add(new(string.Create(CultureInfo.InvariantCulture, $"Exponential fit, τ = {fit.TauSeconds:0} s"), LegendSymbol.Line, Palette.Vermillion, "7 4"));

        var canvas = new ChartCanvas(options, DefaultTitle, "heart-rate-chart", legend);
        var svg = canvas.Svg;
        if (!hasData)
        {
            var empty = canvas.Panels(() => Axis.Linear(0, 60, "Time (s)"), [Axis.Linear(60, 180, "Heart rate (bpm)")])[0];
            empty.NoData(svg);
            return canvas.Finish();
        }

        foreach (var (p, _) in phases)
        {
            tMin = Math.Min(tMin, p.StartSeconds);
            tMax = Math.Max(tMax, p.EndSeconds);
        }

        if (peak is not null) (hMin, hMax) = (Math.Min(hMin, peak.HeartRateBpm), Math.Max(hMax, peak.HeartRateBpm));
        foreach (var p in points) (hMin, hMax) = (Math.Min(hMin, p.HeartRateBpm), Math.Max(hMax, p.HeartRateBpm));
        if (fit is not null)
        {
            var end = Math.Min(fit.EndSeconds, tMax);
            foreach (var t in new[] { fit.StartSeconds, end })
            {
                var v = fit.HeartRateAt(t);
                (hMin, hMax) = (Math.Min(hMin, v), Math.Max(hMax, v));
            }
        }

        var (div, timeTitle) = Series.TimeUnit(tMax - tMin);
        var pad = Math.Max(2, (hMax - hMin) * 0.05);
        var panel = canvas.Panels(
            () => Axis.Linear(tMin / div, tMax / div, timeTitle, 8, extendToTicks: false),
            [Axis.Linear(hMin - pad, hMax + (2 * pad), "Heart rate (bpm)")])[0];

        svg.OpenGroup("data", panel.ClipId);
        svg.OpenGroup("phases");
        foreach (var (p, color) in phases)
        {
            var x0 = Series.Clamp(panel.X.Map(p.StartSeconds / div));
            var x1 = Series.Clamp(panel.X.Map(p.EndSeconds / div));
            svg.Rect(x0, panel.Top, x1 - x0, panel.Height, color, 0.18, cls: "phase");
            // The name goes in the visible part of the span, and only when it fits there (the legend names every phase).
            var v0 = Math.Max(x0, panel.Left);
            var v1 = Math.Min(x1, panel.Right);
            if (v1 - v0 > Panel.TextWidth(p.Name.Length, canvas.FontSize) + 6)
                svg.Text((v0 + v1) / 2, panel.Top + (1.2 * canvas.FontSize), p.Name, "middle", fill: Palette.Axis, cls: "phase-label");
        }

        svg.CloseGroup();
        foreach (var seg in Series.Segments(timesSeconds, heartRateBpm, panel, xScale: div))
            svg.Polyline(seg, Palette.Blue, 1.8, cls: "series", dataName: "heart-rate");

        if (fit is not null)
        {
            var end = Math.Min(fit.EndSeconds, tMax);
            const int n = 200;
            var curve = new List<(double, double)>(n + 1);
            for (var k = 0; k <= n; k++)
            {
                var t = fit.StartSeconds + ((end - fit.StartSeconds) * k / n);
                curve.Add((Series.Clamp(panel.X.Map(t / div)), Series.Clamp(panel.Y.Map(fit.HeartRateAt(t)))));
            }

            svg.Polyline(curve, Palette.Vermillion, 2.2, "7 4", cls: "fit", dataName: "recovery-fit");
        }

        svg.OpenGroup("recovery-points");
        var placed = new List<(double L, double T, double R, double B)>();
        var size = canvas.FontSize * 0.9;
        foreach (var p in points)
        {
            var x = panel.X.Map(p.TimeSeconds / div);
            var y = panel.Y.Map(p.HeartRateBpm);
            svg.Circle(x, y, 4.5, Palette.Black, "#ffffff", cls: "recovery-point");
            placed.Add((x - 5, y - 5, x + 5, y + 5));
        }

        foreach (var p in points)
        {
            if (p.Label.Length == 0) continue;
            var x = panel.X.Map(p.TimeSeconds / div);
            var y = panel.Y.Map(p.HeartRateBpm);
            var w = Panel.TextWidth(p.Label.Length, size);
            // Try above, below, above-left, below-left of the point; take the first spot clear of earlier labels and points.
            (double X, double Y, string Anchor, double L, double R)[] spots =
            [
                (x, y - 9, "middle", x - (w / 2), x + (w / 2)),
                (x, y + 9 + size, "middle", x - (w / 2), x + (w / 2)),
                (x - 7, y - 7, "end", x - 7 - w, x - 7),
                (x - 7, y + 7 + size, "end", x - 7 - w, x - 7),
            ];
            (double X, double Y, string Anchor, double L, double R)? free = null;
            foreach (var s in spots)
            {
                var box = (s.L, s.Y - size, s.R, s.Y + 2);
                var inside = box.L >= panel.Left && box.R <= panel.Right && box.Item2 >= panel.Top && box.Item4 <= panel.Bottom;
                if (inside && !placed.Any(r => box.L < r.R && box.R > r.L && box.Item2 < r.B && box.Item4 > r.T))
                {
                    free = s;
                    break;
                }
            }

            // No free spot (points crowded together): leave the label out rather than overprint.
            if (free is not { } spot) continue;
            placed.Add((spot.L, spot.Y - size, spot.R, spot.Y + 2));
            svg.Text(spot.X, spot.Y, p.Label, spot.Anchor, size, cls: "point-label", halo: true);
        }

        svg.CloseGroup();
        if (peak is not null)
        {
            var x = panel.X.Map(peak.TimeSeconds / div);
            var y = panel.Y.Map(peak.HeartRateBpm);
            svg.Triangle(x, y - 9, 7, Palette.Vermillion, "peak");
        }

        svg.CloseGroup();
        return canvas.Finish();
    }

    private static string PhaseColor(int i) => Palette.Fills[i % Palette.Fills.Count];

    private static bool AnyFinitePair(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        for (var i = 0; i < x.Length; i++)
            if (double.IsFinite(x[i]) && double.IsFinite(y[i])) return true;
        return false;
    }
}
