using System.Runtime.CompilerServices;
using ScottPlot;
using SkiaSharp;

namespace HrResponse.Plotting.Internal;

/// <summary>
/// The house style of every chart: Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), a
/// sans-serif font, light grid, sizes from <see cref="ChartOptions"/>; and the helpers the charts share.
/// </summary>
internal static class ChartStyle
{
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color Green = Color.FromHex("#009E73");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color Sky = Color.FromHex("#56B4E9");
    public static readonly Color Purple = Color.FromHex("#CC79A7");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Black = Color.FromHex("#222222");
    public static readonly Color Muted = Color.FromHex("#777777");

    /// <summary>Fill colours for shaded bands and phases, in order.</summary>
    public static readonly Color[] Fills = [Sky, Orange, Green, Purple, Yellow, Vermillion, Blue];

    private static readonly ConditionalWeakTable<Plot, string> NoDataReasons = [];
    private static readonly Lazy<string> FontName = new(ChooseFont);

    /// <summary>A styled empty plot with title and axis labels.</summary>
    public static Plot New(ChartOptions? options, string defaultTitle, string xLabel, string yLabel)
    {
        var o = options ?? ChartOptions.Default;
        var size = (float)o.FontSizePx;
        var plot = new Plot();
        plot.Font.Set(FontName.Value);
        var title = o.Title ?? defaultTitle;
        if (title.Length > 0) plot.Title(title, size * 4 / 3);
        plot.XLabel(xLabel, size * 7 / 6);
        plot.YLabel(yLabel, size * 7 / 6);
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.TickLabelStyle.FontSize = size;
        plot.Axes.Left.TickLabelStyle.FontSize = size;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.Legend.FontSize = size;
        plot.Legend.FontName = FontName.Value;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Colors.Black.WithAlpha(0.25);
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
        return plot;
    }

    /// <summary>Shows the legend inside the data area (when any plottable has legend text).</summary>
    public static void Legend(Plot plot, Alignment where = Alignment.UpperRight) => plot.ShowLegend(where);

    /// <summary>Shows the legend outside the data area, on the right (for charts whose data fill the whole area).</summary>
    public static void LegendOutside(Plot plot)
    {
        plot.ShowLegend(Edge.Right);
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.Transparent;
    }

    /// <summary>
    /// Gives stacked panels the same margins (px at 96 DPI: 80 left for the axis, 250 right for the legend), so their
    /// data areas line up.
    /// </summary>
    public static void AlignPanels(IReadOnlyList<Plot> panels)
    {
        foreach (var p in panels) p.Layout.Fixed(new PixelPadding(80, 250, 50, 35));
    }

    /// <summary>Marks a plot as holding no data: a centred message and the given axis limits.</summary>
    public static Plot NoData(Plot plot, string reason, double xMin, double xMax, double yMin, double yMax)
    {
        var a = plot.Add.Annotation("No data: " + reason, Alignment.MiddleCenter);
        a.LabelStyle.FontSize = plot.Axes.Bottom.TickLabelStyle.FontSize * 7 / 6;
        a.LabelStyle.FontName = FontName.Value;
        a.LabelStyle.BackgroundColor = Colors.White;
        a.LabelStyle.BorderColor = Muted;
        a.LabelStyle.ForeColor = Black;
        a.LabelStyle.ShadowColor = Colors.Transparent;
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);
        NoDataReasons.AddOrUpdate(plot, reason);
        return plot;
    }

    /// <summary>Why a chart built here shows no data; <c>null</c> when it shows data (or was not built here).</summary>
    public static string? NoDataReason(Plot plot) => NoDataReasons.TryGetValue(plot, out var r) ? r : null;

    /// <summary>Time axis unit: seconds, or minutes for spans longer than 15 min.</summary>
    public static (double Divisor, string Label) TimeUnit(double spanSeconds) =>
        spanSeconds > 900 ? (60, "Time (min)") : (1, "Time (s)");

    /// <summary>The time unit of a divisor: 60 is minutes, anything else seconds.</summary>
    public static (double Divisor, string Label) TimeUnitOf(double divisor) =>
        divisor == 60 ? (60, "Time (min)") : (1, "Time (s)");

    /// <summary>Minimum and maximum of the finite values; NaN when there is none.</summary>
    public static (double Min, double Max) Range(ReadOnlySpan<double> values)
    {
        double min = double.NaN, max = double.NaN;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            if (!(v >= min)) min = v;
            if (!(v <= max)) max = v;
        }

        return (min, max);
    }

    /// <summary>
    /// Adds a line through the finite (x, y) points, broken where a point is not finite or where
    /// <paramref name="breakBefore"/> says so. Runs with increasing x are SignalXY plots (fast for long series, drawn
    /// per pixel column); other runs are scatter lines. The legend text goes on the first run only.
    /// </summary>
    public static List<IPlottable> Line(
        Plot plot, ReadOnlySpan<double> x, ReadOnlySpan<double> y, Color color, float width, string legend,
        LinePattern? pattern = null, Func<int, bool>? breakBefore = null, double xScale = 1)
    {
        var added = new List<IPlottable>();
        var xs = new List<double>();
        var ys = new List<double>();
        void Flush()
        {
            if (xs.Count == 0) return;
            var ascending = true;
            for (var k = 1; k < xs.Count && ascending; k++) ascending = xs[k] >= xs[k - 1];
            var text = added.Count == 0 ? legend : "";
            if (xs.Count == 1)
            {
                var m = plot.Add.Marker(xs[0], ys[0], MarkerShape.FilledCircle, width * 3, color);
                m.LegendText = text;
                added.Add(m);
            }
            else if (ascending)
            {
                var s = plot.Add.SignalXY(xs.ToArray(), ys.ToArray(), color);
                s.LineWidth = width;
                s.LinePattern = pattern ?? LinePattern.Solid;
                s.LegendText = text;
                added.Add(s);
            }
            else
            {
                var s = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
                s.LineWidth = width;
                s.LinePattern = pattern ?? LinePattern.Solid;
                s.LegendText = text;
                added.Add(s);
            }

            xs.Clear();
            ys.Clear();
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                Flush();
                continue;
            }

            if (breakBefore is not null && breakBefore(i)) Flush();
            xs.Add(x[i] / xScale);
            ys.Add(y[i]);
        }

        Flush();
        return added;
    }

    /// <summary>Adds markers at the given points (nothing when there is none).</summary>
    public static void Markers(Plot plot, List<double> x, List<double> y, MarkerShape shape, float size, Color color, string legend)
    {
        if (x.Count == 0) return;
        var m = plot.Add.Markers(x.ToArray(), y.ToArray(), shape, size, color);
        m.LegendText = legend;
    }

    private static string ChooseFont()
    {
        // A sans-serif face that is on the machine; ScottPlot's own default is used when none of these is.
        foreach (var name in new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans", "Lato" })
        {
            using var face = SKFontManager.Default.MatchFamily(name);
            if (face is not null && face.FamilyName.Equals(name, StringComparison.OrdinalIgnoreCase)) return name;
        }

        return Fonts.Sans;
    }
}
