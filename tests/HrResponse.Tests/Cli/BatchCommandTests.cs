using HrResponse.Cli.Output;
using HrResponse.Cli;
using HrResponse.Cli.Batch;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

public class BatchCommandTests
{
    private string _dir = string.Empty;
    private string _inputs = string.Empty;
    private string[] _good = [];

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrresponse-batch-" + Guid.NewGuid().ToString("N"));
        _inputs = Path.Combine(_dir, "in");
        Directory.CreateDirectory(Path.Combine(_inputs, "sub"));
        var rng = new Random(7);
        _good = Enumerable.Range(0, 9).Select(i =>
        {
            var path = Path.Combine(_inputs, i % 3 == 0 ? "sub" : string.Empty, $"good_{i:00}.csv");
            File.WriteAllText(path, "rr_ms\n" + string.Join('\n', Enumerable.Range(0, 300).Select(_ => (800 + rng.Next(-40, 40)).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n");
            return path;
        }).ToArray();
        File.WriteAllText(Path.Combine(_inputs, "bad_empty.csv"), string.Empty);
        File.WriteAllText(Path.Combine(_inputs, "bad_truncated.csv"), "time_s,hr_bpm\n0,60\n1,61\n2");
        File.WriteAllText(Path.Combine(_inputs, "bad_columns.csv"), "foo,bar\n1,2\n");
        File.WriteAllBytes(Path.Combine(_inputs, "bad_garbage.csv"), Enumerable.Range(0, 512).Select(i => (byte)((i * 7919) % 251)).ToArray());
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Batch_SplitBy_OneRowPerSubjectOfALongTableAndAnErrorForAFileWithoutTheColumn()
    {
        // Two subjects one after another (time restarts), RR alternating around 800 and 600 ms.
        var folder = Path.Combine(_dir, "long");
        Directory.CreateDirectory(folder);
        var lines = new List<string> { "subject;rr_ms" };
        lines.AddRange(Enumerable.Range(0, 200).Select(i => $"A;{(i % 2 == 0 ? 780 : 820)}"));
        lines.AddRange(Enumerable.Range(0, 200).Select(i => $"\"B\";{(i % 2 == 0 ? 590 : 610)}"));
        File.WriteAllLines(Path.Combine(folder, "long.csv"), lines);
        File.WriteAllText(Path.Combine(folder, "plain.csv"), "rr_ms\n800\n810\n790\n");
        var results = Path.Combine(_dir, "out", "split.csv");
        var errors = Path.Combine(_dir, "out", "split-errors.csv");

        var (code, _, error) = CliRunner.Run("batch", folder, "--split-by", "subject", "--out", results, "--errors", errors, "--analysis", "hrv");

        Assert.That(code, Is.EqualTo(ExitCodes.SomeFilesFailed), error);
        var rows = File.ReadAllLines(results).Skip(1).Select(r => r.Split(',')).ToArray();
        var longPath = Path.GetFullPath(Path.Combine(folder, "long.csv"));
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { $"{longPath}#subject=A", $"{longPath}#subject=B" }));
        var header = File.ReadLines(results).First().Split(',');
        var meanNn = Array.IndexOf(header, "HRV_MeanNN");
        Assert.That(rows.Select(r => double.Parse(r[meanNn], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { 800.0, 600.0 }).Within(1e-9));
        Assert.That(File.ReadAllLines(errors).Skip(1).Single(), Does.Contain("plain.csv").And.Contain("no column 'subject'"));
    }

    [TestCase("-o")]
    [TestCase("--output")]
    public void Batch_ResultsFile_TakesTheOutputOptionOfTheOtherCommands(string option)
    {
        var results = Path.Combine(_dir, "out", "results.csv");
        var (code, _, error) = CliRunner.Run("batch", _good[1], option, results, "--analysis", "hrv");
        Assert.That(code, Is.Zero, error);
        Assert.That(File.ReadAllLines(results), Has.Length.EqualTo(2));
    }

    [Test]
    public void Batch_GoodAndCorruptFiles_EveryGoodRowAndEveryFailureWithReason()
    {
        var results = Path.Combine(_dir, "out", "results.csv");
        var errors = Path.Combine(_dir, "out", "errors.csv");
        var (code, _, error) = CliRunner.Run("batch", _inputs, "--out", results, "--errors", errors, "--jobs", "2", "--analysis", "hrv");

        Assert.That(code, Is.EqualTo(ExitCodes.SomeFilesFailed), error);
        var rows = File.ReadAllLines(results);
        Assert.That(rows[0], Does.StartWith("file,HRV_MeanNN,"));
        Assert.That(rows.Skip(1).Select(r => r.Split(',')[0]), Is.EquivalentTo(_good.Select(Path.GetFullPath)));
        var failed = File.ReadAllLines(errors).Skip(1).ToArray();
        Assert.That(failed, Has.Length.EqualTo(4), string.Join('\n', failed));
        Assert.That(failed.Single(l => l.Contains("bad_empty", StringComparison.Ordinal)), Does.Contain("empty"));
        Assert.That(failed.Single(l => l.Contains("bad_columns", StringComparison.Ordinal)), Does.Contain("no usable columns"));
        Assert.That(failed.Any(l => l.Contains("bad_garbage", StringComparison.Ordinal)), Is.True);
        Assert.That(failed.Single(l => l.Contains("bad_truncated", StringComparison.Ordinal)), Does.Contain("line 4"));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName), Is.EquivalentTo(new[] { Path.GetFileName(results), Path.GetFileName(errors), Path.GetFileName(results) + ".settings" }),
            "results, errors and the settings record; no temporary files left");
    }

    [Test]
    public void Batch_ReviewBorderline_AddsTheReviewColumnsOnlyWhenAsked()
    {
        // subject_09's RMSSD depends on its one borderline beat by 5.8 % (ArtifactCorrection.ReviewBorderline).
        var folder = Path.Combine(_dir, "polar");
        Directory.CreateDirectory(folder);
        File.Copy(SharedData.Data("welltory_polar_h10", "subject_09.csv"), Path.Combine(folder, "subject_09.csv"));
        File.Copy(SharedData.Data("welltory_polar_h10", "subject_02.csv"), Path.Combine(folder, "subject_02.csv"));
        var plain = Path.Combine(_dir, "out", "plain.csv");
        var reviewed = Path.Combine(_dir, "out", "reviewed.csv");

        var (code, _, error) = CliRunner.Run("batch", folder, "--out", plain, "--analysis", "hrv");
        Assert.That(code, Is.Zero, error);
        (code, _, error) = CliRunner.Run("batch", folder, "--out", reviewed, "--analysis", "hrv", "--review-borderline");
        Assert.That(code, Is.Zero, error);

        Assert.That(File.ReadLines(plain).First(), Does.Not.Contain("Borderline"));
        var header = File.ReadLines(reviewed).First().Split(',');
        var rows = File.ReadAllLines(reviewed).Skip(1).Select(r => r.Split(',')).ToDictionary(r => Path.GetFileName(r[0]));
        string Cell(string file, string column) => rows[file][Array.IndexOf(header, column)];
        Assert.Multiple(() =>
        {
            Assert.That(Cell("subject_09.csv", "QUALITY_BorderlineBeats"), Is.EqualTo("1"));
            Assert.That(double.Parse(Cell("subject_09.csv", "QUALITY_RmssdBorderlineSpreadPercent"), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(5.0, 6.0));
            Assert.That(Cell("subject_09.csv", "QUALITY_IndicesDependOnBorderlineBeats"), Is.EqualTo("1"));
            Assert.That(Cell("subject_02.csv", "QUALITY_BorderlineBeats"), Is.EqualTo("0"));
            Assert.That(Cell("subject_02.csv", "QUALITY_IndicesDependOnBorderlineBeats"), Is.EqualTo("0"));
        });
    }

    [Test]
    public void Batch_OutputInsideInputFolder_IsNotAnalysedOnTheNextRun()
    {
        var results = Path.Combine(_inputs, "results.csv");
        CliRunner.Run("batch", _inputs, "--out", results, "--allow-failures", "--analysis", "hrv");
        var (_, _, error) = CliRunner.Run("batch", _inputs, "--out", results, "--allow-failures", "--analysis", "hrv");
        Assert.That(error, Does.Contain("13 files in shard"));
        Assert.That(File.ReadAllLines(results).Skip(1).Select(r => r.Split(',')[0]), Has.None.EqualTo(Path.GetFullPath(results)));
    }

    [Test]
    public void Batch_AllowFailures_ExitsZero()
    {
        var (code, _, _) = CliRunner.Run("batch", _inputs, "--out", Path.Combine(_dir, "r.csv"), "--allow-failures");
        Assert.That(code, Is.Zero);
    }

    [Test]
    public void Batch_ThreeShards_CoverEveryFileExactlyOnce()
    {
        var seen = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var results = Path.Combine(_dir, $"shard{k}.csv");
            var errors = Path.Combine(_dir, $"shard{k}.errors.csv");
            CliRunner.Run("batch", Path.Combine(_inputs, "**", "*.csv"), "--out", results, "--errors", errors, "--shard", $"{k}/3");
            seen.AddRange(File.ReadAllLines(results).Skip(1).Select(r => r.Split(',')[0]));
            seen.AddRange(File.ReadAllLines(errors).Skip(1).Select(r => r.Split(',')[0].Trim('"')));
        }

        var all = Directory.GetFiles(_inputs, "*.csv", SearchOption.AllDirectories).Select(Path.GetFullPath);
        Assert.That(seen, Is.EquivalentTo(all));
    }

    [Test]
    public void Batch_Resume_SkipsFilesAlreadyInOutput()
    {
        var results = Path.Combine(_dir, "r.csv");
        CliRunner.Run("batch", _good[0], _good[1], "--out", results);
        var (code, _, error) = CliRunner.Run("batch", _inputs, "--out", results, "--resume", "--allow-failures");
        Assert.That(code, Is.Zero);
        Assert.That(error, Does.Contain("2 skipped"));
        var files = File.ReadAllLines(results).Skip(1).Select(r => r.Split(',')[0]).ToArray();
        Assert.That(files, Is.EquivalentTo(_good.Select(Path.GetFullPath)));
        Assert.That(files, Is.Unique);
    }

    [Test]
    public void Batch_Jsonl_OneDocumentPerLine()
    {
        var results = Path.Combine(_dir, "r.jsonl");
        CliRunner.Run("batch", _good[0], _good[1], "--out", results, "--format", "jsonl", "--analysis", "hrv");
        var lines = File.ReadAllLines(results);
        Assert.That(lines, Has.Length.EqualTo(2));
        foreach (var line in lines)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRV_MeanNN").GetDouble(), Is.GreaterThan(700));
        }
    }

    [Test]
    public void Batch_AnalyzeWithSubjectsFile_ExerciseColumnsAndAgeFromTable()
    {
        var actes = SharedData.Data("actes");
        var subjects = Path.Combine(_dir, "subjects.csv");
        File.WriteAllText(subjects, "file,age,sex\ntest_01.csv,15,male\ntest_02.csv,15,\n");
        var results = Path.Combine(_dir, "actes.csv");
        var (code, _, error) = CliRunner.Run(
            "batch", Path.Combine(actes, "test_01.csv"), Path.Combine(actes, "test_02.csv"), "--subjects", subjects, "--out", results);
        Assert.That(code, Is.Zero, error);
        var rows = File.ReadAllLines(results);
        var header = rows[0].Split(',');
        var ci = Array.IndexOf(header, "CHRONO_Index");
        var predicted = Array.IndexOf(header, "CHRONO_PredictedMax");
        Assert.That(ci, Is.GreaterThan(0));
        Assert.That(rows.Skip(1).Select(r => r.Split(',')[predicted]), Is.All.EqualTo("205"), "Fox 220 − 15 from the subjects file");
    }

    [Test]
    public void Batch_SubjectsFileWithPhaseTimes_EachFileTakesItsOwn()
    {
        // test_01's exercise end given (power ends at 654 s); test_02 has a row with its age only and keeps its power end.
        var actes = SharedData.Data("actes");
        var subjects = Path.Combine(_dir, "subjects.csv");
        File.WriteAllText(subjects, "file,age,exercise_end_s,recovery_end_s\ntest_01.csv,15,640,800\ntest_02.csv,15,,\n");
        var results = Path.Combine(_dir, "phases.csv");
        var (code, _, error) = CliRunner.Run(
            "batch", Path.Combine(actes, "test_01.csv"), Path.Combine(actes, "test_02.csv"), "--subjects", subjects, "--out", results);
        Assert.That(code, Is.Zero, error);
        var rows = File.ReadAllLines(results);
        var header = rows[0].Split(',');
        var file = Array.IndexOf(header, "file");
        var end = Array.IndexOf(header, "PHASE_ExerciseEnd");
        var recoveryEnd = Array.IndexOf(header, "PHASE_RecoveryEnd");
        var byFile = rows.Skip(1).Select(r => r.Split(',')).ToDictionary(c => Path.GetFileName(c[file]));
        Assert.That(byFile["test_01.csv"][end], Is.EqualTo("640"));
        Assert.That(byFile["test_01.csv"][recoveryEnd], Is.EqualTo("800"));
        Assert.That(double.Parse(byFile["test_02.csv"][end], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(515).Within(1), "power end, as without the table");
    }

    [Test]
    public void Batch_Csv_LastColumnHoldsEachFilesProblemCodes()
    {
        // running_activity_1: no recovery after the end found from the heart-rate curve; ACTES test_02 with its age: none of that.
        var results = Path.Combine(_dir, "codes.csv");
        var subjects = Path.Combine(_dir, "ages.csv");
        File.WriteAllText(subjects, "file,age,posture\ntest_02.csv,15,active\n");
        var (code, _, error) = CliRunner.Run(
            "batch", SharedData.Data("tcx_exercise_hr", "running_activity_1.csv"), Path.Combine(SharedData.Data("actes"), "test_02.csv"),
            "--subjects", subjects, "--out", results);
        Assert.That(code, Is.Zero, error);
        var rows = File.ReadAllLines(results).Select(l => l.Split(',')).ToArray();
        Assert.That(rows[0][^1], Is.EqualTo("problems"));
        var byFile = rows.Skip(1).ToDictionary(c => Path.GetFileName(c[0]), c => c[^1].Split(';', StringSplitOptions.RemoveEmptyEntries));
        Assert.That(byFile["running_activity_1.csv"], Does.Contain("NoRecoveryAfterExercise").And.Contain("AgeMissing"));
        Assert.That(byFile["test_02.csv"], Has.None.EqualTo("AgeMissing").And.None.EqualTo("NoRecoveryAfterExercise"));
    }

    [Test]
    public void Resume_IntoAFileWithoutTheProblemsColumn_KeepsItsShape()
    {
        // A results file written before the problems column: resumed rows have as many cells as its header.
        var actes = SharedData.Data("actes");
        var results = Path.Combine(_dir, "old.csv");
        var (c1, _, e1) = CliRunner.Run("batch", Path.Combine(actes, "test_01.csv"), "--out", results);
        Assert.That(c1, Is.Zero, e1);
        var lines = File.ReadAllLines(results);
        static string DropLast(string line) => line[..line.LastIndexOf(',')];
        File.WriteAllText(results, string.Join('\n', lines.Select(DropLast)) + "\n");
        var (c2, _, e2) = CliRunner.Run("batch", Path.Combine(actes, "test_01.csv"), Path.Combine(actes, "test_02.csv"), "--out", results, "--resume");
        Assert.That(c2, Is.Zero, e2);
        var resumed = File.ReadAllLines(results).Select(l => l.Split(',').Length).ToArray();
        Assert.That(resumed, Has.Length.EqualTo(3));
        Assert.That(resumed, Is.All.EqualTo(resumed[0]));
        Assert.That(File.ReadAllLines(results)[0], Does.Not.EndWith(",problems"));
    }

    [Test]
    public void Batch_RecoveriesOfDifferentLength_SameColumnsInEitherOrder()
    {
        // ACTES test_07 recovers for 176 s, test_01 for over 3 min: the recovery RMSSD windows used to follow the first
        // file's recovery, so test_01's 150–180 s window was dropped when test_07 came first.
        var actes = SharedData.Data("actes");
        string[] Header(string out1, params string[] files)
        {
            var results = Path.Combine(_dir, out1);
            var (code, _, error) = CliRunner.Run(["batch", .. files.Select(f => Path.Combine(actes, f)), "--out", results, "--jobs", "1"]);
            Assert.That(code, Is.Zero, error);
            return File.ReadAllLines(results)[0].Split(',');
        }

        var forward = Header("f.csv", "test_01.csv", "test_07.csv");
        var backward = Header("b.csv", "test_07.csv", "test_01.csv");
        Assert.That(backward, Is.EqualTo(forward));
        Assert.That(forward, Does.Contain("HRR_RMSSD_150_180s").And.Contain("HRR_RMSSD_270_300s").And.No.Contain("HRR_RMSSD_300_330s"));
    }

    [Test]
    public void Batch_SplitBySubject_SubjectsRowsKeyedByTheSplitItem()
    {
        // doremi: one long table of 21 patients; patient 10's row gives the age and the exercise end.
        var subjects = Path.Combine(_dir, "split-subjects.csv");
        File.WriteAllText(subjects, "file,age,exercise_end_s\ncardio.csv#id=10,60,300\n");
        var results = Path.Combine(_dir, "split.csv");
        var (code, _, error) = CliRunner.Run(
            "batch", SharedData.Data("doremi", "cardio.csv"), "--split-by", "id", "--subjects", subjects, "--out", results);
        Assert.That(code, Is.Zero, error);
        var rows = File.ReadAllLines(results).Select(l => l.Split(',')).ToArray();
        var header = rows[0];
        var byItem = rows.Skip(1).ToDictionary(c => c[0][(c[0].LastIndexOf('#') + 1)..]);
        Assert.That(byItem["id=10"][Array.IndexOf(header, "PHASE_ExerciseEnd")], Is.EqualTo("300"));
        Assert.That(byItem["id=10"][Array.IndexOf(header, "CHRONO_PredictedMax")], Is.EqualTo("160"), "Fox 220 − 60");
        Assert.That(byItem["id=11"][Array.IndexOf(header, "CHRONO_PredictedMax")], Is.Empty, "no row, no age");
    }

    [Test]
    public void SubjectTableRow_EmptyCells_KeepWhatTheRecordingSays()
    {
        // A row that gives only a phase time must not wipe the age a FIT file carries.
        var row = new HrResponse.Cli.Commands.SubjectTable.Row(new SubjectInfo { Sex = Sex.Female }, null, 600, null);
        var merged = row.Subject.OrElse(new SubjectInfo { AgeYears = 52, Sex = Sex.Male });
        Assert.That(merged.AgeYears, Is.EqualTo(52));
        Assert.That(merged.Sex, Is.EqualTo(Sex.Female));
    }

    [Test]
    public void Batch_SubjectsFileWithBadPhaseTime_FailsNamingTheCell()
    {
        var subjects = Path.Combine(_dir, "subjects.csv");
        File.WriteAllText(subjects, "file,exercise_start_s,exercise_end_s\ntest_01.csv,600,500\n");
        var (code, _, error) = CliRunner.Run(
            "batch", Path.Combine(SharedData.Data("actes"), "test_01.csv"), "--subjects", subjects, "--out", Path.Combine(_dir, "bad.csv"));
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("exercise_end_s must be after exercise_start_s").And.Contain("subjects.csv"));
    }

    [Test]
    public void Batch_SubjectsFileWithRecoveryEndBeforeExerciseEnd_FailsNamingTheCell()
    {
        var subjects = Path.Combine(_dir, "subjects.csv");
        File.WriteAllText(subjects, "file,exercise_end_s,recovery_end_s\ntest_01.csv,600,500\n");
        var (code, _, error) = CliRunner.Run(
            "batch", Path.Combine(SharedData.Data("actes"), "test_01.csv"), "--subjects", subjects, "--out", Path.Combine(_dir, "bad.csv"));
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("recovery_end_s must be after exercise_end_s").And.Contain("subjects.csv"));
    }

    [Test]
    public void Run_CancelledMidway_LeavesNoPartialOrTemporaryFile()
    {
        var results = Path.Combine(_dir, "out", "results.csv");
        using var cts = new CancellationTokenSource();
        var calls = 0;
        ResultDocument Analyze(string f)
        {
            if (Interlocked.Increment(ref calls) == 3) cts.Cancel();
            return new ResultDocument { File = f, Input = new InputSummary { Format = "x" }, Indices = new Dictionary<string, double> { ["A"] = 1 } };
        }

        var runner = new BatchRunner(new BatchSettings { OutputPath = results, Jobs = 1 }, Analyze, new BatchProgress(TextWriter.Null, false, _good.Length));
        Assert.Throws<OperationCanceledException>(() => runner.Run(_good, cts.Token));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "out")), Is.Empty);
    }

    [Test]
    public void Shard_ParseRejectsBadValues()
    {
        Assert.Throws<CliException>(() => Shard.Parse("0/3"));
        Assert.Throws<CliException>(() => Shard.Parse("4/3"));
        Assert.Throws<CliException>(() => Shard.Parse("x"));
    }
}
