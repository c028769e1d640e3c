using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class DfaChartTests
{
    private static DfaScalingRange Range(string name, int from, int to, double alpha, double c)
    {
        var n = Enumerable.Range(from, to - from + 1).ToArray();
        return new DfaScalingRange(name, n, n.Select(k => c * Math.Pow(k, alpha)).ToArray(), alpha);
    }

    [Test]
    public void Render_TwoRanges_PointsFitLinesLogAxesAndLegend()
    {
        var doc = Svg.Parse(DfaChart.Render([Range("α1", 4, 16, 1.2, 2), Range("α2", 17, 64, 0.8, 2 * Math.Pow(16, 0.4))]));
        Assert.That(Svg.Elements(doc, "circle", "point").Count(), Is.EqualTo(13 + 48));
        Assert.That(Svg.Elements(doc, "line", "fit").Count(), Is.EqualTo(2));
        Assert.That(Svg.LegendLabels(doc), Is.EqualTo(new[] { "α1 = 1.20 (n = 4–16 beats)", "α2 = 0.80 (n = 17–64 beats)" }));
        Assert.That(Svg.Texts(doc, "axis-title"), Is.EquivalentTo(new[] { "Box size n (beats)", "F(n) (ms)" }));
        Assert.That(Svg.Texts(doc, "tick-label"), Does.Contain("10").And.Contain("100"));
    }

    [Test]
    public void Render_ExactPowerLaw_FitLinePassesThroughPoints()
    {
        var doc = Svg.Parse(DfaChart.Render([Range("α1", 4, 16, 1.0, 3)]));
        var pts = Svg.Elements(doc, "circle", "point").ToList();
        var fit = Svg.Elements(doc, "line", "fit").Single();
        Assert.That(Svg.Attr(fit, "x1"), Is.EqualTo(Svg.Attr(pts[0], "cx")).Within(0.02));
        Assert.That(Svg.Attr(fit, "y1"), Is.EqualTo(Svg.Attr(pts[0], "cy")).Within(0.05));
        Assert.That(Svg.Attr(fit, "y2"), Is.EqualTo(Svg.Attr(pts[^1], "cy")).Within(0.05));
    }

    [Test]
    public void Render_NaNAndNonPositive_Skipped_EmptySaysNoData()
    {
        var r = new DfaScalingRange("α1", [4, 5, 6], [double.NaN, 0, 10], double.NaN);
        var doc = Svg.Parse(DfaChart.Render([r]));
        Assert.That(Svg.Elements(doc, "circle", "point").Count(), Is.EqualTo(1));
        Assert.That(Svg.Elements(doc, "line", "fit"), Is.Empty);
        Assert.That(Svg.Texts(Svg.Parse(DfaChart.Render([])), "no-data"), Is.EqualTo(new[] { "no data" }));
    }

    [Test]
    public void Render_MismatchedRange_Throws()
    {
        Assert.That(() => DfaChart.Render([new DfaScalingRange("α1", [4, 5], [1.0], 1)]),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("ranges"));
    }
}

public class DfaChartRecordTests
{
    [Test]
    public void Render_DfaResult_OnePointPerFiniteBoxSizeOfBothRanges()
    {
        var rng = new Random(7);
        var rr = Enumerable.Range(0, 600).Select(_ => 800 + (rng.NextDouble() * 100)).ToArray();
        var dfa = HrResponse.Hrv.NonlinearAnalysis.Dfa(rr);
        var doc = Svg.Parse(DfaChart.Render(dfa));
        var expected = dfa.Alpha1.FluctuationsMs.Count(double.IsFinite) + dfa.Alpha2.FluctuationsMs.Count(double.IsFinite);
        Assert.That(Svg.Elements(doc, "circle", "point").Count(), Is.EqualTo(expected));
        Assert.That(Svg.LegendLabels(doc)[0], Does.StartWith("α1 = " + dfa.Alpha1.Alpha.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
