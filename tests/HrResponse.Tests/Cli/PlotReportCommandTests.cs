using System.Text.RegularExpressions;
using System.Xml.Linq;
using HrResponse.Cli;
using HrResponse.Cli.Output;
using HrResponse.Tests.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

public partial class PlotReportCommandTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrresponse-plot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static readonly string[] BeatFileCharts = ["heart-rate", "tachogram", "poincare", "dfa", "psd", "rolling-hrv", "exercise-test"];

    [Test]
    public void Plot_BeatFile_WritesEveryChartAsPngAtJournalSize()
    {
        var input = SharedData.Data("cardiocurver_exercise", "example_data.csv");
        var outDir = Path.Combine(_dir, "charts");
        var (code, output, error) = CliRunner.Run("plot", input, "--out", outDir);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var written = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(written.Select(Path.GetFileName), Is.EqualTo(BeatFileCharts.Select(n => n + ".png")));
        foreach (var path in written)
        {
            var panels = Path.GetFileNameWithoutExtension(path) is "rolling-hrv" or "exercise-test" ? 3 : 1;
            ChartAssert.PngIsChart(File.ReadAllBytes(path), 2100, HrResponse.Plotting.ChartImageOptions.Default.HeightFor(panels), path);
        }

        Assert.That(Directory.GetFiles(outDir, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Plot_FormatSvgWithSize_EveryChartAtThatSize()
    {
        var input = SharedData.Data("cardiocurver_exercise", "example_data.csv");
        var outDir = Path.Combine(_dir, "svg");
        var (code, output, error) = CliRunner.Run("plot", input, "--out", outDir, "--format", "svg", "--width", "1200", "--height", "800", "--dpi", "150");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var written = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(written.Select(Path.GetFileName), Is.EqualTo(BeatFileCharts.Select(n => n + ".svg")));
        foreach (var path in written) ChartAssert.SvgIsChart(File.ReadAllText(path), 1200, 800, path);
    }

    [TestCase("--format", "jpeg", "--format must be png or svg")]
    [TestCase("--width", "50", "--width must be in 100-20000 px")]
    [TestCase("--dpi", "5000", "--dpi must be in 48-1200")]
    public void Plot_BadImageOption_UsageErrorNamingTheFlag(string flag, string value, string message)
    {
        var input = SharedData.Data("cardiocurver_exercise", "example_data.csv");
        var (code, _, error) = CliRunner.Run("plot", input, "--out", Path.Combine(_dir, "x"), flag, value);
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain(message));
        Assert.That(Directory.Exists(Path.Combine(_dir, "x")) ? Directory.GetFiles(Path.Combine(_dir, "x")) : [], Is.Empty);
    }

    [Test]
    public void Plot_HeartRateSamplesOnly_WritesHeartRateChartOnly()
    {
        var input = Path.Combine(_dir, "hr.csv");
        File.WriteAllText(input, "time_s,hr_bpm\n0,60\n1,62\n2,65\n3,70\n4,68\n");
        var (code, output, error) = CliRunner.Run("plot", input, "-o", Path.Combine(_dir, "out"));
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileName), Is.EqualTo(new[] { "heart-rate.png" }));
        ChartAssert.PngIsChart(File.ReadAllBytes(Path.Combine(_dir, "out", "heart-rate.png")), 2100, 1260, "heart rate");
    }

    [Test]
    public void Plot_WithoutOut_UsageError()
    {
        var (code, _, error) = CliRunner.Run("plot", "x.csv");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("--out"));
    }

    [Test]
    public void Report_BeatFile_HasSectionsChartsIndicesWithUnitsQualityAndSettings()
    {
        var input = SharedData.Data("cardiocurver_exercise", "example_data.csv");
        var path = Path.Combine(_dir, "report.html");
        var (code, _, error) = CliRunner.Run("report", input, "-o", path);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var html = File.ReadAllText(path);
        foreach (var id in new[] { "summary", "input", "charts", "indices", "exercise", "quality", "settings" })
            Assert.That(html, Does.Contain($"<section id=\"{id}\">"), id);
        var withoutNamespace = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal);
        Assert.That(withoutNamespace, Does.Not.Contain("<script").And.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("src=").And.Not.Contain("url(http"),
            "self-contained: no scripts or external resources (the SVG namespace is the only URI)");
        var svgs = SvgBlock().Matches(html).Select(m => XDocument.Parse(m.Value)).ToList();
        Assert.That(svgs, Has.Count.EqualTo(BeatFileCharts.Length));
        foreach (var chart in BeatFileCharts) Assert.That(html, Does.Contain($"<figure id=\"chart-{chart}\">"), chart);
        Assert.That(Regex.IsMatch(html, "<td><code>HRV_RMSSD</code></td><td class=\"num\">[0-9.]+</td><td>ms</td>"), Is.True);
        Assert.That(html, Does.Contain("Detection method").And.Contain("lipponen-tarvainen"));
        Assert.That(html, Does.Contain("<code>HRR_60s</code>").And.Contain("<code>HR_Peak</code>").And.Contain("<code>HRV_LF</code>"),
            "exercise, time, frequency and nonlinear indices in one table");
        Assert.That(html, Does.Contain("<tr><th>After exercise end</th>"));
        var ids = svgs.SelectMany(d => d.Descendants().Select(e => e.Attribute("id")?.Value)).Where(v => v is not null).ToList();
        Assert.That(ids, Is.Unique, "clip-path ids must not clash between inline SVGs");
    }

    [Test]
    public void Report_ValsalvaWithTest_HasAutonomicSectionWithChartRatingsIndicesAndSummary()
    {
        var input = SharedData.Data("valsalva", "Subject_4_beats.csv");
        var path = Path.Combine(_dir, "valsalva.html");
        var (code, _, error) = CliRunner.Run("report", input, "--test", "valsalva", "--age", "50", "-o", path);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var html = File.ReadAllText(path);
        var start = html.IndexOf("<section id=\"autonomic\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0));
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.That(section, Does.Contain("<figure id=\"chart-autonomic\">").And.Contain("<svg"));
        Assert.That(html.IndexOf("<figure id=\"chart-autonomic\">", StringComparison.Ordinal), Is.EqualTo(html.LastIndexOf("<figure id=\"chart-autonomic\">", StringComparison.Ordinal)),
            "the autonomic chart is drawn once, in its section");

        // The same numbers as the autonomic command (one library result), with the rule and the source beside each rating.
        var json = System.Text.Json.JsonDocument.Parse(CliRunner.Run("autonomic", input, "--test", "valsalva", "--age", "50", "--format", "json").Out);
        var ratio = json.RootElement.GetProperty("indices").GetProperty("VALSALVA_Ratio").GetDouble();
        Assert.That(section, Does.Contain($"<code>VALSALVA_Ratio</code></td><td class=\"num\">{ratio.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}</td>"));
        Assert.That(section, Does.Contain("<code>VALSALVA_BP_Rating</code></td><td class=\"num\">–</td><td class=\"flag\">abnormal</td>"),
            "Subject_4's adrenergic failure pattern is flagged");
        Assert.That(section, Does.Contain("not age-adjusted").And.Contain("Diabetes Care 1985"));
        Assert.That(section, Does.Contain("<code>VALSALVA_PRT</code>").And.Contain("<td>mmHg</td>"));
        Assert.That(section, Does.Contain("Ewing's category").And.Contain("blood-pressure tests of the full battery"));
        Assert.That(html, Does.Contain("<section id=\"charts\">").And.Contain("<section id=\"quality\">"), "the rest of the report is still there");
        var summary = html[html.IndexOf("<section id=\"summary\">", StringComparison.Ordinal)..start];
        Assert.That(Regex.IsMatch(summary, "<td>Valsalva blood-pressure pattern \\(adrenergic\\) abnormal</td><td>[^<]*</td><td class=\"flag\">yes</td>"), Is.True,
            "the summary at the top raises the autonomic flag with its rule");
    }

    [Test]
    public void Report_UnknownTest_UsageErrorNamingTheChoices()
    {
        var input = SharedData.Data("valsalva", "Subject_4_beats.csv");
        var (code, _, error) = CliRunner.Run("report", input, "--test", "tilt", "-o", Path.Combine(_dir, "x.html"));
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("valsalva").And.Contain("deep-breathing"));
    }

    [Test]
    public void Report_ExerciseTestWithAge_OpensWithTheSummaryOfTheTableOutput()
    {
        var input = SharedData.Data("actes", "test_02.csv");
        var path = Path.Combine(_dir, "summary.html");
        var (code, _, error) = CliRunner.Run("report", input, "--age", "15", "-o", path);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var html = File.ReadAllText(path);
        var summary = html.IndexOf("<section id=\"summary\">", StringComparison.Ordinal);
        Assert.That(summary, Is.GreaterThan(0));
        Assert.That(summary, Is.LessThan(html.IndexOf("<section id=\"input\">", StringComparison.Ordinal)).And.LessThan(html.IndexOf("<section id=\"charts\">", StringComparison.Ordinal)));
        var section = html[summary..html.IndexOf("</section>", summary, StringComparison.Ordinal)];
        var table = CliRunner.Run("analyze", input, "--age", "15").Out;
        foreach (var label in new[] { "Subject", "Peak HR", "Chronotropic", "Recovery", "Resting HRV" })
        {
            var line = table.Split('\n').Single(l => l.StartsWith("  " + label + " ", StringComparison.Ordinal));
            Assert.That(section, Does.Contain(System.Net.WebUtility.HtmlEncode(line[(2 + label.Length)..].Trim())), label);
        }

        Assert.That(section, Does.Contain("Chronotropic incompetence").And.Contain("index ≤ 0.80").And.Contain("HRR60 abnormal").And.Contain("≤ 12 bpm"));
    }

    [Test]
    public void Report_HeartRateSamplesOnly_SaysWhyNoIndices()
    {
        var input = Path.Combine(_dir, "hr.csv");
        File.WriteAllText(input, "time_s,hr_bpm\n0,60\n1,62\n2,65\n");
        var path = Path.Combine(_dir, "r.html");
        var (code, _, error) = CliRunner.Run("report", input, "-o", path);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var html = File.ReadAllText(path);
        Assert.That(html, Does.Contain("<section id=\"problems\">").And.Contain("No beat-to-beat data"));
        Assert.That(html, Does.Contain("<figure id=\"chart-heart-rate\">"));
    }

    [Test]
    public void HtmlReport_HostileNames_Escaped()
    {
        var document = new ResultDocument
        {
            File = "<script>alert(1)</script>.csv",
            Input = new InputSummary { Format = "rr-intervals" },
            Indices = new Dictionary<string, double> { ["HRV_RMSSD"] = double.NaN, ["HRR_60s_Abnormal"] = 1 },
            Settings = new Dictionary<string, object?> { ["note"] = "a < b & c" },
        };
        var html = HtmlReport.Render(document, []);
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;").And.Contain("a &lt; b &amp; c"));
        Assert.That(html, Does.Contain("not computed").And.Contain(">abnormal<"));
    }

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgBlock();
}
