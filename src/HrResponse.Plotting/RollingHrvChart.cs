using HrResponse.Plotting.Internal;
using HrResponse.Streaming;

namespace HrResponse.Plotting;

/// <summary>
/// Rolling HRV over time in three stacked panels sharing the time axis: heart rate (bpm), RMSSD and SDNN (ms), and
/// DFA α1 with the 0.75 (aerobic) and 0.5 (anaerobic) threshold lines (Rogers et al. 2021). Each point is the end of
/// a window.
/// </summary>
public static class RollingHrvChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Rolling HRV";

    /// <summary>DFA α1 of the aerobic threshold (Rogers et al. 2021).</summary>
    public const double AerobicThresholdAlpha1 = 0.75;

    /// <summary>DFA α1 of the anaerobic threshold (Rogers et al. 2021).</summary>
    public const double AnaerobicThresholdAlpha1 = 0.5;

    /// <summary>
    /// Draws snapshots (e.g. from <see cref="BeatStreamExtensions.RollingHrv(IEnumerable{Beat}, RollingHrvOptions?)"/>):
    /// one polyline point per snapshot with a finite value, per index, broken at NaN.
    /// </summary>
    /// <param name="snapshots">Snapshots in time order.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/> with a height of 560 px.</param>
    /// <returns>SVG text; no snapshot gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    public static string Render(IReadOnlyList<RollingHrvSnapshot> snapshots, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        options ??= ChartOptions.Default with { HeightPx = 560 };
        var t = snapshots.Select(s => s.EndSeconds).ToArray();
        var hr = snapshots.Select(s => s.HeartRateBpm).ToArray();
        var rmssd = snapshots.Select(s => s.RmssdMs).ToArray();
        var sdnn = snapshots.Select(s => s.SdnnMs).ToArray();
        var alpha = snapshots.Select(s => s.DfaAlpha1).ToArray();
        var legend = new List<LegendEntry>
        {
            new("HR (bpm)", LegendSymbol.Line, Palette.Blue),
            new("RMSSD (ms)", LegendSymbol.Line, Palette.Green),
            new("SDNN (ms)", LegendSymbol.Line, Palette.Orange, "6 3"),
            new("DFA α1", LegendSymbol.Line, Palette.Vermillion),
            new("α1 = 0.75 / 0.5", LegendSymbol.Line, Palette.Muted, "4 4"),
        };
        var canvas = new ChartCanvas(options, DefaultTitle, "rolling-hrv-chart", legend);
        var svg = canvas.Svg;
        var (tMin, tMax) = Series.Range(t);
        var (hMin, hMax) = Series.Range(hr);
        var (mMin, mMax) = Series.Range([.. rmssd, .. sdnn]);
        var (aMin, aMax) = Series.Range(alpha);
        if (double.IsNaN(tMin))
        {
            var empty = canvas.Panels(() => Axis.Linear(0, 60, "Time (s)"),
                [Axis.Linear(60, 180, "HR (bpm)"), Axis.Linear(0, 100, "ms"), Axis.Linear(0, 1.5, "DFA α1")]);
            empty[1].NoData(svg);
            return canvas.Finish();
        }

        var (div, timeTitle) = Series.TimeUnit(tMax - tMin);
        aMin = double.IsNaN(aMin) ? 0.25 : Math.Min(aMin, 0.4);
        aMax = double.IsNaN(aMax) ? 1.5 : Math.Max(aMax, 1.0);
        var panels = canvas.Panels(
            () => Axis.Linear(tMin / div, tMax / div, timeTitle, 8, extendToTicks: false),
            [
                Axis.Linear(double.IsNaN(hMin) ? 60 : hMin, double.IsNaN(hMax) ? 180 : hMax, "HR (bpm)", 4),
                Axis.Linear(0, double.IsNaN(mMax) ? 100 : mMax, "RMSSD, SDNN (ms)", 4),
                Axis.Linear(aMin, aMax, "DFA α1", 4),
            ]);
        Draw(svg, panels[0], t, hr, div, Palette.Blue, null, "hr");
        Draw(svg, panels[1], t, rmssd, div, Palette.Green, null, "rmssd");
        Draw(svg, panels[1], t, sdnn, div, Palette.Orange, "6 3", "sdnn");
        var p = panels[2];
        svg.OpenGroup("thresholds", p.ClipId);
        foreach (var th in new[] { AerobicThresholdAlpha1, AnaerobicThresholdAlpha1 })
            svg.Line(p.Left, p.Y.Map(th), p.Right, p.Y.Map(th), Palette.Muted, 1.5, "4 4", "threshold");
        svg.CloseGroup();
        Draw(svg, p, t, alpha, div, Palette.Vermillion, null, "dfa-alpha1");
        if (double.IsNaN(mMin)) panels[1].NoData(svg);
        return canvas.Finish();
    }

    private static void Draw(Internal.SvgWriter svg, Panel panel, double[] t, double[] v, double div, string color, string? dash, string name)
    {
        svg.OpenGroup("data", panel.ClipId, name);
        foreach (var seg in Series.Segments(t, v, panel, xScale: div))
        {
            if (seg.Count == 1) svg.Circle(seg[0].X, seg[0].Y, 2.5, color, cls: "point");
            svg.Polyline(seg, color, 1.8, dash, "series", name);
        }

        svg.CloseGroup();
    }
}
