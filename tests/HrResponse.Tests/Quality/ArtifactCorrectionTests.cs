using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>Hand-made series for Lipponen–Tarvainen detection, both correction actions, gaps and the report.</summary>
public class ArtifactCorrectionTests
{
    // 60 intervals around 800 ms with ±16 ms of variability (784, 800, 816, 792, 808, ...).
    private static List<double> Base(int n = 60) => [.. Enumerable.Range(0, n).Select(i => 800.0 + (8 * (((i * 7) % 5) - 2)))];

    private static CleanedRrIntervals Clean(IEnumerable<double> rr, ArtifactCorrectionOptions? o = null) =>
        ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr.ToArray()), o);

    [Test]
    public void Clean_BaseSeries_FindsNothingAndKeepsEveryBeat()
    {
        var c = Clean(Base());
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.Artifacts, Is.Empty);
            Assert.That(c.Quality.ArtifactPercent, Is.Zero);
            Assert.That(c.Quality.DfaAlpha1Reliable, Is.True);
            Assert.That(c.Intervals.Milliseconds.ToArray(), Is.EqualTo(Base().ToArray()));
            Assert.That(c.Beats.Select(b => b.Action), Has.All.EqualTo(BeatAction.Kept));
            Assert.That(c.Quality.PassCount, Is.Zero);
        });
    }

    private static readonly ArtifactCorrectionOptions Spline = ArtifactCorrectionOptions.Default with { Estimator = IntervalEstimator.CubicSpline };

    [Test]
    public void Clean_IntervalFlaggedAgainByALaterPass_CountedOnce()
    {
        // ACTES test 17: input 1,844 is flagged long, then its estimate short; 1,859 long, then part of an ectopic pair;
        // 1,926 short in two passes. The list keeps every flag; the counts (and ArtifactPercent) take each input interval
        // once, with its latest type (docs/beat-quality.md item 105).
        var beats = HrResponse.Io.RecordingCsvReader.Read(SharedData.Data("actes", "test_17.csv")).Recording.Beats;
        var q = ArtifactCorrection.Clean(beats).Quality;
        var flags = q.Artifacts.Where(a => a.Type is not (ArtifactType.Dropout or ArtifactType.Discontinuity)).ToList();
        var latest = new Dictionary<int, ArtifactType>();
        foreach (var a in flags) latest[a.Index] = a.Type;
        Assert.Multiple(() =>
        {
            Assert.That(flags.Count(a => a.Index == 1844), Is.EqualTo(2), "input 1,844 flagged in two passes");
            Assert.That(latest[1844], Is.EqualTo(ArtifactType.Short));
            Assert.That(latest[1859], Is.EqualTo(ArtifactType.Ectopic));
            Assert.That(q.ArtifactCount, Is.EqualTo(latest.Count).And.LessThan(flags.Count));
            Assert.That(q.LongCount, Is.EqualTo(latest.Values.Count(t => t == ArtifactType.Long)));
            Assert.That(q.ShortCount, Is.EqualTo(latest.Values.Count(t => t == ArtifactType.Short)));
            Assert.That(q.EctopicCount, Is.EqualTo(latest.Values.Count(t => t == ArtifactType.Ectopic)));
        });
    }

    [Test]
    public void Clean_MissedBeat_SplitInTwoWithInsertedBeatInTheMiddle()
    {
        var rr = Base();
        var merged = rr[30] + rr[31];
        rr[30] = merged;
        rr.RemoveAt(31);
        var input = RrIntervals.FromMilliseconds(rr.ToArray());
        var c = ArtifactCorrection.Clean(input, Spline);
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.Artifacts, Is.EqualTo(new[] { new DetectedArtifact(30, ArtifactType.Missed, input.BeatTimesSeconds[30]) }));
            Assert.That(c.Quality.MissedCount, Is.EqualTo(1));
            Assert.That(c.Intervals.Count, Is.EqualTo(rr.Count + 1));
            Assert.That(c.Intervals.Milliseconds[30], Is.EqualTo(merged / 2).Within(1e-9));
            Assert.That(c.Intervals.Milliseconds[31], Is.EqualTo(merged / 2).Within(1e-9));
            Assert.That(c.Intervals.BeatTimesSeconds[30], Is.EqualTo(input.BeatTimesSeconds[30] - (merged / 2000)).Within(1e-12));
            Assert.That(c.Intervals.BeatTimesSeconds[31], Is.EqualTo(input.BeatTimesSeconds[30]).Within(1e-12));
            Assert.That(c.Beats[30].Action, Is.EqualTo(BeatAction.Inserted));
            Assert.That(c.Quality.InsertedCount, Is.EqualTo(1));
            Assert.That(c.Quality.ChangedBeatIndices, Is.EqualTo(new[] { 30 }));
            Assert.That(c.Intervals.HasGaps, Is.False);
        });
    }

    [Test]
    public void Clean_ExtraBeat_RemovedAndIntervalsMerged()
    {
        var rr = Base();
        var whole = rr[30];
        rr[30] = whole * 0.4;
        rr.Insert(31, whole * 0.6);
        var c = Clean(rr);
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.Artifacts.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (30, ArtifactType.Extra) }));
            Assert.That(c.Intervals.Milliseconds.ToArray(), Is.EqualTo(Base().ToArray()).Within(1e-9));
            Assert.That(c.Beats.Count(b => b.Action == BeatAction.Removed), Is.EqualTo(1));
            Assert.That(c.Beats[30].Action, Is.EqualTo(BeatAction.Removed));
            Assert.That(c.Beats[30].RrMs, Is.EqualTo(whole * 0.4).Within(1e-9));
            Assert.That(c.Quality.ChangedBeatIndices, Is.EqualTo(new[] { 30, 31 }));
            Assert.That(c.Quality.RemovedCount, Is.EqualTo(1));
        });
    }

    // Base() repeats 784 800 816 792 808 ms (period 5 beats, like a respiratory oscillation): an AR(4) model predicts
    // it exactly, the spline through the neighbours cannot.
    [Test]
    public void Clean_MissedBeatInAPeriodicRhythm_AutoregressiveEstimateRestoresBothIntervals()
    {
        var rr = Base();
        var merged = rr[30] + rr[31];
        rr[30] = merged;
        rr.RemoveAt(31);
        var input = RrIntervals.FromMilliseconds(rr.ToArray());
        var c = ArtifactCorrection.Clean(input);
        var spline = ArtifactCorrection.Clean(input, Spline);
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.Options.Estimator, Is.EqualTo(IntervalEstimator.AutoregressiveVariancePreserving));
            Assert.That(c.Intervals.Milliseconds[30], Is.EqualTo(784).Within(1));
            Assert.That(c.Intervals.Milliseconds[31], Is.EqualTo(800).Within(1));
            Assert.That(c.Intervals.Milliseconds[30] + c.Intervals.Milliseconds[31], Is.EqualTo(merged).Within(1e-9));
            Assert.That(c.Intervals.BeatTimesSeconds[30], Is.EqualTo(input.BeatTimesSeconds[30] - (c.Intervals.Milliseconds[31] / 1000)).Within(1e-12));
            Assert.That(c.Beats[30].Action, Is.EqualTo(BeatAction.Inserted));
            Assert.That(spline.Intervals.Milliseconds[30], Is.EqualTo(792).Within(1e-9));
        });
    }

    [Test]
    public void Clean_EctopicPairInAPeriodicRhythm_AutoregressiveEstimateRestoresBothIntervals()
    {
        var rr = Base();
        rr[30] -= 240;
        rr[31] += 240;
        var estimates = new Dictionary<IntervalEstimator, double[]>();
        foreach (var e in Enum.GetValues<IntervalEstimator>())
            estimates[e] = Clean(rr, ArtifactCorrectionOptions.Default with { Estimator = e }).Intervals.Milliseconds[30..32].ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(estimates[IntervalEstimator.Autoregressive], Is.EqualTo(new[] { 784.0, 800.0 }).Within(1));
            Assert.That(estimates[IntervalEstimator.AutoregressiveVariancePreserving], Is.EqualTo(new[] { 784.0, 800.0 }).Within(1));
            Assert.That(Math.Abs(estimates[IntervalEstimator.CubicSpline][0] - 784), Is.GreaterThan(4));
            foreach (var e in estimates.Values) Assert.That(e.Sum(), Is.EqualTo(1584).Within(1e-9), "the compensated pair keeps its total");
        });
    }

    // nsr006_5min (issue 14 benchmark, premature seed 2): a natural 992 ms among 836–883 ms intervals (flagged long on the
    // clean recording) right after an injected premature beat's pause. The spline through anchors that include the 992
    // put 919 ms before it, so the next pass saw a step of 73 ms and kept it; the model's conditional mean (870 ms) lets
    // the next pass judge it as on the clean recording (docs/beat-quality.md item 38).
    [Test]
    public void Clean_NaturalOutlierAfterACorrectedPair_NextPassSeesTheModelEstimate()
    {
        var rr = QualityTestData.ReadRrColumn(SharedData.Data("nsr2db_5min", "nsr006_5min.csv"));
        Assert.That(rr[9..13], Is.EqualTo(new[] { 867.1875, 875, 859.375, 992.1875 }).Within(1), "the recording as in the benchmark");
        foreach (var k in new[] { 10, 200 }) // the benchmark's premature beats (65 % of the interval, the pause keeping the total)
        {
            var moved = rr[k] * 0.35;
            rr[k] -= moved;
            rr[k + 1] += moved;
        }

        // Pass 1 finds the two pairs, pass 2 the 992 ms (passes go on while they find fewer artifacts).
        Assert.That(Clean(rr).Quality.Artifacts.Select(a => (a.Index, a.Type)).Where(a => a.Index is >= 8 and <= 14),
            Is.EqualTo(new[] { (10, ArtifactType.Ectopic), (12, ArtifactType.Long) }));
        Assert.That(Clean(rr, Spline).Quality.Artifacts.Select(a => (a.Index, a.Type)).Where(a => a.Index is >= 8 and <= 14),
            Is.EqualTo(new[] { (10, ArtifactType.Ectopic) }), "with the spline in the passes the 992 ms is kept");
    }

    [Test]
    public void Clean_EctopicBeatWithCompensatoryPause_BothIntervalsInterpolated()
    {
        var rr = Base();
        rr[30] -= 240;
        rr[31] += 240;
        var c = Clean(rr, Spline);
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.Artifacts.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (30, ArtifactType.Ectopic) }));
            Assert.That(c.Quality.ChangedBeatIndices, Is.EqualTo(new[] { 30, 31 }));
            Assert.That(c.Intervals.Count, Is.EqualTo(rr.Count));
            // Spline values stay within the range of the neighbouring accepted intervals (784–816 ms).
            Assert.That(c.Intervals.Milliseconds[30], Is.InRange(784.0, 816.0));
            Assert.That(c.Intervals.Milliseconds[31], Is.InRange(784.0, 816.0));
            Assert.That(c.Beats[30].Action, Is.EqualTo(BeatAction.Interpolated));
            Assert.That(c.Beats[31].Action, Is.EqualTo(BeatAction.Interpolated));
            Assert.That(c.Quality.InterpolatedCount, Is.EqualTo(2));
            // One ectopic beat among 60 intervals: 1/60.
            Assert.That(c.Quality.ArtifactPercent, Is.EqualTo(100.0 / 60).Within(1e-9));
            Assert.That(c.Quality.CorrectedPercent, Is.EqualTo(200.0 / 60).Within(1e-9));
        });
    }

    [Test]
    public void Clean_ReconstructedIntervals_CountedInArtifactPercentAndMarkKeptBeats()
    {
        var rr = Base();
        rr[40] *= 1.4;
        var input = RrIntervals.FromMilliseconds(rr.ToArray()).WithReconstructed([10, 11, 40]);
        var c = ArtifactCorrection.Clean(input);
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.Artifacts.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (40, ArtifactType.Long) }));
            Assert.That(c.Quality.ReconstructedCount, Is.EqualTo(3));
            // The long interval 40 is counted once (as an artifact); 10 and 11 are counted as reconstructed: 3 of 60.
            Assert.That(c.Quality.ArtifactPercent, Is.EqualTo(300.0 / 60).Within(1e-9));
            Assert.That(c.Quality.ToIndexTable()["QUALITY_Reconstructed"], Is.EqualTo(3));
            // Kept beats keep the mark; the interpolated interval 40 is no longer the reconstructed value.
            Assert.That(Enumerable.Range(0, c.Intervals.Count).Where(i => c.Intervals.Reconstructed[i]), Is.EqualTo(new[] { 10, 11 }));
        });
    }

    [TestCase(1.4, ArtifactType.Long)]
    [TestCase(0.6, ArtifactType.Short)]
    public void Clean_SingleLongOrShortInterval_ClassifiedAndInterpolated(double factor, ArtifactType expected)
    {
        var rr = Base();
        rr[30] *= factor;
        var c = Clean(rr);
        Assert.That(c.Quality.Artifacts.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (30, expected) }));
        Assert.That(c.Intervals.Milliseconds[30], Is.InRange(784.0, 816.0));
    }

    [Test]
    public void Clean_ConstantSeriesWithArtifact_SplineGivesTheConstant()
    {
        var rr = Enumerable.Repeat(750.0, 40).ToList();
        rr[20] = 1100;
        var c = Clean(rr);
        Assert.That(c.Intervals.Milliseconds[20], Is.EqualTo(750).Within(1e-9));
    }

    [Test]
    public void Clean_ExcludeAndMarkGaps_EctopicPairRemovedAndGapMarked()
    {
        var rr = Base();
        rr[30] -= 240;
        rr[31] += 240;
        var input = RrIntervals.FromMilliseconds(rr.ToArray());
        var c = ArtifactCorrection.Clean(input, new ArtifactCorrectionOptions { Action = CorrectionAction.ExcludeAndMarkGaps });
        Assert.Multiple(() =>
        {
            Assert.That(c.Intervals.Count, Is.EqualTo(rr.Count - 2));
            Assert.That(c.Intervals.GapBefore[30], Is.True);
            Assert.That(c.Intervals.GapBefore.ToArray().Count(g => g), Is.EqualTo(1));
            Assert.That(c.Intervals.Milliseconds[30], Is.EqualTo(rr[32]));
            Assert.That(c.Intervals.BeatTimesSeconds[30], Is.EqualTo(input.BeatTimesSeconds[32]));
            Assert.That(c.Quality.GapCount, Is.EqualTo(1));
            Assert.That(c.Quality.LongestGapSeconds, Is.EqualTo((rr[30] + rr[31]) / 1000).Within(1e-9));
            Assert.That(c.Quality.ExcludedCount, Is.EqualTo(2));
            Assert.That(c.Beats.Where(b => b.Action == BeatAction.Gap).Select(b => b.InputIndex), Is.EqualTo(new[] { 30, 31 }));
            Assert.That(c.Beats[32].GapBefore, Is.True);
        });
    }

    [Test]
    public void Clean_ExcludeAndMarkGaps_MissedBeatExcluded()
    {
        var rr = Base();
        rr[30] += rr[31];
        rr.RemoveAt(31);
        var c = Clean(rr, new ArtifactCorrectionOptions { Action = CorrectionAction.ExcludeAndMarkGaps });
        Assert.That(c.Quality.MissedCount, Is.EqualTo(1));
        Assert.That(c.Intervals.Count, Is.EqualTo(rr.Count - 1));
        Assert.That(c.Intervals.GapBefore[30], Is.True);
        Assert.That(c.Quality.InsertedCount, Is.Zero);
    }

    [Test]
    public void Clean_Dropout_RemovedAsGapWithLostBeatsEstimated()
    {
        var rr = Enumerable.Repeat(800.0, 60).ToList();
        rr[30] = 5000;
        var c = Clean(rr);
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.DropoutCount, Is.EqualTo(1));
            Assert.That(c.Quality.Artifacts.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (30, ArtifactType.Dropout) }));
            // round(5000 / 800) - 1 = 5 beats lost inside the dropout.
            Assert.That(c.Quality.EstimatedLostBeats, Is.EqualTo(5));
            Assert.That(c.Intervals.Count, Is.EqualTo(59));
            Assert.That(c.Intervals.GapBefore[30], Is.True);
            Assert.That(c.Quality.LongestGapSeconds, Is.EqualTo(5.0).Within(1e-9));
            // (0 beat artifacts + 1 dropout + 5 lost) / (60 + 5).
            Assert.That(c.Quality.ArtifactPercent, Is.EqualTo(100.0 * 6 / 65).Within(1e-9));
            Assert.That(c.Quality.DfaAlpha1Reliable, Is.False);
            Assert.That(c.Beats[30].Action, Is.EqualTo(BeatAction.Gap));
        });
    }

    [Test]
    public void Clean_SignalLossFillingTheMedianWindow_EveryLostBeatIntervalBecomesAGap()
    {
        // 2017_hrv.FIT at 2,669 s: a 355-ms rhythm in which the device lost the signal for about 10 s. Seven of the
        // eleven intervals around the middle of the stretch span lost beats, so the 11-beat median there is itself a
        // lost-beat interval (799 ms) and only 1,344 and 2,506 ms pass 2.5 medians. Tested again against the median
        // without those, 1,671, 1,229 and 1,438 ms are dropouts too; 799 and 713 ms (about two beats) are left to the
        // detection method. Before, the stretch was corrected to invented intervals of 835–1,253 ms.
        var rr = new List<double>();
        for (var i = 0; i < 60; i++) rr.Add(355 + (i % 3) - 1);
        rr.AddRange([799, 1344, 1671, 1229, 1438, 348, 2506, 358, 356, 713]);
        for (var i = 0; i < 60; i++) rr.Add(355 + (i % 3) - 1);
        var c = Clean(rr);
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.Artifacts.Where(a => a.Type == ArtifactType.Dropout).Select(a => a.Index),
                Is.EqualTo(new[] { 61, 62, 63, 64, 66 }));
            Assert.That(c.Intervals.Milliseconds.ToArray(), Has.All.LessThan(500), "no invented long interval");
        });
    }

    [Test]
    public void Clean_BeatTimeJump_DiscontinuityMarkedAsGapAndIntervalKept()
    {
        // Beats every 0.8 s, but 4 s of beats are missing from the input before the interval at index 20.
        var rr = Enumerable.Repeat(800.0, 40).ToArray();
        var t = new double[40];
        for (var i = 0; i < 40; i++) t[i] = (0.8 * (i + 1)) + (i >= 20 ? 4.0 : 0);
        var c = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr, t));
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.DiscontinuityCount, Is.EqualTo(1));
            Assert.That(c.Quality.Artifacts.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (20, ArtifactType.Discontinuity) }));
            Assert.That(c.Quality.EstimatedLostBeats, Is.EqualTo(5));
            Assert.That(c.Intervals.Count, Is.EqualTo(40));
            Assert.That(c.Intervals.GapBefore[20], Is.True);
            Assert.That(c.Quality.LongestGapSeconds, Is.EqualTo(4.0).Within(1e-9));
        });
    }

    [Test]
    public void Clean_BeatTimeJumpWithinTolerance_NoGap()
    {
        var rr = Enumerable.Repeat(800.0, 10).ToArray();
        var t = Enumerable.Range(0, 10).Select(i => (0.8 * (i + 1)) + (i >= 5 ? 0.15 : 0)).ToArray();
        var c = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr, t));
        Assert.That(c.Intervals.HasGaps, Is.False);
    }

    [Test]
    public void Clean_MethodNone_PassesIntervalsThroughWithoutAssessment()
    {
        var rr = Base();
        rr[30] *= 1.5;
        var c = Clean(rr, ArtifactCorrectionOptions.None);
        Assert.Multiple(() =>
        {
            Assert.That(c.Intervals.Milliseconds.ToArray(), Is.EqualTo(rr.ToArray()));
            Assert.That(c.Quality.Artifacts, Is.Empty);
            Assert.That(c.Quality.ArtifactPercent, Is.NaN);
            Assert.That(c.Quality.DfaAlpha1Reliable, Is.Null);
            Assert.That(c.Quality.ToIndexTable()["QUALITY_DfaReliable"], Is.NaN);
            Assert.That(c.Quality.CorrectedPercent, Is.Zero);
        });
    }

    [Test]
    public void Clean_EmptySeries_EmptyResultWithNaNPercentages()
    {
        var c = ArtifactCorrection.Clean(RrIntervals.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(c.Intervals.Count, Is.Zero);
            Assert.That(c.Beats, Is.Empty);
            Assert.That(c.Quality.ArtifactPercent, Is.NaN);
            Assert.That(c.Quality.CorrectedPercent, Is.NaN);
            Assert.That(c.Quality.DfaAlpha1Reliable, Is.Null);
        });
    }

    [Test]
    public void Clean_ShortSeries_NoExceptionAndNothingFlagged()
    {
        Assert.That(ArtifactCorrection.Clean(RrIntervals.FromMilliseconds([800])).Intervals.Count, Is.EqualTo(1));
        Assert.That(ArtifactCorrection.Clean(RrIntervals.FromMilliseconds([800, 1200])).Quality.ArtifactCount, Is.Zero);
    }

    [Test]
    public void Clean_Input_IsNotMutated()
    {
        var rr = Base();
        rr[30] -= 240;
        rr[31] += 240;
        var input = RrIntervals.FromMilliseconds(rr.ToArray());
        var before = input.Milliseconds.ToArray();
        var times = input.BeatTimesSeconds.ToArray();
        ArtifactCorrection.Clean(input);
        Assert.That(input.Milliseconds.ToArray(), Is.EqualTo(before));
        Assert.That(input.BeatTimesSeconds.ToArray(), Is.EqualTo(times));
        Assert.That(input.HasGaps, Is.False);
    }

    [Test]
    public void Clean_NullInput_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ArtifactCorrection.Clean((RrIntervals)null!));

    [Test]
    public void ToIndexTable_EctopicSeries_CountsAndNames()
    {
        var rr = Base();
        rr[30] -= 240;
        rr[31] += 240;
        var table = Clean(rr).Quality.ToIndexTable();
        Assert.Multiple(() =>
        {
            Assert.That(table["QUALITY_Ectopic"], Is.EqualTo(1));
            Assert.That(table["QUALITY_Missed"], Is.Zero);
            Assert.That(table["QUALITY_Extra"], Is.Zero);
            Assert.That(table["QUALITY_Long"], Is.Zero);
            Assert.That(table["QUALITY_Short"], Is.Zero);
            Assert.That(table["QUALITY_ArtifactPercent"], Is.EqualTo(100.0 / 60).Within(1e-9));
            Assert.That(table["QUALITY_DfaReliable"], Is.EqualTo(1));
            Assert.That(table["QUALITY_LongestGapS"], Is.Zero);
            Assert.That(table["QUALITY_OriginalCount"], Is.EqualTo(60));
            Assert.That(table["QUALITY_CleanedCount"], Is.EqualTo(60));
            Assert.That(table["QUALITY_ChangedBeats"], Is.EqualTo(2));
            Assert.That(table.Keys, Has.All.StartWith("QUALITY_"));
        });
    }

    [Test]
    public void Clean_ReportRecordsOptions()
    {
        var o = new ArtifactCorrectionOptions { Method = ArtifactDetectionMethod.Malik, Action = CorrectionAction.ExcludeAndMarkGaps };
        var q = Clean(Base(), o).Quality;
        Assert.That(q.Options, Is.SameAs(o));
        Assert.That(q.Method, Is.EqualTo(ArtifactDetectionMethod.Malik));
        Assert.That(q.Action, Is.EqualTo(CorrectionAction.ExcludeAndMarkGaps));
    }

    [Test]
    public void Clean_LongStretch_TwoThreadQuartilesGiveTheOneThreadResult_AlsoOnConcurrentCalls()
    {
        // 40,000 beats in one gap-free stretch (over the 16,384 at which the two quartile passes run on two threads),
        // an artifact every 97 beats, and enough beat-to-beat variability that both thresholds lie above their floor
        // (with less, a wrong |mRR| quartile pass went unnoticed: Th2 sat at its floor either way). The two-thread
        // calls run first, so that no pooled buffer holds the one-thread call's values.
        var random = new Random(5);
        var rr = Enumerable.Range(0, 40_000).Select(i => 800 + (70 * Math.Sin(i * 1.3)) + (25 * Math.Sin(i * 0.07)) + (60 * random.NextDouble())).ToList();
        for (var p = 50; p < rr.Count - 3; p += 97)
        {
            if (p % 2 == 0)
            {
                rr[p] -= 250;
                rr[p + 1] += 250;
            }
            else
            {
                rr[p] *= 1.35;
            }
        }

        var input = RrIntervals.FromMilliseconds(rr.ToArray());
        var results = new CleanedRrIntervals[4];
        Parallel.For(0, results.Length, k => results[k] = ArtifactCorrection.Clean(input));
        CleanedRrIntervals reference;
        var threshold = HrResponse.Quality.Internal.LipponenTarvainenDetector.ParallelMinimumBeats;
        try
        {
            HrResponse.Quality.Internal.LipponenTarvainenDetector.ParallelMinimumBeats = int.MaxValue;
            reference = ArtifactCorrection.Clean(input);
        }
        finally
        {
            HrResponse.Quality.Internal.LipponenTarvainenDetector.ParallelMinimumBeats = threshold;
        }

        Assert.That(reference.Quality.ArtifactCount, Is.GreaterThan(300), "the series needs its artifacts found");
        foreach (var r in results)
        {
            Assert.Multiple(() =>
            {
                Assert.That(r.Intervals.Milliseconds.ToArray(), Is.EqualTo(reference.Intervals.Milliseconds.ToArray()));
                Assert.That(r.Quality.Artifacts, Is.EqualTo(reference.Quality.Artifacts));
                Assert.That(r.Quality.DetectionLimitPercent, Is.EqualTo(reference.Quality.DetectionLimitPercent));
                Assert.That(r.Quality.RmssdCorrectionUncertaintyPercent, Is.EqualTo(reference.Quality.RmssdCorrectionUncertaintyPercent));
            });
        }
    }
}
