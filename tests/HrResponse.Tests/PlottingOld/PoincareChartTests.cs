using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class PoincareChartTests
{
    [Test]
    public void Render_Intervals_OneCirclePerPairSkippingGapsAndSquarePlot()
    {
        var rr = RrIntervals.FromMilliseconds([800, 820, 790, 810, 805, 830, 800]).WithGapsBefore([4]);
        var doc = Svg.Parse(PoincareChart.Render(rr));
        Assert.That(Svg.Elements(doc, "circle", "point").Count(), Is.EqualTo(5), "6 pairs, one across the gap left out");
        var frame = Svg.Elements(doc, "rect", "frame").Single();
        Assert.That(Svg.Attr(frame, "width"), Is.EqualTo(Svg.Attr(frame, "height")).Within(0.02));
        Assert.That(Svg.Texts(doc, "axis-title"), Is.EquivalentTo(new[] { "RR(n) (ms)", "RR(n+1) (ms)" }));
    }

    [Test]
    public void Render_Intervals_Sd1Sd2HandComputed()
    {
        // Pairs (800,820), (820,790), (790,810): d = x − y = −20, 30, −20 → SD(d)/√2; s = x + y = 1620, 1610, 1600.
        var rr = RrIntervals.FromMilliseconds([800, 820, 790, 810]);
        var doc = Svg.Parse(PoincareChart.Render(rr));
        double Sd(double[] v) => Math.Sqrt(v.Select(x => Math.Pow(x - v.Average(), 2)).Sum() / (v.Length - 1));
        var sd1 = Sd([-20, 30, -20]) / Math.Sqrt(2);
        var sd2 = Sd([1620, 1610, 1600]) / Math.Sqrt(2);
        var legend = Svg.LegendLabels(doc);
        Assert.That(legend, Does.Contain($"SD1 = {sd1.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} ms"));
        Assert.That(legend, Does.Contain($"SD2 = {sd2.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} ms"));
    }

    [Test]
    public void Render_Ellipse_CentredOnMeanAndRotatedAlongIdentity()
    {
        double[] x = [700, 800, 900];
        double[] y = [720, 810, 880];
        var doc = Svg.Parse(PoincareChart.Render(x, y, 10, 100));
        var e = Svg.Elements(doc, "ellipse", "sd-ellipse").Single();
        Assert.That(e.Attribute("transform")!.Value, Does.StartWith("rotate(-45 "));
        Assert.That(Svg.Attr(e, "rx") / Svg.Attr(e, "ry"), Is.EqualTo(10).Within(0.01));
        // The centre is the mean point (800, 803.33): compare with the pixel position of the middle data point (800, 810).
        var mid = Svg.Elements(doc, "circle", "point").ElementAt(1);
        Assert.That(Svg.Attr(e, "cx"), Is.EqualTo(Svg.Attr(mid, "cx")).Within(0.02));
        Assert.That(Svg.Attr(e, "cy"), Is.GreaterThan(Svg.Attr(mid, "cy")));
    }

    [Test]
    public void Render_NoPairsOrNaN_SaysNoDataWithoutEllipse()
    {
        foreach (var svg in new[] { PoincareChart.Render(RrIntervals.FromMilliseconds([800])), PoincareChart.Render([double.NaN], [800], 5, 10) })
        {
            var doc = Svg.Parse(svg);
            Assert.That(Svg.Texts(doc, "no-data"), Is.EqualTo(new[] { "no data" }));
            Assert.That(Svg.Elements(doc, "ellipse"), Is.Empty);
        }
    }

    [Test]
    public void Render_NaNDescriptors_PointsWithoutEllipse()
    {
        var doc = Svg.Parse(PoincareChart.Render([800, 810], [810, 800], double.NaN, double.NaN));
        Assert.That(Svg.Elements(doc, "circle", "point").Count(), Is.EqualTo(2));
        Assert.That(Svg.Elements(doc, "ellipse"), Is.Empty);
    }
}

public class PoincareChartRecordTests
{
    [Test]
    public void Render_PoincareResult_OnePointPerPairAndItsDescriptors()
    {
        double[] rr = [800, 820, 790, 810, 805, 830, 800, 815];
        var result = HrResponse.Hrv.NonlinearAnalysis.Poincare(rr);
        var doc = Svg.Parse(PoincareChart.Render(result));
        Assert.That(Svg.Elements(doc, "circle", "point").Count(), Is.EqualTo(result.PairCount));
        Assert.That(Svg.LegendLabels(doc), Does.Contain("SD1 = " + result.Sd1Ms.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms"));
    }
}

public class PoincareChartLargeTests
{
    [Test]
    public void Render_ManyPairs_OneCompactPathWithOneDotPerPair()
    {
        var rng = new Random(5);
        var n = PoincareChart.MaxCircles + 1001;
        var x = Enumerable.Range(0, n).Select(_ => 700 + (rng.NextDouble() * 200)).ToArray();
        var y = x.Select(v => v + (rng.NextDouble() * 40) - 20).ToArray();
        var doc = Svg.Parse(PoincareChart.Render(x, y, 14, 60));
        Assert.That(Svg.Elements(doc, "circle", "point"), Is.Empty);
        var path = Svg.Elements(doc, "path", "points").Single();
        Assert.That(path.Attribute("data-count")!.Value, Is.EqualTo(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(path.Attribute("d")!.Value.Count(c => c == 'M'), Is.EqualTo(n));
    }
}
