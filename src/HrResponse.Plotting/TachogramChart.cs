using System.Globalization;
using HrResponse.Plotting.Internal;
using HrResponse.Quality;

namespace HrResponse.Plotting;

/// <summary>
/// RR tachogram: RR interval (ms) against beat time (s, or min for recordings longer than 15 min). From cleaned
/// beats it marks what artifact correction did: interpolated and inserted beats on the line, removed beats and
/// intervals replaced by gaps as crosses at their input value; the line breaks at gaps.
/// </summary>
public static class TachogramChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "RR tachogram";

    /// <summary>Draws an RR series, broken at gaps (<see cref="RrIntervals.GapBefore"/>).</summary>
    /// <param name="intervals">RR intervals with beat times.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; an empty series gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    public static string Render(RrIntervals intervals, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var beats = new BeatRecord[intervals.Count];
        var gaps = intervals.GapBefore;
        for (var i = 0; i < beats.Length; i++)
            beats[i] = new BeatRecord(intervals.BeatTimesSeconds[i], intervals.Milliseconds[i], BeatAction.Kept, i, gaps[i]);
        return Render(beats, options);
    }

    /// <summary>Draws the cleaned series of <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/> with corrected beats marked.</summary>
    /// <param name="cleaned">Result of artifact correction.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cleaned"/> is null.</exception>
    public static string Render(CleanedRrIntervals cleaned, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        return Render(cleaned.Beats, options);
    }

    /// <summary>
    /// Draws beat rows (<see cref="CleanedRrIntervals.Beats"/>): one polyline point per row of the cleaned series
    /// (kept, interpolated, inserted) with finite values, a new polyline after each gap; markers for interpolated
    /// (dot), inserted (triangle), removed and gap rows (crosses at the input value, held at the plot edge when far
    /// off scale).
    /// </summary>
    /// <param name="beats">Beat rows in time order.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; no finite row gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="beats"/> is null.</exception>
    public static string Render(IReadOnlyList<BeatRecord> beats, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(beats);
        var ok = beats.Where(b => double.IsFinite(b.TimeSeconds) && double.IsFinite(b.RrMs)).ToList();
        var series = ok.Where(b => b.InCleanedSeries).ToList();
        int Count(BeatAction a) => ok.Count(b => b.Action == a);
        var interpolated = Count(BeatAction.Interpolated);
        var inserted = Count(BeatAction.Inserted);
        var removed = Count(BeatAction.Removed);
        var gapped = Count(BeatAction.Gap);
        var inv = CultureInfo.InvariantCulture;

        var legend = new List<LegendEntry> { new("RR interval (ms)", LegendSymbol.Line, Palette.Blue) };
        if (interpolated > 0) legend.Add(new(string.Create(inv, $"Interpolated ({interpolated})"), LegendSymbol.Dot, Palette.Orange));
        if (inserted > 0) legend.Add(new(string.Create(inv, $"Inserted ({inserted})"), LegendSymbol.Triangle, Palette.Green));
        if (removed > 0) legend.Add(new(string.Create(inv, $"Removed ({removed})"), LegendSymbol.Cross, Palette.Vermillion));
        if (gapped > 0) legend.Add(new(string.Create(inv, $"Excluded, gap ({gapped})"), LegendSymbol.Cross, Palette.Purple));

        var canvas = new ChartCanvas(options, DefaultTitle, "tachogram-chart", legend);
        var svg = canvas.Svg;
        if (ok.Count == 0)
        {
            canvas.Panels(() => Axis.Linear(0, 60, "Time (s)"), [Axis.Linear(400, 1200, "RR interval (ms)")])[0].NoData(svg);
            return canvas.Finish();
        }

        var tMin = ok.Min(b => b.TimeSeconds - (b.RrMs / 1000));
        var tMax = ok.Max(b => b.TimeSeconds);
        var basis = series.Count > 0 ? series : ok;
        var yMin = basis.Min(b => b.RrMs);
        var yMax = basis.Max(b => b.RrMs);
        var span = Math.Max(yMax - yMin, 50);
        foreach (var b in ok.Where(b => !b.InCleanedSeries))
        {
            // Extend the scale for marked beats unless they are far off it (then they sit at the edge).
            if (b.RrMs >= yMin - span && b.RrMs <= yMax + span)
                (yMin, yMax) = (Math.Min(yMin, b.RrMs), Math.Max(yMax, b.RrMs));
        }

        var (div, timeTitle) = Series.TimeUnit(tMax - tMin);
        var pad = Math.Max(5, (yMax - yMin) * 0.04);
        var panel = canvas.Panels(
            () => Axis.Linear(Math.Max(0, tMin) / div, tMax / div, timeTitle, 8, extendToTicks: false),
            [Axis.Linear(yMin - pad, yMax + pad, "RR interval (ms)")])[0];

        svg.OpenGroup("data", panel.ClipId);
        var t = series.Select(b => b.TimeSeconds).ToArray();
        var rr = series.Select(b => b.RrMs).ToArray();
        foreach (var seg in Series.Segments(t, rr, panel, i => series[i].GapBefore, div))
            svg.Polyline(seg, Palette.Blue, 1.3, cls: "series", dataName: "rr");

        double Y(double v) => Math.Clamp(panel.Y.Map(v), panel.Top + 4, panel.Bottom - 4);
        svg.OpenGroup("corrections");
        foreach (var b in ok)
        {
            var x = panel.X.Map(b.TimeSeconds / div);
            switch (b.Action)
            {
                case BeatAction.Interpolated:
                    svg.Circle(x, Y(b.RrMs), 3.5, Palette.Orange, cls: "interpolated");
                    break;
                case BeatAction.Inserted:
                    svg.Triangle(x, Y(b.RrMs), 4.5, Palette.Green, "inserted");
                    break;
                case BeatAction.Removed:
                    svg.Cross(x, Y(b.RrMs), 4, Palette.Vermillion, "removed");
                    break;
                case BeatAction.Gap:
                    svg.Cross(x, Y(b.RrMs), 4, Palette.Purple, "gap");
                    break;
                default:
                    break;
            }
        }

        svg.CloseGroup();
        svg.CloseGroup();
        return canvas.Finish();
    }
}
