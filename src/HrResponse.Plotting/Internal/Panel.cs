namespace HrResponse.Plotting.Internal;

/// <summary>A plot area of a chart with its axes; data drawn inside is clipped to it.</summary>
internal sealed class Panel
{
    public Panel(Axis x, Axis y, double left, double top, double right, double bottom, string clipId)
    {
        X = x;
        Y = y;
        Left = left;
        Top = top;
        Right = right;
        Bottom = bottom;
        ClipId = clipId;
        X.PixelStart = left;
        X.PixelEnd = right;
        Y.PixelStart = bottom;
        Y.PixelEnd = top;
    }

    public Axis X { get; }

    public Axis Y { get; }

    public double Left { get; }

    public double Top { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public string ClipId { get; }

    /// <summary>Grid lines, frame, ticks, tick labels and axis titles.</summary>
    public void DrawAxes(SvgWriter svg, bool xLabels)
    {
        var f = svg.FontSize;
        svg.OpenGroup("axes");
        foreach (var t in X.Ticks)
        {
            var px = X.Map(t);
            svg.Line(px, Top, px, Bottom, Palette.Grid, 1, cls: "grid");
        }

        foreach (var t in Y.Ticks)
        {
            var py = Y.Map(t);
            svg.Line(Left, py, Right, py, Palette.Grid, 1, cls: "grid");
        }

        svg.Rect(Left, Top, Width, Height, "none", stroke: Palette.Axis, cls: "frame");
        svg.OpenGroup("x-axis");
        foreach (var t in X.Ticks)
        {
            var px = X.Map(t);
            svg.Line(px, Bottom, px, Bottom + 5, Palette.Axis, 1, cls: "tick");
            if (xLabels) svg.Text(px, Bottom + 7 + f, X.Format(t), "middle", cls: "tick-label");
        }

        if (xLabels) svg.Text((Left + Right) / 2, Bottom + 10 + (2.2 * f), X.Title, "middle", cls: "axis-title");
        svg.CloseGroup();
        svg.OpenGroup("y-axis");
        var widest = 0;
        foreach (var t in Y.Ticks)
        {
            var py = Y.Map(t);
            var label = Y.Format(t);
            widest = Math.Max(widest, label.Length);
            svg.Line(Left - 5, py, Left, py, Palette.Axis, 1, cls: "tick");
            svg.Text(Left - 8, py + (0.35 * f), label, "end", cls: "tick-label");
        }

        var titleX = Left - 14 - (TextWidth(widest, f)) - (0.4 * f);
        svg.Text(titleX, (Top + Bottom) / 2, Y.Title, "middle", rotation: -90, cls: "axis-title");
        svg.CloseGroup();
        svg.CloseGroup();
    }

    /// <summary>"no data" in the middle of the panel.</summary>
    public void NoData(SvgWriter svg, string message = "no data")
    {
        svg.Text((Left + Right) / 2, (Top + Bottom) / 2, message, "middle", svg.FontSize * 1.3, fill: Palette.Muted, cls: "no-data");
    }

    /// <summary>Estimated rendered width of <paramref name="chars"/> characters at font size <paramref name="font"/>.</summary>
    public static double TextWidth(int chars, double font) => chars * 0.6 * font;
}
