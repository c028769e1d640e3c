using HrResponse.Quality;
using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// The correction's 95 % bounds on RMSSD and SDNN (<see cref="QualityReport.RmssdCorrectionUncertaintyPercent"/>,
/// <see cref="QualityReport.SdnnCorrectionUncertaintyPercent"/>) and the <see cref="ProblemCode.CorrectionUncertain"/>
/// warning. Their calibration on real recordings is tested with the benchmark (BeatQualityBenchmarkTests).
/// </summary>
public class CorrectionUncertaintyTests
{
    // A sinus-like series: respiratory oscillation plus seeded noise, around 800 ms.
    private static double[] Sinus(int n, int seed = 1)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(i => 800 + (30 * Math.Sin(i * 2 * Math.PI / 4.5)) + (15 * ((random.NextDouble() * 2) - 1)))];
    }

    private static bool[] EveryNth(int n, int step, int count)
    {
        var mask = new bool[n];
        for (var k = 0; k < count; k++) mask[10 + (k * step)] = true;
        return mask;
    }

    private static (double Rmssd, double Sdnn) Bounds(double[] rr, bool[] estimated, int[]? lostBefore = null, bool[]? gap = null) =>
        CorrectionUncertainty.Bounds(rr, gap ?? new bool[rr.Length], Enumerable.Range(0, rr.Length).Where(i => estimated[i]).ToArray(), lostBefore ?? []);

    [Test]
    public void Bounds_NothingEstimatedOrLost_AreZero()
    {
        var rr = Sinus(200);
        Assert.That(Bounds(rr, new bool[rr.Length]), Is.EqualTo((0.0, 0.0)));
    }

    [Test]
    public void Bounds_UndetectedArtifacts_LowerTheLowerEndOnly()
    {
        // D = 20,000 ms² may be in the series undetected: RMSSD's squared differences may hold 2D too much, SDNN's
        // squared deviations D. With nothing estimated the RMSSD bound is √(ΣU / (ΣU − 2D)) − 1.
        var rr = Sinus(400);
        var estimated = EveryNth(rr.Length, 15, 5);
        var plain = Bounds(rr, estimated);
        var indices = Enumerable.Range(0, rr.Length).Where(i => estimated[i]).ToArray();
        var withUndetected = CorrectionUncertainty.Bounds(rr, new bool[rr.Length], indices, [], undetectedSquares: 20_000);
        var onlyUndetected = CorrectionUncertainty.Bounds(rr, new bool[rr.Length], [], [], undetectedSquares: 20_000);
        var sumU = Enumerable.Range(1, rr.Length - 1).Sum(i => (rr[i] - rr[i - 1]) * (rr[i] - rr[i - 1]));
        Assert.Multiple(() =>
        {
            Assert.That(withUndetected.RmssdPercent, Is.GreaterThan(plain.Rmssd));
            Assert.That(withUndetected.SdnnPercent, Is.GreaterThan(plain.Sdnn));
            Assert.That(onlyUndetected.RmssdPercent, Is.EqualTo(100 * (Math.Sqrt(sumU / (sumU - 40_000)) - 1)).Within(1e-9));
            Assert.That(CorrectionUncertainty.Bounds(rr, new bool[rr.Length], indices, [], undetectedSquares: 0), Is.EqualTo(plain));
        });
    }

    [Test]
    public void Bounds_TooLittleUntouchedData_AreNaN()
    {
        // Every difference touches an estimated interval: nothing to model the lost steps from.
        double[] rr = [800, 810, 790, 805];
        var (rmssd, sdnn) = Bounds(rr, [false, true, true, false]);
        Assert.Multiple(() =>
        {
            Assert.That(rmssd, Is.NaN);
            Assert.That(sdnn, Is.NaN);
        });
    }

    [Test]
    public void Bounds_GrowWithTheNumberOfEstimatedIntervals()
    {
        var rr = Sinus(400);
        var few = Bounds(rr, EveryNth(rr.Length, 15, 5));
        var many = Bounds(rr, EveryNth(rr.Length, 15, 25));
        TestContext.Out.WriteLine($"5 estimated: {few}; 25 estimated: {many}");
        Assert.Multiple(() =>
        {
            Assert.That(few.Rmssd, Is.GreaterThan(0));
            Assert.That(few.Sdnn, Is.GreaterThan(0));
            Assert.That(many.Rmssd, Is.GreaterThan(few.Rmssd));
            Assert.That(many.Sdnn, Is.GreaterThan(few.Sdnn));
        });
    }

    [Test]
    public void Bounds_SameShareEstimated_ShrinkWithRecordingLength()
    {
        // 5 % of the intervals estimated: the unknown steps average out over a longer recording (about 1/sqrt(n)).
        var shortRr = Sinus(200);
        var longRr = Sinus(5000);
        var shortBounds = Bounds(shortRr, EveryNth(shortRr.Length, 19, 10));
        var longBounds = Bounds(longRr, EveryNth(longRr.Length, 19, 250));
        TestContext.Out.WriteLine($"200 beats: {shortBounds}; 5000 beats: {longBounds}");
        Assert.Multiple(() =>
        {
            Assert.That(longBounds.Rmssd, Is.LessThan(shortBounds.Rmssd / 3));
            Assert.That(longBounds.Sdnn, Is.LessThan(shortBounds.Sdnn / 2));
        });
    }

    [Test]
    public void Bounds_IntervalsLeftOutAtAGap_CountAsLost()
    {
        // ExcludeAndMarkGaps: 3 artifact intervals left out before interval 100 lose 4 successive differences and 3 values.
        var rr = Sinus(300);
        var gap = new bool[rr.Length];
        var lost = new int[rr.Length];
        gap[100] = true;
        lost[100] = 3;
        var withLost = Bounds(rr, new bool[rr.Length], lost, gap);
        var plainGap = Bounds(rr, new bool[rr.Length], null, gap);
        Assert.Multiple(() =>
        {
            Assert.That(withLost.Rmssd, Is.GreaterThan(0));
            Assert.That(withLost.Sdnn, Is.GreaterThan(0));
            Assert.That(plainGap, Is.EqualTo((0.0, 0.0)), "a gap of the recording itself (a dropout) is not a lost artifact");
        });
    }

    [Test]
    public void Bounds_UnknownStepsLargerThanTheEstimates_BoundCoversTheTrueRmssd()
    {
        // Replace 20 intervals of a 300-beat series by the mean of their neighbours (what interpolation does): the
        // reported RMSSD falls; the true one must lie within the stated bound.
        var truth = Sinus(300, seed: 7);
        var estimated = EveryNth(truth.Length, 14, 20);
        var corrected = (double[])truth.Clone();
        for (var i = 0; i < corrected.Length; i++)
            if (estimated[i]) corrected[i] = (truth[i - 1] + truth[i + 1]) / 2;
        var (rmssdBound, sdnnBound) = Bounds(corrected, estimated);
        var rmssdError = 100 * Math.Abs((QualityTestData.Rmssd(corrected) / QualityTestData.Rmssd(truth)) - 1);
        var sdnnError = 100 * Math.Abs((QualityTestData.Sdnn(corrected) / QualityTestData.Sdnn(truth)) - 1);
        TestContext.Out.WriteLine($"RMSSD error {rmssdError:0.00} % (bound {rmssdBound:0.00} %), SDNN error {sdnnError:0.00} % (bound {sdnnBound:0.00} %)");
        Assert.Multiple(() =>
        {
            Assert.That(rmssdError, Is.GreaterThan(1), "the test needs a correction that moves RMSSD");
            Assert.That(rmssdError, Is.LessThanOrEqualTo(rmssdBound));
            Assert.That(sdnnError, Is.LessThanOrEqualTo(sdnnBound));
        });
    }

    [Test]
    public void CorrectKnown_EstimatesWhereTheRhythmSwings_SdnnBoundHoldsIn95PercentOfRecordings()
    {
        // 200 resting beats varying at random by up to ±80 ms, then 600 calm exercise beats (±3 ms): ten ×1.35 intervals
        // in the resting stretch, corrected where they are (perfect detection). The error of an estimate is that of the swings, not of the
        // calm majority of the recording; an error variance taken over the whole series made the SDNN bound too narrow
        // (the exercise tests of the issue-14 benchmark: 92.7 % of single-interval runs within it, docs/beat-quality.md
        // item 94).
        var covered = 0;
        const int Recordings = 100;
        for (var seed = 0; seed < Recordings; seed++)
        {
            var random = new Random(seed);
            var clean = Enumerable.Range(0, 800).Select(k => k < 200 ? 800 + (80 * ((2 * random.NextDouble()) - 1)) : 540 - (0.1 * (k - 200)) + (3 * ((2 * random.NextDouble()) - 1))).ToArray();
            var at = Enumerable.Range(0, 40).Select(k => 20 + (4 * k)).OrderBy(_ => random.Next()).Take(10).Order().ToArray();
            var series = (double[])clean.Clone();
            foreach (var i in at) series[i] *= 1.35;
            var cleaned = ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(series), at.Select(i => (i, ArtifactType.Long)), ArtifactCorrectionOptions.Default);
            var error = 100 * ((QualityTestData.Sdnn(cleaned.Intervals.Milliseconds) / QualityTestData.Sdnn(clean)) - 1);
            if (Math.Abs(error) <= cleaned.Quality.SdnnCorrectionUncertaintyPercent) covered++;
        }

        TestContext.Out.WriteLine($"SDNN within its 95 % bound in {covered} of {Recordings} recordings");
        Assert.That(covered, Is.GreaterThanOrEqualTo(93));
    }

    [Test]
    public void CorrectionUncertain_BothBoundsNaN_IsNullAndOneNaNBoundNeverRaisesIt()
    {
        var report = new QualityReport { Options = ArtifactCorrectionOptions.Default };
        Assert.Multiple(() =>
        {
            Assert.That(report.CorrectionUncertain, Is.Null);
            Assert.That((report with { SdnnCorrectionUncertaintyPercent = 1 }).CorrectionUncertain, Is.False);
            Assert.That((report with { SdnnCorrectionUncertaintyPercent = 3 }).CorrectionUncertain, Is.True);
            Assert.That((report with { RmssdCorrectionUncertaintyPercent = 5.1 }).CorrectionUncertain, Is.True);
        });
    }

    [Test]
    public void Clean_CleanSeries_BoundsZeroAndNoWarning()
    {
        var c = ArtifactCorrection.Clean(Sinus(300));
        Assert.Multiple(() =>
        {
            Assert.That(c.Quality.RmssdCorrectionUncertaintyPercent, Is.Zero);
            Assert.That(c.Quality.SdnnCorrectionUncertaintyPercent, Is.Zero);
            Assert.That(c.Quality.Warnings.Select(w => w.Code), Does.Not.Contain(ProblemCode.CorrectionUncertain));
            Assert.That(c.Quality.CorrectionUncertain, Is.False);
            Assert.That(c.Quality.ToIndexTable()["QUALITY_RmssdUncertaintyPercent"], Is.Zero);
        });
    }

    [Test]
    public void CorrectKnown_ExtraBeatMerged_IsExactAndAddsNoUncertainty()
    {
        // An extra beat splits one interval; merging its two parts gives the true interval back.
        var rr = Sinus(300).ToList();
        var whole = rr[150];
        rr[150] = whole * 0.45;
        rr.Insert(151, whole * 0.55);
        var c = ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(rr.ToArray()), [(150, ArtifactType.Extra)], ArtifactCorrectionOptions.Default);
        Assert.Multiple(() =>
        {
            Assert.That(c.Intervals.Milliseconds[150], Is.EqualTo(whole).Within(1e-9));
            Assert.That(c.Quality.RmssdCorrectionUncertaintyPercent, Is.Zero);
            Assert.That(c.Quality.SdnnCorrectionUncertaintyPercent, Is.Zero);
        });
    }

    [Test]
    public void Clean_ManyArtifactsOnAShortRecording_WarnsWithTheBoundsAndTheIndices()
    {
        // 100 beats with 8 single intervals ×1.35: 8 % of the beat-to-beat steps are lost.
        var rr = Sinus(100, seed: 3);
        foreach (var i in new[] { 10, 22, 34, 46, 58, 70, 82, 94 }) rr[i] *= 1.35;
        var q = ArtifactCorrection.Clean(rr).Quality;
        var warning = q.Warnings.SingleOrDefault(w => w.Code == ProblemCode.CorrectionUncertain);
        TestContext.Out.WriteLine(warning?.Message);
        Assert.Multiple(() =>
        {
            Assert.That(q.LongCount, Is.EqualTo(8));
            Assert.That(q.RmssdCorrectionUncertaintyPercent, Is.GreaterThan(5));
            Assert.That(q.CorrectionUncertain, Is.True);
            Assert.That(warning, Is.Not.Null);
            Assert.That(warning!.Message, Does.Contain($"±{q.RmssdCorrectionUncertaintyPercent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} %"));
            Assert.That(warning.AffectedIndices, Does.Contain("HRV_RMSSD").And.Contain("HRV_SDNN"));
            Assert.That(warning.BeatIndices, Is.EqualTo(q.ChangedBeatIndices));
        });
    }

    [Test]
    public void Clean_ArtifactsHiddenWhereTheLocalLimitIsExceeded_BoundCoversTheErrorAndTheWarningSaysSo()
    {
        // CI benchmark run test_17 single seed 0: ×0.7/×1.35 intervals at 5 %, some of them inside the resting
        // stretch's natural swings (Th1 up to 185 ms) and kept; RMSSD +9.6 % against the clean recording (+12.4 % before
        // refinement 64 found one more of them). Without the allowance of item 79 the bound is 3.9 % (4.8 % before
        // refinement 64): nothing for the artifacts the detector cannot tell there; the flags found elsewhere imply some
        // escaped there, and the bound allows for them. (Seed 1, the case until refinement 57, is within 5 % since:
        // refinement 57 finds its ×0.7 intervals at the bottom of the swings.)
        var series = BeatQualityBenchmark.CiRun("test_17", "single", 0, out _);
        var run = ArtifactCorrection.Clean(series);
        var error = 100 * BeatQualityBenchmark.RmssdErrorAgainstTheCleanStretch("test_17", run);
        var warning = run.Quality.Warnings.SingleOrDefault(w => w.Code == ProblemCode.CorrectionUncertain);
        TestContext.Out.WriteLine($"RMSSD error {error:0.0} %, bound {run.Quality.RmssdCorrectionUncertaintyPercent:0.0} %: {warning?.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(Math.Abs(error), Is.GreaterThan(5), "the case");
            Assert.That(run.Quality.RmssdCorrectionUncertaintyPercent, Is.GreaterThanOrEqualTo(Math.Abs(error)));
            Assert.That(warning?.Message, Does.Contain("may stay undetected"));
        });
    }

    [Test]
    public void Clean_WarningThresholds_AreOptions()
    {
        var rr = Sinus(100, seed: 3);
        foreach (var i in new[] { 10, 22, 34, 46, 58, 70, 82, 94 }) rr[i] *= 1.35;
        var relaxed = ArtifactCorrection.Clean(rr, new ArtifactCorrectionOptions { MaxRmssdUncertaintyPercent = 1000, MaxSdnnUncertaintyPercent = 1000 }).Quality;
        Assert.Multiple(() =>
        {
            Assert.That(relaxed.Warnings.Select(w => w.Code), Does.Not.Contain(ProblemCode.CorrectionUncertain));
            Assert.That(relaxed.CorrectionUncertain, Is.False);
            Assert.That(() => ArtifactCorrection.Clean(rr, new ArtifactCorrectionOptions { MaxRmssdUncertaintyPercent = -1 }),
                Throws.InstanceOf<ArgumentException>().With.Message.Contains("MaxRmssdUncertaintyPercent"));
        });
    }

    [Test]
    public void Clean_DropoutOnly_IsAGapOfTheRecordingNotALostArtifact()
    {
        // A 3-s interval (several lost beats) becomes a gap in either mode; no artifact value was estimated or excluded.
        var rr = Sinus(300, seed: 9);
        rr[150] = 3000;
        foreach (var action in new[] { CorrectionAction.Interpolate, CorrectionAction.ExcludeAndMarkGaps })
        {
            var q = ArtifactCorrection.Clean(rr, new ArtifactCorrectionOptions { Action = action }).Quality;
            Assert.Multiple(() =>
            {
                Assert.That(q.DropoutCount, Is.EqualTo(1), action.ToString());
                Assert.That(q.ArtifactCount, Is.Zero, action.ToString());
                Assert.That(q.RmssdCorrectionUncertaintyPercent, Is.Zero, action.ToString());
                Assert.That(q.SdnnCorrectionUncertaintyPercent, Is.Zero, action.ToString());
            });
        }
    }

    [Test]
    public void Clean_ExcludeAndMarkGaps_LeftOutArtifactsGiveABound()
    {
        var rr = Sinus(300, seed: 5);
        foreach (var i in new[] { 40, 120, 200 }) rr[i] *= 1.4;
        var q = ArtifactCorrection.Clean(rr, new ArtifactCorrectionOptions { Action = CorrectionAction.ExcludeAndMarkGaps }).Quality;
        Assert.Multiple(() =>
        {
            Assert.That(q.ExcludedCount, Is.GreaterThanOrEqualTo(3));
            Assert.That(q.RmssdCorrectionUncertaintyPercent, Is.GreaterThan(0));
            Assert.That(q.SdnnCorrectionUncertaintyPercent, Is.GreaterThan(0));
        });
    }
}
