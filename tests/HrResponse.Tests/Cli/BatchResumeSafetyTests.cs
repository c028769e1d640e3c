using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HrResponse.Cli;
using HrResponse.Cli.Batch;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>Issue 15: <c>batch --resume</c> exact in every case, batch outputs never replace inputs, globs never blow up.</summary>
public class BatchResumeSafetyTests
{
    private string _dir = string.Empty;
    private string _inputs = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrresponse-resume-" + Guid.NewGuid().ToString("N"));
        _inputs = Path.Combine(_dir, "in");
        Directory.CreateDirectory(_inputs);
        var rng = new Random(11);
        foreach (var name in new[] { "a.csv", "new\nline.csv", "carriage\rreturn.csv", "comma,\"quote\".csv", "z.csv" })
        {
            File.WriteAllText(Path.Combine(_inputs, name),
                "rr_ms\n" + string.Join('\n', Enumerable.Range(0, 300).Select(_ => (800 + rng.Next(-40, 40)).ToString(CultureInfo.InvariantCulture))) + "\n");
        }

        File.WriteAllText(Path.Combine(_inputs, "bad\nname.csv"), "foo,bar\n1,2\n");
        File.WriteAllText(Path.Combine(_inputs, "bad_empty.csv"), string.Empty);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static List<string> CsvFiles(string path) =>
        ResultsFile.CsvRecords(File.ReadAllText(path)).Skip(1).Select(r => r.Cells[0]).ToList();

    private static List<string> JsonlFiles(string path) =>
        File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()!).ToList();

    [TestCase("csv")]
    [TestCase("jsonl")]
    public void Resume_NamesWithNewlineCarriageReturnCommaQuote_NothingRedoneNothingDuplicated(string format)
    {
        var results = Path.Combine(_dir, "r." + format);
        var errors = Path.Combine(_dir, "e.csv");
        string[] args = ["batch", _inputs, "--out", results, "--errors", errors, "--format", format, "--analysis", "hrv", "--allow-failures"];
        var first = CliRunner.Run(args);
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var before = File.ReadAllText(results);
        var again = CliRunner.Run([.. args, "--resume"]);
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Error, Does.Contain("5 skipped (--resume)").And.Contain("0 analysed"));
        Assert.That(File.ReadAllText(results), Is.EqualTo(before));
        var files = format == "csv" ? CsvFiles(results) : JsonlFiles(results);
        Assert.That(files, Has.Count.EqualTo(5).And.Unique);
        Assert.That(files, Does.Contain(Path.Combine(_inputs, "new\nline.csv")).And.Contain(Path.Combine(_inputs, "carriage\rreturn.csv")));
    }

    [Test]
    public void Resume_ErrorRows_OncePerFailedFile()
    {
        var results = Path.Combine(_dir, "r.csv");
        var errors = Path.Combine(_dir, "e.csv");
        string[] args = ["batch", _inputs, "--out", results, "--errors", errors, "--analysis", "hrv", "--allow-failures"];
        CliRunner.Run(args);
        CliRunner.Run([.. args, "--resume"]);
        var again = CliRunner.Run([.. args, "--resume"]);
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        var failed = CsvFiles(errors);
        Assert.That(failed, Is.EquivalentTo(new[] { Path.Combine(_inputs, "bad\nname.csv"), Path.Combine(_inputs, "bad_empty.csv") }));
    }

    [TestCase("csv")]
    [TestCase("jsonl")]
    public void Resume_TornLastRow_DroppedAndItsFileDoneAgain(string format)
    {
        var results = Path.Combine(_dir, "r." + format);
        string[] args = ["batch", _inputs, "--out", results, "--format", format, "--analysis", "hrv", "--allow-failures"];
        CliRunner.Run(args);
        var complete = File.ReadAllText(results);
        File.WriteAllText(results, complete[..^40]); // a kill between two writes: the last row is cut mid-line
        var again = CliRunner.Run([.. args, "--resume"]);
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Error, Does.Contain("1 analysed").And.Contain("4 skipped"));
        var files = format == "csv" ? CsvFiles(results) : JsonlFiles(results);
        Assert.That(files, Has.Count.EqualTo(5).And.Unique);
        Assert.That(File.ReadAllText(results), Does.EndWith("\n"));
        Assert.That(File.ReadAllText(results).Length, Is.EqualTo(complete.Length), "the redone row replaces the torn one exactly");
    }

    [Test]
    public void Resume_WithAnotherAnalysis_RefusedAndFileUnchanged()
    {
        var results = Path.Combine(_dir, "r.csv");
        CliRunner.Run("batch", Path.Combine(_inputs, "a.csv"), "--out", results, "--analysis", "hrv");
        var before = File.ReadAllText(results);
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "analyze", "--resume", "--allow-failures");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain("written with other settings").And.Contain("--analysis"));
        Assert.That(File.ReadAllText(results), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(_dir, ".hrresponse-*"), Is.Empty);
    }

    [Test]
    public void Resume_IntoAFileThatIsNotResults_Refused()
    {
        var results = Path.Combine(_dir, "notes.csv");
        File.WriteAllText(results, "subject,age\n1,40\n");
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--resume", "--analysis", "hrv");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("is not a results file"));
        Assert.That(File.ReadAllText(results), Is.EqualTo("subject,age\n1,40\n"));
    }

    [Test]
    public void Batch_OutIsADataFileInTheInputFolder_Refused()
    {
        var data = Path.Combine(_inputs, "a.csv");
        var before = File.ReadAllText(data);
        var run = CliRunner.Run("batch", _inputs, "--out", data, "--analysis", "hrv");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("refusing to overwrite an input"));
        Assert.That(File.ReadAllText(data), Is.EqualTo(before));
    }

    [Test]
    public void Batch_OutIsAnEarlierResultsFileInTheInputFolder_ReplacedNotReadAsInput()
    {
        var results = Path.Combine(_inputs, "results.csv");
        Assert.That(CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--allow-failures").ExitCode, Is.Zero);
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--allow-failures");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(CsvFiles(results), Has.Count.EqualTo(5));
    }

    [Test]
    public void Batch_OutAndErrorsSameFile_Refused()
    {
        var target = Path.Combine(_dir, "x.csv");
        var run = CliRunner.Run("batch", _inputs, "--out", target, "--errors", target);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("are the same file"));
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public void Batch_OutIsAnExplicitInput_Refused()
    {
        var data = Path.Combine(_inputs, "z.csv");
        var run = CliRunner.Run("batch", data, "--out", data);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
    }

    [Test]
    public void Batch_AnotherRunsTemporaryFile_LeftAlone()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(outDir);
        var foreign = Path.Combine(outDir, ".hrresponse-r.csv.12345.tmp");
        File.WriteAllText(foreign, "another batch is writing this");
        var run = CliRunner.Run("batch", _inputs, "--out", Path.Combine(outDir, "r.csv"), "--analysis", "hrv", "--allow-failures");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllText(foreign), Is.EqualTo("another batch is writing this"));
        Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "r.csv", "r.csv.settings", ".hrresponse-r.csv.12345.tmp" }));
    }

    [Test]
    public void Batch_GlobWithManyWildcardsAgainstLongNames_FastAndNoError()
    {
        var g = Path.Combine(_dir, "g");
        Directory.CreateDirectory(g);
        for (var i = 0; i < 20; i++) File.WriteAllText(Path.Combine(g, new string('a', 200) + i.ToString(CultureInfo.InvariantCulture)), "x");
        var pattern = Path.Combine(g, string.Concat(Enumerable.Repeat("*a", 40)) + "*b");
        var watch = Stopwatch.StartNew();
        var run = CliRunner.Run("batch", pattern, "--out", Path.Combine(_dir, "r.csv"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputError), run.Error);
        Assert.That(run.Error, Does.Contain("no file matches").And.Not.Contain("Exception"));
    }

    [TestCase("*.csv", "a.csv", true)]
    [TestCase("*.csv", "a.csv.bak", false)]
    [TestCase("a?c", "abc", true)]
    [TestCase("a?c", "ac", false)]
    [TestCase("*a*a*a*a*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [TestCase("*a*b", "xxaxxb", true)]
    [TestCase("", "", true)]
    [TestCase("*", "", true)]
    public void WildcardMatch_Cases(string pattern, string name, bool expected) =>
        Assert.That(InputExpansion.WildcardMatch(pattern, name), Is.EqualTo(expected));

    [TestCase("**/*.csv", "x/y/a.csv", true)]
    [TestCase("**/*.csv", "a.csv", true)]
    [TestCase("*/a.csv", "a.csv", false)]
    [TestCase("*/a.csv", "x/a.csv", true)]
    [TestCase("x/**", "x/y/z", true)]
    [TestCase("**/**/**/**/**/**/**/**/q", "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p", false)]
    public void GlobMatch_Cases(string glob, string path, bool expected) =>
        Assert.That(InputExpansion.GlobMatch(glob.Split('/'), path.Split('/')), Is.EqualTo(expected));

    [TestCase("--window", "1e308s")]
    [TestCase("--window", "999999999999s")]
    [TestCase("--step", "1e308s")]
    [TestCase("--window", "1e300h")]
    public void Live_HugeDuration_ClearUsageError(string option, string value)
    {
        var run = CliRunner.Run("live", Path.Combine(_inputs, "a.csv"), option, value);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain($"{option} must be at most 8784h (366 days)").And.Not.Contain("Exception"));
    }

    [Test]
    public void Live_WindowOutsideTheLibraryRange_NamesTheFlagNotTheParameter()
    {
        var run = CliRunner.Run("live", Path.Combine(_inputs, "a.csv"), "--window", "8700h");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain("--window '8700h' is out of range").And.Not.Contain("Parameter").And.Not.Contain("Actual value"));
    }

    [Test]
    public void Resume_AfterARunWhereEveryFileFailed_TakesTheColumnsOfThisRun()
    {
        var results = Path.Combine(_dir, "r.csv");
        CliRunner.Run("batch", Path.Combine(_inputs, "bad_empty.csv"), "--out", results, "--analysis", "hrv", "--allow-failures");
        Assert.That(File.ReadAllText(results), Is.EqualTo("file,problems\n"));
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--allow-failures", "--resume");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllLines(results)[0], Does.StartWith("file,HRV_"));
        Assert.That(CsvFiles(results), Has.Count.EqualTo(5).And.Unique);
    }

    [Test]
    public void Run_CheckpointEveryChunk_PublishesCompleteRowsAndLeavesNoTemporaryFile()
    {
        var results = Path.Combine(_dir, "out", "r.csv");
        var files = Enumerable.Range(0, 10).Select(i => Path.Combine(_inputs, $"f{i}\n.csv")).ToList();
        var settings = new BatchSettings { OutputPath = results, Jobs = 1, CheckpointInterval = TimeSpan.Zero };
        var runner = new BatchRunner(settings, f => new HrResponse.Cli.Output.ResultDocument
        {
            File = f,
            Input = new HrResponse.Cli.Output.InputSummary { Format = "x" },
            Indices = new Dictionary<string, double> { ["A"] = 1 },
        }, new BatchProgress(TextWriter.Null, false, files.Count));
        runner.Run(files);
        Assert.That(CsvFiles(results), Is.EqualTo(files));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName), Is.EqualTo(new[] { "r.csv" }));
    }

    [Test]
    public void Batch_ResultsCannotBeWritten_Exit5WithoutTemporaryName()
    {
        var blocker = Path.Combine(_dir, "blocker");
        File.WriteAllText(blocker, "a file where a folder should be");
        var run = CliRunner.Run("batch", _inputs, "--out", Path.Combine(blocker, "r.csv"), "--analysis", "hrv");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(run.Error, Does.Contain("cannot write").And.Not.Contain(".hrresponse-"));
    }

    [Test]
    public void Resume_WithAnotherPresetSameColumns_RefusedNamingThePresetAndFileUnchanged()
    {
        var results = Path.Combine(_dir, "r.csv");
        var first = CliRunner.Run("batch", Path.Combine(_inputs, "a.csv"), "--out", results, "--analysis", "hrv", "--domains", "time");
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var before = File.ReadAllText(results);
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--domains", "time", "--preset", "neurokit2",
            "--resume", "--allow-failures");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain("written with other settings").And.Contain("--preset: Default then, NeuroKit2 now")
            .And.Contain("r.csv.settings"));
        Assert.That(File.ReadAllText(results), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(_dir, ".hrresponse-*"), Is.Empty);
    }

    [Test]
    public void Resume_WithAnotherCorrection_Refused()
    {
        var results = Path.Combine(_dir, "r.csv");
        CliRunner.Run("batch", Path.Combine(_inputs, "a.csv"), "--out", results, "--analysis", "hrv");
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--correct", "none", "--resume", "--allow-failures");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain("--correct"));
    }

    [Test]
    public void Resume_ResultsOfAnotherLibraryVersion_RefusedNamingBothVersions()
    {
        var results = Path.Combine(_dir, "r.csv");
        var first = CliRunner.Run("batch", Path.Combine(_inputs, "a.csv"), "--out", results, "--analysis", "hrv");
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var record = BatchSettingsRecord.PathFor(results);
        var text = File.ReadAllText(record);
        Assert.That(text, Does.Contain($"\nhrresponse_version={LibraryVersion.Informational}\n"));
        File.WriteAllText(record, text.Replace($"hrresponse_version={LibraryVersion.Informational}", "hrresponse_version=0.0.1", StringComparison.Ordinal));
        var before = File.ReadAllText(results);

        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--resume", "--allow-failures");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain($"hrresponse_version: 0.0.1 then, {LibraryVersion.Informational} now"));
        Assert.That(File.ReadAllText(results), Is.EqualTo(before));
    }

    [Test]
    public void Resume_DefaultGivenExplicitlyAndOtherJobs_Accepted()
    {
        var results = Path.Combine(_dir, "r.csv");
        CliRunner.Run("batch", Path.Combine(_inputs, "a.csv"), "--out", results, "--analysis", "hrv");
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--preset", "default", "--jobs", "1",
            "--resume", "--allow-failures");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Error, Does.Contain("1 skipped (--resume)"));
    }

    [Test]
    public void Batch_SettingsRecordNameTakenByAnotherFile_RefusedAndFileUntouched()
    {
        var results = Path.Combine(_dir, "r.csv");
        File.WriteAllText(results + ".settings", "my own notes");
        var run = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--allow-failures");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputError), run.Error);
        Assert.That(File.ReadAllText(results + ".settings"), Is.EqualTo("my own notes"));
        Assert.That(File.Exists(results), Is.False);
    }

    private static int ExitedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    [Test]
    public void Batch_TemporaryFileOfAKilledRun_RemovedOnNextRun()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(outDir);
        var stale = Path.Combine(outDir, $".hrresponse-{ExitedProcessId()}-{new string('a', 24)}.tmp");
        File.WriteAllText(stale, "file,HRV_MeanNN\nhalf a ro");
        var run = CliRunner.Run("batch", _inputs, "--out", Path.Combine(outDir, "r.csv"), "--analysis", "hrv", "--allow-failures");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "r.csv", "r.csv.settings" }));
    }

    [Test]
    public void Batch_TemporaryFileHeldOpenByAWriter_LeftAlone()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(outDir);
        var held = Path.Combine(outDir, $".hrresponse-{ExitedProcessId()}-{new string('b', 24)}.tmp");
        using (var writer = new FileStream(held, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read))
        {
            var run = CliRunner.Run("batch", _inputs, "--out", Path.Combine(outDir, "r.csv"), "--analysis", "hrv", "--allow-failures");
            Assert.That(run.ExitCode, Is.Zero, run.Error);
        }

        Assert.That(File.Exists(held), Is.True);
    }

    [Test]
    public void Batch_KilledMidRun_NextRunLeavesNoTemporaryFile()
    {
        // A real SIGKILL of the tool while it writes: its temporary files stay; the next run into the folder removes them.
        var outDir = Path.Combine(_dir, "killed");
        Directory.CreateDirectory(outDir);
        var many = Path.Combine(_dir, "many");
        Directory.CreateDirectory(many);
        var text = File.ReadAllText(Path.Combine(_inputs, "a.csv"));
        for (var i = 0; i < 400; i++) File.WriteAllText(Path.Combine(many, $"f{i:000}.csv"), text);
        var results = Path.Combine(outDir, "r.csv");
        using (var process = CliProcess.Start("batch", many, "--out", results, "--analysis", "hrv", "--jobs", "1"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Directory.GetFiles(outDir, ".hrresponse-*.tmp").Length == 0 && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Assert.That(process.HasExited, Is.False, "the run ended before it could be killed");
            process.Kill();
            process.WaitForExit();
        }

        Assert.That(Directory.GetFiles(outDir, ".hrresponse-*.tmp"), Is.Not.Empty, "a SIGKILL leaves the temporary file");
        var again = CliRunner.Run("batch", _inputs, "--out", results, "--analysis", "hrv", "--allow-failures");
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(Directory.GetFiles(outDir, ".hrresponse-*"), Is.Empty);
    }
}
