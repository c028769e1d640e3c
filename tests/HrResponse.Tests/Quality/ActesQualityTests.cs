using System.Globalization;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Real exercise tests with known defects (shared/data/actes): test 6 logs a 16.9 s dropout as one interval, test 17
/// has a run of beats with empty RR. Both must come out flagged with the defects counted, not averaged away.
/// </summary>
public class ActesQualityTests
{
    private static readonly ArtifactCorrectionOptions[] AllSettings =
    [
        .. ArtifactCorrectionOptions.Names.Select(ArtifactCorrectionOptions.FromName),
        .. ArtifactCorrectionOptions.Names.Select(n => ArtifactCorrectionOptions.FromName(n) with { Action = CorrectionAction.ExcludeAndMarkGaps }),
    ];

    [Test]
    public void Clean_Test06_LongDropoutBecomesGapAndIsReported()
    {
        var (rr, _, _) = QualityTestData.ReadActes(SharedData.Data("actes", "test_06.csv"));
        var ms = rr.Milliseconds.ToArray();
        var longest = Array.IndexOf(ms, ms.Max());
        Assert.That(ms[longest], Is.EqualTo(16872), "the README's 16,872 ms interval");

        var c = ArtifactCorrection.Clean(rr);
        var q = c.Quality;
        TestContext.Out.WriteLine($"test 6: {q.ArtifactCount} artifacts (ectopic {q.EctopicCount}, long {q.LongCount}, short {q.ShortCount}), " +
                                  $"dropouts {q.DropoutCount}, lost {q.EstimatedLostBeats}, {q.ArtifactPercent:F2} %, longest gap {q.LongestGapSeconds:F3} s");
        Assert.Multiple(() =>
        {
            Assert.That(q.Artifacts, Has.Some.EqualTo(new DetectedArtifact(longest, ArtifactType.Dropout, rr.BeatTimesSeconds[longest])));
            Assert.That(q.DropoutCount, Is.EqualTo(1));
            Assert.That(q.LongestGapSeconds, Is.EqualTo(16.872).Within(0.001));
            // 16.9 s at the local median interval: about 30 beats lost, counted in the artifact percentage.
            Assert.That(q.EstimatedLostBeats, Is.InRange(20, 45));
            Assert.That(q.ArtifactPercent, Is.GreaterThan(100.0 * q.EstimatedLostBeats / (q.OriginalCount + q.EstimatedLostBeats)));
            Assert.That(q.ArtifactCount, Is.GreaterThan(0), "the recording also has ectopic beats");
            Assert.That(c.Intervals.Milliseconds.ToArray(), Has.All.LessThan(3000), "no dropout survives into the cleaned series");
            Assert.That(c.Beats.Where(b => b.Action == BeatAction.Gap).Select(b => b.InputIndex), Does.Contain(longest));
        });
    }

    [Test]
    public void Clean_Test17_EmptyRrRunsBecomeGapsAndMakeDfaUnreliable()
    {
        var path = SharedData.Data("actes", "test_17.csv");
        var (rr, rows, empty) = QualityTestData.ReadActes(path);
        Assert.That(rows - empty, Is.EqualTo(rr.Count));

        // Expected gaps from the file itself: each run of empty-RR rows; the gap spans from the last beat before the
        // run to the time of the run's last row (where the next recorded interval starts).
        var runs = new List<(double Before, double LastEmpty, int Rows)>();
        double previousTime = double.NaN, runStart = double.NaN, lastEmpty = double.NaN;
        var inRun = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split(',');
            var time = double.Parse(cells[0], CultureInfo.InvariantCulture);
            if (cells[1].Length == 0)
            {
                if (inRun == 0) runStart = previousTime;
                inRun++;
                lastEmpty = time;
            }
            else if (inRun > 0)
            {
                runs.Add((runStart, lastEmpty, inRun));
                inRun = 0;
            }

            previousTime = time;
        }

        Assert.That(runs.Sum(r => r.Rows), Is.EqualTo(empty));
        var c = ArtifactCorrection.Clean(rr);
        var q = c.Quality;
        TestContext.Out.WriteLine($"test 17: {empty} empty rows in {runs.Count} runs; {q.DiscontinuityCount} discontinuities, lost {q.EstimatedLostBeats}, " +
                                  $"{q.ArtifactCount} artifacts, {q.ArtifactPercent:F2} %, longest gap {q.LongestGapSeconds:F3} s");
        Assert.Multiple(() =>
        {
            Assert.That(q.DiscontinuityCount, Is.EqualTo(runs.Count));
            Assert.That(q.Artifacts.Count(a => a.Type == ArtifactType.Discontinuity), Is.EqualTo(runs.Count));
            Assert.That(q.EstimatedLostBeats, Is.EqualTo(empty).Within(empty * 0.15));
            Assert.That(q.LongestGapSeconds, Is.EqualTo(runs.Max(r => r.LastEmpty - r.Before)).Within(0.001));
            Assert.That(q.GapCount, Is.GreaterThanOrEqualTo(runs.Count));
            Assert.That(q.ArtifactPercent, Is.GreaterThan(15));
            Assert.That(q.DfaAlpha1Reliable, Is.False);
        });
    }

    [Test]
    public void Clean_Test17ReadWithRebuiltIntervals_CountsThemAndMakesDfaUnreliable()
    {
        // The CSV reader's default rebuilds the 436 empty RR cells from the beat times; they are marked, not trusted.
        var beats = HrResponse.Io.RecordingCsvReader.Read(SharedData.Data("actes", "test_17.csv")).Recording.Beats;
        var (_, rows, empty) = QualityTestData.ReadActes(SharedData.Data("actes", "test_17.csv"));
        Assert.That(beats.Count, Is.EqualTo(rows));
        var q = ArtifactCorrection.Clean(beats).Quality;
        TestContext.Out.WriteLine($"test 17 rebuilt: {q.ReconstructedCount} reconstructed, {q.ArtifactCount} artifacts, {q.DropoutCount} dropouts, {q.ArtifactPercent:F2} %");
        Assert.Multiple(() =>
        {
            Assert.That(q.ReconstructedCount, Is.EqualTo(empty));
            Assert.That(q.ArtifactPercent, Is.GreaterThan(100.0 * empty / rows));
            Assert.That(q.DfaAlpha1Reliable, Is.False);
            Assert.That(q.ToIndexTable()["QUALITY_Reconstructed"], Is.EqualTo(empty));
        });
    }

    private static readonly Dictionary<string, RrIntervals> Cache = [];

    private static RrIntervals Load(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var rr)) Cache[file] = rr = QualityTestData.ReadActes(SharedData.Data("actes", file)).Rr;
            return rr;
        }
    }

    [TestCaseSource(nameof(AllSettings))]
    public void Clean_ActesTests_EveryMethodAndActionGivesAConsistentSeries(ArtifactCorrectionOptions options)
    {
        foreach (var file in new[] { "test_06.csv", "test_17.csv" })
        {
            var c = ArtifactCorrection.Clean(Load(file), options);
            var q = c.Quality;
            var ms = c.Intervals.Milliseconds.ToArray();
            var t = c.Intervals.BeatTimesSeconds.ToArray();
            var firstGap = c.Intervals.Count > 0 && c.Intervals.GapBefore[0];
            Assert.Multiple(() =>
            {
                for (var i = 0; i < ms.Length; i++)
                {
                    Assert.That(double.IsFinite(ms[i]) && ms[i] > 0, Is.True, $"{file} interval {i}");
                    if (i > 0) Assert.That(t[i], Is.GreaterThan(t[i - 1]), $"{file} time {i}");
                }

                Assert.That(firstGap, Is.False);
                Assert.That(q.CleanedCount, Is.EqualTo(q.OriginalCount - q.RemovedCount - q.ExcludedCount + q.InsertedCount), file);
                Assert.That(c.Beats, Has.Count.EqualTo(q.CleanedCount + q.RemovedCount + q.ExcludedCount), file);
                Assert.That(c.Beats.Select(b => b.TimeSeconds), Is.Ordered, file);
                Assert.That(q.DiscontinuityCount, Is.EqualTo(file == "test_17.csv" ? 1 : 0), file);
                if (options.Method != ArtifactDetectionMethod.None)
                    Assert.That(q.LongestGapSeconds, Is.GreaterThan(file == "test_06.csv" ? 16.8 : 100), file);
            });
        }
    }
}
