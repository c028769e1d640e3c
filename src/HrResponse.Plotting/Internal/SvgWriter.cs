using System.Globalization;
using System.Text;

namespace HrResponse.Plotting.Internal;

/// <summary>
/// Writes SVG 1.1 text: XML-escaped strings, invariant-culture numbers with at most two decimals, and only finite
/// coordinates (a non-finite coordinate is a bug in the caller and throws).
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _sb = new();
    private int _depth;

    public SvgWriter(double width, double height, double fontSize, string description)
    {
        FontSize = fontSize;
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(Num(width))
            .Append("\" height=\"").Append(Num(height)).Append("\" viewBox=\"0 0 ").Append(Num(width)).Append(' ')
            .Append(Num(height)).Append("\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"")
            .Append(Num(fontSize)).Append("\">\n");
        _sb.Append("<title>").Append(Escape(description)).Append("</title>\n");
        Rect(0, 0, width, height, "#ffffff", cls: "background");
    }

    public double FontSize { get; }

    /// <summary>A number for an attribute: invariant culture, at most two decimals.</summary>
    public static string Num(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "SVG coordinates must be finite.");
        var text = Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>Escapes text for XML content or a double-quoted attribute and drops characters XML 1.0 forbids.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    public void OpenGroup(string? cls = null, string? clipId = null, string? dataName = null)
    {
        Indent();
        _sb.Append("<g");
        if (cls is not null) Attr("class", cls);
        if (dataName is not null) Attr("data-name", dataName);
        if (clipId is not null) _sb.Append(" clip-path=\"url(#").Append(Escape(clipId)).Append(")\"");
        _sb.Append(">\n");
        _depth++;
    }

    public void CloseGroup()
    {
        _depth--;
        Indent();
        _sb.Append("</g>\n");
    }

    public void ClipRect(string id, double x, double y, double width, double height)
    {
        Indent();
        _sb.Append("<defs><clipPath id=\"").Append(Escape(id)).Append("\"><rect x=\"").Append(Num(x)).Append("\" y=\"")
            .Append(Num(y)).Append("\" width=\"").Append(Num(Math.Max(0, width))).Append("\" height=\"")
            .Append(Num(Math.Max(0, height))).Append("\"/></clipPath></defs>\n");
    }

    public void Rect(double x, double y, double width, double height, string fill, double opacity = 1,
        string? stroke = null, string? cls = null)
    {
        Indent();
        _sb.Append("<rect");
        if (cls is not null) Attr("class", cls);
        Attr("x", x); Attr("y", y); Attr("width", Math.Max(0, width)); Attr("height", Math.Max(0, height));
        Attr("fill", fill);
        if (opacity < 1) Attr("fill-opacity", opacity);
        if (stroke is not null) Attr("stroke", stroke);
        _sb.Append("/>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1,
        string? dash = null, string? cls = null)
    {
        Indent();
        _sb.Append("<line");
        if (cls is not null) Attr("class", cls);
        Attr("x1", x1); Attr("y1", y1); Attr("x2", x2); Attr("y2", y2);
        Attr("stroke", stroke); Attr("stroke-width", width);
        if (dash is not null) Attr("stroke-dasharray", dash);
        _sb.Append("/>\n");
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width = 1.5,
        string? dash = null, string? cls = null, string? dataName = null)
    {
        Indent();
        _sb.Append("<polyline");
        if (cls is not null) Attr("class", cls);
        if (dataName is not null) Attr("data-name", dataName);
        _sb.Append(" points=\"");
        AppendPoints(points);
        _sb.Append('"');
        Attr("fill", "none"); Attr("stroke", stroke); Attr("stroke-width", width);
        _sb.Append(" stroke-linejoin=\"round\"");
        if (dash is not null) Attr("stroke-dasharray", dash);
        _sb.Append("/>\n");
    }

    public void Polygon(IReadOnlyList<(double X, double Y)> points, string fill, double opacity, string? cls = null,
        string? dataName = null)
    {
        Indent();
        _sb.Append("<polygon");
        if (cls is not null) Attr("class", cls);
        if (dataName is not null) Attr("data-name", dataName);
        _sb.Append(" points=\"");
        AppendPoints(points);
        _sb.Append('"');
        Attr("fill", fill);
        Attr("fill-opacity", opacity);
        Attr("stroke", "none");
        _sb.Append("/>\n");
    }

    public void Circle(double cx, double cy, double r, string fill, string? stroke = null, double opacity = 1,
        string? cls = null)
    {
        Indent();
        _sb.Append("<circle");
        if (cls is not null) Attr("class", cls);
        Attr("cx", cx); Attr("cy", cy); Attr("r", r); Attr("fill", fill);
        if (opacity < 1) Attr("fill-opacity", opacity);
        if (stroke is not null) Attr("stroke", stroke);
        _sb.Append("/>\n");
    }

    /// <summary>
    /// Many round dots of radius <paramref name="r"/> in one compact path (a zero-length, round-capped segment per
    /// point), for scatter plots too large for one element per point. <c>data-count</c> holds the number of dots.
    /// </summary>
    public void Dots(IReadOnlyList<(double X, double Y)> points, double r, string color, double opacity, string cls)
    {
        Indent();
        _sb.Append("<path");
        Attr("class", cls);
        Attr("data-count", points.Count);
        _sb.Append(" d=\"");
        foreach (var (x, y) in points) _sb.Append('M').Append(Num(x)).Append(' ').Append(Num(y)).Append("h0");
        _sb.Append('"');
        Attr("fill", "none"); Attr("stroke", color); Attr("stroke-width", 2 * r);
        _sb.Append(" stroke-linecap=\"round\"");
        if (opacity < 1) Attr("stroke-opacity", opacity);
        _sb.Append("/>\n");
    }

    /// <summary>A marker path: a cross (×) of half-size <paramref name="r"/> centred on (x, y).</summary>
    public void Cross(double x, double y, double r, string stroke, string? cls = null)
    {
        Indent();
        _sb.Append("<path");
        if (cls is not null) Attr("class", cls);
        _sb.Append(" d=\"M").Append(Num(x - r)).Append(' ').Append(Num(y - r)).Append('L').Append(Num(x + r)).Append(' ')
            .Append(Num(y + r)).Append('M').Append(Num(x - r)).Append(' ').Append(Num(y + r)).Append('L').Append(Num(x + r))
            .Append(' ').Append(Num(y - r)).Append('"');
        Attr("stroke", stroke); Attr("stroke-width", 2); Attr("fill", "none");
        _sb.Append("/>\n");
    }

    /// <summary>An upward triangle marker of half-size <paramref name="r"/> centred on (x, y).</summary>
    public void Triangle(double x, double y, double r, string fill, string? cls = null)
    {
        Polygon([(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)], fill, 1, cls);
    }

    public void Ellipse(double cx, double cy, double rx, double ry, double rotationDegrees, string stroke,
        double width = 2, string? cls = null)
    {
        Indent();
        _sb.Append("<ellipse");
        if (cls is not null) Attr("class", cls);
        Attr("cx", cx); Attr("cy", cy); Attr("rx", rx); Attr("ry", ry);
        _sb.Append(" transform=\"rotate(").Append(Num(rotationDegrees)).Append(' ').Append(Num(cx)).Append(' ')
            .Append(Num(cy)).Append(")\"");
        Attr("fill", "none"); Attr("stroke", stroke); Attr("stroke-width", width);
        _sb.Append("/>\n");
    }

    public void Text(double x, double y, string text, string anchor = "start", double? size = null,
        bool bold = false, double rotation = 0, string fill = "#222222", string? cls = null, string? baseline = null,
        bool halo = false)
    {
        Indent();
        _sb.Append("<text");
        if (cls is not null) Attr("class", cls);
        Attr("x", x); Attr("y", y);
        if (anchor != "start") Attr("text-anchor", anchor);
        if (baseline is not null) Attr("dominant-baseline", baseline);
        if (size is { } s) Attr("font-size", s);
        if (bold) Attr("font-weight", "bold");
        Attr("fill", fill);
        if (halo) _sb.Append(" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        if (rotation != 0)
            _sb.Append(" transform=\"rotate(").Append(Num(rotation)).Append(' ').Append(Num(x)).Append(' ').Append(Num(y))
                .Append(")\"");
        _sb.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    public string Finish()
    {
        while (_depth > 0) CloseGroup();
        _sb.Append("</svg>\n");
        return _sb.ToString();
    }

    private void AppendPoints(IReadOnlyList<(double X, double Y)> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0) _sb.Append(' ');
            _sb.Append(Num(points[i].X)).Append(',').Append(Num(points[i].Y));
        }
    }

    private void Attr(string name, string value) =>
        _sb.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');

    private void Attr(string name, double value) =>
        _sb.Append(' ').Append(name).Append("=\"").Append(Num(value)).Append('"');

    private void Indent() => _sb.Append(' ', _depth * 2);
}
