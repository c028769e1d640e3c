using System.Globalization;
using HrResponse.Plotting.Internal;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace HrResponse.Plotting;

/// <summary>
/// Detrended fluctuation analysis on log–log axes as a ScottPlot <see cref="Plot"/>: F(n) (ms) against box size n
/// (beats), one colour per scaling range (α1 short-term, α2 long-term) with its fitted line. ScottPlot axes are linear,
/// so the plot holds log10 n and log10 F(n) and its tick labels show n and F(n) at readable values (box sizes 4, 8,
/// 16, 32, 64; F(n) in 1-2-5 steps): the axis limits read from the plot are base-10 logarithms.
/// </summary>
public static class DfaChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Detrended fluctuation analysis";

    /// <summary>Builds the α1 and α2 ranges of a DFA result of <see cref="Hrv.NonlinearAnalysis.Dfa"/>.</summary>
    /// <param name="result">The DFA result.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static Plot Create(Hrv.DfaResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Create(
            [
                new DfaScalingRange("α1", result.Alpha1.BoxSizes, result.Alpha1.FluctuationsMs, result.Alpha1.Alpha),
                new DfaScalingRange("α2", result.Alpha2.BoxSizes, result.Alpha2.FluctuationsMs, result.Alpha2.Alpha),
            ],
            options);
    }

    /// <summary>
    /// Builds one circle per box size with a finite positive F(n), and each range's least-squares line of slope α
    /// through the mean of its points (legend "α1 = 1.05 (n = 4–16 beats)", "n/a" when α is not finite).
    /// </summary>
    /// <param name="ranges">Scaling ranges, e.g. α1 over 4–16 beats and α2 over 16–64 beats.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; no drawable point gives a plot with the message "No data: no box with a positive F(n)".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is null.</exception>
    /// <exception cref="ArgumentException">A range has different numbers of box sizes and fluctuations.</exception>
    public static Plot Create(IReadOnlyList<DfaScalingRange> ranges, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        foreach (var r in ranges)
        {
            if (r.BoxSizes.Count != r.FluctuationsMs.Count)
                throw new ArgumentException(
                    $"Range '{r.Name}' must have one F(n) per box size ({r.BoxSizes.Count}); it has {r.FluctuationsMs.Count}.", nameof(ranges));
        }

        var plot = ChartStyle.New(options, DefaultTitle, "Box size n (beats, log scale)", "F(n) (ms, log scale)");
        var pts = ranges.Select(r => Enumerable.Range(0, r.BoxSizes.Count)
            .Where(i => r.BoxSizes[i] > 0 && double.IsFinite(r.FluctuationsMs[i]) && r.FluctuationsMs[i] > 0)
            .Select(i => (X: Math.Log10(r.BoxSizes[i]), Y: Math.Log10(r.FluctuationsMs[i]))).ToList()).ToList();
        var all = pts.SelectMany(p => p).ToList();
        if (all.Count == 0) return ChartStyle.NoData(plot, "no box with a positive F(n)", Math.Log10(4), Math.Log10(64), 0, 2);

        var inv = CultureInfo.InvariantCulture;
        for (var k = 0; k < ranges.Count; k++)
        {
            var p = pts[k];
            if (p.Count == 0) continue;
            var r = ranges[k];
            var color = Color(k);
            var alpha = r.Alpha;
            if (double.IsFinite(alpha) && p.Count >= 2)
            {
                var mx = p.Average(q => q.X);
                var my = p.Average(q => q.Y);
                var x0 = p.Min(q => q.X);
                var x1 = p.Max(q => q.X);
                var fit = plot.Add.Line(x0, my + (alpha * (x0 - mx)), x1, my + (alpha * (x1 - mx)));
                fit.LineColor = color;
                fit.LineWidth = 2;
            }

            var dots = plot.Add.Markers(p.Select(q => q.X).ToArray(), p.Select(q => q.Y).ToArray(), MarkerShape.OpenCircle, 8, color);
            dots.MarkerLineWidth = 1.5f;
            dots.LegendText = string.Create(inv,
                $"{r.Name} = {(double.IsFinite(alpha) ? alpha.ToString("0.00", inv) : "n/a")} (n = {Math.Pow(10, p.Min(q => q.X)):0}–{Math.Pow(10, p.Max(q => q.X)):0} beats)");
        }

        var (xMin, xMax) = (all.Min(q => q.X), all.Max(q => q.X));
        var (yMin, yMax) = (all.Min(q => q.Y), all.Max(q => q.Y));
        var xPad = Math.Max(0.03, (xMax - xMin) * 0.05);
        var yPad = Math.Max(0.03, (yMax - yMin) * 0.08);
        plot.Axes.SetLimits(xMin - xPad, xMax + xPad, yMin - yPad, yMax + yPad);
        plot.Axes.Bottom.TickGenerator = LogTicks(xMin - xPad, xMax + xPad, BoxSizeTicks);
        plot.Axes.Left.TickGenerator = LogTicks(yMin - yPad, yMax + yPad, FluctuationTicks);
        ChartStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    /// <summary>
    /// Ticks of a log10 axis over [lo, hi] (log10 units) at readable values: the first candidate sequence that puts at
    /// least three ticks in range (the last one otherwise), labelled as plain numbers, with minor ticks at 1–9 × 10^k.
    /// The ticks are fixed when the chart is built; after changing the axis limits, set a new tick generator.
    /// </summary>
    private static NumericManual LogTicks(double lo, double hi, IEnumerable<double>[] candidates)
    {
        var inv = CultureInfo.InvariantCulture;
        bool InRange(double v) => Math.Log10(v) >= lo && Math.Log10(v) <= hi;
        var major = new List<double>();
        foreach (var sequence in candidates)
        {
            major = sequence.Where(InRange).Distinct().Order().ToList();
            if (major.Count >= 3) break;
        }

        var ticks = new NumericManual();
        foreach (var v in major) ticks.AddMajor(Math.Log10(v), v.ToString("0.###", inv));
        foreach (var v in Decades(1, 2, 3, 4, 5, 6, 7, 8, 9).Where(InRange))
        {
            if (!major.Any(t => Math.Abs(t - v) <= 1e-9 * v)) ticks.AddMinor(Math.Log10(v));
        }

        return ticks;
    }

    /// <summary>Box sizes: powers of two (4, 8, 16, 32, 64 beats), then 1-2-3-5 and 1–9 per decade.</summary>
    private static IEnumerable<double>[] BoxSizeTicks => [Enumerable.Range(-10, 51).Select(j => Math.Pow(2, j)), Decades(1, 2, 3, 5), Decades(1, 2, 3, 4, 5, 6, 7, 8, 9)];

    /// <summary>F(n): 1-2-5 per decade (20, 50, 100, 200 ms), then 1-2-3-5 and 1–9.</summary>
    private static IEnumerable<double>[] FluctuationTicks => [Decades(1, 2, 5), Decades(1, 2, 3, 5), Decades(1, 2, 3, 4, 5, 6, 7, 8, 9)];

    private static IEnumerable<double> Decades(params double[] steps) =>
        Enumerable.Range(-6, 16).SelectMany(k => steps.Select(m => m * Math.Pow(10, k)));

    private static Color Color(int k) => k switch
    {
        0 => ChartStyle.Blue,
        1 => ChartStyle.Vermillion,
        _ => ChartStyle.Fills[k % ChartStyle.Fills.Length],
    };
}
