using System.Globalization;
using System.Text.RegularExpressions;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

/// <summary>
/// The charts of <see cref="AnalysisCharts"/> on real recordings: each renders to PNG and SVG of the requested size,
/// and what the ScottPlot plots hold (legend, axis labels, limits) is the result's data, units and index table.
/// </summary>
[TestFixture]
public class AnalysisChartsTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private RecordingAnalysisResult _actes = null!;

    private static readonly string[] ActesCharts = ["heart-rate", "tachogram", "poincare", "dfa", "psd", "rolling-hrv", "exercise-test"];

    [OneTimeSetUp]
    public void AnalyseActes()
    {
        var recording = RecordingCsvReader.Read(SharedData.Data("actes", "test_01.csv")).Recording.WithSubject(new SubjectInfo { AgeYears = 15 });
        _actes = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All });
    }

    [Test]
    public void Build_ExerciseTest_EveryChartInOrder()
    {
        Assert.That(AnalysisCharts.Build(_actes).Select(c => c.Name), Is.EqualTo(ActesCharts));
    }

    [TestCaseSource(nameof(ActesCharts))]
    public void Build_ExerciseTest_ChartRendersToPngAndSvgOfTheRequestedSize(string name)
    {
        var chart = AnalysisCharts.Build(_actes).Single(c => c.Name == name);
        Assert.That(chart.NoDataReason, Is.Null, "the chart shows data");
        var size = new ChartImageOptions { WidthPx = 900, HeightPx = 640, Dpi = 150 };
        ChartAssert.PngIsChart(chart.ToPng(size), 900, 640, name);
        ChartAssert.SvgIsChart(chart.ToSvg(size), 900, 640, name);

        var defaultHeight = ChartImageOptions.Default.HeightFor(chart.Panels.Count);
        ChartAssert.PngIsChart(chart.ToPng(), 2100, defaultHeight, name + " (default size)");
    }

    [Test]
    public void Build_ExerciseTest_AxisLabelsNameQuantityAndUnit()
    {
        var charts = AnalysisCharts.Build(_actes).ToDictionary(c => c.Name);
        // The beats run from -132 s to 856 s (16.5 min): over 15 min the time axis is in min. The rolling windows end
        // from about 0 s to 856 s, under 15 min: in s.
        var beats = _actes.Cleaned!.Intervals;
        Assert.That(beats.BeatTimesSeconds[^1] - beats.BeatTimesSeconds[0], Is.GreaterThan(900));
        Assert.That(_actes.Rolling[^1].EndSeconds - _actes.Rolling[0].EndSeconds, Is.LessThan(900));
        var expected = new Dictionary<string, (string X, string[] Y)>
        {
            ["heart-rate"] = ("Time (min)", ["Heart rate (bpm)"]),
            ["tachogram"] = ("Time (min)", ["RR interval (ms)"]),
            ["poincare"] = ("RR(n) (ms)", ["RR(n+1) (ms)"]),
            ["dfa"] = ("Box size n (beats, log scale)", ["F(n) (ms, log scale)"]),
            ["psd"] = ("Frequency (Hz)", ["PSD (ms²/Hz)"]),
            ["rolling-hrv"] = ("Time (s)", ["HR (bpm)", "RMSSD, SDNN (ms)", "DFA α1"]),
            ["exercise-test"] = ("Time (min)", ["Heart rate (bpm)", "RR interval (ms)", "DFA α1"]),
        };
        Assert.Multiple(() =>
        {
            foreach (var (name, (x, ys)) in expected)
            {
                var panels = charts[name].Panels;
                Assert.That(panels.Select(p => p.Axes.Left.Label.Text), Is.EqualTo(ys), name);
                Assert.That(panels.Select(p => p.Axes.Bottom.Label.Text), Is.All.EqualTo(x), name);
            }
        });
    }

    [Test]
    public void Build_ExerciseTest_TimeLimitsSpanTheBeatsAndLinesFitInside()
    {
        var beats = _actes.Cleaned!.Intervals;
        var first = (beats.BeatTimesSeconds[0] - (beats.Milliseconds[0] / 1000)) / 60;
        var last = beats.BeatTimesSeconds[^1] / 60;
        var charts = AnalysisCharts.Build(_actes).ToDictionary(c => c.Name);
        var tachogram = charts["tachogram"].Plot.Axes.GetLimits();
        Assert.That(tachogram.Left, Is.EqualTo(first).Within(1e-9), "starts where the first interval starts");
        Assert.That(tachogram.Right, Is.EqualTo(last).Within(1e-9), "ends at the last beat");
        var rr = _actes.Cleaned.Beats.Where(b => b.InCleanedSeries).Select(b => b.RrMs).ToList();
        Assert.That(tachogram.Bottom, Is.LessThan(rr.Min()));
        Assert.That(tachogram.Top, Is.GreaterThan(rr.Max()));

        foreach (var name in new[] { "heart-rate", "tachogram", "rolling-hrv", "exercise-test" })
        {
            foreach (var panel in charts[name].Panels)
            {
                var limits = panel.Axes.GetLimits();
                var data = ChartAssert.LineLimits(panel);
                Assert.That(data.Left, Is.GreaterThanOrEqualTo(limits.Left - 1e-9), name);
                Assert.That(data.Right, Is.LessThanOrEqualTo(limits.Right + 1e-9), name);
                Assert.That(data.Bottom, Is.GreaterThanOrEqualTo(limits.Bottom - 1e-9), name);
                Assert.That(data.Top, Is.LessThanOrEqualTo(limits.Top + 1e-9), name);
            }
        }

        var figure = charts["exercise-test"].Panels.Select(p => p.Axes.GetLimits()).ToList();
        Assert.That(figure.Select(l => (l.Left, l.Right)).Distinct().Count(), Is.EqualTo(1), "the figure's panels share the time axis");
    }

    private static IEnumerable<TestCaseData> Presets()
    {
        foreach (var preset in Enum.GetValues<HrvPreset>())
        {
            yield return new TestCaseData(preset, "rr-interval-healthy-subjects", "000.csv").SetArgDisplayNames(preset.ToString(), "000");
            yield return new TestCaseData(preset, "actes", "test_01.csv").SetArgDisplayNames(preset.ToString(), "actes_01");
        }
    }

    [TestCaseSource(nameof(Presets))]
    public void Build_EveryPreset_LegendNumbersEqualIndexTable(HrvPreset preset, string folder, string file)
    {
        var recording = RecordingCsvReader.Read(SharedData.Data(folder, file)).Recording.WithSubject(new SubjectInfo { AgeYears = 15 });
        var result = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.FromPreset(preset) with { Parts = AnalysisParts.All });
        var table = result.ToIndexTable();
        var charts = AnalysisCharts.Build(result).ToDictionary(c => c.Name);
        Assert.That(charts.Keys, Is.SupersetOf(new[] { "heart-rate", "tachogram", "poincare", "dfa", "psd", "rolling-hrv" }));

        var dfa = ChartAssert.Legend(charts["dfa"].Plot);
        Assert.That(Number(dfa, @"α1 = ([0-9.]+)"), Is.EqualTo(table["HRV_DFA_alpha1"].ToString("0.00", Inv)), "DFA α1");
        Assert.That(Number(dfa, @"α2 = ([0-9.]+)"), Is.EqualTo(table["HRV_DFA_alpha2"].ToString("0.00", Inv)), "DFA α2");

        var poincare = ChartAssert.Legend(charts["poincare"].Plot);
        Assert.That(Number(poincare, @"SD1 = ([0-9.]+) ms"), Is.EqualTo(table["HRV_SD1"].ToString("0.0", Inv)), "SD1");
        Assert.That(Number(poincare, @"SD2 = ([0-9.]+) ms"), Is.EqualTo(table["HRV_SD2"].ToString("0.0", Inv)), "SD2");

        var psd = ChartAssert.Legend(charts["psd"].Plot);
        var normalised = result.Hrv!.FrequencyDomain!.Spectrum.Normalization != HrResponse.Signal.SpectrumNormalization.None;
        foreach (var band in new[] { "VLF", "LF", "HF" })
        {
            var printed = psd.Select(l => Regex.Match(l, $@"^{band} .*: ([0-9.]+) ms²$")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
            if (normalised) Assert.That(printed, Is.Empty, $"{band}: a normalised spectrum prints no power");
            else Assert.That(printed, Is.EqualTo(new[] { table[$"HRV_{band}"].ToString("0.#", Inv) }), band);
        }

        if (result.Exercise!.Phases.ExerciseFound)
        {
            var hr = charts["heart-rate"];
            Assert.That(Number(ChartAssert.Legend(hr.Plot), @"Peak ([0-9.]+) bpm"), Is.EqualTo(table["HR_Peak"].ToString("0", Inv)), "peak HR");
            Assert.That(Number([hr.Caption], @"τ = ([0-9.]+) s"), Is.EqualTo(table["HRR_Tau"].ToString("0.#", Inv)), "τ in the caption");
            Assert.That(Number([hr.Caption], @"R² = ([0-9.]+)"), Is.EqualTo(table["HRR_TauR2"].ToString("0.00", Inv)), "R² in the caption");
            Assert.That(Number(ChartAssert.Legend(hr.Plot), @"τ = ([0-9.]+) s"), Is.EqualTo(table["HRR_Tau"].ToString("0", Inv)), "τ in the legend");
            Assert.That(ChartAssert.Texts(hr.Plot), Does.Contain("Exercise"), "phases named on the chart");
        }
        else
        {
            Assert.That(folder, Is.Not.EqualTo("actes"), "the exercise test has its phases");
        }
    }

    [Test]
    public void Build_HeartRateOnly_HeartRateChartAndNothingElse()
    {
        var t = Enumerable.Range(0, 120).Select(i => (double)i).ToArray();
        var recording = Recording.Create(heartRate: HeartRateSeries.FromSamples(t, t.Select(x => 60 + (x / 4)).ToArray()));
        var charts = AnalysisCharts.Build(RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All }));
        Assert.That(charts.Select(c => c.Name), Is.EqualTo(new[] { "heart-rate" }));
        Assert.That(charts[0].Caption, Does.StartWith("Heart-rate samples as recorded."));
        var limits = charts[0].Plot.Axes.GetLimits();
        Assert.That((limits.Left, limits.Right), Is.EqualTo((0.0, 119.0)), "time limits are the samples' (s)");
        Assert.That(limits.Bottom, Is.LessThan(60));
        Assert.That(limits.Top, Is.GreaterThan(60 + (119 / 4.0)));
    }

    [Test]
    public void Build_TimeDomainOnly_NoNonlinearOrSpectrumCharts()
    {
        var recording = RecordingCsvReader.Read(SharedData.Data("rr-interval-healthy-subjects", "000.csv")).Recording;
        var options = RecordingAnalysisOptions.Default with { Hrv = HrvOptions.Default with { Domains = HrvDomains.Time } };
        var result = RecordingAnalysis.Compute(recording, options);
        var names = AnalysisCharts.Build(result).Select(c => c.Name);
        string[] expected = result.Exercise is { Phases.ExerciseFound: true } ? ["heart-rate", "tachogram", "exercise-test"] : ["heart-rate", "tachogram"];
        Assert.That(names, Is.EqualTo(expected), "charts only read the result; nothing is computed for them");
    }

    [Test]
    public void Build_OneHeartRateSample_OnePointChartInsteadOfAnException()
    {
        var result = RecordingAnalysis.Compute(Recording.Create(heartRate: HeartRateSeries.FromSamples([5], [70])),
            RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All });
        var chart = AnalysisCharts.Build(result).Single();
        Assert.That(chart.NoDataReason, Is.Null);
        var limits = chart.Plot.Axes.GetLimits();
        Assert.That(limits.Left, Is.LessThan(5));
        Assert.That(limits.Right, Is.GreaterThan(5));
        Assert.That(limits.Bottom, Is.LessThan(70));
        Assert.That(limits.Top, Is.GreaterThan(70));
        ChartAssert.PngIsChart(chart.ToPng(), 2100, 1260, "one sample");
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Build_OneOrTwoBeats_EveryChartRendersAndEmptyOnesSayWhy(int beats)
    {
        var rr = Enumerable.Repeat(800.0, beats).ToArray();
        var result = RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rr)),
            RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All });
        var charts = AnalysisCharts.Build(result);
        Assert.That(charts.Select(c => c.Name), Does.Contain("heart-rate").And.Contain("tachogram"));
        Assert.That(charts.Single(c => c.Name == "tachogram").NoDataReason, Is.Null, "a single beat is drawn");
        foreach (var chart in charts)
        {
            var size = new ChartImageOptions { WidthPx = 600, HeightPx = 400, Dpi = 96 };
            ChartAssert.PngIsChart(chart.ToPng(size), 600, 400, chart.Name);
            ChartAssert.SvgIsChart(chart.ToSvg(size), 600, 400, chart.Name);
            if (chart.NoDataReason is { } reason)
                Assert.That(ChartAssert.Texts(chart.Plot).Concat(chart.Plot.GetPlottables<ScottPlot.Plottables.Annotation>().Select(a => a.Text)),
                    Does.Contain("No data: " + reason), chart.Name);
        }

        if (beats == 1 && charts.FirstOrDefault(c => c.Name == "poincare") is { } poincare)
            Assert.That(poincare.NoDataReason, Is.EqualTo("fewer than two successive RR intervals"));
    }

    private static string Number(IEnumerable<string> texts, string pattern)
    {
        var found = texts.Select(t => Regex.Match(t, pattern)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"one text matching {pattern} in: {string.Join(" | ", texts)}");
        return found[0];
    }
}
