using System.Diagnostics;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests;

/// <summary>
/// Issue 15: a cancel during one long stage of a 24-hour recording (nsr2db/nsr001, 106,459 beats) ends the analysis
/// with <see cref="OperationCanceledException"/> from inside the stage, not at its end. Each set of options below makes
/// the HRV stage run for many minutes uncancelled (NeuroKit2's unbounded nonlinear indices: fuzzy entropy, correlation
/// dimension and thousands of multiscale entropy scales; an exact Lomb–Scargle sum over about 650,000 frequencies),
/// so the hang guard of 60 s fails when a long loop does not see the token.
/// </summary>
public class RecordingAnalysisLongStageCancellationTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Test]
    public void Compute_CancelledInsideTheNonlinearStageOf24Hours_ThrowsOperationCanceled()
    {
        var hrv = HrvOptions.Default with { Domains = HrvDomains.Nonlinear, Nonlinear = NonlinearOptions.NeuroKit2 };
        AssertCancelledInsideHrvStage(new RecordingAnalysisOptions { Hrv = hrv, Parts = AnalysisParts.Hrv });
    }

    [Test]
    public void Compute_CancelledInsideAnExactLombScargleStageOf24Hours_ThrowsOperationCanceled()
    {
        var frequency = FrequencyDomainOptions.Default with
        {
            Method = PsdMethod.Lomb,
            Lomb = new LombScargleOptions { Algorithm = LombAlgorithm.Exact, OversamplingFactor = 20 },
        };
        var hrv = HrvOptions.Default with { Domains = HrvDomains.Frequency, FrequencyDomain = frequency };
        AssertCancelledInsideHrvStage(new RecordingAnalysisOptions { Hrv = hrv, Parts = AnalysisParts.Hrv });
    }

    private static void AssertCancelledInsideHrvStage(RecordingAnalysisOptions options)
    {
        var recording = RecordingCsvReader.Read(SharedData.Data("nsr2db", "nsr001.csv")).Recording;
        using var source = new CancellationTokenSource();
        using var inHrvStage = new ManualResetEventSlim();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == RecordingAnalysisStage.Hrv) inHrvStage.Set();
        });

        var run = Task.Run(() => RecordingAnalysis.Compute(recording, options, progress, source.Token));
        Assert.That(inHrvStage.Wait(HangGuard), Is.True, "the HRV stage was reached");
        Thread.Sleep(500); // well inside the stage's long loops
        Assert.That(run.IsCompleted, Is.False, "the stage is still running when cancelled");
        var watch = Stopwatch.StartNew();
        source.Cancel();
        var ended = ((IAsyncResult)run).AsyncWaitHandle.WaitOne(HangGuard);
        watch.Stop();
        Assert.That(ended, Is.True, $"the analysis ended within {HangGuard.TotalSeconds} s of the cancel");
        TestContext.Out.WriteLine($"ended {watch.Elapsed.TotalMilliseconds:0} ms after the cancel");
        Assert.That(run.Exception?.InnerException, Is.InstanceOf<OperationCanceledException>());
    }

    private sealed class SyncProgress(Action<RecordingAnalysisProgress> report) : IProgress<RecordingAnalysisProgress>
    {
        public void Report(RecordingAnalysisProgress value) => report(value);
    }
}
