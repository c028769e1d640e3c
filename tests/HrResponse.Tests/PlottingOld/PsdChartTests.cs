using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class PsdChartTests
{
    private static (double[] F, double[] P) Spectrum()
    {
        var f = Enumerable.Range(0, 201).Select(i => i * 0.0025).ToArray(); // 0 .. 0.5 Hz
        var p = f.Select(x => 1000 * Math.Exp(-Math.Pow((x - 0.1) / 0.02, 2)) + 400 * Math.Exp(-Math.Pow((x - 0.25) / 0.03, 2))).ToArray();
        return (f, p);
    }

    [Test]
    public void Render_DefaultBands_OnePointPerShownFrequencyAndThreeShadedBands()
    {
        var (f, p) = Spectrum();
        var doc = Svg.Parse(PsdChart.Render(f, p));
        var shown = f.Count(x => x <= 0.4 + 1e-12);
        Assert.That(Svg.PointCount(Svg.Elements(doc, "polyline", "series").Single()), Is.EqualTo(shown));
        Assert.That(Svg.Elements(doc, "polygon", "band").Select(e => e.Attribute("data-name")!.Value), Is.EqualTo(new[] { "VLF", "LF", "HF" }));
        Assert.That(Svg.Texts(doc, "axis-title"), Is.EquivalentTo(new[] { "Frequency (Hz)", "PSD (ms²/Hz)" }));
        Assert.That(Svg.LegendLabels(doc), Does.Contain("LF 0.04–0.15 Hz"));
    }

    [Test]
    public void Render_BandPower_InLegend()
    {
        var (f, p) = Spectrum();
        var doc = Svg.Parse(PsdChart.Render(f, p, [new SpectralBand("LF", 0.04, 0.15, 1234.56), new SpectralBand("bad", 0.3, 0.2)]));
        Assert.That(Svg.LegendLabels(doc), Is.EqualTo(new[] { "PSD (ms²/Hz)", "LF 0.04–0.15 Hz: 1234.6 ms²" }));
        Assert.That(Svg.Elements(doc, "polygon", "band").Count(), Is.EqualTo(1));
    }

    [Test]
    public void Render_PeakFrequency_IsHighestPoint()
    {
        var (f, p) = Spectrum();
        var doc = Svg.Parse(PsdChart.Render(f, p));
        var pts = Svg.Points(Svg.Elements(doc, "polyline", "series").Single());
        var top = pts.Select((pt, i) => (pt.Y, i)).Min().i;
        Assert.That(f[top], Is.EqualTo(0.1).Within(1e-9));
    }

    [Test]
    public void Render_EmptyOrNaN_SaysNoData()
    {
        Assert.That(Svg.Texts(Svg.Parse(PsdChart.Render([], [])), "no-data"), Is.EqualTo(new[] { "no data" }));
        Assert.That(Svg.Texts(Svg.Parse(PsdChart.Render([0.1, 0.2], [double.NaN, double.NaN])), "no-data"), Is.EqualTo(new[] { "no data" }));
    }

    [Test]
    public void Render_LengthMismatch_Throws()
    {
        Assert.That(() => PsdChart.Render([0.1], []), Throws.ArgumentException.With.Property("ParamName").EqualTo("densityMs2PerHz"));
    }
}

public class PsdChartRecordTests
{
    [Test]
    public void Render_FrequencyDomainResult_OnePointPerShownFrequencyAndBandPowersInLegend()
    {
        // 0.1 Hz sine in the RR series: LF must dominate.
        var rr = new List<double>();
        var t = 0.0;
        while (t < 300)
        {
            var v = 800 + (40 * Math.Sin(2 * Math.PI * 0.1 * t));
            rr.Add(v);
            t += v / 1000;
        }

        var result = HrResponse.Hrv.FrequencyDomainAnalysis.Compute(RrIntervals.FromMilliseconds(rr.ToArray()));
        var doc = Svg.Parse(PsdChart.Render(result));
        var shown = result.Spectrum.FrequenciesHz.Count(f => f <= result.Options.Bands.Hf.HighHz);
        Assert.That(Svg.Elements(doc, "polyline", "series").Sum(Svg.PointCount), Is.EqualTo(shown));
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.That(Svg.LegendLabels(doc), Does.Contain($"LF 0.04–0.15 Hz: {result.LfPowerMs2.ToString("0.#", inv)} ms²"));
        Assert.That(result.LfPowerMs2, Is.GreaterThan(result.HfPowerMs2));
    }
}
