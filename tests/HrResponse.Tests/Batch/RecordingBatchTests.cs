using HrResponse.Batch;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Batch;

/// <summary>The library's batch: input order, per-file isolation, same numbers as one analysis, progress, cancellation.</summary>
public class RecordingBatchTests : TemporaryFolderTest
{
    private static string[] ShortRecordings() =>
    [
        SharedData.Data("welltory_polar_h10", "subject_02.csv"),
        SharedData.Data("welltory_polar_h10", "subject_03.csv"),
        SharedData.Data("welltory_polar_h10", "subject_04.csv"),
        SharedData.Data("welltory_polar_h10", "subject_05.csv"),
        SharedData.Data("nsr2db_5min", "nsr006_5min.csv"),
    ];

    private static RecordingBatchOptions HrvOnly(int jobs) => new()
    {
        Analysis = new RecordingAnalysisOptions { Parts = AnalysisParts.Hrv },
        MaxDegreeOfParallelism = jobs,
    };

    [Test]
    public void Analyze_GoodAndBadFiles_EveryFileInInputOrderAndTheBadOnesIsolated()
    {
        var good = ShortRecordings();
        var garbage = WriteFile("garbage.csv", "rr_ms\nabc\n1e308\n;;;\n");
        var missing = Path.Combine(Folder, "missing.csv");
        string[] paths = [good[0], garbage, good[1], missing, good[2]];

        var items = RecordingBatch.Analyze(paths, HrvOnly(jobs: 3)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.Path), Is.EqualTo(paths));
            Assert.That(items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, paths.Length)));
            Assert.That(items.Select(i => i.Succeeded), Is.EqualTo(new[] { true, false, true, false, true }));
            Assert.That(items[1].Error, Does.Contain("garbage.csv"));
            Assert.That(items[3].Error, Does.Contain("missing.csv"));
            Assert.That(items[1].Result, Is.Null);
            Assert.That(items[0].Error, Is.Null);
        });
    }

    [Test]
    public void Analyze_SameNumbersAsOneAnalysis_WhateverTheParallelism()
    {
        var paths = ShortRecordings();
        var sequential = RecordingBatch.Analyze(paths, HrvOnly(jobs: 1)).ToList();
        var parallel = RecordingBatch.Analyze(paths, HrvOnly(jobs: 4)).ToList();
        for (var i = 0; i < paths.Length; i++)
        {
            var single = RecordingAnalysis.Compute(RecordingReader.Open(paths[i]).Recording, HrvOnly(1).Analysis).Hrv!.ToIndexTable();
            Assert.That(sequential[i].Result!.Hrv!.ToIndexTable(), Is.EqualTo(single), paths[i]);
            Assert.That(parallel[i].Result!.Hrv!.ToIndexTable(), Is.EqualTo(single), paths[i]);
        }
    }

    [Test]
    public void Analyze_SubjectOf_GivesEachFileItsSubject()
    {
        var paths = ShortRecordings()[..2];
        var options = HrvOnly(2) with { SubjectOf = p => p == paths[1] ? new SubjectInfo { AgeYears = 54 } : null };
        var items = RecordingBatch.Analyze(paths, options).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(items[0].Result!.Recording.Subject.AgeYears, Is.Null);
            Assert.That(items[1].Result!.Recording.Subject.AgeYears, Is.EqualTo(54));
        });
    }

    [Test]
    public void Analyze_Progress_CountsEveryFileAndTheFailures()
    {
        var paths = ShortRecordings().Append(Path.Combine(Folder, "missing.csv")).ToArray();
        var reports = new List<RecordingBatchProgress>();
        var progress = new SynchronousProgress<RecordingBatchProgress>(reports.Add);
        _ = RecordingBatch.Analyze(paths, HrvOnly(jobs: 1), progress).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reports.Select(r => r.CompletedCount), Is.Ordered.Ascending);
            Assert.That(reports[^1], Is.EqualTo(new RecordingBatchProgress(paths.Length, 1, paths.Length)));
        });
    }

    [Test]
    public void Analyze_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(() => RecordingBatch.Analyze(ShortRecordings(), HrvOnly(2), null, cancel.Token).ToList(),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Analyze_BadArguments_ThrowWithTheSettingNamed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => RecordingBatch.Analyze(null!), Throws.ArgumentNullException);
            Assert.That(() => RecordingBatch.Analyze(["a.csv", null!]), Throws.ArgumentNullException.With.Message.Contains("Path 1"));
            Assert.That(() => RecordingBatch.Analyze(["a.csv"], new RecordingBatchOptions { MaxDegreeOfParallelism = 0 }),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("MaxDegreeOfParallelism"));
        });
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
