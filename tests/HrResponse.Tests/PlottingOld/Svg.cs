using System.Globalization;
using System.Xml.Linq;

namespace HrResponse.Tests.Plotting;

/// <summary>Parses chart SVG and finds elements by SVG name and class.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static IEnumerable<XElement> Elements(XDocument doc, string name, string? cls = null) =>
        doc.Descendants(Ns + name).Where(e => cls is null || (e.Attribute("class")?.Value.Split(' ').Contains(cls) ?? false));

    public static IReadOnlyList<string> Texts(XDocument doc, string cls) =>
        Elements(doc, "text", cls).Select(e => e.Value).ToList();

    public static int PointCount(XElement polyline) =>
        polyline.Attribute("points")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static IReadOnlyList<(double X, double Y)> Points(XElement polyline) =>
        polyline.Attribute("points")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();

    public static IReadOnlyList<string> LegendLabels(XDocument doc) => Texts(doc, "legend-label");

    public static double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
