using HrResponse.Quality;
using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality.Internal;

/// <summary>The rule that keeps an ectopic pair's recorded total, and how the correction applies it.</summary>
public class CompensatoryPauseTests
{
    private static readonly ArtifactCorrectionOptions Published = ArtifactCorrectionOptions.Default with { LipponenRefinements = false, Estimator = IntervalEstimator.CubicSpline };

    // Interpolated 800 + 800 ms; the 10 % floor is 80 ms.
    [TestCase(1680.0, true)]
    [TestCase(1681.0, false)]
    [TestCase(1520.0, true)]
    [TestCase(1519.0, false)]
    public void KeepsTotal_Published_WithinTenPercentOfOneInterval(double recordedTotal, bool expected) =>
        Assert.That(CompensatoryPause.KeepsTotal(recordedTotal, 560, 800, 800, refined: false), Is.EqualTo(expected));

    // Prematurity 800 − 560 = 240 ms: short side max(80, 120) = 120 ms, long side max(80, 480) = 480 ms.
    [TestCase(1480.0, true)]
    [TestCase(1479.0, false)]
    [TestCase(2080.0, true)]
    [TestCase(2081.0, false)]
    public void KeepsTotal_Refined_ShortSideHalfLongSideTwiceThePrematurity(double recordedTotal, bool expected) =>
        Assert.That(CompensatoryPause.KeepsTotal(recordedTotal, 560, 800, 800, refined: true), Is.EqualTo(expected));

    [Test]
    public void KeepsTotal_Refined_SmallPrematurity_TenPercentFloor()
    {
        // Prematurity 20 ms: 2 × 20 = 40 < 80, so the floor decides on both sides.
        Assert.Multiple(() =>
        {
            Assert.That(CompensatoryPause.KeepsTotal(1680, 780, 800, 800, refined: true), Is.True);
            Assert.That(CompensatoryPause.KeepsTotal(1681, 780, 800, 800, refined: true), Is.False);
            Assert.That(CompensatoryPause.KeepsTotal(1519, 780, 800, 800, refined: true), Is.False);
        });
    }

    [Test]
    public void KeepsTotal_NaN_False()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CompensatoryPause.KeepsTotal(double.NaN, 560, 800, 800, refined: true), Is.False);
            Assert.That(CompensatoryPause.KeepsTotal(1600, 560, double.NaN, 800, refined: false), Is.False);
        });
    }

    [Test]
    public void CorrectKnown_PauseLongerThanTenPercent_RefinedKeepsTotalPublishedDoesNot()
    {
        // Around 800 ms (±16); the pair at 30 is 240 ms premature and its pause 160 ms longer than compensatory:
        // the recorded total exceeds the interpolated one by about 150 ms, over the 10 % floor, under 2 × prematurity.
        var rr = Enumerable.Range(0, 60).Select(i => 800.0 + (8 * (((i * 7) % 5) - 2))).ToArray();
        rr[30] -= 240;
        rr[31] += 240 + 160;
        var total = rr[30] + rr[31];
        var input = RrIntervals.FromMilliseconds(rr);
        var refined = ArtifactCorrection.CorrectKnown(input, [(30, ArtifactType.Ectopic)], ArtifactCorrectionOptions.Default with { Estimator = IntervalEstimator.CubicSpline }).Intervals.Milliseconds.ToArray();
        var published = ArtifactCorrection.CorrectKnown(input, [(30, ArtifactType.Ectopic)], Published).Intervals.Milliseconds.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(refined[30] + refined[31], Is.EqualTo(total).Within(1e-9));
            Assert.That(published[30] + published[31], Is.InRange(2 * 784.0, 2 * 816.0), "spline values within the anchors' range, total not kept");
        });
    }

    [Test]
    public void CorrectKnown_PauseShortByMoreThanHalfThePrematurity_TotalNotKept()
    {
        // A premature beat that resets the sinus node: the pause is 200 ms short of compensatory (> 240 / 2).
        var rr = Enumerable.Range(0, 60).Select(i => 800.0 + (8 * (((i * 7) % 5) - 2))).ToArray();
        rr[30] -= 240;
        rr[31] += 40;
        var total = rr[30] + rr[31];
        var c = ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(rr), [(30, ArtifactType.Ectopic)], ArtifactCorrectionOptions.Default).Intervals.Milliseconds.ToArray();
        Assert.That(c[30] + c[31], Is.GreaterThan(total + 150));
    }

    [Test]
    public void CorrectKnown_TotalKeptPair_SplitFollowsSplineBeyondTheAnchorsRange()
    {
        // The rhythm falls 1000 → 900 → 800 ms into the pair and stays at 800 ms after it: the spline through the
        // anchors dips below 800 ms at the pair. The compensated pair (560 + 1040 = 1600 ms) keeps its total; with
        // refinements the split follows the spline clamped to [800 − 100, 1000 + 100] ms, published to [800, 1000].
        var rr = Enumerable.Range(0, 60).Select(i => i < 28 ? 1000.0 : i == 28 ? 900.0 : 800.0).ToArray();
        rr[30] = 560;
        rr[31] = 1040;
        var input = RrIntervals.FromMilliseconds(rr);
        var t = input.BeatTimesSeconds;
        double[] x = [t[27], t[28], t[29], t[32], t[33], t[34]];
        double[] y = [1000, 900, 800, 800, 800, 800];
        var s30 = NaturalCubicSpline.Evaluate(x, y, t[30]);
        var s31 = NaturalCubicSpline.Evaluate(x, y, t[31]);
        var shift = (1600 - s30 - s31) / 2;
        var refined = ArtifactCorrection.CorrectKnown(input, [(30, ArtifactType.Ectopic)], ArtifactCorrectionOptions.Default with { Estimator = IntervalEstimator.CubicSpline }).Intervals.Milliseconds.ToArray();
        var published = ArtifactCorrection.CorrectKnown(input, [(30, ArtifactType.Ectopic)], Published).Intervals.Milliseconds.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(s30, Is.InRange(700.0, 800.0), "the case needs the spline below the anchors' range");
            Assert.That(refined[30], Is.EqualTo(s30 + shift).Within(1e-9));
            Assert.That(refined[31], Is.EqualTo(s31 + shift).Within(1e-9));
            Assert.That(published[30], Is.EqualTo(800).Within(1e-9));
            Assert.That(published[31], Is.EqualTo(800).Within(1e-9));
        });
    }

    // Preceding interval 800 ms: total within 1,600 ± 80 ms, premature interval at most 640 ms (80 % of it) and at most
    // 90 % of its interpolated value.
    [TestCase(1680.0, 640.0, 720.0, true)]
    [TestCase(1520.0, 560.0, 720.0, true)]
    [TestCase(1681.0, 560.0, 720.0, false)]
    [TestCase(1519.0, 560.0, 720.0, false)]
    [TestCase(1600.0, 641.0, 720.0, false)]
    [TestCase(1600.0, 600.0, 666.0, false)]
    [TestCase(1600.0, 600.0, 667.0, true)]
    public void MatchesPrecedingCycle_TwoPrecedingIntervalsWithinTenPercentOfOne_Premature(double recordedTotal, double recordedFirst, double interpolatedFirst, bool expected) =>
        Assert.That(CompensatoryPause.MatchesPrecedingCycle(recordedTotal, recordedFirst, interpolatedFirst, 800), Is.EqualTo(expected));

    [Test]
    public void MatchesPrecedingCycle_NaN_False() =>
        Assert.That(CompensatoryPause.MatchesPrecedingCycle(1600, 560, 700, double.NaN), Is.False);

    [Test]
    public void CorrectKnown_PairAfterALocalRise_RefinedKeepsTwoPrecedingCyclesPublishedDoesNot()
    {
        // At a 640-ms rhythm one natural 820-ms interval comes before a premature beat whose pause completes two of its
        // cycles (560 + 1,100 = 1,660 ms). With refinements the 820 ms is more than 20 % off its side's anchors and not
        // used, so the pair is interpolated at 640 + 640 ms: the recorded total is 380 ms longer, more than twice the 80-ms
        // prematurity, and KeepsTotal rejects it. It matches two cycles of the kept 820 ms before the pair (test_10).
        var rr = Enumerable.Range(0, 60).Select(_ => 640.0).ToArray();
        rr[29] = 820;
        rr[30] = 560;
        rr[31] = 1100;
        var input = RrIntervals.FromMilliseconds(rr);
        var refined = ArtifactCorrection.CorrectKnown(input, [(30, ArtifactType.Ectopic)], ArtifactCorrectionOptions.Default with { Estimator = IntervalEstimator.CubicSpline }).Intervals.Milliseconds.ToArray();
        var published = ArtifactCorrection.CorrectKnown(input, [(30, ArtifactType.Ectopic)], Published).Intervals.Milliseconds.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(CompensatoryPause.KeepsTotal(1660, 560, 640, 640, refined: true), Is.False, "the case needs KeepsTotal to reject it");
            Assert.That(refined[29], Is.EqualTo(820), "the interval before the pair is kept");
            Assert.That(refined[30] + refined[31], Is.EqualTo(1660).Within(1e-9));
            Assert.That(published[30] + published[31], Is.LessThan(1600), "published: the spline's values, total not kept");
        });
    }
}
