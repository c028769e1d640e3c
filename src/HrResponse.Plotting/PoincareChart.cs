using System.Globalization;
using HrResponse.Plotting.Internal;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// Poincaré plot as a ScottPlot <see cref="Plot"/>: RR(n+1) against RR(n), both in ms with equal limits and square
/// units, with the identity line and the SD1/SD2 ellipse centred on the mean point (SD2 along the identity line, SD1
/// across it; Brennan et al. 2001).
/// </summary>
public static class PoincareChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Poincaré plot";

    /// <summary>
    /// Builds the pairs of successive intervals of a series, leaving out a pair whose second interval follows a gap,
    /// with the ellipse of SD1 = SD(RR(n) − RR(n+1))/√2 and SD2 = SD(RR(n) + RR(n+1))/√2 (sample SD, M − 1).
    /// </summary>
    /// <param name="intervals">RR intervals.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; no pair gives a plot with the message "No data: fewer than two successive RR intervals".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    public static Plot Create(RrIntervals intervals, ChartOptions? options = null)
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
        return Create(x.ToArray(), y.ToArray(), sd1, sd2, options);
    }

    /// <summary>Builds a Poincaré result of <see cref="Hrv.NonlinearAnalysis.Poincare(ReadOnlySpan{double}, ReadOnlySpan{bool})"/> (or its overload with a method and estimator): its pairs and its SD1/SD2 ellipse.</summary>
    /// <param name="result">The Poincaré result.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; no pair gives a plot with a "No data" message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static Plot Create(Hrv.PoincareResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Create(result.RrNMs.ToArray(), result.RrNPlus1Ms.ToArray(), result.Sd1Ms, result.Sd2Ms, options);
    }

    /// <summary>
    /// Builds given pairs (one dot per finite pair, legend "RR(n), RR(n+1) pairs"), the identity line, and when SD1 and
    /// SD2 are finite and positive the ellipse with its SD1 and SD2 axes (legend "SD1 = N ms", "SD2 = N ms"). Both axes
    /// get the same limits, spanning the pairs and the ellipse with a margin.
    /// </summary>
    /// <param name="rrNMs">RR(n) of each pair, ms.</param>
    /// <param name="rrNPlus1Ms">RR(n+1) of each pair, ms.</param>
    /// <param name="sd1Ms">SD1, ms.</param>
    /// <param name="sd2Ms">SD2, ms.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; no finite pair gives a plot with the message "No data: fewer than two successive RR intervals".</returns>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static Plot Create(
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

        var plot = ChartStyle.New(options, DefaultTitle, "RR(n) (ms)", "RR(n+1) (ms)");
        plot.Axes.SquareUnits();
        if (xs.Count == 0) return ChartStyle.NoData(plot, "fewer than two successive RR intervals", 400, 1200, 400, 1200);

        var hasEllipse = double.IsFinite(sd1Ms) && double.IsFinite(sd2Ms) && sd1Ms > 0 && sd2Ms > 0;
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
        (lo, hi) = (lo - pad, hi + pad);
        var dots = plot.Add.Markers(xs.ToArray(), ys.ToArray(), MarkerShape.FilledCircle, xs.Count > 5000 ? 2 : 4, ChartStyle.Blue.WithAlpha(0.4));
        dots.LegendText = "RR(n), RR(n+1) pairs";
        var identity = plot.Add.Line(lo, lo, hi, hi);
        identity.LineColor = ChartStyle.Muted;
        identity.LinePattern = LinePattern.Dashed;
        identity.LineWidth = 1;
        identity.LegendText = "Identity line";
        if (hasEllipse)
        {
            var inv = CultureInfo.InvariantCulture;
            var d = 1 / Math.Sqrt(2);
            var sd2 = plot.Add.Line(mx - (sd2Ms * d), my - (sd2Ms * d), mx + (sd2Ms * d), my + (sd2Ms * d));
            sd2.LineColor = ChartStyle.Vermillion;
            sd2.LineWidth = 2.5f;
            sd2.LegendText = string.Create(inv, $"SD2 = {sd2Ms:0.0} ms");
            var sd1 = plot.Add.Line(mx + (sd1Ms * d), my - (sd1Ms * d), mx - (sd1Ms * d), my + (sd1Ms * d));
            sd1.LineColor = ChartStyle.Green;
            sd1.LineWidth = 2.5f;
            sd1.LegendText = string.Create(inv, $"SD1 = {sd1Ms:0.0} ms");
            var ellipse = plot.Add.Ellipse(mx, my, sd2Ms, sd1Ms, Angle.FromDegrees(45));
            ellipse.LineColor = ChartStyle.Black;
            ellipse.LineWidth = 1.8f;
            ellipse.FillColor = Colors.Transparent;
        }

        plot.Axes.SetLimits(lo, hi, lo, hi);
        ChartStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    private static (double Sd1, double Sd2) Descriptors(List<double> x, List<double> y)
    {
        var m = x.Count;
        if (m < 2) return (double.NaN, double.NaN);
        double md = 0, ms = 0;
        for (var i = 0; i < m; i++)
        {
            md += (x[i] - y[i]) / Math.Sqrt(2);
            ms += (x[i] + y[i]) / Math.Sqrt(2);
        }

        (md, ms) = (md / m, ms / m);
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
