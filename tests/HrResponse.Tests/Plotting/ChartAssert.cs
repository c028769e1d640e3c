using System.Globalization;
using System.Xml.Linq;
using HrResponse.Plotting;
using NUnit.Framework;
using ScottPlot;
using SkiaSharp;

namespace HrResponse.Tests.Plotting;

/// <summary>Reads charts back: decoded PNG and SVG files, and legend, labels and limits of ScottPlot plots.</summary>
internal static class ChartAssert
{
    /// <summary>Legend texts of a plot (non-empty ones), in the order the plottables were added.</summary>
    public static List<string> Legend(Plot plot) =>
        plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelStyle.Text).Where(t => !string.IsNullOrEmpty(t)).ToList();

    /// <summary>Texts of the Text plottables of a plot.</summary>
    public static List<string> Texts(Plot plot) =>
        plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelStyle.Text).ToList();

    /// <summary>Decodes a PNG and checks its size and that it is not blank (a good share of non-white pixels, several colours).</summary>
    public static void PngIsChart(byte[] png, int width, int height, string what)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.That(bitmap, Is.Not.Null, $"{what}: PNG decodes");
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((width, height)), $"{what}: PNG size");
        var nonWhite = 0;
        var colours = new HashSet<uint>();
        var step = Math.Max(1, bitmap.Width / 300);
        var sampled = 0;
        for (var y = 0; y < bitmap.Height; y += step)
        {
            for (var x = 0; x < bitmap.Width; x += step)
            {
                var c = bitmap.GetPixel(x, y);
                sampled++;
                if (c.Red < 235 || c.Green < 235 || c.Blue < 235) nonWhite++;
                colours.Add((uint)c);
            }
        }

        Assert.That(nonWhite, Is.GreaterThan(sampled / 200), $"{what}: PNG is not blank");
        Assert.That(colours, Has.Count.GreaterThan(8), $"{what}: PNG has drawn colours");
    }

    /// <summary>Parses an SVG and checks its size attributes and that it has text and drawn paths.</summary>
    public static XDocument SvgIsChart(string svg, int width, int height, string what)
    {
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("svg"), what);
        Assert.That(double.Parse(root.Attribute("width")!.Value, CultureInfo.InvariantCulture), Is.EqualTo(width), $"{what}: SVG width");
        Assert.That(double.Parse(root.Attribute("height")!.Value, CultureInfo.InvariantCulture), Is.EqualTo(height), $"{what}: SVG height");
        Assert.That(doc.Descendants().Count(e => e.Name.LocalName == "text"), Is.GreaterThan(5), $"{what}: SVG has text");
        Assert.That(doc.Descendants().Count(e => e.Name.LocalName == "path"), Is.GreaterThan(3), $"{what}: SVG has drawn paths");
        return doc;
    }

    /// <summary>The limits of the data of the plot's lines (SignalXY plottables).</summary>
    public static AxisLimits LineLimits(Plot plot)
    {
        var limits = AxisLimits.NoLimits;
        foreach (var s in plot.GetPlottables<ScottPlot.Plottables.SignalXY>()) limits = limits.ExpandedToInclude(s.GetAxisLimits());
        return limits;
    }
}
