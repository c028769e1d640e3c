using HrResponse.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>Issue 15, item 6: a cancelled run (Ctrl+C, SIGTERM) leaves no output and exits 130; the library reports progress.</summary>
public class CancellationTests : TemporaryFolderTest
{
    private string Input()
    {
        var path = Path.Combine(Folder, "in.csv");
        File.WriteAllText(path, "rr_ms\n" + string.Join('\n', Enumerable.Range(0, 600).Select(i => 800 + (i % 9 * 7))) + "\n");
        return path;
    }

    [TestCase("hrv")]
    [TestCase("analyze")]
    [TestCase("clean")]
    public void Run_Cancelled_Exit130AndNoOutputNorTemporaryFile(string command)
    {
        var output = Path.Combine(Folder, "out.txt");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run([command, Input(), "-o", output], stdout, stderr, cancelled.Token);
        Assert.That(code, Is.EqualTo(ExitCodes.Cancelled), stderr.ToString());
        Assert.That(stderr.ToString(), Does.Contain("cancelled"));
        Assert.That(Directory.GetFiles(Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "in.csv" }));
    }

    [Test]
    public void Run_CancelledWithExistingOutput_OutputKeepsItsContent()
    {
        var output = Path.Combine(Folder, "out.csv");
        File.WriteAllText(output, "earlier results");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var code = CliApp.Run(["hrv", Input(), "-o", output], TextWriter.Null, TextWriter.Null, cancelled.Token);
        Assert.That(code, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That(File.ReadAllText(output), Is.EqualTo("earlier results"));
    }

    [Test]
    public void Compute_Progress_StagesInOrderPercentMonotoneEndsAtDone()
    {
        var rr = Enumerable.Range(0, 20_000).Select(i => 800.0 + (i % 13 * 5)).ToArray();
        var reports = new List<RecordingAnalysisProgress>();
        var progress = new SyncProgress(reports.Add);
        var options = new RecordingAnalysisOptions { Parts = AnalysisParts.Rolling };
        RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rr)), options, progress, CancellationToken.None);
        Assert.That(reports.Select(r => r.Percent), Is.Ordered);
        Assert.That(reports.Select(r => r.Stage), Is.Ordered);
        Assert.That(reports[^1], Is.EqualTo(new RecordingAnalysisProgress { Stage = RecordingAnalysisStage.Done, Percent = 100 }));
        Assert.That(reports.Count(r => r.Stage == RecordingAnalysisStage.RollingHrv), Is.GreaterThan(1), "progress within rolling HRV");
    }

    [Test]
    public void Compute_CancelledDuringRollingHrv_Throws()
    {
        var rr = Enumerable.Range(0, 20_000).Select(i => 800.0 + (i % 13 * 5)).ToArray();
        using var source = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == RecordingAnalysisStage.RollingHrv && p.Percent > 85) source.Cancel(); // inside the stage, not at its start
        });
        var options = new RecordingAnalysisOptions { Parts = AnalysisParts.Rolling };
        Assert.That(() => RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rr)), options, progress, source.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    private sealed class SyncProgress(Action<RecordingAnalysisProgress> report) : IProgress<RecordingAnalysisProgress>
    {
        public void Report(RecordingAnalysisProgress value) => report(value);
    }
}
