using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class HeartRateChartTests
{
    private static readonly double[] Times = [0, 10, 20, 30, 40, 50, 60];
    private static readonly double[] Bpm = [70, 72, 120, 160, 150, 120, 100];

    [Test]
    public void Render_Series_OnePolylinePointPerSampleAndAxisTitlesWithUnits()
    {
        var doc = Svg.Parse(HeartRateChart.Render(Times, Bpm));
        var lines = Svg.Elements(doc, "polyline", "series").ToList();
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(Svg.PointCount(lines[0]), Is.EqualTo(Times.Length));
        Assert.That(Svg.Texts(doc, "axis-title"), Is.EquivalentTo(new[] { "Time (s)", "Heart rate (bpm)" }));
        Assert.That(Svg.Texts(doc, "chart-title"), Is.EqualTo(new[] { HeartRateChart.DefaultTitle }));
    }

    [Test]
    public void Render_HigherHeartRate_DrawnHigher()
    {
        var doc = Svg.Parse(HeartRateChart.Render(Times, Bpm));
        var pts = Svg.Points(Svg.Elements(doc, "polyline", "series").Single());
        // SVG y grows downwards: 160 bpm (index 3) is above 70 bpm (index 0); time increases to the right.
        Assert.That(pts[3].Y, Is.LessThan(pts[0].Y));
        Assert.That(pts.Select(p => p.X), Is.Ordered.Ascending);
    }

    [Test]
    public void Render_Annotations_PhasesPeakPointsFitAndLegend()
    {
        var annotations = new HeartRateAnnotations
        {
            Phases = [new("Rest", 0, 15), new("Exercise", 15, 35), new("Recovery", 35, 60)],
            Peak = new HeartRateMarker(30, 160, "peak"),
            RecoveryPoints = [new(45, 140, "10 s"), new(95, 100, "60 s"), new(50, double.NaN, "NaN point")],
            RecoveryFit = new RecoveryCurve(35, 60, 90, 70, 20),
        };
        var doc = Svg.Parse(HeartRateChart.Render(Times, Bpm, annotations));
        Assert.That(Svg.Elements(doc, "rect", "phase").Count(), Is.EqualTo(3));
        Assert.That(Svg.Texts(doc, "phase-label"), Is.EqualTo(new[] { "Rest", "Exercise", "Recovery" }));
        Assert.That(Svg.Elements(doc, "polygon", "peak").Count(), Is.EqualTo(1));
        Assert.That(Svg.Elements(doc, "circle", "recovery-point").Count(), Is.EqualTo(2), "NaN point is not drawn");
        Assert.That(Svg.Elements(doc, "polyline", "fit").Count(), Is.EqualTo(1));
        var legend = Svg.LegendLabels(doc);
        Assert.That(legend, Does.Contain("Heart rate (bpm)").And.Contain("Exercise").And.Contain("Peak 160 bpm")
            .And.Contain("Recovery HR").And.Contain("Exponential fit, τ = 20 s"));
    }

    [Test]
    public void Render_FitCurve_FallsTowardsAsymptote()
    {
        var fit = new RecoveryCurve(35, 60, 90, 70, 20);
        var doc = Svg.Parse(HeartRateChart.Render(Times, Bpm, new HeartRateAnnotations { RecoveryFit = fit }));
        var pts = Svg.Points(Svg.Elements(doc, "polyline", "fit").Single());
        Assert.That(pts.Select(p => p.Y), Is.Ordered.Ascending, "pixel y grows as heart rate falls");
        Assert.That(fit.HeartRateAt(35), Is.EqualTo(160));
    }

    [Test]
    public void Render_NaNSample_BreaksLine()
    {
        double[] bpm = [70, 72, double.NaN, 160, 150, 120, 100];
        var doc = Svg.Parse(HeartRateChart.Render(Times, bpm));
        var counts = Svg.Elements(doc, "polyline", "series").Select(Svg.PointCount).ToList();
        Assert.That(counts, Is.EqualTo(new[] { 2, 4 }));
    }

    [Test]
    public void Render_EmptyOrAllNaN_SaysNoData()
    {
        foreach (var svg in new[]
        {
            HeartRateChart.Render([], []),
            HeartRateChart.Render([double.NaN, 1], [80, double.NaN]),
            HeartRateChart.Render(HeartRateSeries.Empty),
        })
        {
            var doc = Svg.Parse(svg);
            Assert.That(Svg.Texts(doc, "no-data"), Is.EqualTo(new[] { "no data" }));
            Assert.That(Svg.Elements(doc, "polyline", "series"), Is.Empty);
        }
    }

    [Test]
    public void Render_LongRecording_TimeInMinutes()
    {
        double[] t = [0, 600, 1200, 1800];
        double[] hr = [70, 90, 150, 100];
        var doc = Svg.Parse(HeartRateChart.Render(t, hr));
        Assert.That(Svg.Texts(doc, "axis-title"), Does.Contain("Time (min)"));
    }

    [Test]
    public void Render_LengthMismatch_ThrowsNamingParameter()
    {
        Assert.That(() => HeartRateChart.Render([1.0, 2], [80.0]),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("heartRateBpm"));
    }

    [Test]
    public void Render_Options_SizeAndTitleApplied()
    {
        var doc = Svg.Parse(HeartRateChart.Render(Times, Bpm, null, new ChartOptions { WidthPx = 1000, HeightPx = 500, Title = "Test & <title>" }));
        Assert.That(doc.Root!.Attribute("width")!.Value, Is.EqualTo("1000"));
        Assert.That(doc.Root!.Attribute("viewBox")!.Value, Is.EqualTo("0 0 1000 500"));
        Assert.That(Svg.Texts(doc, "chart-title"), Is.EqualTo(new[] { "Test & <title>" }));
    }

    [Test]
    public void ChartOptions_OutOfRange_ThrowsNamingProperty()
    {
        Assert.That(() => new ChartOptions { FontSizePx = 4 },
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("FontSizePx"));
        Assert.That(() => new ChartOptions { WidthPx = double.NaN }, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
