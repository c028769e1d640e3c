using System.Globalization;
using HrResponse.Plotting.Internal;

namespace HrResponse.Plotting;

/// <summary>
/// Poincaré plot: RR(n+1) against RR(n), both in ms on the same scale in a square plot, with the identity line and
/// the SD1/SD2 ellipse centred on the mean point (SD2 along the identity line, SD1 across it; Brennan et al. 2001).
/// </summary>
public static class PoincareChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Poincaré plot";

    /// <summary>
    /// Up to this many pairs each point is its own <c>circle</c> element (class <c>point</c>); above it all points go
    /// into one compact path (class <c>points</c>, one dot per pair, <c>data-count</c> = pairs), which keeps a 24-h
    /// recording's plot near 1.5 MB instead of 10 MB.
    /// </summary>
    public const int MaxCircles = 5000;

    /// <summary>
    /// Draws the pairs of successive intervals of a series, leaving out a pair whose second interval follows a gap,
    /// with the ellipse of SD1 = SD(RR(n) − RR(n+1))/√2 and SD2 = SD(RR(n) + RR(n+1))/√2 (sample SD, M − 1).
    /// </summary>
    /// <param name="intervals">RR intervals.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; fewer than one pair gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    public static string Render(RrIntervals intervals, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var rr = intervals.Milliseconds;
        var gaps = intervals.GapBefore;
        var x = new List<double>();
        var y = new List<double>();
        for (var i = 1; i < rr.Length; i++)
        {
            if (gaps[i]) continue;
            x.Add(rr[i - 1]);
            y.Add(rr[i]);
        }

        var (sd1, sd2) = Descriptors(x, y);
        return Render(x.ToArray(), y.ToArray(), sd1, sd2, options);
    }

    /// <summary>Draws a Poincaré result of <see cref="Hrv.NonlinearAnalysis.Poincare(ReadOnlySpan{double}, ReadOnlySpan{bool})"/> (or its overload with a method and estimator): its pairs and its SD1/SD2 ellipse.</summary>
    /// <param name="result">The Poincaré result.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; no pair gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Render(Hrv.PoincareResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Render(result.RrNMs.ToArray(), result.RrNPlus1Ms.ToArray(), result.Sd1Ms, result.Sd2Ms, options);
    }

    /// <summary>Draws given pairs (one dot per finite pair, see <see cref="MaxCircles"/>) and the SD1/SD2 ellipse.</summary>
    /// <param name="rrNMs">RR(n) of each pair, ms.</param>
    /// <param name="rrNPlus1Ms">RR(n+1) of each pair, ms.</param>
    /// <param name="sd1Ms">SD1, ms; the ellipse is drawn only when SD1 and SD2 are finite and positive.</param>
    /// <param name="sd2Ms">SD2, ms.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; no finite pair gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static string Render(
        ReadOnlySpan<double> rrNMs, ReadOnlySpan<double> rrNPlus1Ms, double sd1Ms, double sd2Ms, ChartOptions? options = null)
    {
        if (rrNMs.Length != rrNPlus1Ms.Length)
            throw new ArgumentException(
                $"Must have one RR(n+1) per RR(n) ({rrNMs.Length}); it has {rrNPlus1Ms.Length}.", nameof(rrNPlus1Ms));
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < rrNMs.Length; i++)
        {
            if (!double.IsFinite(rrNMs[i]) || !double.IsFinite(rrNPlus1Ms[i])) continue;
            xs.Add(rrNMs[i]);
            ys.Add(rrNPlus1Ms[i]);
        }

        var hasEllipse = xs.Count > 0 && double.IsFinite(sd1Ms) && double.IsFinite(sd2Ms) && sd1Ms > 0 && sd2Ms > 0;
        var inv = CultureInfo.InvariantCulture;
        var legend = new List<LegendEntry> { new("RR(n), RR(n+1) pairs", LegendSymbol.Dot, Palette.Blue), new("Identity line", LegendSymbol.Line, Palette.Muted, "5 4") };
        if (hasEllipse)
        {
            legend.Add(new(string.Create(inv, $"SD1 = {sd1Ms:0.0} ms"), LegendSymbol.Line, Palette.Green));
            legend.Add(new(string.Create(inv, $"SD2 = {sd2Ms:0.0} ms"), LegendSymbol.Line, Palette.Vermillion));
        }

        var canvas = new ChartCanvas(options, DefaultTitle, "poincare-chart", legend);
        var svg = canvas.Svg;
        if (xs.Count == 0)
        {
            canvas.Panels(() => Axis.Linear(400, 1200, "RR(n) (ms)"), [Axis.Linear(400, 1200, "RR(n+1) (ms)")], square: true)[0].NoData(svg);
            return canvas.Finish();
        }

        var lo = Math.Min(xs.Min(), ys.Min());
        var hi = Math.Max(xs.Max(), ys.Max());
        var mx = xs.Average();
        var my = ys.Average();
        if (hasEllipse)
        {
            var reach = Math.Max(sd1Ms, sd2Ms) * 1.05;
            lo = Math.Min(lo, Math.Min(mx, my) - reach);
            hi = Math.Max(hi, Math.Max(mx, my) + reach);
        }

        var pad = Math.Max(5, (hi - lo) * 0.04);
        var panel = canvas.Panels(() => Axis.Linear(lo - pad, hi + pad, "RR(n) (ms)"), [Axis.Linear(lo - pad, hi + pad, "RR(n+1) (ms)")], square: true)[0];
        svg.OpenGroup("data", panel.ClipId);
        svg.Line(panel.X.Map(panel.X.Min), panel.Y.Map(panel.X.Min), panel.X.Map(panel.X.Max), panel.Y.Map(panel.X.Max),
            Palette.Muted, 1.2, "5 4", "identity");
        svg.OpenGroup("points");
        if (xs.Count <= MaxCircles)
        {
            for (var i = 0; i < xs.Count; i++)
                svg.Circle(panel.X.Map(xs[i]), panel.Y.Map(ys[i]), 2.6, Palette.Blue, opacity: 0.45, cls: "point");
        }
        else
        {
            var pts = new List<(double, double)>(xs.Count);
            for (var i = 0; i < xs.Count; i++) pts.Add((panel.X.Map(xs[i]), panel.Y.Map(ys[i])));
            svg.Dots(pts, 2, Palette.Blue, 0.3, "points");
        }

        svg.CloseGroup();
        if (hasEllipse)
        {
            var cx = panel.X.Map(mx);
            var cy = panel.Y.Map(my);
            var scale = panel.Width / (panel.X.Max - panel.X.Min);
            var d = 1 / Math.Sqrt(2);
            // SD2 along the identity direction, SD1 across it (pixel y points down).
            svg.Line(cx - (sd2Ms * scale * d), cy + (sd2Ms * scale * d), cx + (sd2Ms * scale * d), cy - (sd2Ms * scale * d), Palette.Vermillion, 2.5, cls: "sd2");
            svg.Line(cx - (sd1Ms * scale * d), cy - (sd1Ms * scale * d), cx + (sd1Ms * scale * d), cy + (sd1Ms * scale * d), Palette.Green, 2.5, cls: "sd1");
            svg.Ellipse(cx, cy, sd2Ms * scale, sd1Ms * scale, -45, Palette.Black, 1.8, "sd-ellipse");
        }

        svg.CloseGroup();
        return canvas.Finish();
    }

    private static (double Sd1, double Sd2) Descriptors(List<double> x, List<double> y)
    {
        var m = x.Count;
        if (m < 2) return (double.NaN, double.NaN);
        double MeanOf(Func<int, double> f)
        {
            var s = 0.0;
            for (var i = 0; i < m; i++) s += f(i);
            return s / m;
        }

        var md = MeanOf(i => (x[i] - y[i]) / Math.Sqrt(2));
        var ms = MeanOf(i => (x[i] + y[i]) / Math.Sqrt(2));
        double v1 = 0, v2 = 0;
        for (var i = 0; i < m; i++)
        {
            var d = ((x[i] - y[i]) / Math.Sqrt(2)) - md;
            var s = ((x[i] + y[i]) / Math.Sqrt(2)) - ms;
            v1 += d * d;
            v2 += s * s;
        }

        return (Math.Sqrt(v1 / (m - 1)), Math.Sqrt(v2 / (m - 1)));
    }
}
