using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// An analyst's overrides of artifact detection (<see cref="BeatEdits"/>, <see cref="ArtifactCorrectionOptions.Edits"/>):
/// kept intervals stay as recorded, marked intervals are corrected as marked, and the report says so.
/// </summary>
public class BeatEditsTests
{
    // 300 beats of sinus rhythm: 800 ms with a 5-beat respiratory swing of ±30 ms and ±5 ms of noise.
    internal static double[] Sinus()
    {
        var random = new Random(3);
        return [.. Enumerable.Range(0, 300).Select(i => 800 + (30 * Math.Sin(2 * Math.PI * i / 5)) + (10 * (random.NextDouble() - 0.5)))];
    }

    private static ArtifactCorrectionOptions With(IEnumerable<int> keep, params MarkedArtifact[] mark) =>
        ArtifactCorrectionOptions.Default with { Edits = new BeatEdits(keep, mark) };

    [Test]
    public void Keep_IntervalTheDetectorFlags_StaysAsRecordedAndIsCountedAsOverridden()
    {
        var rr = Sinus();
        rr[150] = 1000;
        Assert.That(ArtifactCorrection.Clean(rr).Quality.Artifacts.Select(a => a.Index), Does.Contain(150), "the detector flags it");

        var cleaned = ArtifactCorrection.Clean(rr, With([150]));
        var beat = cleaned.Beats.Single(b => b.InputIndex == 150);
        Assert.Multiple(() =>
        {
            Assert.That((beat.Action, beat.RrMs), Is.EqualTo((BeatAction.Kept, 1000.0)));
            Assert.That(cleaned.Quality.Artifacts, Is.Empty);
            Assert.That(cleaned.Quality.ChangedBeatIndices, Is.Empty);
            Assert.That(cleaned.Quality.OverriddenFlagCount, Is.EqualTo(1));
            Assert.That(cleaned.Quality.ToIndexTable()["QUALITY_OverriddenFlags"], Is.EqualTo(1));
        });
    }

    [Test]
    public void Keep_LongPause_NotRemovedAsADropout()
    {
        // A 2.6-s sinus pause (sinus arrest) is over 2.5 local medians: without the edit it becomes a gap.
        var rr = Sinus();
        rr[150] = 2600;
        var automatic = ArtifactCorrection.Clean(rr).Quality;
        Assert.That((automatic.DropoutCount, automatic.GapCount), Is.EqualTo((1, 1)), "a dropout without the edit");

        var cleaned = ArtifactCorrection.Clean(rr, With([150]));
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Beats.Single(b => b.InputIndex == 150).RrMs, Is.EqualTo(2600));
            Assert.That((cleaned.Quality.DropoutCount, cleaned.Quality.GapCount), Is.EqualTo((0, 0)));
            Assert.That(cleaned.Intervals.Count, Is.EqualTo(rr.Length));
            Assert.That(cleaned.Quality.OverriddenFlagCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void Mark_PrematureBeatUnderTheThresholds_CorrectedAsAnEctopicPairKeepingItsTotal()
    {
        // A beat 5 % early with its compensatory pause: under the 10 % floor of the thresholds, so not flagged.
        var rr = Sinus();
        var shift = 0.05 * rr[150];
        rr[150] -= shift;
        rr[151] += shift;
        Assert.That(ArtifactCorrection.Clean(rr).Quality.Artifacts, Is.Empty, "the detector does not flag it");

        var cleaned = ArtifactCorrection.Clean(rr, With([], new MarkedArtifact(150, ArtifactType.Ectopic)));
        var pair = cleaned.Beats.Where(b => b.InputIndex is 150 or 151).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(pair.Select(b => b.Action), Is.All.EqualTo(BeatAction.Interpolated));
            Assert.That(pair.Sum(b => b.RrMs), Is.EqualTo(rr[150] + rr[151]).Within(1e-6), "the total kept");
            Assert.That(pair[0].RrMs, Is.GreaterThan(rr[150] + (shift / 2)), "the premature interval lengthened");
            Assert.That(cleaned.Quality.Artifacts, Is.EqualTo(new[] { new DetectedArtifact(150, ArtifactType.Ectopic, cleaned.Quality.Artifacts[0].TimeSeconds) { Manual = true } }));
            Assert.That((cleaned.Quality.EctopicCount, cleaned.Quality.ManualArtifactCount, cleaned.Quality.PassCount), Is.EqualTo((1, 1, 0)));
        });
    }

    [Test]
    public void Mark_IntervalTheDetectorTypesOtherwise_CorrectedAsMarked()
    {
        // The detector calls a 1,000-ms interval long; the analyst reads it as a premature beat's pause: marked ectopic
        // at 149, the pair is corrected before detection runs, and nothing else is flagged.
        var rr = Sinus();
        rr[150] = 1000;
        Assert.That(ArtifactCorrection.Clean(rr).Quality.Artifacts.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (150, ArtifactType.Long) }));
        var cleaned = ArtifactCorrection.Clean(rr, With([], new MarkedArtifact(149, ArtifactType.Ectopic)));
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Quality.Artifacts.Select(a => (a.Index, a.Type, a.Manual)), Is.EqualTo(new[] { (149, ArtifactType.Ectopic, true) }));
            Assert.That(cleaned.Beats.Where(b => b.InputIndex is 149 or 150).Select(b => b.Action), Is.All.EqualTo(BeatAction.Interpolated));
        });
    }

    [Test]
    public void Mark_WithMethodNone_OnlyTheMarkedIntervalIsCorrected()
    {
        var rr = Sinus();
        rr[150] += rr[151];
        rr = [.. rr.Take(151), .. rr.Skip(152)];
        var options = ArtifactCorrectionOptions.None with { Edits = new BeatEdits([], [new MarkedArtifact(150, ArtifactType.Missed)]) };
        var cleaned = ArtifactCorrection.Clean(rr, options);
        var split = cleaned.Beats.Where(b => b.InputIndex == 150).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(split.Select(b => b.Action), Is.EqualTo(new[] { BeatAction.Inserted, BeatAction.Kept }));
            Assert.That(split.Sum(b => b.RrMs), Is.EqualTo(rr[150]).Within(1e-6));
            Assert.That(cleaned.Beats.Where(b => b.InputIndex != 150).Select(b => b.Action), Is.All.EqualTo(BeatAction.Kept));
            Assert.That((cleaned.Quality.MissedCount, cleaned.Quality.ManualArtifactCount), Is.EqualTo((1, 1)));
        });
    }

    [Test]
    public void Mark_WithTheExcludeAction_TheMarkedPairBecomesAGap()
    {
        // As a detected artifact: with CorrectionAction.ExcludeAndMarkGaps a marked ectopic pair is left out, not interpolated.
        var rr = Sinus();
        var options = ArtifactCorrectionOptions.Default with
        {
            Action = CorrectionAction.ExcludeAndMarkGaps,
            Edits = new BeatEdits([], [new MarkedArtifact(150, ArtifactType.Ectopic)]),
        };
        var cleaned = ArtifactCorrection.Clean(rr, options);
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Beats.Where(b => b.InputIndex is 150 or 151).Select(b => b.Action), Is.All.EqualTo(BeatAction.Gap));
            Assert.That((cleaned.Intervals.Count, cleaned.Quality.GapCount, cleaned.Quality.ManualArtifactCount), Is.EqualTo((298, 1, 1)));
        });
    }

    [Test]
    public void Exclude_NoiseStretch_ReplacedByOneGapAndNothingInItIsFlagged()
    {
        // Movement noise over intervals 100-119: values scattered over 400-1,400 ms, which the detector flags and
        // corrects piecemeal. Excluded, they leave one gap, and the indices never step across it.
        var rr = Sinus();
        var random = new Random(5);
        for (var k = 100; k < 120; k++) rr[k] = 400 + (1000 * random.NextDouble());
        Assert.That(ArtifactCorrection.Clean(rr).Quality.Artifacts.Count(a => a.Index is >= 100 and < 120), Is.GreaterThan(5), "flagged without the edit");

        var cleaned = ArtifactCorrection.Clean(rr, ArtifactCorrectionOptions.Default with { Edits = new BeatEdits([], [], Enumerable.Range(100, 20)) });
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Beats.Where(b => b.InputIndex is >= 100 and < 120).Select(b => b.Action), Is.All.EqualTo(BeatAction.Gap));
            Assert.That(cleaned.Intervals.Count, Is.EqualTo(280));
            Assert.That(cleaned.Quality.GapCount, Is.EqualTo(1));
            Assert.That(cleaned.Quality.Artifacts, Is.Empty);
            Assert.That((cleaned.Quality.ManualExcludedCount, cleaned.Quality.ExcludedCount), Is.EqualTo((20, 20)));
            Assert.That(cleaned.Quality.ToIndexTable()["QUALITY_ManualExcluded"], Is.EqualTo(20));
            Assert.That(cleaned.Beats.Single(b => b.InputIndex == 120).GapBefore, Is.True);
        });
    }

    [Test]
    public void Edits_IndexBeyondTheSeries_ThrowsNamingIt()
    {
        var rr = Sinus();
        Assert.Multiple(() =>
        {
            Assert.That(() => ArtifactCorrection.Clean(rr, With([300])),
                Throws.ArgumentException.With.Message.Contains("interval 300 is beyond the last interval of the series (299)"));
            Assert.That(() => ArtifactCorrection.Clean(rr, With([], new MarkedArtifact(299, ArtifactType.Ectopic))),
                Throws.ArgumentException.With.Message.Contains("interval 300"), "an ectopic pair needs the next interval");
            Assert.That(() => ArtifactCorrection.Clean(rr, ArtifactCorrectionOptions.Default with { Edits = new BeatEdits([], [], [310]) }),
                Throws.ArgumentException.With.Message.Contains("interval 310"));
        });
    }

    [Test]
    public void BeatEdits_ContradictoryOrInvalidEdits_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new BeatEdits([151], [new MarkedArtifact(150, ArtifactType.Ectopic)]),
                Throws.ArgumentException.With.Message.Contains("Interval 151 is both kept and marked"));
            Assert.That(() => new BeatEdits([], [new MarkedArtifact(150, ArtifactType.Extra), new MarkedArtifact(151, ArtifactType.Long)]),
                Throws.ArgumentException.With.Message.Contains("Interval 151 is marked twice"));
            Assert.That(() => new BeatEdits([], [new MarkedArtifact(10, ArtifactType.Dropout)]),
                Throws.ArgumentException.With.Message.Contains("ectopic, missed, extra, long or short"));
            Assert.That(() => new BeatEdits([-1], []), Throws.ArgumentException.With.Message.Contains("0 or more"));
            Assert.That(() => new BeatEdits([], [], [-1]), Throws.ArgumentException.With.Message.Contains("0 or more"));
            Assert.That(() => new BeatEdits([7], [], [5, 6, 7]), Throws.ArgumentException.With.Message.Contains("Interval 7 is both kept and excluded"));
            Assert.That(() => new BeatEdits([], [new MarkedArtifact(4, ArtifactType.Ectopic)], [5]),
                Throws.ArgumentException.With.Message.Contains("Interval 5 is both marked (Ectopic at 4) and excluded"));
            Assert.That(() => new BeatEdits([], [new MarkedArtifact(-2, ArtifactType.Long)]), Throws.ArgumentException.With.Message.Contains("0 or more"));
        });
    }

    [Test]
    public void BeatEdits_EqualByContent_AndOptionsWithThemToo()
    {
        var a = new BeatEdits([40, 12, 41, 40], [new MarkedArtifact(55, ArtifactType.Missed), new MarkedArtifact(30, ArtifactType.Ectopic)], [122, 120, 121]);
        var b = new BeatEdits([12, 40, 41], [new MarkedArtifact(30, ArtifactType.Ectopic), new MarkedArtifact(55, ArtifactType.Missed)], [120, 121, 122]);
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a.ToString(), Is.EqualTo("keep 12, 40-41; mark 30 ectopic, 55 missed; exclude 120-122"));
            Assert.That(a, Is.Not.EqualTo(new BeatEdits([12, 40, 41], b.Marks)), "the exclusions count");
            Assert.That(ArtifactCorrectionOptions.Default with { Edits = a }, Is.EqualTo(ArtifactCorrectionOptions.Default with { Edits = b }));
            Assert.That(ArtifactCorrectionOptions.Default with { Edits = a }, Is.Not.EqualTo(ArtifactCorrectionOptions.Default));
            Assert.That(ArtifactCorrectionOptions.Default.Edits.IsEmpty, Is.True);
        });
    }

    [Test]
    public void Edits_WhereTheDetectorIsAtItsLimit_TheAnalystRestoresTheIndices()
    {
        // CI benchmark run subject_19 single seed 1: a ×0.7 interval before a naturally long one, 885 [677] 964 890 ms
        // (clean 885 967 964 890), is read as a premature beat and its pause, and the natural 964 ms is replaced too
        // (SDNN −3.4 %). An analyst who marks the short interval and keeps the 964 ms gets the clean recording's indices.
        var series = BeatQualityBenchmark.CiRun("subject_19", "single", 1, out _);
        Assert.That((series[5], series[6]), Is.EqualTo((677.0, 964.0)).Within(1), "the case");
        var clean = ArtifactCorrection.Clean(BeatQualityBenchmark.CleanStretch("subject_19")).Intervals.Milliseconds.ToArray();
        double SdnnError(CleanedRrIntervals c) => (QualityTestData.Sdnn(c.Intervals.Milliseconds) / QualityTestData.Sdnn(clean)) - 1;
        double RmssdError(CleanedRrIntervals c) => (QualityTestData.Rmssd(c.Intervals.Milliseconds) / QualityTestData.Rmssd(clean)) - 1;

        var automatic = ArtifactCorrection.Clean(series);
        Assert.That(SdnnError(automatic), Is.LessThan(-0.02), "out of bounds without the edits");

        var edited = ArtifactCorrection.Clean(series, With([6], new MarkedArtifact(5, ArtifactType.Short)));
        Assert.Multiple(() =>
        {
            Assert.That(Math.Abs(SdnnError(edited)), Is.LessThanOrEqualTo(0.02));
            Assert.That(Math.Abs(RmssdError(edited)), Is.LessThanOrEqualTo(0.05));
            Assert.That(edited.Beats.Single(b => b.InputIndex == 6).RrMs, Is.EqualTo(964).Within(1));
            Assert.That(edited.Quality.Artifacts.Where(a => a.Index is 5 or 6).Select(a => (a.Index, a.Type, a.Manual)),
                Is.EqualTo(new[] { (5, ArtifactType.Short, true) }));
        });
    }

    [Test]
    public void Reader_CleanOutputWithAnEditColumn_GivesTheEdits()
    {
        const string csv = "time_s,rr_ms,action,input_index,artifact,source,borderline,edit\n" +
            "1.0,800,kept,3,,,0,KEEP\n2.0,400,inserted,7,missed,detector,0,missed\n2.4,400,kept,7,missed,detector,0,missed\n" +
            "3.0,800,kept,8,,,0,\n4.0,800,kept,9,,,0,exclude\n5.0,900,kept,12,,,1,ectopic\n";
        var edits = HrResponse.Io.BeatEditsReader.Read(new StringReader(csv), "beats.csv");
        Assert.That(edits, Is.EqualTo(new BeatEdits([3], [new MarkedArtifact(7, ArtifactType.Missed), new MarkedArtifact(12, ArtifactType.Ectopic)], [9])));
        Assert.That(edits.LastIndex, Is.EqualTo(13), "an ectopic mark concerns the next interval too");
    }

    [Test]
    public void Reader_BadFile_ErrorNamesFileAndLine()
    {
        static string Error(string csv) =>
            Assert.Throws<HrDataFormatException>(() => HrResponse.Io.BeatEditsReader.Read(new StringReader(csv), "beats.csv"))!.Message;
        Assert.Multiple(() =>
        {
            Assert.That(Error("index,edit\n1,keep\n"), Does.Contain("beats.csv: beat edits need the columns input_index and edit"));
            Assert.That(Error("input_index,edit\n1,keep\nx,keep\n"), Does.Contain("beats.csv, line 3: input_index is not an interval index"));
            Assert.That(Error("input_index,edit\n1,keep\n1,exclude\n"), Does.Contain("beats.csv, line 3: interval 1 is edited twice (keep, exclude)"));
            Assert.That(Error("input_index,edit\n4,dropout\n"), Does.Contain("line 2: 'dropout' is not an edit (keep, exclude, ectopic, missed, extra, long, short)"));
            Assert.That(Error("input_index,edit\n4,ectopic\n5,keep\n"), Does.Contain("beats.csv: Interval 5 is both kept and marked"));
        });
    }
}
