namespace HrResponse.Plotting.Internal;

/// <summary>
/// The frame every chart shares: white background, title, a legend row (or rows) between title and plot so it never
/// hides data, and one or more vertically stacked panels sharing the x axis.
/// </summary>
internal sealed class ChartCanvas
{
    private readonly ChartOptions _options;
    private readonly string _chartClass;
    private int _panels;

    public ChartCanvas(ChartOptions? options, string defaultTitle, string chartClass, IReadOnlyList<LegendEntry> legend)
    {
        _options = options ?? ChartOptions.Default;
        _chartClass = chartClass;
        var title = _options.Title ?? defaultTitle;
        var f = _options.FontSizePx;
        Svg = new SvgWriter(_options.WidthPx, _options.HeightPx, f, title.Length > 0 ? title : defaultTitle);
        Svg.OpenGroup("chart " + chartClass);
        var y = 8.0;
        if (title.Length > 0)
        {
            y += 1.2 * f;
            Svg.Text(_options.WidthPx / 2, y, title, "middle", 1.2 * f, bold: true, cls: "chart-title");
            y += 0.5 * f;
        }

        ContentTop = DrawLegend(legend, y) + (0.6 * f);
    }

    public SvgWriter Svg { get; }

    public double FontSize => _options.FontSizePx;

    /// <summary>Top of the first panel, below title and legend.</summary>
    public double ContentTop { get; }

    /// <summary>
    /// Lays out stacked panels (equal heights unless <paramref name="weights"/> are given) with a left margin wide
    /// enough for the widest y tick label, draws their axes (x labels only under the last) and returns them.
    /// </summary>
    public IReadOnlyList<Panel> Panels(Func<Axis> xAxis, IReadOnlyList<Axis> yAxes, IReadOnlyList<double>? weights = null, bool square = false)
    {
        var f = FontSize;
        var widest = yAxes.Max(a => a.Ticks.Select(a.Format).DefaultIfEmpty("").Max(s => s.Length));
        var left = 10 + (1.4 * f) + Panel.TextWidth(widest, f) + 14;
        var right = _options.WidthPx - (1.5 * f);
        var bottom = _options.HeightPx - (3.6 * f) - 6;
        var gap = 1.0 * f;
        var total = bottom - ContentTop - (gap * (yAxes.Count - 1));
        var sum = weights?.Sum() ?? yAxes.Count;
        var panels = new List<Panel>();
        var top = ContentTop;
        for (var i = 0; i < yAxes.Count; i++)
        {
            var h = total * (weights?[i] ?? 1) / sum;
            var id = _chartClass + "-clip" + _panels++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (l, r) = (left, right);
            if (square && r - l > h)
            {
                var mid = (l + r) / 2;
                (l, r) = (mid - (h / 2), mid + (h / 2));
            }

            var panel = new Panel(xAxis(), yAxes[i], l, top, r, top + h, id);
            Svg.ClipRect(id, panel.Left, panel.Top, panel.Width, panel.Height);
            panel.DrawAxes(Svg, xLabels: i == yAxes.Count - 1);
            panels.Add(panel);
            top += h + gap;
        }

        return panels;
    }

    public string Finish() => Svg.Finish();

    private double DrawLegend(IReadOnlyList<LegendEntry> legend, double top)
    {
        if (legend.Count == 0) return top;
        var f = FontSize;
        var rowHeight = 1.5 * f;
        var maxWidth = _options.WidthPx - (3 * f);
        var rows = new List<List<(LegendEntry Entry, double Width)>> { new() };
        var rowWidth = 0.0;
        foreach (var e in legend)
        {
            var w = 26 + Panel.TextWidth(e.Label.Length, f) + 18;
            if (rowWidth + w > maxWidth && rows[^1].Count > 0)
            {
                rows.Add([]);
                rowWidth = 0;
            }

            rows[^1].Add((e, w));
            rowWidth += w;
        }

        Svg.OpenGroup("legend");
        var y = top + (0.2 * f);
        foreach (var row in rows)
        {
            var x = (_options.WidthPx - row.Sum(r => r.Width) + 18) / 2;
            var cy = y + (rowHeight / 2);
            foreach (var (e, w) in row)
            {
                Svg.OpenGroup("legend-entry", dataName: e.Label);
                switch (e.Symbol)
                {
                    case LegendSymbol.Line:
                        Svg.Line(x, cy, x + 22, cy, e.Color, 2.5, e.Dash);
                        break;
                    case LegendSymbol.Dot:
                        Svg.Circle(x + 11, cy, 4.5, e.Color, "#ffffff");
                        break;
                    case LegendSymbol.Cross:
                        Svg.Cross(x + 11, cy, 4.5, e.Color);
                        break;
                    case LegendSymbol.Triangle:
                        Svg.Triangle(x + 11, cy, 6, e.Color);
                        break;
                    default:
                        Svg.Rect(x + 2, cy - 6, 18, 12, e.Color, 0.45, e.Color);
                        break;
                }

                Svg.Text(x + 28, cy + (0.35 * f), e.Label, cls: "legend-label");
                Svg.CloseGroup();
                x += w;
            }

            y += rowHeight;
        }

        Svg.CloseGroup();
        return y;
    }
}
