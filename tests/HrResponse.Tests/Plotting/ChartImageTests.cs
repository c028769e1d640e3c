using System.Buffers.Binary;
using System.Xml.Linq;
using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class ChartImageTests
{
    [TestCase(99, null, 300.0)]
    [TestCase(20001, null, 300.0)]
    [TestCase(800, 99, 300.0)]
    [TestCase(800, 400, 47.0)]
    [TestCase(800, 400, double.NaN)]
    public void ChartImageOptions_OutOfRange_ThrowsNamingTheProperty(int width, int? height, double dpi)
    {
        Assert.That(() => new ChartImageOptions { WidthPx = width, HeightPx = height, Dpi = dpi },
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contain("Must be in"));
    }

    [Test]
    public void ChartImageOptions_Default_SevenInchFigureAt300Dpi()
    {
        var o = ChartImageOptions.Default;
        Assert.That((o.WidthPx, o.Dpi, o.HeightPx), Is.EqualTo((2100, 300.0, (int?)null)));
        Assert.That(o.WidthPx / o.Dpi, Is.EqualTo(7.0), "inches wide");
        Assert.That(o.HeightFor(1), Is.EqualTo(1260));
        Assert.That(o.HeightFor(3), Is.EqualTo(2142));
        Assert.That((o with { HeightPx = 500 }).HeightFor(3), Is.EqualTo(500));
    }

    [TestCase(300.0)]
    [TestCase(96.0)]
    public void ToPng_Dpi_RecordedInPhysChunkAndScaleRestored(double dpi)
    {
        var plot = HeartRateChart.Create([0, 1, 2], [60, 70, 65]);
        var before = plot.ScaleFactor;
        var png = ChartImage.ToPng(plot, new ChartImageOptions { WidthPx = 500, HeightPx = 300, Dpi = dpi });
        Assert.That(plot.ScaleFactor, Is.EqualTo(before), "the plot's own scale is put back");
        var at = png.AsSpan().IndexOf("pHYs"u8);
        Assert.That(at, Is.GreaterThan(0));
        var ppm = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 4));
        Assert.That(ppm * 0.0254, Is.EqualTo(dpi).Within(0.02));
        ChartAssert.PngIsChart(png, 500, 300, "png");
    }

    [Test]
    public void AnalysisChart_ToSvg_IdsPrefixedWithNameSoChartsCanShareAPage()
    {
        var chart = new AnalysisChart("heart-rate", "c", [HeartRateChart.Create([0, 1, 2], [60, 70, 65])]);
        var doc = XDocument.Parse(chart.ToSvg(new ChartImageOptions { WidthPx = 400, HeightPx = 300, Dpi = 96 }));
        var ids = doc.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        Assert.That(ids, Is.Not.Empty.And.All.StartWith("heart-rate-"));
        var refs = doc.Descendants().Select(e => e.Attribute("clip-path")?.Value).OfType<string>().ToList();
        Assert.That(refs, Is.Not.Empty.And.All.StartWith("url(#heart-rate-"));
    }

    [TestCase(96.0)]
    [TestCase(300.0)]
    public void ToSvg_EveryRectKeepsItsSizeAndNoneIsAnUnfilledBlackBox(double dpi)
    {
        var svg = ChartImage.ToSvg(HeartRateChart.Create([0, 1, 2], [60, 70, 65]), new ChartImageOptions { WidthPx = 400, HeightPx = 300, Dpi = dpi });
        var rects = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "rect").ToList();
        Assert.That(rects, Is.Not.Empty);
        foreach (var rect in rects)
        {
            Assert.That(rect.Attribute("width"), Is.Not.Null, rect.ToString());
            Assert.That(rect.Attribute("height"), Is.Not.Null, rect.ToString());
            // An SVG rect without a fill is painted black: the background clears must say fill="none".
            if (rect.Parent?.Name.LocalName != "clipPath") Assert.That(rect.Attribute("fill"), Is.Not.Null, rect.ToString());
        }
    }

    [Test]
    public void ToSvg_SameChartTwice_SameText()
    {
        // Skia's clip-path ids come from a process-wide counter; the output must not depend on it.
        AnalysisChart Make() => new("hr", "c", [HeartRateChart.Create([0, 1, 2], [60, 70, 65])]);
        var first = Make().ToSvg(new ChartImageOptions { WidthPx = 400, HeightPx = 300, Dpi = 96 });
        var second = Make().ToSvg(new ChartImageOptions { WidthPx = 400, HeightPx = 300, Dpi = 96 });
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain("id=\"hr-c1\""));
    }

    [Test]
    public void AnalysisChart_Save_WritesTheFormatAsked()
    {
        var chart = new AnalysisChart("hr", "c", [HeartRateChart.Create([0, 1, 2], [60, 70, 65])]);
        var dir = Path.Combine(Path.GetTempPath(), $"hrresponse-chart-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var small = new ChartImageOptions { WidthPx = 300, HeightPx = 200, Dpi = 96 };
            chart.Save(Path.Combine(dir, "a.png"), ChartImageFormat.Png, small);
            chart.Save(Path.Combine(dir, "a.svg"), ChartImageFormat.Svg, small);
            ChartAssert.PngIsChart(File.ReadAllBytes(Path.Combine(dir, "a.png")), 300, 200, "saved png");
            ChartAssert.SvgIsChart(File.ReadAllText(Path.Combine(dir, "a.svg")), 300, 200, "saved svg");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void AnalysisChart_Constructor_BadNameOrNoPanel_Throws()
    {
        var plot = HeartRateChart.Create([0, 1], [60, 61]);
        Assert.That(() => new AnalysisChart("a b", "", [plot]), Throws.ArgumentException.With.Message.Contain("file stem"));
        Assert.That(() => new AnalysisChart("a", "", []), Throws.ArgumentException.With.Message.Contain("at least one plot"));
    }
}
