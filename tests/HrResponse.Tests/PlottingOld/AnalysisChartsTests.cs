using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

/// <summary>Every number a chart of <see cref="AnalysisCharts"/> prints is the number in the result's index table, for every preset.</summary>
public partial class AnalysisChartsTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var preset in Enum.GetValues<HrvPreset>())
        {
            yield return new TestCaseData(preset, "rr-interval-healthy-subjects", "000.csv").SetArgDisplayNames(preset.ToString(), "000");
            yield return new TestCaseData(preset, "actes", "test_01.csv").SetArgDisplayNames(preset.ToString(), "actes_01");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Build_EveryPreset_ChartNumbersEqualIndexTable(HrvPreset preset, string folder, string file)
    {
        var recording = RecordingCsvReader.Read(SharedData.Data(folder, file)).Recording.WithSubject(new SubjectInfo { AgeYears = 15 });
        var result = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.FromPreset(preset) with { Parts = AnalysisParts.All });
        var table = result.ToIndexTable();
        var charts = AnalysisCharts.Build(result).ToDictionary(c => c.Name);
        Assert.That(charts.Keys, Is.SupersetOf(new[] { "heart-rate", "tachogram", "poincare", "dfa", "psd", "rolling-hrv" }));

        var dfa = Labels(charts["dfa"]);
        Assert.That(Number(dfa, @"α1 = ([0-9.]+)"), Is.EqualTo(table["HRV_DFA_alpha1"].ToString("0.00", Inv)), "DFA α1");
        Assert.That(Number(dfa, @"α2 = ([0-9.]+)"), Is.EqualTo(table["HRV_DFA_alpha2"].ToString("0.00", Inv)), "DFA α2");

        var poincare = Labels(charts["poincare"]);
        Assert.That(Number(poincare, @"SD1 = ([0-9.]+) ms"), Is.EqualTo(table["HRV_SD1"].ToString("0.0", Inv)), "SD1");
        Assert.That(Number(poincare, @"SD2 = ([0-9.]+) ms"), Is.EqualTo(table["HRV_SD2"].ToString("0.0", Inv)), "SD2");

        var psd = Labels(charts["psd"]);
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
            Assert.That(Number(Labels(hr), @"Peak ([0-9.]+) bpm"), Is.EqualTo(table["HR_Peak"].ToString("0", Inv)), "peak HR");
            Assert.That(Number([hr.Caption], @"τ = ([0-9.]+) s"), Is.EqualTo(table["HRR_Tau"].ToString("0.#", Inv)), "τ in the caption");
            Assert.That(Number([hr.Caption], @"R² = ([0-9.]+)"), Is.EqualTo(table["HRR_TauR2"].ToString("0.00", Inv)), "R² in the caption");
            Assert.That(Number(Labels(hr), @"τ = ([0-9.]+) s"), Is.EqualTo(table["HRR_Tau"].ToString("0", Inv)), "τ in the legend");
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
    }

    [Test]
    public void Build_TimeDomainOnly_NoNonlinearOrSpectrumCharts()
    {
        var recording = RecordingCsvReader.Read(SharedData.Data("rr-interval-healthy-subjects", "000.csv")).Recording;
        var options = RecordingAnalysisOptions.Default with { Hrv = HrvOptions.Default with { Domains = HrvDomains.Time } };
        var names = AnalysisCharts.Build(RecordingAnalysis.Compute(recording, options)).Select(c => c.Name);
        Assert.That(names, Is.EqualTo(new[] { "heart-rate", "tachogram" }), "charts only read the result; nothing is computed for them");
    }

    private static List<string> Labels(AnalysisChart chart) =>
        XDocument.Parse(chart.Svg).Descendants(Svg.Ns + "text").Select(e => e.Value).ToList();

    private static string Number(IEnumerable<string> texts, string pattern)
    {
        var found = texts.Select(t => Regex.Match(t, pattern)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"one text matching {pattern} in: {string.Join(" | ", texts)}");
        return found[0];
    }
}
