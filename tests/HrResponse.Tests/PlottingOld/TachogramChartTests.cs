using HrResponse.Plotting;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class TachogramChartTests
{
    [Test]
    public void Render_Intervals_OnePointPerIntervalBrokenAtGap()
    {
        var rr = RrIntervals.FromMilliseconds([800, 810, 790, 805, 795, 800]).WithGapsBefore([3]);
        var doc = Svg.Parse(TachogramChart.Render(rr));
        var counts = Svg.Elements(doc, "polyline", "series").Select(Svg.PointCount).ToList();
        Assert.That(counts, Is.EqualTo(new[] { 3, 3 }));
        Assert.That(Svg.Texts(doc, "axis-title"), Is.EquivalentTo(new[] { "Time (s)", "RR interval (ms)" }));
    }

    [Test]
    public void Render_BeatRows_CorrectionsMarkedAndCountedInLegend()
    {
        BeatRecord[] beats =
        [
            new(0.8, 800, BeatAction.Kept, 0, false),
            new(1.6, 800, BeatAction.Interpolated, 1, false),
            new(1.9, 300, BeatAction.Removed, 2, false),
            new(2.4, 800, BeatAction.Kept, 3, false),
            new(3.2, 800, BeatAction.Inserted, 4, false),
            new(4.0, 800, BeatAction.Kept, 4, false),
            new(9.0, 5000, BeatAction.Gap, 5, false),
            new(9.8, 800, BeatAction.Kept, 6, true),
            new(10.6, 790, BeatAction.Kept, 7, false),
        ];
        var doc = Svg.Parse(TachogramChart.Render(beats));
        Assert.That(Svg.Elements(doc, "circle", "interpolated").Count(), Is.EqualTo(1));
        Assert.That(Svg.Elements(doc, "polygon", "inserted").Count(), Is.EqualTo(1));
        Assert.That(Svg.Elements(doc, "path", "removed").Count(), Is.EqualTo(1));
        Assert.That(Svg.Elements(doc, "path", "gap").Count(), Is.EqualTo(1));
        var counts = Svg.Elements(doc, "polyline", "series").Select(Svg.PointCount).ToList();
        Assert.That(counts, Is.EqualTo(new[] { 5, 2 }), "cleaned rows only, new line after the gap");
        Assert.That(Svg.LegendLabels(doc), Is.EqualTo(new[]
        {
            "RR interval (ms)", "Interpolated (1)", "Inserted (1)", "Removed (1)", "Excluded, gap (1)",
        }));
    }

    [Test]
    public void Render_FarOffScaleMarker_HeldInsidePlot()
    {
        BeatRecord[] beats =
        [
            new(0.8, 800, BeatAction.Kept, 0, false),
            new(1.6, 810, BeatAction.Kept, 1, false),
            new(30, 28000, BeatAction.Gap, 2, false),
            new(30.8, 800, BeatAction.Kept, 3, true),
        ];
        var doc = Svg.Parse(TachogramChart.Render(beats));
        var frame = Svg.Elements(doc, "rect", "frame").Single();
        var top = Svg.Attr(frame, "y");
        var d = Svg.Elements(doc, "path", "gap").Single().Attribute("d")!.Value;
        var y = double.Parse(d.Split('L')[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(y, Is.GreaterThanOrEqualTo(top - 5));
    }

    [Test]
    public void Render_Empty_SaysNoData()
    {
        var doc = Svg.Parse(TachogramChart.Render(RrIntervals.Empty));
        Assert.That(Svg.Texts(doc, "no-data"), Is.EqualTo(new[] { "no data" }));
        var nan = Svg.Parse(TachogramChart.Render([new BeatRecord(double.NaN, 800, BeatAction.Kept, 0, false)]));
        Assert.That(Svg.Texts(nan, "no-data"), Is.EqualTo(new[] { "no data" }));
    }

    [Test]
    public void Render_CleanedResult_SameAsItsBeatRows()
    {
        var rr = RrIntervals.FromMilliseconds([800, 810, 400, 400, 805, 795, 800, 790, 810, 800, 805, 795, 800]);
        var cleaned = ArtifactCorrection.Clean(rr);
        Assert.That(TachogramChart.Render(cleaned), Is.EqualTo(TachogramChart.Render(cleaned.Beats)));
    }
}
