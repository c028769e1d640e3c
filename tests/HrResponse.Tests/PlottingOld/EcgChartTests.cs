using System.Globalization;
using System.Xml.Linq;
using HrResponse.Ecg;
using HrResponse.Ecg.Internal;
using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class EcgChartTests
{
    /// <summary>A flat baseline with a small sine and a 1-unit triangular spike (5 samples wide) at each peak index.</summary>
    private static double[] SpikeTrain(int count, int firstPeak, int period, out int[] peaks)
    {
        var x = new double[count];
        for (var i = 0; i < count; i++) x[i] = 0.05 * Math.Sin(i * 0.01);
        var list = new List<int>();
        for (var p = firstPeak; p < count - 3; p += period)
        {
            list.Add(p);
            for (var d = -2; d <= 2; d++) x[p + d] += 1.0 - (0.4 * Math.Abs(d));
        }

        peaks = [.. list];
        return x;
    }

    private static List<XElement> Markers(XDocument doc) => Svg.Elements(doc, "circle", "r-peak").ToList();

    [Test]
    public void Render_SpanWindow_OneMarkerPerPeakInsideWindowAtItsSample()
    {
        // fs 250 Hz, peaks at samples 100 + 200k; the window 2–7 s holds samples [500, 1750): peaks 500, 700, ..., 1700.
        var x = SpikeTrain(5000, 100, 200, out var peaks);
        var doc = Svg.Parse(EcgChart.Render(x, 250, peaks, 2, 5, "mV", "test"));
        Assert.That(doc.Root!.Name, Is.EqualTo(Svg.Ns + "svg"));
        var markers = Markers(doc);
        Assert.That(markers, Has.Count.EqualTo(7));
        Assert.That(Svg.LegendLabels(doc), Is.EqualTo(new[] { "ECG", "R peaks (test, 7)" }));

        // 1250 samples in a 720-px chart: not decimated, one point per sample, and each marker on a line point.
        var points = Svg.Elements(doc, "polyline", "series").SelectMany(Svg.Points).ToList();
        Assert.That(points, Has.Count.EqualTo(1250));
        var peakPoints = new[] { 500, 700, 900, 1100, 1300, 1500, 1700 }.Select(p => points[p - 500]).ToList();
        for (var k = 0; k < markers.Count; k++)
        {
            Assert.That(Svg.Attr(markers[k], "cx"), Is.EqualTo(peakPoints[k].X).Within(0.01));
            Assert.That(Svg.Attr(markers[k], "cy"), Is.EqualTo(peakPoints[k].Y).Within(0.01));
        }

        // The x axis spans the window: first point on the left edge of the frame (sample 500 = 2 s).
        var frame = Svg.Elements(doc, "rect", "frame").Single();
        Assert.That(points[0].X, Is.EqualTo(Svg.Attr(frame, "x")).Within(0.01));
    }

    [Test]
    public void Render_AxisTitles_CarryUnits()
    {
        var x = SpikeTrain(1000, 50, 200, out var peaks);
        var withUnit = Svg.Parse(EcgChart.Render(x, 250, peaks, unit: "mV"));
        Assert.That(Svg.Texts(withUnit, "axis-title"), Is.EquivalentTo(new[] { "Time (s)", "Amplitude (mV)" }));
        var without = Svg.Parse(EcgChart.Render(x, 250, peaks));
        Assert.That(Svg.Texts(without, "axis-title"), Is.EquivalentTo(new[] { "Time (s)", "Amplitude (a.u.)" }));
        Assert.That(Svg.LegendLabels(without), Does.Contain("R peaks (5)"));
    }

    [Test]
    public void Render_OneHourWindow_DecimatedToBoundedSizeWithEveryPeakMarked()
    {
        // 1 h at 500 Hz (1.8 million samples), a spike every 0.8 s: 4500 peaks.
        var x = SpikeTrain(1_800_000, 200, 400, out var peaks);
        var svg = EcgChart.Render(x, 500, peaks, 0, 3600);
        var doc = Svg.Parse(svg);
        var points = Svg.Elements(doc, "polyline", "series").SelectMany(Svg.Points).ToList();
        var frame = Svg.Elements(doc, "rect", "frame").Single();
        var width = Svg.Attr(frame, "width");
        Assert.That(points.Count, Is.LessThanOrEqualTo(2 * (int)Math.Ceiling(width)), "min and max per pixel column at most");
        Assert.That(points.Count, Is.GreaterThan(width), "every column drawn");
        Assert.That(Markers(doc), Has.Count.EqualTo(peaks.Length));
        Assert.That(Svg.LegendLabels(doc), Is.EqualTo(new[] { "ECG (min/max per pixel column)", "R peaks (4500)" }));

        // The spikes survive decimation: next to every marker (within a pixel column) the line reaches its height.
        var hidden = Markers(doc).Count(m => !points.Any(p =>
            Math.Abs(p.X - Svg.Attr(m, "cx")) <= 1.5 && p.Y <= Svg.Attr(m, "cy") + 0.01));
        Assert.That(hidden, Is.Zero);
        Assert.That(svg.Length, Is.LessThan(600_000), "bounded by the chart width and the peak count, not 1.8 M samples");
    }

    [Test]
    public void Render_TenSecondsOfOneHour_DrawsOnlyTheWindow()
    {
        var x = SpikeTrain(1_800_000, 200, 400, out var peaks);
        var doc = Svg.Parse(EcgChart.Render(x, 500, peaks, 600, 4, options: new ChartOptions { WidthPx = 1200 }));
        Assert.That(Svg.Elements(doc, "polyline", "series").Sum(Svg.PointCount), Is.EqualTo(2000));
        Assert.That(Markers(doc), Has.Count.EqualTo(5), "peaks at 600.4, 601.2, 602.0, 602.8, 603.6 s");
    }

    [Test]
    public void Render_WindowPastTheEnd_AxisEndsWithTheSignal()
    {
        // 1000 samples at 250 Hz = 4 s; a 10-s window from 2 s shows 2–4 s, the last point on the right edge.
        var x = SpikeTrain(1000, 50, 200, out var peaks);
        var doc = Svg.Parse(EcgChart.Render(x, 250, peaks, 2, 10));
        var points = Svg.Elements(doc, "polyline", "series").SelectMany(Svg.Points).ToList();
        Assert.That(points, Has.Count.EqualTo(500));
        var frame = Svg.Elements(doc, "rect", "frame").Single();
        var right = Svg.Attr(frame, "x") + Svg.Attr(frame, "width");
        Assert.That(points[^1].X, Is.EqualTo(right - (Svg.Attr(frame, "width") / 500)).Within(0.02), "last sample at 3.996 s of a 2–4 s axis");
    }

    [Test]
    public void Render_NaNSamples_BreakTheLine()
    {
        var x = SpikeTrain(1000, 50, 200, out var peaks);
        x[500] = double.NaN;
        var doc = Svg.Parse(EcgChart.Render(x, 250, peaks));
        Assert.That(Svg.Elements(doc, "polyline", "series").Select(Svg.PointCount), Is.EqualTo(new[] { 500, 499 }));
    }

    [Test]
    public void Render_NoFiniteSampleInWindow_SaysNoData()
    {
        Assert.That(Svg.Texts(Svg.Parse(EcgChart.Render([], 250, [])), "no-data"), Is.EqualTo(new[] { "no data" }));
        var nan = Enumerable.Repeat(double.NaN, 500).ToArray();
        Assert.That(Svg.Texts(Svg.Parse(EcgChart.Render(nan, 250, [100])), "no-data"), Is.EqualTo(new[] { "no data" }));
        var x = SpikeTrain(1000, 50, 200, out var peaks);
        var after = Svg.Parse(EcgChart.Render(x, 250, peaks, startSeconds: 10));
        Assert.That(Svg.Texts(after, "no-data"), Is.EqualTo(new[] { "no data" }));
        Assert.That(Markers(after), Is.Empty);
    }

    [Test]
    public void Render_InvalidArguments_ThrowNamingParameterAndValue()
    {
        var x = SpikeTrain(1000, 50, 200, out var peaks);
        var e = Assert.Throws<ArgumentException>(() => EcgChart.Render(x, 0, peaks));
        Assert.That(e!.ParamName, Is.EqualTo("samplingRateHz"));
        Assert.That(e.Message, Does.Contain("it is 0"));
        e = Assert.Throws<ArgumentException>(() => EcgChart.Render(x, 250, peaks, startSeconds: -1));
        Assert.That(e!.ParamName, Is.EqualTo("startSeconds"));
        Assert.That(e.Message, Does.Contain("-1"));
        e = Assert.Throws<ArgumentException>(() => EcgChart.Render(x, 250, peaks, durationSeconds: 0));
        Assert.That(e!.ParamName, Is.EqualTo("durationSeconds"));
        e = Assert.Throws<ArgumentException>(() => EcgChart.Render(x, 250, peaks, durationSeconds: double.NaN));
        Assert.That(e!.ParamName, Is.EqualTo("durationSeconds"));
        e = Assert.Throws<ArgumentException>(() => EcgChart.Render(x, 250, [10, 1000]));
        Assert.That(e!.ParamName, Is.EqualTo("peakSamples"));
        Assert.That(e.Message, Does.Contain("1000"));
    }

    [Test]
    public void Render_EcgSignal_MarksDetectedPeaksOnTheSignalsClock()
    {
        var (signal, _) = SyntheticEcg.Generate(250, 30, seed: 31);
        var ecg = EcgSignal.Create(signal, 250, unit: "mV", startSeconds: 100);
        var peaks = RPeakDetection.Detect(ecg);
        var doc = Svg.Parse(EcgChart.Render(ecg, peaks, 5, 10));
        var expected = peaks.PeakSamples.Count(p => p >= 1250 && p < 3750);
        Assert.That(expected, Is.GreaterThan(8));
        Assert.That(Markers(doc), Has.Count.EqualTo(expected));
        Assert.That(Svg.LegendLabels(doc), Does.Contain(string.Create(CultureInfo.InvariantCulture, $"R peaks ({peaks.Detector}, {expected})")));
        var ticks = doc.Descendants(Svg.Ns + "g").Single(g => g.Attribute("class")?.Value == "x-axis")
            .Descendants(Svg.Ns + "text").Where(t => t.Attribute("class")?.Value == "tick-label")
            .Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.That(ticks, Has.All.InRange(105.0, 115.0), "time axis 105–115 s");
        Assert.That(ticks, Does.Contain(110.0));
    }

    [Test]
    public void Render_PeaksOfAnotherSignal_Throws()
    {
        var (signal, _) = SyntheticEcg.Generate(250, 20, seed: 32);
        var ecg = EcgSignal.Create(signal, 250);
        var peaks = RPeakDetection.Detect(ecg.Slice(0, 15));
        var e = Assert.Throws<ArgumentException>(() => EcgChart.Render(ecg, peaks));
        Assert.That(e!.ParamName, Is.EqualTo("peaks"));
        Assert.Throws<ArgumentNullException>(() => EcgChart.Render(null!, peaks));
    }
}
