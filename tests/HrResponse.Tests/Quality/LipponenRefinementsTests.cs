using System.Globalization;
using HrResponse.Io;
using HrResponse.Quality;
using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Lipponen–Tarvainen refinements 9 and 12–43 (class remarks of the detector, docs/beat-quality.md root causes 10–54),
/// each on the case that made it necessary and, where later refinements also decide that case, on one where it alone
/// decides at the default options (each test fails with its refinement switched off).
/// </summary>
public class LipponenRefinementsTests
{
    [Test]
    public void Clean_RhythmStepThenPrematureBeat_StepIntervalNotLong()
    {
        // The rhythm steps up from 800 to 870 ms (+70 ms, over the 8 % floor of Th1, 64–70 ms) and a premature beat
        // follows at once (565 + 1,175 = 2 × 870 ms). Unrepaired, the first 870-ms interval has the step up into it and
        // the premature drop right after it: the long rule. With the pair repaired (two halves of its total, 870 ms)
        // the step out of it is 0, so refinement 12 drops the flag.
        double[] rr = [.. Enumerable.Repeat(800.0, 30), 870, 565, 1175, .. Enumerable.Repeat(870.0, 30)];
        var found = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr.ToArray())).Quality.Artifacts;
        Assert.That(found.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (31, ArtifactType.Ectopic) }));
    }

    [Test]
    public void Clean_ShortIntervalJustAfterTheRhythmCalms_Flagged()
    {
        // Refinement 34: 120 beats at rest swinging by ±150 ms, then exercise, a rhythm falling from 540 ms in steps of
        // about 3 ms. Six beats into the exercise a ×0.7 interval (−160 ms) is an obvious artifact, but the 91-beat
        // window there still holds 39 swings and puts Th1 far above it; the window half a window later is calm, and the
        // local steps match it.
        var rr = QualityTestData.SwingingRestThenCalmExercise(120, 200, 0.3, seed: 7);
        var at = 126;
        rr[at] *= 0.7;
        var found = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr.ToArray())).Quality.Artifacts;
        Assert.That(found.Where(a => a.Index >= 120).Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (at, ArtifactType.Short) }));
    }

    [Test]
    public void Clean_NaturalDisplacedBeatsWhereTheRhythmCalms_CorrectedAsOnTheCleanRecording()
    {
        // Refinement 34, CI benchmark run test_01 premature seed 1: late in the exercise test (beats 1,770–1,870, rhythm
        // ~330 ms) the clean recording has displaced beats of 20–25 ms that the detector corrects; with the injected
        // premature beats before them in the window, the 91-beat thresholds rose above them and eight were kept: RMSSD
        // +15.8 % against the corrected clean recording. The window half a window later holds the calm rhythm alone.
        var error = RmssdErrorAgainstTheCleanRecording("test_01", ArtifactCorrection.Clean(Inject("test_01", "premature", 1, out _)));
        Assert.That(Math.Abs(error), Is.LessThanOrEqualTo(0.05));
    }

    [Test]
    public void Clean_LongIntervalWhereTheMedianLags_NotSplitAsAMissedBeat()
    {
        // Refinement 35, CI benchmark run test_15 single seed 0: 952 [1,307] 860 ms with the 11-beat median at 792 ms
        // (the rhythm has risen above it): the ×1.35 interval's half, 654 ms, lies within 20 % of the median, so it was
        // split into two beats that never were (RMSSD +14 %). Against its neighbours (mean 906 ms) it is 1.44 times the
        // rhythm and its half 28 % short: a long interval.
        var found = FoundInCase("test_15", "single", 0, 38, 1307, out var truth);
        AssertTypedWithNothingBeside(found, truth, 38, InjectedKind.Single, ArtifactType.Long, [37, 39], "no split, no flag beside it");
    }

    [Test]
    public void Clean_MissedBeatWhereTheMedianLags_StillSplit()
    {
        // The other side of refinement 35: a true missed beat a few beats after the rhythm steps from 780 to 920 ms is two
        // of its neighbours' intervals long, so its half matches them and it is still found.
        double[] rr = [.. Enumerable.Range(0, 60).Select(k => k < 30 ? 780.0 + (k % 2 == 0 ? 6 : -6) : 920.0 + (k % 2 == 0 ? 6 : -6))];
        var merged = rr.ToList();
        merged[34] += merged[35];
        merged.RemoveAt(35);
        var found = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(merged.ToArray())).Quality.Artifacts;
        Assert.That(found.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (34, ArtifactType.Missed) }));
    }

    [Test]
    public void Clean_NaturalLongIntervalBeforeAPrematureBeat_NotFlaggedByTheBeatsOwnDrop()
    {
        // Refinement 36, CI benchmark run test_15 premature seed 0: 800 [900] 494 1,086 ms — the natural 900 rises 1.01
        // Th1 above the 800 before it, and the premature beat's drop after it made it a long interval by the dRR rule;
        // against the repaired pair (two halves, 790 ms) the step out is still 1.11 Th1. Neither step clears Th1 by the
        // estimate margin, so the flag goes.
        var found = FoundInCase("test_15", "premature", 0, 47, 900, out var truth);
        AssertTypedWithNothingBeside(found, truth, 48, InjectedKind.Premature, ArtifactType.Ectopic, [46, 47, 49], "the natural 900 ms before it");
    }

    [Test]
    public void Clean_LongArtifactBesideANaturalPair_StillFlagged()
    {
        // The other side of refinement 36 (test_11 single seed 5 at 5 %): 716 [961] 764 912 ms — a ×1.35 interval whose
        // step in is 2.1 Th1; against the halves of the (false) pair after it its step out is only 1.07 Th1, but the step
        // in clears the margin, so the long flag stays.
        var found = FoundInWholeRecordingCase("test_11", "single", 5, 5, 121, 961, out _);
        Assert.That(found.Any(a => a.Index == 121 && a.Type == ArtifactType.Long), Is.True);
    }

    [Test]
    public void Clean_DisplacedBeatBesideAMissedBeat_CorrectedWithIt()
    {
        // Refinement 37: at 180 bpm with steps of 0–4 ms a beat placed 28 ms early makes 302 and 358 ms; a missed beat
        // merges the 358 with the next 330 into 688 ms. The missed beat is split, and the 302 ms left alone (8 % short,
        // under the 10 % threshold floor, 7 natural steps) makes up with it three beats of the rhythm: 302 + 688 = 990 ms.
        double[] rr = [.. Enumerable.Range(0, 100).Select(k => 330.0 + (k % 3) - 1)];
        rr[50] = 302;
        var merged = rr.ToList();
        merged[51] = 358 + merged[52];
        merged.RemoveAt(52);
        var cleaned = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(merged.ToArray()));
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Quality.Artifacts.Select(a => (a.Index, a.Type)).Order(), Is.EqualTo(new[] { (50, ArtifactType.Short), (51, ArtifactType.Missed) }));
            Assert.That(cleaned.Beats.Single(b => b.InputIndex == 50).RrMs, Is.EqualTo(330).Within(8), "corrected to the rhythm");
        });
    }

    [TestCase("test_01", "missed", 1, 1786, 376.0, ArtifactType.Long)]
    [TestCase("test_16", "extra", 1, 1137, 336.0, ArtifactType.Ectopic)]
    public void Clean_NaturalDisplacedBeatBesideAnArtifact_CorrectedAsOnTheCleanRecording(string name, string kind, int seed, int index, double value, ArtifactType type)
    {
        // Refinement 37, CI benchmark runs out of RMSSD 5 % before it with every injected artifact found: the clean
        // recording's displaced beat (test_01: 320 376 ms among 348-ms beats; test_16: 336 420 ms among 376-ms beats) is
        // corrected there as a pair; in the run an artifact takes its other interval (a missed beat merging the 320 with
        // the beat before; a false beat's halves merged back just before the 336, whose 420 is flagged long), and the
        // interval left over stayed (RMSSD +6.3 and +6.1 %). On test_16 refinement 37 flags the 336 short after the 420
        // was flagged long, and since refinement 52 the two are one displaced beat again, its total kept, as on the clean
        // recording.
        var series = Inject(name, kind, seed, out _);
        Assert.That(series[index], Is.EqualTo(value).Within(1), "the case");
        var cleaned = ArtifactCorrection.Clean(series);
        var error = RmssdErrorAgainstTheCleanRecording(name, cleaned);
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Quality.Artifacts.Any(a => a.Index == index && a.Type == type), Is.True, "the interval left over: " + string.Join(" ", cleaned.Quality.Artifacts.Where(a => Math.Abs(a.Index - index) <= 3).Select(a => $"{a.Type}@{a.Index}")));
            Assert.That(Math.Abs(error), Is.LessThanOrEqualTo(0.05));
        });
    }

    [TestCase("IpBike-HRV-Data", 6, 155, 437.0, ArtifactType.Short)]
    [TestCase("test_06", 2, 1646, 364.0, ArtifactType.Long)]
    public void Clean_NaturalDisplacedBeatBesideASingleIntervalArtifact_CorrectedWithIt(string name, int seed, int index, double value, ArtifactType type)
    {
        // Refinement 55 (single-interval runs at 5 %): the clean recording's displaced beat (IpBike: 437 543 ms among
        // 480–490-ms beats; test_06: 316 364 ms among 336–340-ms beats) is corrected there as a pair; in the run a ×0.7
        // interval takes one of its two intervals (the pause: 437 [380]; the early beat: [221] 364). The artifact is
        // found, but its recorded value keeps no time, so refinement 37's compensation test kept the other interval
        // (IpBike RMSSD +20 %). It is corrected with it now, to the level the clean recording's correction gives.
        var series = Inject(name, "single", seed, out _);
        Assert.That(series[index], Is.EqualTo(value).Within(1), "the case");
        var cleaned = ArtifactCorrection.Clean(series);
        var onClean = ArtifactCorrection.Clean(CleanStretch(name)).Beats.Single(b => b.InputIndex == index).RrMs;
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Quality.Artifacts.Any(a => a.Index == index && a.Type == type), Is.True, "the interval left over: " + string.Join(" ", cleaned.Quality.Artifacts.Where(a => Math.Abs(a.Index - index) <= 3).Select(a => $"{a.Type}@{a.Index}")));
            Assert.That(cleaned.Beats.Single(b => b.InputIndex == index).RrMs, Is.EqualTo(onClean).Within(Math.Abs(value - onClean) / 4), "corrected to the clean recording's correction, within a quarter of its offset");
        });
    }

    [Test]
    public void Clean_TwoIntervalsOffTogetherBetweenAgreeingNeighbours_BothCorrected()
    {
        // Refinement 56. FatMax single seed 0 at 5 %: the clean recording's displaced beat (477 685 ms among 578–587-ms
        // beats, steps of 2–5 ms) with its pause ×0.7 leaves two short intervals, 578 [477 479] 587 ms; refinement 3 took
        // neither (no return at the next interval): RMSSD +10 %. The 24-h recording 013 (clean): 610 [922 921] 618 ms,
        // three beats' time in two intervals, kept before.
        var series = Inject("FatMaxOptimiser.20210606_161059.rr", "single", 0, out _);
        Assert.That(series[115..117], Is.EqualTo(new[] { 477.0, 479.0 }).Within(1), "the case");
        var run = ArtifactCorrection.Clean(series).Quality.Artifacts;
        var holter = QualityTestData.ReadRrColumn(SharedData.Data("rr-interval-healthy-subjects", "013.csv"));
        Assert.That(holter[27836..27838], Is.EqualTo(new[] { 922.0, 921.0 }).Within(1), "the 24-h case");
        var clean = ArtifactCorrection.Clean(holter).Quality.Artifacts;
        Assert.Multiple(() =>
        {
            Assert.That(run.Where(a => a.Index is 115 or 116).Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (115, ArtifactType.Short), (116, ArtifactType.Short) }));
            Assert.That(clean.Where(a => a.Index is 27836 or 27837).Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (27836, ArtifactType.Long), (27837, ArtifactType.Long) }));
        });
    }

    [Test]
    public void Clean_TwoIntervalsOffTogetherByUnequalAmounts_BothCorrectedWhenTheirMeanSpansTheSteps()
    {
        // Refinement 61 (full benchmark, test_16, single intervals at 5 %, seed 7): 376 [454 420] 380 ms, the clean
        // recording's early beat (336 420 ms, a displaced beat it corrects) with its first interval ×1.35. The two are
        // 76 and 42 ms over the agreeing 376/380 at natural steps of 4 ms: refinement 56 asked each to span 12 steps
        // (48 ms), so both were kept and RMSSD was 17.8 % high; their mean (59 ms) spans them.
        AssertWholeRecordingCaseTyped("test_16", "single", 7, 1083, 454, InjectedKind.Single, 1083, 1084,
            (1083, ArtifactType.Long), (1084, ArtifactType.Long));
    }

    [Test]
    public void Clean_MissedBeatWhereTheRhythmJumps_SplitWhenItsHalfContinuesTheRhythmBefore()
    {
        // Refinement 62 (full benchmark, rr-George_Ron, missed beats at 5 %, seed 4): 643 [1,279] 631 611 [1,233] 724
        // 1,026 855 ms, beats of 607 and 626 ms merged where the rhythm slows from about 620 to 900 ms. The 11-beat
        // median there is 855 ms, so the 1,233 ms was under 1.5 medians and typed long (one beat lost), although its half
        // lies within 6 ms of the 611 ms before it.
        AssertWholeRecordingCaseTyped("rr-George_Ron_2017-08-03_08-28-50", "missed", 4, 388, 1233, InjectedKind.Missed, 388, 388,
            (388, ArtifactType.Missed));
    }

    [Test]
    public void Clean_LongIntervalOnTheFirstBeatOfAJump_StaysLongWhenItsHalvesCannotReachTheNewLevel()
    {
        // Refinement 62's sinus step (same recording, single intervals at 5 %, seed 5): 581 663 [1,184] 869 909 ms, a
        // ×1.35 interval (877 ms on the clean recording) whose half, 592 ms, is within Th2 / 2 of the 663 before it;
        // read as a missed beat, its halves would rise to the 869 by 47 %, beyond any sinus step.
        AssertWholeRecordingCaseTyped("rr-George_Ron_2017-08-03_08-28-50", "single", 5, 78, 1184, InjectedKind.Single, 78, 78,
            (78, ArtifactType.Long));
    }

    [Test]
    public void Clean_NaturalPairAfterAMissedBeat_NotAnEctopicPairAgainstTheSplit()
    {
        // Refinement 63 (full benchmark, nsr013_5min, missed beats at 5 %, seed 7): 414 [781] 375 430 406 ms, the 781 a
        // missed beat of 406 + 375 ms. Against its even split (390.5 ms) the natural 375 430 passes the published
        // subspace-1 rule by 0.04 Th1, in the pass that finds the missed beat (refinement 14's re-test) and in the next
        // (the split's halves); the clean recording (375 375 430 ms) does not flag it. Both steps must pass by the
        // estimate margin now.
        AssertWholeRecordingCaseTyped("nsr013_5min", "missed", 7, 422, 375, InjectedKind.Missed, 421, 423,
            (421, ArtifactType.Missed));
    }

    [Test]
    public void Clean_TwoIntervalsAtTheTopOfANaturalWave_NotFlagged()
    {
        // Refinement 61's guard, on the clean 24-h recording 008: 563 554 563 648 [766 742] 641 633 ms and 633 633 695
        // [820 789] 704 679 ms. The intervals around each pair agree within 3 %, but the rhythm rises into the first of
        // them (by 85 and 62 ms) and falls out of the second (by 32 and 25 ms) over several beats: a wave, not two
        // intervals off a level. Refinement 56 flagged the second pair, its refinement-61 mean the first too.
        var holter = QualityTestData.ReadRrColumn(SharedData.Data("rr-interval-healthy-subjects", "008.csv"));
        Assert.That(holter[96897..96899], Is.EqualTo(new[] { 766.0, 742.0 }).Within(1), "the first case");
        Assert.That(holter[97252..97254], Is.EqualTo(new[] { 820.0, 789.0 }).Within(1), "the second case");
        var flagged = ArtifactCorrection.Clean(holter).Quality.Artifacts.Where(a => a.Index is 96897 or 96898 or 97252 or 97253);
        Assert.That(flagged.Select(a => (a.Index, a.Type)), Is.Empty);
    }

    [Test]
    public void Clean_TwoIntervalsOffTogetherWhereTheRhythmMovesOrSwings_NotFlagged()
    {
        // Refinement 56's guards: the same 19 % plateau before a new level (800 [950 950] 900 ms: the intervals around it
        // disagree by 12 %), and among natural steps of 30 ms (150 ms is 5 steps, not 12).
        double[] levelChange = [.. Enumerable.Repeat(800.0, 30), 950, 950, .. Enumerable.Repeat(900.0, 30)];
        double[] swings = [.. Enumerable.Range(0, 62).Select(k => 800.0 + (k % 2 == 0 ? 15 : -15))];
        swings[30] = swings[31] = 950;
        swings[29] = swings[32] = 800;
        Assert.Multiple(() =>
        {
            Assert.That(ArtifactCorrection.Clean(levelChange).Quality.Artifacts.Where(a => a.Index is 30 or 31), Is.Empty, "level change");
            Assert.That(ArtifactCorrection.Clean(swings).Quality.Artifacts.Where(a => a.Index is 30 or 31 && a.Type == ArtifactType.Long), Is.Empty, "swings");
        });
    }

    [Test]
    public void Clean_NaturalIntervalBeforeAMissedBeatThatDoesNotMakeUpForIt_NotCorrected()
    {
        // The other side of refinement 37 (test_15 missed seed 3): 500 [540] 1,028 496 ms — the 540 stands 8 % above a
        // flat rhythm beside a missed beat, but the merged interval is itself 36 ms longer than two beats: the two add up
        // instead of cancelling, so the 540 is a natural beat and stays.
        var found = FoundInCase("test_15", "missed", 3, 544, 540, out var truth);
        AssertTypedWithNothingBeside(found, truth, 545, InjectedKind.Missed, ArtifactType.Missed, [543, 544], "the natural 540 ms before it");
    }

    [Test]
    public void Clean_MissedBeatInAFastSwingWhoseNeighboursDisagree_TypedMissed()
    {
        // Refinement 39 (rr-George_Ron missed seed 0): 591 592 [1,344] 832 888 ms, two beats (722 + 622 ms) merged where
        // the rhythm swings from 590 to 970 ms; the neighbours disagree by 34 %, the 11-beat median is 832 ms. Before,
        // typed long and interpolated (one beat lost).
        var found = FoundInCase("rr-George_Ron_2017-08-03_08-28-50", "missed", 0, 257, 1344, out var truth);
        AssertTypedWithNothingBeside(found, truth, 257, InjectedKind.Missed, ArtifactType.Missed, [256, 258], "the swing's intervals beside it");
    }

    [Test]
    public void Clean_MissedBeatAtARhythmJump_NoSinusIntervalEitherWay_TypedMissed()
    {
        // Refinement 48 (subject_10 missed seed 5, full benchmark): 781 702 [1,451] 990 1,069 ms, 683 + 768 ms merged
        // where the rhythm jumps from 700 to 990 ms. 1.48 medians and 1.47 times the longer neighbour (refinement 39 asked
        // 1.5), but over 1.325 times each neighbour: no sinus interval after the 702 nor before the 990. Before, typed
        // long and interpolated (one beat lost).
        var found = FoundInCase("subject_10", "missed", 5, 33, 1451, out var truth);
        AssertTypedWithNothingBeside(found, truth, 33, InjectedKind.Missed, ArtifactType.Missed, [32, 34], "the rhythm's intervals beside it");
    }

    [Test]
    public void Clean_PrematureBeatBeforeARiseOfTheRhythm_TypedEctopic()
    {
        // Refinement 49 (008 premature seed 1, full benchmark): 961 961 [579 1,187] 1,125 ms, the clean 891 + 875 ms
        // before a natural rise. The pause does not fall to the interval after it, so the published rule's pattern is
        // incomplete; before, the early interval was flagged short alone and the pause kept (the series 420 ms longer
        // than the recording).
        var found = FoundInWholeRecordingCase("008", "premature", 5, 1, 354, 579, out var truth);
        AssertTypedWithNothingBeside(found, truth, 354, InjectedKind.Premature, ArtifactType.Ectopic, [353, 355, 356], "the rhythm beside the pair");
    }

    [Test]
    public void Clean_ExtraBeatWhereTheRhythmFalls_NaturalIntervalAtItsNeighboursLevelNotReadAsPremature()
    {
        // Refinement 50 (test_13 extra seed 2 at 1 %, full benchmark): 804 724 656 592 568 [265 323] 700 776 ms, the
        // clean 588 ms split where the rhythm falls and turns. With the 11-beat median repaired around the extra beat it
        // lags at 724 ms, the mRR rule calls the natural 592 short, and the pause-split reading (refinement 24) took it
        // for a premature beat whose pause (568 + 265 ms) an extra beat split; the first pass then alternated between
        // the two readings and ended on that one (three false alarms, the extra beat's parts flagged apart). The 592
        // lies at the level of the 568 after it (refinement 31), so it is the rhythm.
        var found = FoundInWholeRecordingCase("test_13", "extra", 1, 2, 17, 265, out var truth);
        AssertTypedWithNothingBeside(found, truth, 17, InjectedKind.Extra, ArtifactType.Extra, [13, 14, 15, 16, 18, 19], "the falling rhythm beside it");
    }

    [Test]
    public void Clean_PauseReadAsAMissedBeat_NearerTwoBeatsThanThree_TypedEctopic()
    {
        // Refinement 53 (008 premature seed 4 at 5 %, full benchmark): 891 851 852 [721 1,427] 1,000 930 ms, a premature
        // beat in the clean 1,109 + 1,039 ms. The pause is about twice the early interval, so the detector split it as a
        // missed beat and kept the 721: three beats where the two intervals span 2.32 of the rhythm around them (926 ms).
        // With the early interval under 90 % of the one before and the span under 2.4 beats it is a premature beat.
        var found = FoundInWholeRecordingCase("008", "premature", 5, 4, 426, 721, out var truth);
        AssertTypedWithNothingBeside(found, truth, 426, InjectedKind.Premature, ArtifactType.Ectopic, [427], "the pause read as a missed beat");
    }

    [Test]
    public void Clean_MissedBeatInANaturalDip_StaysMissed()
    {
        // The other side of refinement 53 (subject_10 missed seed 1 at 1 %, full benchmark): 918 823 [695 1,467] 929 ms,
        // the clean 708 + 759 ms merged in a three-beat dip (695 708 759 among 823 and 929 ms). The early interval and
        // the missed beat span 2.47 beats of the rhythm around them, nearer three than two only just: at the midpoint
        // (2.5) the dip was read as a premature beat; under 2.4 it stays a missed beat.
        var found = FoundInWholeRecordingCase("subject_10", "missed", 1, 1, 73, 1467, out var truth);
        AssertTypedWithNothingBeside(found, truth, 73, InjectedKind.Missed, ArtifactType.Missed, [72], "the dip's first interval");
    }

    [Test]
    public void Clean_PrematurePairFlaggedByTwoPasses_CorrectedAsOnePairWithItsTotal()
    {
        // Refinement 52 (test_08 premature seed 9 at 5 %, full benchmark): 768 780 [517 999] 656 720 ms, the clean 796 +
        // 720 ms where the rhythm falls. One pass takes the 517 alone (the autoregressive model finds the 999 plausible
        // as the start of the fall), another flags the 999 long; before, the two were reported and corrected as a short
        // and a long interval that no pass read together, the pair's recorded total lost. The pair keeps the time of the
        // two intervals around it (1,516 against 1,436 ms, within half the 517's shortfall of 201 ms from their level),
        // so it is one displaced beat.
        var series = BeatQualityBenchmark.InjectedRun("test_08", BeatQualityBenchmark.Recording("test_08", int.MaxValue).Rr, "premature", 5, 9, out var truth);
        Assert.That((series[8], series[9]), Is.EqualTo((517.0, 999.0)).Using<(double, double)>((x, y) => Math.Abs(x.Item1 - y.Item1) < 1 && Math.Abs(x.Item2 - y.Item2) < 1), "the case");
        var cleaned = ArtifactCorrection.Clean(series);
        AssertTypedWithNothingBeside(cleaned.Quality.Artifacts, truth, 8, InjectedKind.Premature, ArtifactType.Ectopic, [9], "the pause flagged apart");
        var corrected = cleaned.Beats.Where(b => b.InputIndex is 8 or 9 && b.Action == BeatAction.Interpolated).Sum(b => b.RrMs);
        Assert.That(corrected, Is.EqualTo(517 + 999).Within(1), "the pair's recorded total kept");
    }

    [TestCase("extra", 2)]
    [TestCase("missed", 0)]
    public void Clean_PairReadingsThatAlternate_SettledAsOnTheCleanRecording(string kind, int seed)
    {
        // Refinement 51 (rr-George_Ron): 549 581 [930 751 928] 932 ms is read in turn as the pair (930, 751) and the pair
        // (751, 928) while the first pass's thresholds and median are re-estimated, and the pass ended on whichever
        // the iteration count left, so a run and the clean recording could correct it differently (extra seed 2:
        // RMSSD +3.8 % from that alone). The pair whose total lies closer to the two intervals around it is kept:
        // (930, 751), 1,681 ms against 581 + 928 ms, in the clean recording and in these runs (where the readings
        // alternate with another kind of flag, a long interval alone, the rule does not apply: single seed 3).
        var clean = CleanStretch("rr-George_Ron_2017-08-03_08-28-50");
        var at = Array.FindIndex(clean, 1, x => Math.Abs(x - 930) < 1);
        Assert.That(clean[at + 1], Is.EqualTo(751).Within(1), "the case");
        Assert.That(ArtifactCorrection.Clean(clean).Quality.Artifacts, Has.Some.Matches<DetectedArtifact>(a => a.Index == at && a.Type == ArtifactType.Ectopic), "clean recording");
        var series = Inject("rr-George_Ron_2017-08-03_08-28-50", kind, seed, out _);
        var here = Array.FindIndex(series, 1, x => Math.Abs(x - 930) < 1);
        Assert.That(series[here + 1], Is.EqualTo(751).Within(1), "the case in the run");
        Assert.That(ArtifactCorrection.Clean(series).Quality.Artifacts, Has.Some.Matches<DetectedArtifact>(a => a.Index == here && a.Type == ArtifactType.Ectopic), "the run");
    }

    [Test]
    public void Clean_MissedBeatOverTheDropoutMultipleInAFastSwing_TypedMissedNotADropout()
    {
        // Item 52 (rr-George_Ron missed seed 1): 622 722 832 [1,858] 948 885 ms, 888 + 970 merged while the rhythm swings
        // from 590 to 970 ms. The 11-beat median is 722 ms, so the interval is 2.57 medians, over the dropout multiple
        // (2.5), and was removed as a dropout (a gap: the beat lost from the series); it is 1.96 times its longer
        // neighbour, both neighbours the rhythm, so it is one missed beat.
        var found = FoundInCase("rr-George_Ron_2017-08-03_08-28-50", "missed", 1, 258, 1858, out var truth);
        Assert.That(found.Where(a => a.Type == ArtifactType.Dropout), Is.Empty, "no dropout");
        AssertTypedWithNothingBeside(found, truth, 258, InjectedKind.Missed, ArtifactType.Missed, [257, 259], "the swing's intervals beside it");
    }

    [Test]
    public void Clean_MissedBeatOverTheDropoutMultipleAfterASinusRise_TypedMissedNotADropout()
    {
        // Refinement 59 (full benchmark, 24-hour 008, missed beats at 1 %, seed 6): 1,008 1,235 [2,523] 1,094 1,054 ms,
        // 1,296 + 1,227 merged after the rhythm rose by 22.5 % in one beat. The 11-beat median (1,008 ms) lags the rise, so
        // the interval is 2.50 medians and was removed as a dropout: item 52 asked each neighbour to lie within 20 % of the
        // interval beyond it. Both neighbours follow their outer intervals by sinus steps (Kamath and Fallen's limits),
        // and the interval splits into two beats that follow the 1,235 and lead into the 1,094 by sinus steps (into
        // three it does not): one lost beat.
        var found = FoundInWholeRecordingCase("008", "missed", 1, 6, 7299, 2523, out var truth);
        Assert.That(found.Where(a => a.Type == ArtifactType.Dropout && Math.Abs(a.Index - 7299) <= 1), Is.Empty, "no dropout");
        AssertTypedWithNothingBeside(found, truth, 7299, InjectedKind.Missed, ArtifactType.Missed, [7298, 7300], "its neighbours");
    }

    [Test]
    public void Clean_ShortIntervalAfterANaturalPeakFlaggedByItsOwnDrop_ReadAloneAndThePeakKept()
    {
        // Refinement 60 (full benchmark, subject_02, single intervals at 5 %, seed 6): 693 771 [582] 788 777 ms, the
        // 831 ms ×0.7. The detector read 582 788 as a premature pair, and its drop made the natural 771 a long step flag
        // (steps +1.13 and, against the pair's halves, −1.24 Th1). The flag left the model's rows without the row that
        // predicts the 788 from the 582, so the pair could not be read again: both natural intervals were corrected.
        // With the step flag's recorded value in the rows, the ×0.7 interval alone explains them best, and the step
        // flag, tested against that reading, no longer holds.
        var found = FoundInWholeRecordingCase("subject_02", "single", 5, 6, 53, 582, out var truth);
        AssertTypedWithNothingBeside(found, truth, 53, InjectedKind.Single, ArtifactType.Short, [52, 54], "the natural peak before it and the interval after it");
    }

    [Test]
    public void Clean_LongIntervalThatSplitsIntoNoSinusSteps_NotAMissedBeat()
    {
        // Refinement 40 (rr-George_Ron extra seed 1): 581 [930] 751 928 [419 513] 917 ms. The 930 (a natural pair with
        // the 751, flagged ectopic on the clean recording too) has its half, 465 ms, within 20 % of the 11-beat median
        // (578 ms: it lags the swing, and the unmerged extra beat pulls it down), so it was split as a missed beat; no
        // split of it follows the 581 and leads into the 751 by sinus steps (the first beat at least 439 ms, the second
        // at least 567 ms), so it is no missed beat.
        var found = FoundInCase("rr-George_Ron_2017-08-03_08-28-50", "extra", 1, 179, 930, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(found.Any(a => a.Index == 179 && a.Type == ArtifactType.Missed), Is.False, "not a missed beat");
            AssertTypedWithNothingBeside(found, truth, 182, InjectedKind.Extra, ArtifactType.Extra, [181, 183], "the intervals beside it");
        });
    }

    [Test]
    public void Clean_LongIntervalBeforeAnUnmergedExtraBeat_SplitTestedAgainstTheMergedInterval()
    {
        // Refinement 40 with an extra beat after the long interval (rr-George_Ron extra seed 2): 724 [1,026] [385 470] 915
        // ms. Against the 385 (the extra beat's first part) a split of the 1,026 fits (560 + 466 ms); against the
        // interval the extra beat splits, 855 ms, none does, and the 1,026 (flagged long on the clean recording) was
        // split as a missed beat.
        var found = FoundInCase("rr-George_Ron_2017-08-03_08-28-50", "extra", 2, 429, 1026, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(found.Any(a => a.Index == 429 && a.Type == ArtifactType.Missed), Is.False, "not a missed beat");
            Assert.That(found.Any(a => a.Index == 430 && a.Type == ArtifactType.Extra), Is.True, "the extra beat");
            Assert.That(truth.Any(t => t.Index == 430 && t.Kind == InjectedKind.Extra), Is.True, "the injected extra beat");
        });
    }

    [Test]
    public void Clean_MissedBeatBesideAnEarlierPassEstimate_StillMissed()
    {
        // Refinement 40 tests a split against recorded neighbours only (008, whole recording, missed beats at 10 %, seed
        // 9): 844 929 [1,766] 844 1,164 ms. An earlier pass replaces the 844 after it by an estimate; against that
        // estimate no split fits, but an estimate is no rhythm, and against the 929 before it one does.
        var found = FoundInWholeRecordingCase("008", "missed", 10, 9, 194, 1766, out var truth);
        Assert.That(truth.Any(t => t.Index == 194 && t.Kind == InjectedKind.Missed), Is.True, "the injected missed beat");
        Assert.That(found.Any(a => a.Index == 194 && a.Type == ArtifactType.Missed), Is.True, "typed missed");
    }

    [Test]
    public void Clean_ExtraBeatWhereTheMedianLagsASwing_TypedExtra()
    {
        // Refinement 41 (rr-George_Ron extra seed 1): 581 663 [395 482] 869 909 ms, 877 ms split where the rhythm rises
        // from 580 to 930 ms. The parts add up to the 869 after them, but the larger (482 ms) is over 80 % of the
        // lagging median (583 ms); against the interval they match, the rhythm there, both are short.
        var series = Inject("rr-George_Ron_2017-08-03_08-28-50", "extra", 1, out var truth);
        Assert.That(series[82] + series[83], Is.EqualTo(877).Within(1), "the case");
        var found = ArtifactCorrection.Clean(series).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, 82, InjectedKind.Extra, ArtifactType.Extra, [81, 83, 84], "the intervals beside it");
    }

    [Test]
    public void Clean_ExtraBeatAfterALongIntervalOnASwing_TypedExtraNotALateBeat()
    {
        // Refinement 42 (rr-George_Ron extra seed 3): 648 832 [393 481] 1,014 ms, 874 ms split while the rhythm rises.
        // The 832 is long against the lagging median (588 ms) and the 393 short, so the subspace-1 rule took (832, 393)
        // for a late-beat pair before the extra-beat test saw the 393 and 481 add up to the rhythm; the 481 was kept.
        var series = Inject("rr-George_Ron_2017-08-03_08-28-50", "extra", 3, out var truth);
        Assert.That(series[105] + series[106], Is.EqualTo(874).Within(1), "the case");
        var found = ArtifactCorrection.Clean(series).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, 105, InjectedKind.Extra, ArtifactType.Extra, [103, 104, 106], "the intervals beside it");
    }

    [Test]
    public void Clean_RunOfDoubleDetections_EveryPairAnExtraBeat()
    {
        // Refinement 43 (the Valsalva recording Subject_8, during the strain): 865 835 [334 477] [330 466] [316 467] 773
        // 761 ms — each beat detected twice, each pair adding up to the rhythm around the run. The 11-beat median there is
        // itself a part and each pair's neighbour another pair's part, so no extra-beat test saw them; parts were kept.
        var recording = RecordingReader.Open(SharedData.Data("valsalva", "Subject_8_beats.csv")).Recording;
        var c = ArtifactCorrection.Clean(recording.Beats);
        var rr = recording.Beats.Milliseconds.ToArray();
        Assert.That(rr.Skip(39).Take(8).Select(v => Math.Round(v)), Is.EqualTo(new double[] { 835, 334, 477, 330, 466, 316, 467, 773 }), "the case");
        var found = c.Quality.Artifacts.Where(a => a.Index is >= 39 and <= 62).Select(a => (a.Index, a.Type));
        Assert.That(found, Is.EqualTo(new[]
        {
            (40, ArtifactType.Extra), (42, ArtifactType.Extra), (44, ArtifactType.Extra), (50, ArtifactType.Extra),
            (52, ArtifactType.Extra), (54, ArtifactType.Extra), (57, ArtifactType.Extra), (59, ArtifactType.Extra),
        }));
    }

    [Test]
    public void Clean_EvenlySplitPairsAfterMissedBeats_NotARunOfExtraBeats()
    {
        // The other side of refinement 43 (nsr2db/nsr003, beats 1,061–1,074): 1,359 1,344 1,344 [672 680] [672 641]
        // [664 664] [664 641] [680 664] 1,336 ms — three missed beats in a row, then sinus beats at the rhythm; every
        // "pair" adds up to the 1,344 before it, but sinus beats split it evenly where a double detection (a T wave a
        // QT interval after its R wave) splits every pair unevenly the same way.
        var recording = RecordingReader.Open(SharedData.Data("nsr2db", "nsr003.csv")).Recording;
        var rr = recording.Beats.Milliseconds.ToArray();
        Assert.That(rr.Skip(1063).Take(3).Select(v => Math.Round(v)), Is.EqualTo(new double[] { 1344, 672, 680 }), "the case");
        var found = ArtifactCorrection.Clean(recording.Beats).Quality.Artifacts;
        Assert.That(found.Where(a => a.Index is >= 1064 and <= 1073), Is.Empty);
    }

    [Test]
    public void Clean_BeatsAtHalfTheIntervalAfterAMissedBeat_NotARunOfExtraBeats()
    {
        // The other side of refinement 43: at 180 bpm two missed beats four beats apart, 333 [666] 333 333 333 333 [666]
        // 333 ms, hold two pairs of beats adding up to 666 ms between intervals of 666 ms; the first 666 is no rhythm
        // (twice the interval before it), so the beats between are not double detections.
        double[] rr = [.. Enumerable.Range(0, 40).Select(i => 333.0 + (i % 3)), 666, 333, 334, 333, 335, 666, .. Enumerable.Range(0, 40).Select(i => 334.0 - (i % 3))];
        var found = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr)).Quality.Artifacts;
        Assert.That(found.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (40, ArtifactType.Missed), (45, ArtifactType.Missed) }));
    }

    [Test]
    public void Clean_PrematureBeatInAFallingSwing_TypedEctopicNotAMissedBeat()
    {
        // Refinement 44 (rr-George_Ron mixed seed 3): 970 948 [575 1,083] 705 659 ms, a premature beat at 65 % of 885 ms
        // with its compensatory pause where the rhythm falls from 970 to 640 ms. The 11-beat median lags the fall, so the
        // pair's deviations from it are not comparable, and its neighbours disagree by 29 %: the pair was refused and the
        // pause split as a missed beat. The drop and the rise are both steps no sinus beat makes, and the pair lasts what
        // the two intervals around it do (1,658 against 1,653 ms).
        var found = FoundInCase("rr-George_Ron_2017-08-03_08-28-50", "mixed", 3, 278, 575, out var truth);
        AssertTypedWithNothingBeside(found, truth, 278, InjectedKind.Premature, ArtifactType.Ectopic, [277, 279, 280], "the intervals beside it");
    }

    [Test]
    public void Clean_PrematurePauseBesideItsOwnPrematureInterval_StaysEctopic()
    {
        // The other side of refinement 39 (008 premature seed 2): 868 [670 1,439] 930 ms — the pause lasts 1.5 times the
        // longer neighbour and its half lies between them, but the smaller neighbour is the premature interval itself,
        // 23 % under the interval before it, so not the rhythm: the pair stays a premature beat.
        var found = Run("008", "premature", 2, out var truth);
        var at = truth.Single(t => t.Kind == InjectedKind.Premature && Math.Abs(t.Index - 276) <= 1).Index;
        Assert.That(found.Any(a => a.Index == at && a.Type == ArtifactType.Ectopic), Is.True, "typed ectopic");
        Assert.That(found.Any(a => a.Index == at + 1 && a.Type == ArtifactType.Missed), Is.False, "its pause not a missed beat");
    }

    [Test]
    public void Clean_PrematureBeatWhereTheRhythmChanges_TypedEctopic()
    {
        // Benchmark run subject_05, premature beats at 5 %, seed 1: the pair 478, 1,011 ms lies where the rhythm moves
        // from about 770 to 930 ms; against the 11-beat median (896 ms) its deviations (−418, +115 ms) are not
        // comparable, so before refinement 13 the pair was corrected as a short and a missed beat (RMSSD +41 %).
        var found = Run("subject_05", "premature", 1, out var truth);
        TestContext.Out.WriteLine(string.Join(" ", found.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Type}@{a.Index}"))));
        Assert.Multiple(() =>
        {
            foreach (var t in truth)
                Assert.That(found.Any(a => a.Index == t.Index && a.Type == ArtifactType.Ectopic), Is.True, $"premature beat at {t.Index}");
            Assert.That(found.Where(a => a.Type != ArtifactType.Ectopic), Is.Empty);
        });
    }

    [Test]
    public void Clean_NaturalPairAfterAPrematureBeat_NotEctopic()
    {
        // Benchmark run 008 (24-h healthy), premature beats at 5 %, seed 0: after the injected pair 635, 1,287 ms the
        // natural intervals 953 and 1,032 ms (median 976 ms) pass the subspace-1 rule only through the drop from the
        // pause; with the injected pair repaired (two halves of its total) the step into 953 is −8 ms and refinement 14
        // drops the pair. The same two beats later: 635, 1,271, then 938 and 1,109 ms.
        var found = Run("008", "premature", 0, out var truth);
        Assert.Multiple(() =>
        {
            foreach (var t in truth.Where(t => t.Index is 1289 or 1296))
                Assert.That(found.Any(a => a.Index == t.Index && a.Type == ArtifactType.Ectopic), Is.True, $"premature beat at {t.Index}");
            Assert.That(found.Where(a => a.Index is 1291 or 1298), Is.Empty, "the natural pairs after the injected ones");
        });
    }

    [Test]
    public void Clean_PrematureBeatAfterALongInterval_TypedEctopicWithItsPause()
    {
        // Benchmark run 010 (24-h healthy), premature beats at 5 %, seed 0: 851 [589 1,200] 735 ms around a 718-ms
        // median. The natural 851 and the premature 589 keep two medians (1,440 ms) and passed as a late-beat pair, which
        // left the pause for a missed beat; refinement 15 pairs the short interval with the longer neighbour.
        var found = Run("010", "premature", 0, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => t.Index == 887), Is.True, "the injected premature beat");
            Assert.That(found.Any(a => a.Index == 887 && a.Type == ArtifactType.Ectopic), Is.True, "typed ectopic with its pause");
            Assert.That(found.Where(a => a.Index is 886 or 888 && a.Type is ArtifactType.Ectopic or ArtifactType.Missed), Is.Empty);
        });
    }

    [TestCase(1, 466)]
    [TestCase(2, 20)]
    public void Clean_PrematureBeatAfterANaturallyLongInterval_NotALateBeatPair(int seed, int index)
    {
        // Benchmark runs 008 (24-h healthy), mixed artifacts at 5 %: seed 1, 828 1,140 [691 1,372] 953 ms (median about
        // 843 ms before, 953 ms after); seed 2, 891 1,172 [710 1,438] 977 ms: the rhythm steps up through a naturally long
        // interval and a premature beat follows it. The natural long interval and the premature one (1,140 + 691 ms) pass
        // as a late-beat pair, which left the pause a long interval. Refinement 15 pairs the short interval with the longer
        // neighbour, its pause. (Its first case, the 010 run above, is now decided right without it, by later
        // refinements; these are cases at the default options where it decides.)
        var found = Run("008", "mixed", seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Premature, ArtifactType.Ectopic, [index + 1, index + 2], "nothing after the pair");
        Assert.That(found.Where(a => a.Index == index - 1 && a.Type == ArtifactType.Ectopic), Is.Empty, "the natural long interval not paired with the premature one");
    }

    [Test]
    public void Clean_ExtraBeatWhereTheRhythmSlows_TypedExtra()
    {
        // Benchmark run 000 (24-h healthy), extra beats at 5 %, seed 0: 1,000 1,156 [573 701] 1,250 1,344 ms, the rhythm
        // slowing through an extra beat (median 1,000 ms, so the halves add up to 27 % more). The natural 1,156 is
        // flagged long by the extra beat's drop right after it; before refinement 16 that flag kept the neighbours'
        // mean (1,203 ms) from the sum test, and the extra beat was two short intervals.
        var found = Run("000", "extra", 0, out var truth);
        AssertTypedWithNothingBeside(found, truth, 1883, null, ArtifactType.Extra, [1882, 1884], "no long or short flag beside it");
    }

    [TestCase("test_12", 0, 131)]
    [TestCase("test_11", 3, 77)]
    public void Clean_ExtraBeatBesideAStepFlaggedNeighbour_TypedExtraByTheNeighboursMean(string name, int seed, int index)
    {
        // Benchmark runs (exercise tests), extra beats at 5 %: test_12 seed 0, 784 888 [425 519] 1,056 1,072 ms, the rhythm
        // rising from 660 to 1,060 ms; test_11 seed 3, 664 888 [414 506] 840 764 ms. The sum (944, 920 ms) misses the
        // lagging median (784, 740 ms) by more than 20 %, so only the neighbours' mean (972, 864 ms) finds the extra
        // beat; the natural 888 ms before it is flagged long by the step up into it and the extra beat's drop after it.
        // Refinement 16 lets that step-flagged neighbour serve (refinement 12 then drops its flag). (The first case of
        // refinement 16, the 000 run above, is now decided right without it, by later refinements.)
        var found = Run(name, "extra", seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Extra, ArtifactType.Extra, [index - 1, index + 2], "no long or short flag beside it");
    }

    [Test]
    public void Clean_NaturalLongIntervalBeforeAnExtraBeat_NotFlagged()
    {
        // Benchmark run 000 (24-h healthy), extra beats at 5 %, seed 0: 875 914 1,196 1,117 [517 631] 1,125 ms where the
        // rhythm moves from 900 to 1,150 ms. The extra beat's two short halves sit in the 11-beat window and pull the
        // median down, so the natural 1,196 was flagged long; refinement 17 takes the median with the extra beat
        // merged (1,148 ms in place of 517 and 631).
        var found = Run("000", "extra", 0, out var truth);
        AssertTypedWithNothingBeside(found, truth, 2985, null, ArtifactType.Extra, [2981, 2982, 2983, 2984], "the natural intervals before it");
    }

    [Test]
    public void Clean_ExtraBeatAfterANaturallyShortInterval_PairedWithItsOtherHalf()
    {
        // Benchmark run 000 (24-h healthy), extra beats at 5 %, seed 0: 1,024 648 [285 348] 633 ms, the rhythm falling
        // from 1,000 to 630 ms. The natural 648 and the first half add up to 933 ms, close enough to the lagging median
        // (about 1,000 ms) to pass the sum test, so stage 2 merged them and left the second half a short interval;
        // refinement 18 pairs the short 285 with the shorter of its neighbours (348, total 633 ms).
        var found = Run("000", "extra", 0, out var truth);
        AssertTypedWithNothingBeside(found, truth, 1844, null, ArtifactType.Extra, [1843, 1845], "the natural interval before it, the other half");
    }

    [Test]
    public void Clean_ExtraBeatAfterANaturallyShortInterval_NotMergedWithIt()
    {
        // Benchmark run test_13 (exercise test), extra beats at 5 %, seed 0: 724 656 592 [256 312] 588 700 ms, the extra
        // beat splitting a 568-ms interval where the rhythm falls from 800 to 600 ms. The first half adds up to one
        // interval with the natural 592 before it (848 ms) and with the other half (568 ms); without refinement 18 the
        // 592 and 256 were merged, and the run was left with short flags before the extra beat and an ectopic pair after
        // it. (Refinement 18's first case, the 000 run above, is now decided right without it, by later refinements.)
        var found = Run("test_13", "extra", 0, out var truth);
        AssertTypedWithNothingBeside(found, truth, 16, InjectedKind.Extra, ArtifactType.Extra, [13, 14, 18, 19], "nothing beside it");
        Assert.That(found.Where(a => a.Index == 15 && a.Type == ArtifactType.Extra), Is.Empty, "the natural 592 ms not merged");
    }

    [TestCase(8)]
    [TestCase(10)]
    public void Clean_MissedBeatAfterAStepFlag_TypedMissed(double floorPercent)
    {
        // Benchmark run subject_05 (Polar H10), mixed artifacts at 5 %, seed 2: 857 770 [1,489] 832 930 ms, a missed
        // beat (two intervals of about 745 ms) where the median (about 880 ms) lags. Its half matches the 770 before it,
        // but the step up into the long interval flags 770 short, and a flagged neighbour was no reference: the merged
        // interval became one long interval (RMSSD −10 %). Refinement 19 takes the step-flagged 770 as reference because
        // the other neighbour (832) lies within 25 % of the half as well. Tested at the 8 % floor of the time, where it fails
        // without the refinement, and at the default 10 %, where the 770 is not step-flagged and the outcome must hold too.
        var found = ArtifactCorrection.Clean(Inject("subject_05", "mixed", 2, out var truth), Floor(floorPercent)).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, 47, InjectedKind.Missed, ArtifactType.Missed, [46, 48], "no flag beside it");
    }

    [Test]
    public void Clean_LongIntervalOfANaturallyLongBeat_NotSplitAsMissed()
    {
        // Benchmark run test_18 (exercise test, RMSSD 27 ms), single intervals at 5 %, seed 3: 864 [1,312] 1,004 ms and
        // 1,064 [1,350] 884 ms, naturally long intervals (972, 1,000 ms) ×1.35, 1.54 local medians. Their halves (656,
        // 675 ms) lie 23 % below the median, within Th2 there (about 200 ms), so both were split as missed beats, which
        // inserted two beats and two large steps each (RMSSD +24 %, no warning). Refinement 20 caps the half test at
        // 20 % of the median.
        var found = Run("test_18", "single", 3, out var truth);
        Assert.Multiple(() =>
        {
            foreach (var i in new[] { 85, 115 })
            {
                Assert.That(truth.Any(t => t.Index == i && t.Kind == InjectedKind.Single), Is.True, $"the injected interval at {i}");
                Assert.That(found.Any(a => a.Index == i && a.Type == ArtifactType.Long), Is.True, $"typed long at {i}");
                Assert.That(found.Where(a => a.Index == i && a.Type == ArtifactType.Missed), Is.Empty, $"not split at {i}");
            }
        });
    }

    [Test]
    public void Clean_FirstIntervalOfALongRun_DecidedAsOnTheCleanRecording()
    {
        // Benchmark recording test_08 (exercise test, RMSSD 9 ms): its first interval, 1,048 ms before 852, 764 and
        // 796 ms, is flagged long on the clean recording at the 8 % floor (|mRR| = 3.17 Th2). With single intervals
        // injected further on (5 %, seed 1), Th2 from the cut 46-beat window at the start came out 17 % higher, the
        // interval was kept, and the one step 1,048 → 852 ms moved RMSSD by 23 %. Refinement 21 takes the first full
        // window's thresholds there. Since refinement 29 the default floor is 10 %, where Th2 at the start is the floor
        // and both keep the interval; the case is tested at the 8 % floor, where refinement 21 decides it.
        var clean = ArtifactCorrection.Clean(CleanStretch("test_08"), EightPercentFloor).Quality.Artifacts;
        var found = ArtifactCorrection.Clean(Inject("test_08", "single", 1, out _), EightPercentFloor).Quality.Artifacts;
        Assert.Multiple(() =>
        {
            Assert.That(clean.Any(a => a.Index == 0 && a.Type == ArtifactType.Long), Is.True, "flagged on the clean recording");
            Assert.That(found.Any(a => a.Index == 0 && a.Type == ArtifactType.Long), Is.True, "flagged with artifacts injected");
        });
    }

    [Test]
    public void Clean_PrematurePairAfterANaturallyLongInterval_KeepsTwoCyclesOfIt()
    {
        // Benchmark recording test_10 (exercise test), premature beats at 5 %, seed 3: at the start of exercise the natural
        // 828 ms comes before the injected pair 588, 1,140 ms (from 905, 823 ms) among ~690-ms anchors. The pair's total
        // (1,728 ms) is 362 ms longer than the interpolated one, more than twice the prematurity, so it was not kept: the
        // pair became 686, 680 ms, the 828 ms was then flagged long, and RMSSD came out 23 % low. The total matches two
        // cycles of the 828 ms (1,656 ms, within 10 % of one), and refinement 22 keeps it.
        var series = Inject("test_10", "premature", 3, out var truth);
        var c = ArtifactCorrection.Clean(series);
        var pair = c.Beats.Where(b => b.InputIndex is 59 or 60).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => t.Index == 59 && t.Kind == InjectedKind.Premature), Is.True, "the injected pair at 59");
            Assert.That(series[58], Is.EqualTo(828).Within(0.5), "the natural interval before it");
            Assert.That(c.Quality.Artifacts.Any(a => a.Index == 59 && a.Type == ArtifactType.Ectopic), Is.True, "typed ectopic");
            Assert.That(c.Quality.Artifacts.Where(a => a.Index == 58), Is.Empty, "the natural 828 ms kept");
            Assert.That(pair.Sum(b => b.RrMs), Is.EqualTo(series[59] + series[60]).Within(1e-6), "the pair's total kept");
        });
    }

    [TestCase("nsr003", 0, 2552, 8)]
    [TestCase("nsr003", 0, 2552, 10)]
    [TestCase("nsr004", 2, 271, 10)]
    [TestCase("nsr001", 1, 1747, 10)]
    public void Clean_LongIntervalOfAtLeast1Point8Medians_TypedMissedWhateverItsHalf(string name, int seed, int index, double floorPercent)
    {
        // Benchmark runs (24-hour NSR excerpts), missed beats at 5 %: nsr003 seed 0, 852 [1,906] 836 ms; nsr004 seed 2,
        // 789 [1,680] 742 ms (median 727 ms, the merged beats 867 and 813 ms); nsr001 seed 1, 617 [1,547] 680 ms (median
        // 680 ms, merged 695 and 852 ms): two merged intervals of which one was naturally long. The half (953, 840,
        // 774 ms) lies beyond every half test, so the interval was a long interval, interpolated as one beat (0.8 medians
        // of time lost). At 2.2–2.3 local medians it can only be a missed beat (refinement 23); it is split. The nsr003
        // case is tested at the 8 % floor of the time, where it arose, and at 10 %, where it is found without the refinement.
        var found = ArtifactCorrection.Clean(Inject(name, "missed", seed, out var truth), Floor(floorPercent)).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Missed, ArtifactType.Missed, [index - 1], "nothing before it");
        Assert.That(found.Where(a => a.Index == index && a.Type != ArtifactType.Missed), Is.Empty, "not also long");
    }

    [Test]
    public void Clean_ExtraBeatSplittingANaturalPrematureInterval_TypedExtraAndThePairFoundAfterTheMerge()
    {
        // Benchmark recording test_17 (exercise), extra beats at 5 %, seed 2: 436 [155 189] 548 432 ms. The extra beat
        // split a natural premature interval (344 ms, before its 548-ms pause): its parts add up to neither one interval
        // nor two, so the sum test and the pair tests failed and the three were flagged short, short and long. The sum
        // and the pause form a compensated premature pair (refinement 24): the extra beat is found, and the next pass
        // finds the natural pair as it does on the clean recording.
        var found = Run("test_17", "extra", 2, out var truth);
        AssertTypedWithNothingBeside(found, truth, 741, InjectedKind.Extra, ArtifactType.Extra, [740], "nothing before it");
        Assert.That(found.Any(a => a.Index == 742 && a.Type == ArtifactType.Ectopic), Is.True, "the merged premature interval and its pause an ectopic pair");
        Assert.That(found.Where(a => a.Index == 743), Is.Empty, "the pause not flagged on its own");
    }

    [Test]
    public void Clean_ExtraBeatSplittingANaturalPause_TypedExtraAndThePairFoundAfterTheMerge()
    {
        // Benchmark recording test_17, extra beats at 5 %, seed 1: 436 344 [247 301] 432 ms. Here the extra beat split
        // the pause (548 ms) after the natural premature 344 ms: three short intervals in a row. The premature interval
        // and the sum form a compensated pair (refinement 24): the extra beat is found, and the natural pair after the
        // merge is ectopic, as on the clean recording (seed 0 leaves it alone: 344 548 ms typed ectopic at 738).
        var found = Run("test_17", "extra", 1, out var truth);
        AssertTypedWithNothingBeside(found, truth, 738, InjectedKind.Extra, ArtifactType.Extra, [739], "nothing after it");
        Assert.That(found.Any(a => a.Index == 737 && a.Type == ArtifactType.Ectopic), Is.True, "the natural premature interval and the merged pause an ectopic pair");
        Assert.That(Run("test_17", "extra", 0, out _).Any(a => a.Index == 738 && a.Type == ArtifactType.Ectopic), Is.True, "the natural pair where no extra beat split it");
    }

    [TestCase("test_17", 2, 74)]
    [TestCase("subject_14", 2, 9)]
    public void Clean_PrematureBeatWithAFullCompensatoryPauseWhereTheRhythmRises_TypedEctopic(string name, int seed, int index)
    {
        // Benchmark runs, premature beats at 5 %: test_17 seed 2, 920 736 [471 1,001] 960 ms; subject_14 seed 2,
        // 808 [492 1,116] 1,021 ms. The rhythm rises through the pair, so the 11-beat median lags, the pause is not
        // long against it, and the premature interval alone was flagged short (its pause kept). Each pair lasts two
        // cycles of the interval before it (1,472 = 2 × 736 ms; 1,608 ≈ 2 × 808 ms) and the pause is longer than the
        // interval after it: a full compensatory pause (refinement 25).
        var found = Run(name, "premature", seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Premature, ArtifactType.Ectopic, [index - 1, index + 1, index + 2], "nothing beside the pair");
    }

    [Test]
    public void Clean_PrematurePauseFollowedByALongInterval_PairTypedEctopicAndTheLongIntervalLong()
    {
        // The shape of issue 14's nsr009 case at seed 41 of its per-beat injection: the rhythm rises 800 → 900 ms, a
        // premature beat at 65 % of 830 ms with its compensatory pause (540 + 1,160 ms), then a ×1.35 interval (1,215 ms)
        // right after the pause. The pause is not longer than the interval after it, so refinements 25 and 49 do not
        // take the pair, and against the lagging median (800 ms) it does not compensate (refinement 7); against the
        // rhythm on either side of the three (800 and 880 ms) it does (refinement 67).
        var rr = new List<double>();
        for (var i = 0; i < 40; i++) rr.Add(i % 2 == 0 ? 795 : 805);
        rr.Add(800);
        var shortAt = rr.Count;
        rr.AddRange([0.65 * 830, 870 + (0.35 * 830), 1.35 * 900]);
        for (var i = 0; i < 40; i++) rr.Add(i % 2 == 0 ? 875 : 885);
        var found = ArtifactCorrection.Clean(rr.ToArray()).Quality.Artifacts;
        Assert.Multiple(() =>
        {
            Assert.That(found.Any(a => a.Index == shortAt && a.Type == ArtifactType.Ectopic), Is.True, "the premature interval and its pause an ectopic pair");
            Assert.That(found.Any(a => a.Index == shortAt + 2 && a.Type == ArtifactType.Long), Is.True, "the interval after the pause long");
            Assert.That(found, Has.Count.EqualTo(2), "nothing else");
        });
    }

    [Test]
    public void Clean_ShortIntervalBeforeANaturalRiseToANewLevel_NotAFullCompensatoryPause()
    {
        // 800 [560] 1,040 1,035 ms: the two intervals last two cycles of the 800 ms before them, as a full compensatory
        // pause does, but the rhythm stays at the new level after the "pause": a short interval before a natural rise
        // (a ×0.7 artifact, or a natural step), not a premature beat. Refinement 25 needs the pause to be longer than
        // the interval after it by 5 % of a cycle.
        var rr = new List<double>();
        for (var i = 0; i < 40; i++) rr.Add(i % 2 == 0 ? 795 : 805);
        rr.Add(800);
        var shortAt = rr.Count;
        rr.AddRange([560, 1040, 1035]);
        for (var i = 0; i < 40; i++) rr.Add(i % 2 == 0 ? 1045 : 1035);
        var found = ArtifactCorrection.Clean(rr.ToArray()).Quality.Artifacts;
        Assert.Multiple(() =>
        {
            Assert.That(found.Any(a => a.Index == shortAt && a.Type == ArtifactType.Short), Is.True, "the short interval flagged short");
            Assert.That(found.Where(a => a.Type == ArtifactType.Ectopic), Is.Empty, "no ectopic pair");
        });
    }

    [Test]
    public void Clean_ExtraBeatWhereTheRhythmJumps_TypedExtraByTheIntervalBesideIt()
    {
        // Benchmark recording 000 (24-hour healthy), extra beats at 5 %, seed 2: 1,007 1,039 [454 554] 695 734 ms, the
        // rhythm falling from about 1,040 to 700 ms. The sum (1,008 ms) is 37 % above the 734-ms median and the
        // neighbours (1,039 and 695 ms) are too far apart for their mean to serve, so the extra beat was a short flag.
        // It adds up to the interval before it (refinement 26).
        var found = Run("000", "extra", 2, out var truth);
        AssertTypedWithNothingBeside(found, truth, 963, InjectedKind.Extra, ArtifactType.Extra, [962, 964, 965], "nothing beside it");
    }

    [Test]
    public void Clean_TwoNaturalIntervalsAddingUpToAMissedBeatBesideThem_NotAnExtraBeat()
    {
        // Benchmark recording 000, missed beats at 5 %, seed 1: 1,110 758 [711 688] 1,383 710 688 ms. The two natural
        // intervals add up to the interval after them, but that one is itself two merged intervals (the injected missed
        // beat). Refinement 26 takes only a neighbour under 1.5 local medians: the missed beat is split, the natural
        // intervals are not merged.
        var found = Run("000", "missed", 1, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => t.Index == 1194 && t.Kind == InjectedKind.Missed), Is.True, "the injected missed beat at 1194");
            Assert.That(found.Any(a => a.Index == 1194 && a.Type == ArtifactType.Missed), Is.True, "typed missed");
            Assert.That(found.Where(a => a.Type == ArtifactType.Extra && a.Index is >= 1190 and <= 1193), Is.Empty, "no extra beat before it");
        });
    }

    [Test]
    public void Clean_SinusBeatsBesideAMissedBeatAtPeakExercise_NotMergedAsAnExtraBeat()
    {
        // actes/test_17 at 661 s (185 W): beats about 310 ms apart with frequent 620-ms intervals (missed detections):
        // 616 [312 304] 316 624 ms. The two 310-ms intervals add up to the 616 ms before them, but they are at the level of
        // the 316 ms after them: sinus beats beside a missed beat. Refinement 26 needs both parts clearly shorter than
        // the interval on the other side; without that, the beat at 661.54 s was removed and the 620s kept as sinus.
        var recording = RecordingCsvReader.Read(SharedData.Data("actes", "test_17.csv"));
        var beats = ArtifactCorrection.Clean(recording.Recording.Beats).Beats;
        var at = beats.Single(b => Math.Abs(b.TimeSeconds - 661.54) < 0.002);
        Assert.Multiple(() =>
        {
            Assert.That(at.Action, Is.EqualTo(BeatAction.Kept), "the beat at 661.54 s kept");
            Assert.That(beats.Any(b => b.Action == BeatAction.Inserted && b.TimeSeconds is > 660.6 and < 661.3), Is.True, "the 616-ms interval before it split");
        });
    }

    [Test]
    public void Clean_NaturalShortIntervalAfterAMissedBeat_DecidedOnTheRepairedMedian()
    {
        // Benchmark recording subject_04 (Polar H10), missed beats at 5 %, seed 3: 781 797 [1,357] 670 693 896 ms, the
        // missed beat merging a natural 657 and 700 ms. The merged interval pulls the 11-beat median up (841 against
        // 781 ms on the clean recording), so the natural 670 ms was flagged short by the mRR rule. Refinement 17 takes
        // the median again with the missed beat repaired, but the robust iterations stopped before that repair when the
        // flags were exactly the intervals the first threshold estimate had left out. The repair now always runs.
        var found = Run("subject_04", "missed", 3, out var truth);
        AssertTypedWithNothingBeside(found, truth, 42, InjectedKind.Missed, ArtifactType.Missed, [41, 43], "the natural intervals beside it kept");
    }

    [Test]
    public void Clean_NaturalIntervalAfterAPrematurePair_DecidedOnTheMedianWithThePairRepaired()
    {
        // Benchmark recording test_04 (exercise, RMSSD 9.6 ms), premature beats at 5 %, seed 3: 560 [403 989] 780 692 ms
        // in place of the natural 560 620 772 780 692 ms. The pair puts one value below the 11-beat median where the
        // natural 620 ms was above it, and the median drops a rank (588 against 612 ms), so the natural 780 ms came out
        // at 3.3 Th2 and was flagged long and interpolated (RMSSD −5.8 %). Refinement 17 now also takes the median of the
        // pair's neighbours with the pair as two halves of its total (its own windows keep its recorded intervals).
        var found = Run("test_04", "premature", 3, out var truth);
        AssertTypedWithNothingBeside(found, truth, 16, InjectedKind.Premature, ArtifactType.Ectopic, [18], "the natural 780 ms after it kept");
    }

    [TestCase("test_10", 2, 58)]
    [TestCase("test_17", 0, 173)]
    public void Clean_PrematurePair_ItsOwnMedianKeepsTheRecordedIntervals(string name, int seed, int index)
    {
        // Premature beats at 5 % on exercise tests: test_10 seed 2, 656 [538 1,194] 824 ms; test_17 seed 0, 724 [588 1,176]
        // 820 ms. With the pair repaired as two halves in its own 11-beat windows too, the median there rose to the halves
        // and the pause came out a missed beat (1,194 / 2 = 597 ms), the pair's short interval left as it was. The
        // repair of refinement 17 is for the pair's neighbours only.
        var found = Run(name, "premature", seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Premature, ArtifactType.Ectopic, [index + 1], "no missed beat in the pause");
    }

    [TestCase(8)]
    [TestCase(10)]
    public void Clean_NaturalIntervalBesideASplitMissedBeat_NotFlaggedByAStepAgainstTheHalves(double floorPercent)
    {
        // Benchmark recording nsr003 (24 h, 128 Hz), missed beats at 5 %, seed 1: 648 664 [727] 1,344 680 ms. The first
        // pass splits the missed beat into 672 + 672 ms; the second saw a step of −55 ms out of the natural 727 against
        // Th1 ≈ 54 ms and flagged it long (the clean recording has 695 and 648 ms there, a step of −32 ms). The halves
        // are estimates, about half a natural step off the beats they stand for, so a step against them must pass Th1
        // by 0.2 Th1 (refinement 27). Tested at the 8 % floor of the time, where it fails without the refinement, and at
        // the default 10 % floor, where the case does not arise and the outcome must hold too.
        var found = ArtifactCorrection.Clean(Inject("nsr003", "missed", 1, out var truth), Floor(floorPercent)).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, 635, InjectedKind.Missed, ArtifactType.Missed, [634], "the natural 727 ms before it kept");
    }

    [TestCase(8)]
    [TestCase(10)]
    public void Clean_NaturalLongIntervalBeforeAShortArtifact_TestedAgainstTheArtifactRepaired(double floorPercent)
    {
        // The issue's nsr009 case, seed 7: the recording starts 813 844 922 [602] 789 ms, the 602 an injected ×0.7 of a
        // natural 859 ms. The natural 922 ms (+15 % on its median, Th1 at its 8 % floor, about 66 ms) was flagged long
        // too: the step into it (+78 ms) and the artifact's drop after it both pass Th1. Refinement 28 tests it again
        // with the short interval (flagged by the mRR rule) repaired to the mean of its neighbours, 855 ms: the drop is
        // then 67 ms, just above Th1 but below the 1.2 Th1 a step against an estimate must pass, so the flag goes. Both
        // intervals were interpolated before, which removed the natural 922 ms and left SDNN 2.1 % low.
        var clean = QualityTestData.ReadRrColumn(SharedData.Data("nsr2db_5min", "nsr009_5min.csv"));
        var (series, truth) = BeatQualityInjector.InjectPerBeat(clean, Nsr009IssueCaseTests.IssueMix, new Random(7));
        // Tested at the 8 % floor of the time (Th1 at its floor), where it fails without the refinement, and at the
        // default 10 % floor, where the case does not arise and the outcome must hold too.
        var found = ArtifactCorrection.Clean(series, Floor(floorPercent)).Quality.Artifacts;
        var i = Array.FindIndex(series, 0, 6, v => Math.Round(v) == 922);
        Assert.That(i, Is.GreaterThanOrEqualTo(1), "the natural 922 ms near the start");
        AssertTypedWithNothingBeside(found, truth, i + 1, InjectedKind.Single, ArtifactType.Short, [i], "the natural 922 ms kept");
    }

    [Test]
    public void Clean_NaturalPairFourBeatsAfterAnExtraBeat_MedianOverAsManyBeatsAsTheCleanSeries()
    {
        // Benchmark run 000 (24-h healthy), extra beats at 5 %, seed 0: 1,172 [517 631] 1,219 1,172 1,125 1,234 1,164 ms.
        // Refinement 17 repaired the extra beat (1,148 ms) but then left its second interval out of the 11-beat window,
        // which held ten beats, one fewer than the clean series there; its median at the natural 1,234 came out 1,168
        // instead of 1,172 ms, and 1,234 passed the 0.7 Th1 off-median test (66 against 65.4 ms; Th1 at its 8 % floor), so the natural
        // 1,125, 1,234 were an ectopic pair. The window now counts repaired beats (a missed beat as its two halves, an
        // extra beat's two intervals as one), so it holds the same eleven beats as the clean series.
        var found = Run("000", "extra", 0, out var truth);
        AssertTypedWithNothingBeside(found, truth, 597, null, ArtifactType.Extra, [600, 601, 602], "the natural pair after it");
    }

    [Test]
    public void Clean_NaturalIntervalEightPercentOffTheMedian_NotFlaggedAtTheTenPercentFloor()
    {
        // Benchmark run 000 (24-h healthy), premature beats at 5 %, seed 0: 1,008 1,047 [1,133] 1,039 1,094 ms, a natural
        // interval 7 % above its 1,062-ms median, far from any injected artifact. Its steps (+86, -94 ms) passed Th1 at
        // the 8 % floor (85 ms), where the quartile estimate of this run sat with 15 % of its window's |dRR| values masked
        // around the injected pairs (86 against 92 ms on the clean recording, which keeps it). Refinement 29 raises the
        // floor to 10 % (106 ms).
        var found = Run("000", "premature", 0, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => Math.Abs(t.Index - 2439) <= 3), Is.False, "no injected artifact near it");
            Assert.That(found.Where(a => Math.Abs(a.Index - 2439) <= 1), Is.Empty, "the natural 1,133 ms kept");
        });
    }

    [TestCase(2496)]
    [TestCase(2736)]
    [TestCase(5658)]
    public void Clean_BeatDisplacedBySixPercentAtHighHeartRate_StillFoundUnderTheTenPercentFloor(int index)
    {
        // IpBike-HRV-Data.fit (cycling at about 190 bpm): 321 314 313 315 319 314 [335 295] 321 ms, a beat displaced by
        // 20 ms (6 %) among intervals that differ by 1-3 ms, the pair keeping its total: a timing error. The steps
        // (+21, -40, +26 ms) pass Th1 at the 10 % floor (31 ms), but each interval is only 20-21 ms off the median,
        // under refinement 9's 0.7 Th1 (22 ms) when that test used the same floor. Refinement 29 keeps 6 % there.
        var rr = RecordingReader.Open(SharedData.Data("device-files", "IpBike-HRV-Data.fit")).Recording.Beats.Milliseconds.ToArray();
        Assert.That(rr[index] - rr[index + 1], Is.GreaterThan(30), "the displaced pair (long, short) at the index");
        var found = ArtifactCorrection.Clean(rr).Quality.Artifacts;
        Assert.That(found.Any(a => a.Index == index && a.Type == ArtifactType.Ectopic), Is.True);
    }

    [TestCase("000", 243)]
    [TestCase("000", 333)]
    [TestCase("010", 257)]
    public void Clean_NaturalZigzagOfA24HourRecording_NotAnEctopicPair(string name, int index)
    {
        // Clean stretches of the 24-h recordings (CI benchmark): 000, 1,125 [1,211 1,023] 1,141 ms and 1,180 [1,117 1,265]
        // 1,141 ms around medians of 1,117–1,188 ms; 010, 812 [742 852] 789 ms around 797 ms. Each is natural beat-to-beat
        // alternation: the step between the two (−188, +148, +110 ms) passes Th1, but each interval lies off its median by
        // about half of it, less than 0.7 Th1 (refinement 9), where a displaced beat moves its own interval by about the
        // whole step. Without the refinement these were ectopic pairs, 6 more on 000 and 8 more on 010 (0.53 % and 0.50 %
        // of their 3,000 clean beats, against the issue's < 0.5 %).
        var rr = CleanStretch(name);
        var found = ArtifactCorrection.Clean(rr).Quality.Artifacts;
        Assert.Multiple(() =>
        {
            Assert.That(found.Where(a => a.Index == index || a.Index == index + 1), Is.Empty, "the natural pair kept");
            Assert.That(100.0 * found.Count / rr.Length, Is.LessThan(0.5), "flagged on the clean stretch, %");
        });
    }

    [TestCase("000", "", 2147)]
    [TestCase("000", "", 2349)]
    [TestCase("010", "", 702)]
    [TestCase("009", "extra", 790)]
    public void Clean_AlternationJustOverTh1OfA24HourRecording_NotAnEctopicPair(string name, string kind, int index)
    {
        // 24-h recordings (CI benchmark stretches): 000 clean, 1,179 [1,086 1,211] 1,164 ms (median 1,164 ms, offsets −7 %
        // and +4 %, step 1.07 Th1) and 1,203 [1,102 1,226] 1,172 ms (−5 %, +7 %, 1.08 Th1); 010 clean, 719 [695 774] 726 ms
        // (−4 %, +7 %, 1.09 Th1); 009 with extra beats at 5 %, seed 0, 789 [671 774] 742 ms (−10 %, +4 %, 1.02 Th1), not
        // flagged on the clean recording. Natural alternation whose step passes Th1 by a few per cent, where the quartile
        // threshold itself is near the floor: flagged or not as artifacts elsewhere in the window move Th1. Refinement 30
        // needs such a pair's step to pass 1.2 Th1. (On 009 the 671 ms, 10 % below its median, is then flagged short, as
        // on the clean recording.)
        var series = kind.Length == 0 ? CleanStretch(name) : Inject(name, kind, 0, out _);
        var found = ArtifactCorrection.Clean(series).Quality.Artifacts;
        Assert.That(found.Where(a => a.Type == ArtifactType.Ectopic && Math.Abs(a.Index - index) <= 1), Is.Empty, "no ectopic pair there");
    }

    [TestCase("000", "extra", 0, 1237)]
    [TestCase("000", "extra", 2, 1236)]
    [TestCase("005", "premature", 0, 1254)]
    [TestCase("005", "missed", 3, 1195)]
    [TestCase("005", "single", 2, 1254)]
    public void Clean_NaturalIntervalWhoseStepsPassTh1BarelyBesideArtifacts_NotFlaggedAsOnTheCleanStretch(string name, string kind, int seed, int index)
    {
        // 24-h recordings (CI benchmark stretches): 000, 1,187 1,133 [1,250] 1,117 1,149 ms (+10 % of its median, steps
        // +117 / −133 ms); 005, 922 914 [1,008] 898 961 ms (+9 %, +94 / −110 ms). Neither is flagged on the clean stretch;
        // with artifacts elsewhere in the 91-beat window masked out of the quartiles, Th1 drops by a few per cent and
        // one step passed it by less than 0.2 Th1, so the interval was flagged long in 3 of 4 runs of 000 with extra beats
        // and in 10 of 20 runs of 005. Refinement 58: a long or short flag of the dRR rules alone within 12 % of the
        // median needs both steps to pass 1.2 Th1 where the quartile threshold is near the floor, as refinement 30 asks of
        // an ectopic pair.
        var series = Inject(name, kind, seed, out var truth);
        Assert.That(truth.Where(t => Math.Abs(t.Index - index) <= 2), Is.Empty, "a natural interval, no artifact beside it");
        var context = series.AsSpan(index - 3, 7).ToArray();
        var clean = CleanStretch(name);
        var cleanIndex = Enumerable.Range(3, clean.Length - 6).Single(i => clean.AsSpan(i - 3, 7).SequenceEqual(context)); // the same beats
        Assert.Multiple(() =>
        {
            Assert.That(ArtifactCorrection.Clean(clean).Quality.Artifacts.Where(a => Math.Abs(a.Index - cleanIndex) <= 1), Is.Empty, "kept on the clean stretch");
            Assert.That(ArtifactCorrection.Clean(series).Quality.Artifacts.Where(a => a.Index == index), Is.Empty, "kept in the run");
        });
    }

    [TestCase("test_04", "mixed", 1, new[] { 16, 17 })]
    [TestCase("test_04", "mixed", 2, new[] { 17, 18 })]
    [TestCase("subject_10", "missed", 1, new[] { 68 })]
    [TestCase("subject_10", "missed", 3, new[] { 68 })]
    public void Clean_NaturalIntervalsAtTheLevelOfTheirNeighbour_NotFlaggedByTheMedianRule(string name, string kind, int seed, int[] natural)
    {
        // test_04 (exercise, RMSSD 9.6 ms): 540 560 620 772 780 692 ms, the rhythm rising by 150 ms in one beat. Seed 1
        // puts a missed beat before the rise (540 [1,180] 772 780 ms; split into 590 + 590 ms it pulls the median down to
        // 590 ms), seed 2 a premature pair three beats after it (419 837 ms in place of 644 612 ms moves the median down
        // a rank): both natural intervals came out 3.0 Th2 long and were interpolated, RMSSD −11 %. subject_10 (Polar
        // H10): 918 823 [695] 708 759 929 ms, a natural dip flagged short with missed beats elsewhere. Refinement 31: an
        // mRR flag at the level of an unflagged neighbour is the rhythm, not an artifact.
        var found = Run(name, kind, seed, out _);
        Assert.That(found.Where(a => natural.Contains(a.Index)), Is.Empty, "the natural intervals kept");
    }

    [Test]
    public void Clean_NaturalDipAfterAPrematurePair_LevelTakenAgainstTheFlaggedIntervalsMedian()
    {
        // subject_11 (Polar H10), premature beats at 5 %, seed 1: 840 [512 998] 675 710 771 857 ms on a falling rhythm
        // (clean: 840 788 722 675 710 771 ms). The natural 675 ms is an mRR flag in the run (Th2 at its floor there),
        // and refinement 31 drops it when the 710 beside it is at its level. With the pair repaired in the neighbours'
        // medians (item 44) the 710's own 11-beat median fell to 774 ms (the 675's is 840 ms: the window of the one holds
        // the dip, of the other the plateau), so the 710 was 64 ms off its median, under half the 675's 165 ms, and the
        // 675 stayed flagged. Both offsets are now taken against the flagged interval's median (710 − 840 = −130 ms).
        var found = Run("subject_11", "premature", 1, out var truth);
        AssertTypedWithNothingBeside(found, truth, 61, InjectedKind.Premature, ArtifactType.Ectopic, [63], "the natural 675 ms kept");
    }

    [Test]
    public void Clean_ShortArtifactBesideANaturalIntervalWithinTh1_StillFlagged()
    {
        // test_07 single seed 1: 744 716 [473] 616 704 ms (median 704 ms, Th1 146 ms in this exercise test), the 473 a ×0.7
        // artifact. The step to the natural 616 ms is under Th1, but 616 is off its median by a quarter of the artifact's
        // offset only: refinement 31's level test needs at least half, so the artifact stays flagged.
        var found = Run("test_07", "single", 1, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => t.Index == 154 && t.Kind == InjectedKind.Single), Is.True, "the injected artifact");
            Assert.That(found.Any(a => a.Index == 154 && a.Type == ArtifactType.Short), Is.True, "typed short");
        });
    }

    [TestCase("nsr006_5min", 0, 324)]
    [TestCase("test_10", 3, 75)]
    [TestCase("006", 2, 1586)]
    public void Clean_ShortIntervalBeforeANaturalOneNotAboveItsNeighbours_FlaggedAlone(string name, int seed, int index)
    {
        // Single ×0.7 intervals followed by a natural interval that is not above the intervals around the pair, the pair
        // not lasting two local medians: nsr006_5min seed 0, 969 992 [678 961] 906 ms (median 859 ms); test_10 seed 3,
        // 836 944 [543 864] 696 ms; 006 seed 2, 789 812 [564 773] 727 ms.
        // Typed as a premature beat with its pause, the natural interval was replaced too; refinement 32 flags the
        // short interval alone.
        var found = Run(name, "single", seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Single, ArtifactType.Short, [index + 1], "the natural interval after it");
    }

    [Test]
    public void Clean_NaturalLongIntervalBeforeAnIsolatedPrematurePair_LeftToTheNextPass()
    {
        // 010 (24-h excerpt), premature beats at 5 %, seed 0: 820 906 [1,024] 634 1,249 804 ms (clean: 906 1,024 976 907 ms,
        // a natural rise). The natural 1,024 ms passed the dRR rules on the rise into it and the drop into the premature
        // beat (−390 ms); refinement 38 leaves it to the next pass, which sees the pair corrected, and there it is not long.
        var found = Run("010", "premature", 0, out var truth);
        AssertTypedWithNothingBeside(found, truth, 1190, InjectedKind.Premature, ArtifactType.Ectopic, [1189], "the natural interval before the pair");
    }

    [Test]
    public void Clean_TwoDoubleDetectionsInARow_StillFlaggedShort()
    {
        // cardiocurver example (exercise, Polar chest strap): 790 823 [230 234] 730 787 ms, two intervals at 29 % of the
        // median side by side (a burst of false detections). They lie at the same level, but no sinus rhythm shortens
        // by 70 % within a beat: refinement 31 does not apply below 75 % of the median, and both stay flagged.
        var rr = QualityTestData.ReadRrColumn(SharedData.Data("cardiocurver_exercise", "example_data.csv"));
        Assert.That(rr[527..529], Is.EqualTo(new[] { 230.0, 234.0 }), "the recording's intervals");
        var found = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr.ToArray())).Quality.Artifacts;
        Assert.That(found.Where(a => a.Index is 527 or 528).Select(a => (a.Index, a.Type)),
            Is.EqualTo(new[] { (527, ArtifactType.Short), (528, ArtifactType.Short) }));
    }

    [TestCase("test_17", "single", 0, 35)]
    [TestCase("test_17", "single", 1, 20)]
    [TestCase("test_17", "mixed", 1, 34)]
    [TestCase("test_18", "single", 3, 127)]
    public void Clean_IntervalWithBothStepsBeyondTheSinusLimits_FlaggedWhereTheSwingsRaiseTh1(string name, string kind, int seed, int index)
    {
        // test_17 (exercise test, rest at the start with swings of 100–300 ms): 612 596 [437] 772 832 ms, a ×0.7 interval
        // at the bottom of a swing, a drop of 27 % and then a rise of 77 %. Th1 is 185 ms there, so the drop stays under it
        // and the published rules keep the interval; Kamath and Fallen's sinus limits (refinement 45) do not scale with
        // the swings. test_18: 948 784 [577] 856 844 ms.
        var found = Run(name, kind, seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Single, ArtifactType.Short, [index - 1, index + 1], "its neighbours");
    }

    [TestCase("test_17", "single", 1, 36, ArtifactType.Short)]
    [TestCase("test_18", "mixed", 1, 160, ArtifactType.Short)]
    [TestCase("test_18", "single", 3, 104, ArtifactType.Long)]
    [TestCase("test_17", "single", 3, 18, ArtifactType.Long)]
    public void Clean_IntervalWithOneStepBeyondTheSinusLimitsAndAReturn_FlaggedWhereTheSwingsRaiseTh1(string name, string kind, int seed, int index, ArtifactType type)
    {
        // Refinement 57, in the resting swings of test_17 and test_18 (Th1 up to 185 ms): ×0.7 and ×1.35 intervals with
        // one step beyond Kamath and Fallen's limits and the other going back by at least half of its own limit.
        // test_17: 596 624 [540] 832 784 ms (−13 %, then +54 %); test_18 (a mixed run): 984 1,016 [644] 828 ms (−37 %,
        // then +29 %); test_18: 800 928 [1,085] 692 ms, a long interval left by a shortening of 36 %; test_17: 612 628
        // [994] 860 812 ms, entered by +58 % and left within the limit, but no pause of its level within 10 beats.
        var found = Run(name, kind, seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Single, type, [index - 1, index + 1], "its neighbours");
    }

    [Test]
    public void Clean_ShortIntervalEnteredByANonSinusShortening_FlaggedAlthoughItsLevelRecurs()
    {
        // Refinement 64, test_17 single seed 0 (resting swings, Th1 up to 185 ms): 904 956 [650] 776 684 680 ms, a ×0.7
        // interval of 928 ms entered by −32 % and left by +19 %. Refinement 57 takes such an interval, but the natural 684
        // and 680 two and three beats on are at its level, and refinements 45 and 57 leave an interval whose level the
        // rhythm reaches on its own. A natural trough is approached by sinus steps; no sinus beat shortens by 32 %.
        var series = Inject("test_17", "single", 0, out var truth);
        Assert.That(series[166..172], Is.EqualTo(new[] { 956.0, 650.0, 776.0, 684.0, 680.0 }.Prepend(904.0)).Within(1), "the run's intervals");
        Assert.That(KamathLimits.StepShareOfLimit(series[167], series[168]), Is.GreaterThan(1), "the step into it is beyond the limit");
        var found = ArtifactCorrection.Clean(series).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, 168, InjectedKind.Single, ArtifactType.Short, [167, 169], "its neighbours");
    }

    [TestCase("test_08", 89, 1092.0)]
    [TestCase("test_15", 88, 908.0)]
    public void Clean_NaturalPauseEnteredByANonSinusStep_Kept(string name, int index, double pauseMs)
    {
        // The resting phases of the ACTES tests hold natural pauses entered by a lengthening beyond Kamath and Fallen's
        // 32.5 % and left within the limits (test_08: 716 804 [1,092] 932 828 ms among more of the kind, 756 1,164,
        // 804 1,124 ms; test_15: 660 644 [908] 772 804 ms, and 756 1,204 ms nearby). Refinement 57 takes an interval
        // with one non-sinus step, but not a long one whose only such step is the lengthening into it where the rhythm
        // reaches its level within 10 beats (test_08: 1,032 ms four beats later; test_15: 840 ms four beats later).
        var (recording, _, _) = QualityTestData.ReadActes(SharedData.Data("actes", name + ".csv"));
        var rr = recording.Milliseconds.ToArray();
        Assert.That(rr[index], Is.EqualTo(pauseMs), "the recording's interval");
        Assert.That(KamathLimits.StepShareOfLimit(rr[index - 1], rr[index]), Is.GreaterThan(1), "the step into it is beyond the limit");
        Assert.That(KamathLimits.StepShareOfLimit(rr[index], rr[index + 1]), Is.InRange(0.5, 1.0), "the step out of it goes back within the limit");
        var found = ArtifactCorrection.Clean(recording).Quality.Artifacts;
        Assert.That(found.Where(a => Math.Abs(a.Index - index) <= 1), Is.Empty);
    }

    [TestCase("subject_03", 7, 7, new[] { 769.0, 853.0, 602.0, 844.0 })]
    [TestCase("rr-George_Ron_2017-08-03_08-28-50", 0, 541, new[] { 645.0, 749.0, 557.0, 803.0 })]
    public void Clean_NaturalIntervalBesideASpikeSharingItsStep_KeptWhenTestedWithTheSpikeRepaired(string name, int seed, int natural, double[] around)
    {
        // Refinement 65: a ×0.7 interval right after a natural interval at the top of a wave (subject_03: 769 [853] 602
        // 844 ms; rr-George_Ron: 645 [749] 557 803 ms). The natural interval rises into the artifact's drop by just over
        // Th1, so both pass the dRR rules as step flags, and the re-test of refinement 12 repaired neither (a step flag
        // is no artifact to it). The ×0.7 interval is the spike (its other step, +242 and +246 ms, is the larger); with it
        // repaired the natural interval's steps no longer make it long.
        var series = Inject(name, "single", seed, out var truth);
        Assert.That(series[(natural - 1)..(natural + 3)], Is.EqualTo(around).Within(1), "the run's intervals");
        var found = ArtifactCorrection.Clean(series).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, natural + 1, InjectedKind.Single, ArtifactType.Short, [natural], "the natural interval before it");
    }

    [Test]
    public void Clean_PrematurePairOfTwoStepFlags_NotTakenForASpikeBesideANaturalInterval()
    {
        // Refinement 65's guard: 008 premature seed 2, 899 [721 1,419] 961 ms, a premature beat (65 % of the natural
        // 1,109 ms) whose pause follows a natural long interval, so the pair does not compensate against its neighbours.
        // The first pass flags both as step flags; the pause has the larger other step, but a short interval then a long
        // one is a premature beat's two intervals, not a spike beside a natural one, and the pair stays one artifact.
        var series = Inject("008", "premature", 2, out var truth);
        Assert.That(series[375..379], Is.EqualTo(new[] { 899.0, 721.0, 1419.0, 961.0 }).Within(1), "the run's intervals");
        var found = ArtifactCorrection.Clean(series).Quality.Artifacts;
        AssertTypedWithNothingBeside(found, truth, 376, InjectedKind.Premature, ArtifactType.Ectopic, [375, 377], "its neighbours as separate flags");
    }

    [TestCase(new[] { 769.0, 853.0, 602.0, 844.0 }, 2, 1, true)] // a ×0.7 interval after a natural peak: the spike
    [TestCase(new[] { 769.0, 853.0, 602.0, 844.0 }, 1, 2, false)] // the natural peak's other step is the smaller
    [TestCase(new[] { 899.0, 721.0, 1419.0, 961.0 }, 2, 1, false)] // short then long: a premature beat and its pause
    [TestCase(new[] { 800.0, 880.0, 720.0, 800.0 }, 2, 1, false)] // long then short keeping the time around: a displaced beat
    [TestCase(new[] { 800.0, 880.0, 600.0, 800.0 }, 2, 1, true)] // long then short 7.5 % under the time around
    [TestCase(new[] { 797.0, 1250.0, 1055.0, 1195.0 }, 1, 2, true)] // 000: a spike before the rhythm's rise, the spike first
    public void SpikeBeside_TakesTheStepFlagWithTheLargerOtherStepUnlessThePairIsOneArtifact(double[] rr, int spike, int flagged, bool expected) =>
        Assert.That(RepairedNeighbours.SpikeBeside(rr, spike, flagged), Is.EqualTo(expected));

    [TestCase(800.0, 1060.0, 1.0)]
    [TestCase(800.0, 604.0, 1.0)]
    [TestCase(800.0, 930.0, 0.5)]
    [TestCase(800.0, 702.0, 0.5)]
    public void KamathLimits_StepShareOfLimit_IsTheStepOverItsOwnLimit(double previousMs, double nextMs, double share)
    {
        Assert.That(KamathLimits.StepShareOfLimit(previousMs, nextMs), Is.EqualTo(share).Within(1e-12));
        Assert.That(KamathLimits.IsSinusStep(previousMs, nextMs), Is.EqualTo(share <= 1));
    }

    [TestCase("008", 1, 186)]
    [TestCase("test_12", 0, 259)]
    [TestCase("subject_04", 2, 55)]
    [TestCase("009", 3, 2079)]
    public void Clean_LongIntervalBesideANaturalOneOutOfProportionForAPair_FlaggedAlone(string name, int seed, int index)
    {
        // ×1.35 intervals the ectopic rules took as a pair with a natural neighbour: 968 [899 1,107] 836 ms (008), 672
        // [616 815] 604 ms (test_12) and 807 [739 977] 721 ms (subject_04) as a premature beat and its pause, 672 [865
        // 672] 758 ms (009) as a late beat. Each pause lies above the rhythm around it by more than three times what its
        // partner lies below (68, 8.0, 8.5 and 3.5 times): no premature beat's pause makes up for more than its prematurity,
        // and a late beat shortens the next interval by what it lengthens its own. Refinement 46 flags the long interval
        // alone and leaves the natural one.
        var found = Run(name, "single", seed, out var truth);
        AssertTypedWithNothingBeside(found, truth, index, InjectedKind.Single, ArtifactType.Long, [index - 1, index + 1], "the natural neighbours");
    }

    [Test]
    public void Clean_LongIntervalOnARampOutOfProportionForAPair_FlaggedAlone()
    {
        // Refinement 54 (rr-George_Ron single seed 1): 821 747 [676 836] 596 581 ms, a ×1.35 interval (clean 619 ms) on
        // a fall from 930 to 580 ms. The two intervals around the pair differ by 22 %, so refinement 46's mean is no
        // rhythm; the straight line between them is (697 and 646 ms at the pair): 676 ms lies 21 ms under it, 836 ms
        // 190 ms over it. Typed ectopic before, the natural 676 ms was replaced too.
        var found = FoundInCase("rr-George_Ron_2017-08-03_08-28-50", "single", 1, 190, 836, out var truth);
        AssertTypedWithNothingBeside(found, truth, 190, InjectedKind.Single, ArtifactType.Long, [189, 191], "the natural neighbours");
    }

    [Test]
    public void Clean_LongIntervalOutOfProportionForAPair_TypedMissedWhereItHoldsTwoBeats()
    {
        // Refinement 54 (000 missed seed 1 at 2 %, full benchmark): 1,140 1,086 [805 1,500] 750 735 ms, two beats of 750 ms
        // merged right after a natural fall. Refinement 46 takes the 1,500 alone (its excess over the line from 1,086 to
        // 750 ms is 3.8 times the 805's shortfall) and, as stage 2 does, splits it where the missed-beat test says so:
        // before, it was a long interval (or an ectopic pair with the natural 805 ms) and the beat was lost.
        var found = FoundInWholeRecordingCase("000", "missed", 2, 1, 2775, 1500, out var truth);
        AssertTypedWithNothingBeside(found, truth, 2775, InjectedKind.Missed, ArtifactType.Missed, [2774, 2776], "the natural neighbours");
    }

    [TestCase("008", 2, 1160)]
    [TestCase("nsr001", 3, 2965)]
    public void Clean_ExtraBeatWhoseSumIsASinusStepBetweenUnequalNeighbours_TypedExtra(string name, int seed, int index)
    {
        // 726 758 [418 512] 1,015 ms (008): the rhythm jumps from 758 to 1,015 ms across an extra beat, and the sum, 930 ms,
        // matches neither neighbour nor the median, so the two parts were two short flags (a beat invented). Both parts
        // are shorter than either neighbour by more than any sinus beat shortens (24.5 %), and the sum follows 758 and
        // leads into 1,015 ms by sinus steps: refinement 47 types them an extra beat. nsr001: 734 [429 524] 742 ms.
        var found = Run(name, "extra", seed, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => t.Index == index && t.Kind == InjectedKind.Extra), Is.True, "the injected extra beat");
            Assert.That(found.Any(a => a.Index == index && a.Type == ArtifactType.Extra), Is.True, "typed extra");
            Assert.That(found.Where(a => a.Type == ArtifactType.Short && a.Index is >= 0 && Math.Abs(a.Index - index) <= 1), Is.Empty, "no short flags on its parts");
        });
    }

    [Test]
    public void Clean_LongBeatOfARecurringPattern_NotFlaggedForItsSteps()
    {
        // ACTES test_08 (rest before the test): 888 [1,136] 848 784 816 [1,120] 828 840 [1,140] 1,060 840 ms, a long beat
        // every four or five. The 1,120 ms has both steps beyond the sinus limits (+37 %, −26 %), the others one each; the
        // rhythm reaches its level on its own within five beats (1,136 ms), so refinement 45 leaves it to the published rules,
        // which keep the pattern whole.
        var (rr, _, _) = QualityTestData.ReadActes(SharedData.Data("actes", "test_08.csv"));
        Assert.That(rr.Milliseconds[148..155].ToArray(), Is.EqualTo(new[] { 1136.0, 848, 784, 816, 1120, 828, 840 }), "the recording's intervals");
        var found = ArtifactCorrection.Clean(rr).Quality.Artifacts;
        Assert.That(found.Where(a => a.Index is >= 146 and <= 158), Is.Empty);
    }

    // The artifact injected at index (of the given kind, when one is given) is found there as the given type, and no
    // artifact is found at the indices beside it.
    private static void AssertTypedWithNothingBeside(IReadOnlyList<DetectedArtifact> found, List<InjectedArtifact> truth, int index,
        InjectedKind? kind, ArtifactType type, int[] beside, string besideWhat) =>
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => t.Index == index && (kind is null || t.Kind == kind)), Is.True, $"the injected artifact at {index}");
            Assert.That(found.Any(a => a.Index == index && a.Type == type), Is.True, $"typed {type}");
            Assert.That(found.Where(a => beside.Contains(a.Index)), Is.Empty, besideWhat);
        });

    // The threshold floor before refinement 29, for the cases that arise only there (Th1 at an 8 % floor).
    private static readonly ArtifactCorrectionOptions EightPercentFloor = ArtifactCorrectionOptions.Default with { LipponenMinimumThresholdPercent = 8 };

    // The default options with the given threshold floor (%): the cases of refinements 19, 23, 27 and 28 are tested at the
    // 8 % floor, where they arise and fail without their refinement, and at the default 10 %, where the outcome must hold too.
    private static ArtifactCorrectionOptions Floor(double percent) => ArtifactCorrectionOptions.Default with { LipponenMinimumThresholdPercent = percent };

    // The run's RMSSD against the corrected clean recording's, as a fraction (the benchmark's error), printed in percent.
    private static double RmssdErrorAgainstTheCleanRecording(string name, CleanedRrIntervals run)
    {
        var error = BeatQualityBenchmark.RmssdErrorAgainstTheCleanStretch(name, run);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RMSSD error {100 * error:0.0} %"));
        return error;
    }

    // The artifacts found on a CI benchmark run, after checking that its interval at index is the case's value (ms).
    private static IReadOnlyList<DetectedArtifact> FoundInCase(string name, string kind, int seed, int index, double value, out List<InjectedArtifact> truth)
    {
        var series = Inject(name, kind, seed, out truth);
        Assert.That(series[index], Is.EqualTo(value).Within(1), "the case");
        return ArtifactCorrection.Clean(series).Quality.Artifacts;
    }

    // As FoundInCase, on the full benchmark's run: the whole recording, the kind at ratePercent.
    // A full-benchmark run at 5 % (whole recording): the case's value at `index`, an injected artifact of `injected` kind
    // at `from` in the truth, and exactly `expected` among the flags from `from` to `to`.
    private static void AssertWholeRecordingCaseTyped(string name, string kind, int seed, int index, double value, InjectedKind injected,
        int from, int to, params (int Index, ArtifactType Type)[] expected)
    {
        var found = FoundInWholeRecordingCase(name, kind, 5, seed, index, value, out var truth);
        Assert.Multiple(() =>
        {
            Assert.That(truth.Any(t => t.Index == from && t.Kind == injected), Is.True, "the injected artifact");
            Assert.That(found.Where(a => a.Index >= from && a.Index <= to).Select(a => (a.Index, a.Type)), Is.EqualTo(expected));
        });
    }

    private static IReadOnlyList<DetectedArtifact> FoundInWholeRecordingCase(string name, string kind, double ratePercent, int seed, int index, double value,
        out List<InjectedArtifact> truth)
    {
        var series = BeatQualityBenchmark.InjectedRun(name, BeatQualityBenchmark.Recording(name, int.MaxValue).Rr, kind, ratePercent, seed, out truth);
        Assert.That(series[index], Is.EqualTo(value).Within(1), "the case");
        return ArtifactCorrection.Clean(series).Quality.Artifacts;
    }

    private static IReadOnlyList<DetectedArtifact> Run(string name, string kind, int seed, out List<InjectedArtifact> truth) =>
        ArtifactCorrection.Clean(Inject(name, kind, seed, out truth)).Quality.Artifacts;

    private static double[] Inject(string name, string kind, int seed, out List<InjectedArtifact> truth) =>
        BeatQualityBenchmark.CiRun(name, kind, seed, out truth);

    private static double[] CleanStretch(string name) => BeatQualityBenchmark.CleanStretch(name);
}
