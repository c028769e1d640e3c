using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Refinement 33 (<c>Quality/Internal/PairReadings</c>, docs/beat-quality.md item 39): a short–long pair of intervals
/// read as a displaced beat (total kept), a first interval alone or a second interval alone, whichever the
/// autoregressive model of the neighbours explains best. One artifact is injected into a real clean recording; each
/// case was typed wrong by the thresholds alone (each test fails with the refinement switched off).
/// </summary>
public class PairReadingsTests
{
    [Test]
    public void Clean_PrematureBeatWhosePauseDoesNotCompensate_TypedEctopicAndTotalKept()
    {
        // subject_19: 722 691 [701 810 → 456 1,055] 913 959 ms. The pause lands on a naturally short interval as the rhythm
        // slows, so it ends near the rhythm; the thresholds saw a short and a long interval (two artifacts), the model
        // sees a total that fits the rhythm and a pause that does not.
        var rr = Polar("subject_19");
        var total = rr[56] + rr[57];
        var moved = rr[56] * 0.35;
        rr[56] -= moved;
        rr[57] += moved;
        var c = ArtifactCorrection.Clean(rr);
        Assert.Multiple(() =>
        {
            Assert.That(Near(c, 56), Is.EqualTo(new[] { (56, ArtifactType.Ectopic) }));
            Assert.That(c.Intervals.Milliseconds[56] + c.Intervals.Milliseconds[57], Is.EqualTo(total).Within(1e-6), "the pair keeps its total");
        });
    }

    [Test]
    public void Clean_ShortIntervalBeforeANaturallyLongOne_TypedShortAndTheLongOneKept()
    {
        // subject_05: 862 [924 → 647] 962 939 ms. The interval after the ×0.7 one is natural (the rhythm is slowing), and
        // the two together last about two local medians: the thresholds typed a premature pair, whose correction would
        // have moved the natural 962 ms.
        var rr = Polar("subject_05");
        var natural = rr[86];
        rr[85] *= 0.7;
        var c = ArtifactCorrection.Clean(rr);
        Assert.Multiple(() =>
        {
            Assert.That(Near(c, 85), Is.EqualTo(new[] { (85, ArtifactType.Short) }));
            Assert.That(c.Intervals.Milliseconds[86], Is.EqualTo(natural), "the natural interval after it is kept");
            Assert.That(c.Beats[86].Action, Is.EqualTo(BeatAction.Kept));
        });
    }

    [TestCase("subject_11", 38)]
    [TestCase("subject_05", 80)]
    public void Clean_LongIntervalAfterANaturallyShortOne_TypedLongAlone(string subject, int at)
    {
        // subject_11: 961 879 [848 → 1,145] 834 ms; subject_05: 776 733 [703 → 949] 708 ms. The interval before the
        // ×1.35 one is naturally short, and the thresholds typed the two as a premature pair.
        var rr = Polar(subject);
        var natural = rr[at - 1];
        rr[at] *= 1.35;
        var c = ArtifactCorrection.Clean(rr);
        Assert.Multiple(() =>
        {
            Assert.That(Near(c, at), Is.EqualTo(new[] { (at, ArtifactType.Long) }));
            Assert.That(c.Intervals.Milliseconds[at - 1], Is.EqualTo(natural), "the natural interval before it is kept");
        });
    }

    [Test]
    public void Clean_LongIntervalAfterAShortNaturalOne_NotAlsoFlaggedShort()
    {
        // nsr006 (5 min): 836 750 [766 → 1,034] 750 727 ms. The thresholds flagged the natural 750 ms before the
        // ×1.35 interval short as well; the model keeps it.
        var rr = QualityTestData.ReadRrColumn(SharedData.Data("nsr2db_5min", "nsr006_5min.csv"));
        rr[182] *= 1.35;
        Assert.That(Near(ArtifactCorrection.Clean(rr), 182), Is.EqualTo(new[] { (182, ArtifactType.Long) }));
    }

    [TestCase("test_12", 3, 228)]
    [TestCase("test_09", 3, 236)]
    public void Clean_PrematureBeatFlaggedOnOneSideOnly_TypedEctopic(string name, int seed, int at)
    {
        // CI benchmark runs, premature beats at 5 %. test_12 seed 3: 556 544 [351 773] 676 732 ms, the pause after the
        // premature beat at the level of the slowing rhythm, so only the short interval was flagged (and its pause kept,
        // 97 ms too long). test_09 seed 3: 444 372 [330 618] 440 ms, the beat cut the compensatory pause (508 ms) of a
        // natural premature beat (372 ms; the two are an ectopic pair on the clean recording) and is not early against
        // it, so only the long interval was flagged.
        var found = ArtifactCorrection.Clean(BeatQualityBenchmark.CiRun(name, "premature", seed, out var truth)).Quality.Artifacts;
        Assert.That(truth.Select(t => t.Index), Does.Contain(at), "the benchmark run as documented");
        Assert.That(found.Where(a => a.Index == at || a.Index == at + 1).Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (at, ArtifactType.Ectopic) }));
    }

    [Test]
    public void Clean_PrematureBeatCuttingANaturallyLongStretch_ShortThenLongTypedEctopicAndTotalKept()
    {
        // CI benchmark run 008 premature seed 2: 899 [1,109 1,031 → 721 1,419] 961 ms. The beat cut two naturally long
        // intervals, so the short one lies less far off the 11-beat median than the pause (refinement 2 rejects the
        // pair) and the thresholds typed a short and a long interval, corrected apart without their total. The model
        // explains the displaced beat best (29,405 against 51,707 ms² for the pause alone, σ² 3,861 ms²) but not by the
        // margin; with no one-value reading of the detector's own it is taken since item 48.
        var series = BeatQualityBenchmark.CiRun("008", "premature", 2, out var truth);
        Assert.That(truth.Select(t => t.Index), Does.Contain(376), "the benchmark run as documented");
        var c = ArtifactCorrection.Clean(series);
        Assert.Multiple(() =>
        {
            Assert.That(Near(c, 376).Where(a => a.Index >= 376), Is.EqualTo(new[] { (376, ArtifactType.Ectopic) }));
            Assert.That(c.Intervals.Milliseconds[376] + c.Intervals.Milliseconds[377], Is.EqualTo(series[376] + series[377]).Within(1e-6), "the pair keeps its total");
        });
    }

    [Test]
    public void Clean_LongIntervalNearTheSeriesStart_NotPairedWithTheNaturalIntervalBeforeIt()
    {
        // Refinement 66 (docs/beat-quality.md item 101): nsr009_5min, 766 797 797 812 [844 → 1,139] 922 859 ms, a ×1.35
        // interval at input 4. The row that predicts the 812 from its own past would need input −1; without it the
        // model preferred a displaced beat (812 + 1,139 ms, total kept) and moved the natural 812 to 987 ms.
        var rr = QualityTestData.ReadRrColumn(SharedData.Data("nsr2db_5min", "nsr009_5min.csv"));
        var natural = rr[3];
        rr[4] *= 1.35;
        var c = ArtifactCorrection.Clean(rr);
        Assert.Multiple(() =>
        {
            Assert.That(Near(c, 4), Is.EqualTo(new[] { (4, ArtifactType.Long) }));
            Assert.That(c.Intervals.Milliseconds[3], Is.EqualTo(natural), "the natural interval before it is kept");
            Assert.That(c.Beats[3].Action, Is.EqualTo(BeatAction.Kept));
        });
    }

    private static double[] Polar(string subject) =>
        QualityTestData.ReadRrColumn(SharedData.Data("welltory_polar_h10", subject + ".csv"));

    private static (int Index, ArtifactType Type)[] Near(CleanedRrIntervals c, int at) =>
        c.Quality.Artifacts.Where(a => Math.Abs(a.Index - at) <= 1).Select(a => (a.Index, a.Type)).ToArray();
}
