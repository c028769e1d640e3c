using System.Globalization;
using HrResponse.Plotting.Internal;

namespace HrResponse.Plotting;

/// <summary>
/// Detrended fluctuation analysis on log–log axes: F(n) (ms) against box size n (beats), one colour per scaling
/// range (α1 short-term, α2 long-term) with its fitted line.
/// </summary>
public static class DfaChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Detrended fluctuation analysis";

    /// <summary>Draws the α1 and α2 ranges of a DFA result of <see cref="Hrv.NonlinearAnalysis.Dfa"/>.</summary>
    /// <param name="result">The DFA result.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Render(Hrv.DfaResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Render(
            [
                new DfaScalingRange("α1", result.Alpha1.BoxSizes, result.Alpha1.FluctuationsMs, result.Alpha1.Alpha),
                new DfaScalingRange("α2", result.Alpha2.BoxSizes, result.Alpha2.FluctuationsMs, result.Alpha2.Alpha),
            ],
            options);
    }

    /// <summary>Draws one circle per box size with a finite positive F(n), and each range's fit line over its box sizes.</summary>
    /// <param name="ranges">Scaling ranges, e.g. α1 over 4–16 beats and α2 over 16–64 beats.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; no drawable point gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is null.</exception>
    /// <exception cref="ArgumentException">A range has different numbers of box sizes and fluctuations.</exception>
    public static string Render(IReadOnlyList<DfaScalingRange> ranges, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        foreach (var r in ranges)
        {
            if (r.BoxSizes.Count != r.FluctuationsMs.Count)
                throw new ArgumentException(
                    $"Range '{r.Name}' must have one F(n) per box size ({r.BoxSizes.Count}); it has {r.FluctuationsMs.Count}.", nameof(ranges));
        }

        var pts = ranges.Select(r => Enumerable.Range(0, r.BoxSizes.Count)
            .Where(i => r.BoxSizes[i] > 0 && double.IsFinite(r.FluctuationsMs[i]) && r.FluctuationsMs[i] > 0)
            .Select(i => ((double)r.BoxSizes[i], r.FluctuationsMs[i])).ToList()).ToList();
        var inv = CultureInfo.InvariantCulture;
        var legend = new List<LegendEntry>();
        for (var k = 0; k < ranges.Count; k++)
        {
            if (pts[k].Count == 0) continue;
            var r = ranges[k];
            var label = string.Create(inv, $"{r.Name} = {(double.IsFinite(r.Alpha) ? r.Alpha.ToString("0.00", inv) : "n/a")} (n = {pts[k].Min(p => p.Item1):0}–{pts[k].Max(p => p.Item1):0} beats)");
            legend.Add(new(label, LegendSymbol.Dot, Color(k)));
        }

        var canvas = new ChartCanvas(options, DefaultTitle, "dfa-chart", legend);
        var svg = canvas.Svg;
        var all = pts.SelectMany(p => p).ToList();
        if (all.Count == 0)
        {
            canvas.Panels(() => Axis.Log(4, 64, "Box size n (beats)"), [Axis.Log(1, 100, "F(n) (ms)")])[0].NoData(svg);
            return canvas.Finish();
        }

        var panel = canvas.Panels(
            () => Axis.Log(all.Min(p => p.Item1), all.Max(p => p.Item1), "Box size n (beats)"),
            [Axis.Log(all.Min(p => p.Item2), all.Max(p => p.Item2), "F(n) (ms)")])[0];
        svg.OpenGroup("data", panel.ClipId);
        for (var k = 0; k < ranges.Count; k++)
        {
            var p = pts[k];
            if (p.Count == 0) continue;
            svg.OpenGroup("range", dataName: ranges[k].Name);
            var alpha = ranges[k].Alpha;
            if (double.IsFinite(alpha) && p.Count >= 2)
            {
                var mx = p.Average(q => Math.Log10(q.Item1));
                var my = p.Average(q => Math.Log10(q.Item2));
                var x0 = p.Min(q => q.Item1);
                var x1 = p.Max(q => q.Item1);
                double Fit(double n) => Math.Pow(10, my + (alpha * (Math.Log10(n) - mx)));
                svg.Line(panel.X.Map(x0), Series.Clamp(panel.Y.Map(Fit(x0))), panel.X.Map(x1), Series.Clamp(panel.Y.Map(Fit(x1))),
                    Color(k), 2.2, cls: "fit");
            }

            foreach (var (n, fn) in p)
                svg.Circle(panel.X.Map(n), panel.Y.Map(fn), 4, Color(k), "#ffffff", cls: "point");
            svg.CloseGroup();
        }

        svg.CloseGroup();
        return canvas.Finish();
    }

    private static string Color(int k) => k switch
    {
        0 => Palette.Blue,
        1 => Palette.Vermillion,
        _ => Palette.Fills[k % Palette.Fills.Count],
    };
}
