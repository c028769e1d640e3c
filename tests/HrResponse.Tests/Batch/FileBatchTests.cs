using HrResponse.Batch;
using NUnit.Framework;

namespace HrResponse.Tests.Batch;

/// <summary>The per-file batch engine: input order at any parallelism, the exception kept per file, progress, cancellation.</summary>
public class FileBatchTests
{
    private static readonly string[] Paths = [.. Enumerable.Range(0, 37).Select(i => $"file{i:00}")];

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(16)]
    public void Run_SlowAndFastFiles_ComeBackInInputOrderWithEachFailureKept(int jobs)
    {
        // Later files finish first (the sleep falls with the index), and every fifth file throws.
        var items = FileBatch.Run(Paths, (path, _) =>
        {
            var i = int.Parse(path[4..], System.Globalization.CultureInfo.InvariantCulture);
            Thread.Sleep((Paths.Length - i) % 4);
            if (i % 5 == 0) throw new InvalidDataException($"{path} is bad");
            return path.ToUpperInvariant();
        }, jobs).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.Path), Is.EqualTo(Paths));
            Assert.That(items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, Paths.Length)));
            Assert.That(items.Where(i => i.Succeeded).Select(i => i.Result), Is.EqualTo(Paths.Where((_, k) => k % 5 != 0).Select(p => p.ToUpperInvariant())));
            Assert.That(items.Where(i => !i.Succeeded).Select(i => i.Failure!.Message), Is.EqualTo(Paths.Where((_, k) => k % 5 == 0).Select(p => $"{p} is bad")));
            Assert.That(items.Where(i => !i.Succeeded), Has.All.Property(nameof(FileBatchItem<string>.Result)).Null);
        });
    }

    [Test]
    public void Run_WorkReturnsNull_IsAFailureNamingTheFile()
    {
        var item = FileBatch.Run(["a.csv"], (_, _) => (string?)null!, 1).Single();
        Assert.That(item.Succeeded, Is.False);
        Assert.That(item.Failure, Is.InstanceOf<InvalidOperationException>().With.Message.Contains("a.csv"));
    }

    [Test]
    public void Run_Progress_ReportedAfterEachChunkWithTheFailures()
    {
        var reports = new List<RecordingBatchProgress>();
        var yielded = 0;
        foreach (var _ in FileBatch.Run(Paths, (path, _) => path.EndsWith('3') ? throw new IOException("x") : path, 2, new Sink(p =>
                 {
                     Assert.That(yielded, Is.EqualTo(p.CompletedCount), "a chunk is reported once its items were yielded");
                     reports.Add(p);
                 })))
            yielded++;

        Assert.Multiple(() =>
        {
            Assert.That(reports.Select(r => r.CompletedCount), Is.EqualTo(new[] { 8, 16, 24, 32, 37 }));
            Assert.That(reports.Select(r => r.FailedCount), Is.EqualTo(new[] { 1, 2, 3, 3, 4 }), "file03, 13, 23, then 33 in the last chunk");
            Assert.That(reports, Has.All.Property(nameof(RecordingBatchProgress.TotalCount)).EqualTo(37));
        });
    }

    [Test]
    public void Run_CancelledDuringAChunk_ThrowsAndYieldsNothingOfThatChunk()
    {
        using var cts = new CancellationTokenSource();
        var yielded = new List<string>();
        Assert.That(() =>
        {
            foreach (var item in FileBatch.Run(Paths, (path, ct) =>
                     {
                         if (path == "file10") cts.Cancel();
                         ct.ThrowIfCancellationRequested();
                         return path;
                     }, 2, cancellationToken: cts.Token))
                yielded.Add(item.Path);
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(yielded, Is.EqualTo(Paths.Take(8)), "the first chunk (8 files) only; none of the cancelled chunk is a row");
    }

    [Test]
    public void Run_BadArguments_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => FileBatch.Run(null!, (p, _) => p, 1), Throws.ArgumentNullException);
            Assert.That(() => FileBatch.Run<string>(Paths, null!, 1), Throws.ArgumentNullException);
            Assert.That(() => FileBatch.Run(["a", null!], (p, _) => p, 1), Throws.ArgumentNullException.With.Message.Contains("Path 1"));
            Assert.That(() => FileBatch.Run(Paths, (p, _) => p, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => FileBatch.Run(Paths, (p, _) => p, 1025), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private sealed class Sink(Action<RecordingBatchProgress> report) : IProgress<RecordingBatchProgress>
    {
        public void Report(RecordingBatchProgress value) => report(value);
    }
}
