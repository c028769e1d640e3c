using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HrResponse.Io;
using HrResponse.Plotting;
using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Samples;

/// <summary>
/// Runs each file-based sample the way samples/README.md says (<c>dotnet run samples/NAME.cs -- ARGS</c>, from the
/// repository root, in this test assembly's configuration so <c>src/</c> is not built twice) on real recordings, and
/// checks what it wrote against the same library calls made here in-process. The first run of a sample builds it
/// (20–60 s); later runs reuse the build while the sample and the library are unchanged.
/// </summary>
[TestFixture]
[NonParallelizable]
public partial class SamplesTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);
    private static readonly string[] Samples = ["ResearchTable", "AppHrv", "BatchScript", "Plotter"];

    private string _temp = string.Empty;

    [SetUp]
    public void CreateTemporaryFolder()
    {
        _temp = Path.Combine(Path.GetTempPath(), $"hrresponse-samples-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void RemoveTemporaryFolder()
    {
        if (Directory.Exists(_temp)) Directory.Delete(_temp, recursive: true);
    }

    [Test]
    public void ResearchTable_ActesFolder_OneRowPerTestWithTheLibrarysNumbers()
    {
        var actes = SharedData.Data("actes");
        var (header, rows, _) = RunResearchTable(actes, "actes-table.csv");
        var tests = Directory.GetFiles(actes, "test_*.csv").Select(Path.GetFileName).ToList();
        Assert.That(rows.Keys, Is.EquivalentTo(tests));
        var indexColumns = header.Skip(2).SkipLast(1).ToList();
        Assert.That(header.Take(2), Is.EqualTo(new[] { "file", "age_y" }));
        Assert.That(indexColumns, Does.Contain("HRR_60s").And.Contain("CHRONO_Index").And.Contain("CHRONO_Incompetent").And.Contain("HRV_RMSSD_Rest"));
        foreach (var column in indexColumns)
        {
            var i = Array.IndexOf(header, column);
            Assert.That(rows.Values.Select(r => r[i]), Has.Some.Not.Empty, $"column {column} names an index the library computes");
        }

        var options = RecordingAnalysisOptions.Default with { Parts = AnalysisParts.Exercise };
        foreach (var file in new[] { "test_01.csv", "test_07.csv" })
        {
            var age = Packaging.PackedPackageTests.ActesAge(file);
            var recording = RecordingReader.Open(Path.Combine(actes, file)).Recording.WithSubject(new SubjectInfo { AgeYears = age });
            var expected = RecordingAnalysis.Compute(recording, options).ToIndexTable();
            var row = rows[file];
            Assert.That(Cell(row[1]), Is.EqualTo(age), file);
            Assert.Multiple(() =>
            {
                foreach (var column in indexColumns)
                    Assert.That(Cell(row[Array.IndexOf(header, column)]), Is.EqualTo(Finite(expected[column])), $"{file} {column}");
            });
        }

        Assert.That(Cell(rows["test_01.csv"][Array.IndexOf(header, "HRR_60s")]), Is.GreaterThan(0));
    }

    [Test]
    public void ResearchTable_LongFormatTable_OneRowPerTestNamedByItsId()
    {
        // doremi's cardio.csv: 21 patients' tests one after another; patient 10 aged 50 in a subjects table.
        var folder = Path.Combine(_temp, "doremi");
        Directory.CreateDirectory(folder);
        File.Copy(SharedData.Data("doremi", "cardio.csv"), Path.Combine(folder, "cardio.csv"));
        File.WriteAllText(Path.Combine(folder, "subjects.csv"), "file,age_y\ncardio.csv#id=10,50\n");
        var (header, rows, output) = RunResearchTable(folder, "doremi-table.csv");
        Assert.That(rows.Keys, Is.EqualTo(Enumerable.Range(1, 21).Select(i => $"cardio.csv#id={i}")));
        var longTable = LongFormatCsvTable.Read(Path.Combine(folder, "cardio.csv"), "id");
        var recording = longTable.Open("10").Recording.WithSubject(new SubjectInfo { AgeYears = 50 });
        var expected = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.Exercise }).ToIndexTable();
        var row = rows["cardio.csv#id=10"];
        Assert.That(Cell(row[1]), Is.EqualTo(50));
        foreach (var column in new[] { "HR_Peak", "CHRONO_Index", "HRR_60s" })
            Assert.That(Cell(row[Array.IndexOf(header, column)]), Is.EqualTo(Finite(expected[column])), column);
        Assert.That(output, Does.Contain("21 tests ->"));
    }

    [Test]
    public void AppHrv_PolarH10Session_PrintsTheLibrarysHrvAndLiveDfaAlpha1()
    {
        var path = SharedData.Data("fatmaxxer", "FatMaxOptimiser.20210606_161059.rr.csv");
        var run = RunSample("AppHrv", path);
        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        var stdout = run.StandardOutput;

        var rrMs = RecordingReader.Open(path).Recording.Beats.Milliseconds.ToArray();
        var hrv = RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rrMs))).Hrv!.ToIndexTable();
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.Contain($"beats: {rrMs.Length}, corrected: True"));
            Assert.That(Printed(stdout, @"SDNN ([\d.]+) ms"), Is.EqualTo(hrv["HRV_SDNN"]).Within(0.0051));
            Assert.That(Printed(stdout, @"RMSSD ([\d.]+) ms"), Is.EqualTo(hrv["HRV_RMSSD"]).Within(0.0051));
            Assert.That(Printed(stdout, @"LF ([\d.]+) ms²"), Is.EqualTo(hrv["HRV_LF"]).Within(0.051));
            Assert.That(Printed(stdout, @"HF ([\d.]+) ms²"), Is.EqualTo(hrv["HRV_HF"]).Within(0.051));
            Assert.That(Printed(stdout, @"nonlinear: DFA α1 ([\d.]+)"), Is.EqualTo(hrv["HRV_DFA_alpha1"]).Within(0.00051));
        });

        // The strap sends each interval in units of 1/1024 s; the analyzer gets them one at a time.
        var live = new RollingHrvAnalyzer(RollingHrvOptions.Default with { Step = TimeSpan.FromSeconds(5) });
        var expected = new List<RollingHrvSnapshot>();
        foreach (var rr in rrMs)
            if (live.Add(Math.Round(rr * 1.024) * 1000.0 / 1024.0) is { } snapshot) expected.Add(snapshot);
        var printed = LiveLine().Matches(stdout).Select(m => (T: Number(m.Groups[1].Value), Alpha: Number(m.Groups[2].Value))).ToList();
        Assert.That(printed, Has.Count.EqualTo(expected.Count).And.Count.GreaterThan(1000), "one line every 5 s of a 102-minute session");
        Assert.Multiple(() =>
        {
            Assert.That(printed.Select(p => p.T), Is.EqualTo(expected.Select(s => s.EndSeconds)).Within(0.51));
            Assert.That(printed.Select(p => p.Alpha), Is.EqualTo(expected.Select(s => s.DfaAlpha1)).Within(0.00051));
        });
    }

    [Test]
    public void BatchScript_MixedFolder_OneRowPerFileAndTheBrokenFileListed()
    {
        var input = Path.Combine(_temp, "input");
        Directory.CreateDirectory(Path.Combine(input, "devices"));
        File.Copy(SharedData.Data("actes", "test_01.csv"), Path.Combine(input, "test_01.csv"));
        File.Copy(SharedData.Data("nsr2db_5min", "nsr006_5min.csv"), Path.Combine(input, "nsr006_5min.csv"));
        File.Copy(SharedData.Data("device-files", "04010301.hrm"), Path.Combine(input, "devices", "04010301.hrm"));
        File.WriteAllText(Path.Combine(input, "broken.csv"), "this is not a recording\n1,2,three\n", Encoding.UTF8);
        var output = Path.Combine(_temp, "results.csv");

        var run = RunSample("BatchScript", input, output, "--jobs", "2");
        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        Assert.That(run.StandardError, Does.Contain("[4/4]").And.Contain("failed: broken.csv: ").And.Contain("3 analysed, 1 failed, of 4 files"));

        var table = ReadCsv(output);
        var header = table[0];
        var rows = table.Skip(1).ToDictionary(r => r[0]);
        Assert.That(rows.Keys, Is.EquivalentTo(new[] { "test_01.csv", "nsr006_5min.csv", Path.Combine("devices", "04010301.hrm") }));
        Assert.Multiple(() =>
        {
            foreach (var (name, row) in rows)
            {
                var expected = RecordingAnalysis.Compute(RecordingReader.Open(Path.Combine(input, name)).Recording).ToIndexTable();
                foreach (var (index, value) in expected)
                    Assert.That(Cell(row[Array.IndexOf(header, index)]), Is.EqualTo(Finite(value)), $"{name} {index}");
            }
        });
        Assert.That(Cell(rows["test_01.csv"][Array.IndexOf(header, "HRR_60s")]), Is.GreaterThan(0));
        Assert.That(Cell(rows["nsr006_5min.csv"][Array.IndexOf(header, "HRV_RMSSD")]), Is.GreaterThan(0));
    }

    [Test]
    public void Plotter_ExerciseTest_WritesEveryChartOfTheResult()
    {
        var path = SharedData.Data("actes", "test_01.csv");
        var charts = Path.Combine(_temp, "charts");
        var run = RunSample("Plotter", path, charts, "15");
        Assert.That(run.ExitCode, Is.Zero, run.ToString);

        var recording = RecordingReader.Open(path).Recording.WithSubject(new SubjectInfo { AgeYears = 15 });
        var result = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All });
        var expected = AnalysisCharts.Build(result);
        Assert.That(expected.Select(c => c.Name), Does.Contain("heart-rate").And.Contain("rolling-hrv").And.Contain("exercise-test"));
        Assert.That(Directory.GetFiles(charts).Select(Path.GetFileName),
            Is.EquivalentTo(expected.Select(c => c.Name + ".png").Append("exercise-test.svg").Append("recovery.png")));
        Assert.Multiple(() =>
        {
            foreach (var chart in expected)
            {
                var png = File.ReadAllBytes(Path.Combine(charts, chart.Name + ".png"));
                Plotting.ChartAssert.PngIsChart(png, 2100, ChartImageOptions.Default.HeightFor(chart.Panels.Count), chart.Name);
                // The sample changed the tachogram (a line at the peak); every other chart is the library's, pixel for pixel.
                if (chart.Name != "tachogram") Assert.That(png, Is.EqualTo(chart.ToPng()), chart.Name);
                else Assert.That(png, Is.Not.EqualTo(chart.ToPng()), "the sample's change to the tachogram shows");
            }
        });
        Assert.That(File.ReadAllText(Path.Combine(charts, "exercise-test.svg")), Is.EqualTo(expected.Single(c => c.Name == "exercise-test").ToSvg()));
        Plotting.ChartAssert.PngIsChart(File.ReadAllBytes(Path.Combine(charts, "recovery.png")), 1200, 800, "recovery");
        Assert.That(run.StandardOutput, Does.Contain(Path.Combine(charts, "recovery.png")));
    }

    [Test]
    public void Readme_EverySample_IsDocumentedWithItsCommandAndTested()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "samples");
        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        var files = Directory.GetFiles(folder, "*.cs").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.That(files, Is.EquivalentTo(Samples), "every sample has a test here");
        foreach (var sample in Samples)
            Assert.That(readme, Does.Contain($"dotnet run samples/{sample}.cs"), sample);
        Assert.That(Directory.GetFiles(folder, "*.csproj", SearchOption.AllDirectories), Is.Empty, "samples are file-based programs");
    }

    private static DotnetResult RunSample(string name, params string[] arguments) =>
        DotnetProcess.Run(SharedData.RepositoryRoot, RunTimeout,
            ["run", $"samples/{name}.cs", "-c", DotnetProcess.Configuration, "--", .. arguments]);

    private static double Printed(string stdout, string pattern)
    {
        var match = Regex.Match(stdout, pattern);
        Assert.That(match.Success, Is.True, $"output has /{pattern}/:\n{stdout}");
        return Number(match.Groups[1].Value);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double Cell(string text) => text.Length == 0 ? double.NaN : Number(text);

    private static double Finite(double value) => double.IsFinite(value) ? value : double.NaN;

    /// <summary>A CSV file as rows of cells (RFC 4180 quoting).</summary>
    // Runs the ResearchTable sample on a folder: the table's header, its rows by first cell, and what the sample printed.
    private (string[] Header, Dictionary<string, string[]> Rows, string Output) RunResearchTable(string folder, string tableName)
    {
        var tablePath = Path.Combine(_temp, tableName);
        var run = RunSample("ResearchTable", folder, tablePath);
        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        var table = ReadCsv(tablePath);
        return (table[0], table.Skip(1).ToDictionary(r => r[0]), run.StandardOutput);
    }

    private static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }

        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add([.. row]); }
        return rows;
    }

    [GeneratedRegex(@"^live t=(\d+) s HR \d+ bpm DFA α1 ([\d.]+|NaN) ", RegexOptions.Multiline)]
    private static partial Regex LiveLine();
}
