using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HrResponse.Cli;
using HrResponse.Tests.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

public class PeaksPlotCommandTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrresponse-peaks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Sample indices from a <c>sample,time_s</c> CSV written by <c>peaks -o</c>.</summary>
    private static List<int> PeakSamples(string csv) =>
        File.ReadLines(csv).Skip(1).Select(l => int.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)).ToList();

    /// <summary>The N of the "R peaks (detector, N)" legend text of an SVG chart.</summary>
    private static int PeaksInLegend(string svg)
    {
        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        var legend = texts.Select(t => Regex.Match(t, @"^R peaks \([^,]+, ([0-9]+)\)$")).Where(m => m.Success).Select(m => m.Value).Distinct().ToList();
        Assert.That(legend, Has.Count.EqualTo(1), string.Join(" | ", texts));
        return int.Parse(Regex.Match(legend[0], "([0-9]+)\\)$").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Test]
    public void Peaks_PlotSvg_LegendCountsThePeaksInTheWindow()
    {
        var input = SharedData.Data("mitdb", "100_mlii.csv");
        var csv = Path.Combine(_dir, "peaks.csv");
        var svg = Path.Combine(_dir, "ecg.svg");
        var (code, _, error) = CliRunner.Run("peaks", input, "-o", csv, "--plot", svg, "--plot-start", "60", "--plot-duration", "10");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var text = File.ReadAllText(svg);
        ChartAssert.SvgIsChart(text, 2100, 700, "ecg");
        Assert.That(text, Does.Not.Contain("No data"));

        // The file is at 360 Hz: the window 60–70 s is samples [21600, 25200).
        var expected = PeakSamples(csv).Count(p => p >= 21600 && p < 25200);
        Assert.That(expected, Is.InRange(10, 16), "record 100 runs at ~75 bpm");
        Assert.That(PeaksInLegend(text), Is.EqualTo(expected));
        Assert.That(Directory.GetFiles(_dir, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Peaks_PlotPng_WritesPng()
    {
        var input = SharedData.Data("mitdb", "100_mlii.csv");
        var png = Path.Combine(_dir, "ecg.png");
        var (code, _, error) = CliRunner.Run("peaks", input, "-o", Path.Combine(_dir, "p.csv"), "--plot", png);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        ChartAssert.PngIsChart(File.ReadAllBytes(png), 2100, 700, "ecg png");
    }

    [Test]
    public void Peaks_InvalidPlotWindow_FailsWithMessage()
    {
        var input = SharedData.Data("mitdb", "100_mlii.csv");
        var (code, _, error) = CliRunner.Run("peaks", input, "-o", Path.Combine(_dir, "p.csv"), "--plot", Path.Combine(_dir, "e.svg"), "--plot-duration", "0");
        Assert.That(code, Is.Not.EqualTo(ExitCodes.Success));
        Assert.That(error, Does.Contain("--plot-duration"));
        Assert.That(File.Exists(Path.Combine(_dir, "e.svg")), Is.False);
    }

    [Test]
    public void Plot_EcgFile_IncludesEcgChartOfFirstTenSecondsWithItsBeats()
    {
        // A 60-s ECG: the first 21600 samples of record 100, with the header that marks it as an ECG at 360 Hz.
        var input = Path.Combine(_dir, "ecg.csv");
        File.WriteAllLines(input, File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Take(21601));
        var peaksCsv = Path.Combine(_dir, "peaks.csv");
        Assert.That(CliRunner.Run("peaks", input, "-o", peaksCsv).ExitCode, Is.EqualTo(ExitCodes.Success));
        var (code, output, error) = CliRunner.Run("plot", input, "--out", Path.Combine(_dir, "charts"), "--format", "svg");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileName), Does.Contain("ecg.svg"));
        var svg = File.ReadAllText(Path.Combine(_dir, "charts", "ecg.svg"));
        Assert.That(PeaksInLegend(svg), Is.EqualTo(PeakSamples(peaksCsv).Count(p => p < 3600)), "the beats of the recording are the detected peaks");
        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.That(texts, Does.Contain("Time (s)").And.Contain("Amplitude (a.u.)"));
    }
}
