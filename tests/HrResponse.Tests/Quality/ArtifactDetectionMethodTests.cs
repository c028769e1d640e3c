using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>Hand-made cases for the single-pass methods: Kubios-style thresholds, relative-change rules, absolute range.</summary>
public class ArtifactDetectionMethodTests
{
    private static IReadOnlyList<DetectedArtifact> Detect(IEnumerable<double> rr, ArtifactDetectionMethod method, ArtifactCorrectionOptions? o = null) =>
        ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr.ToArray()), (o ?? new ArtifactCorrectionOptions()) with { Method = method }).Quality.Artifacts;

    private static List<double> Flat(double value, int n, int at, double artifact)
    {
        var rr = Enumerable.Repeat(value, n).ToList();
        rr[at] = artifact;
        return rr;
    }

    // At a 1000 ms median (60 bpm) the scaled threshold equals the documented level.
    [TestCase(ArtifactDetectionMethod.ThresholdVeryLow, 449, 451)]
    [TestCase(ArtifactDetectionMethod.ThresholdLow, 349, 351)]
    [TestCase(ArtifactDetectionMethod.ThresholdMedium, 249, 251)]
    [TestCase(ArtifactDetectionMethod.ThresholdStrong, 149, 151)]
    [TestCase(ArtifactDetectionMethod.ThresholdVeryStrong, 49, 51)]
    public void Threshold_At60Bpm_FlagsOnlyDeviationsAboveLevel(ArtifactDetectionMethod method, double below, double above)
    {
        Assert.That(Detect(Flat(1000, 30, 15, 1000 + below), method), Is.Empty);
        Assert.That(Detect(Flat(1000, 30, 15, 1000 - below), method), Is.Empty);
        Assert.That(Detect(Flat(1000, 30, 15, 1000 + above), method).Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (15, ArtifactType.Long) }));
        Assert.That(Detect(Flat(1000, 30, 15, 1000 - above), method).Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (15, ArtifactType.Short) }));
    }

    [Test]
    public void ThresholdMedium_At120Bpm_ThresholdScaledToHalf()
    {
        // Median 500 ms: 250 ms × 500 / 1000 = 125 ms.
        Assert.That(Detect(Flat(500, 30, 15, 620), ArtifactDetectionMethod.ThresholdMedium), Is.Empty);
        Assert.That(Detect(Flat(500, 30, 15, 630), ArtifactDetectionMethod.ThresholdMedium), Has.Count.EqualTo(1));
    }

    [Test]
    public void ThresholdMedium_ScalingOff_FixedThreshold()
    {
        var o = new ArtifactCorrectionOptions { ScaleThresholdToHeartRate = false };
        Assert.That(Detect(Flat(500, 30, 15, 740), ArtifactDetectionMethod.ThresholdMedium, o), Is.Empty);
        Assert.That(Detect(Flat(500, 30, 15, 760), ArtifactDetectionMethod.ThresholdMedium, o), Has.Count.EqualTo(1));
    }

    [Test]
    public void Malik_ChangeOver20PercentOfPrevious_Flagged()
    {
        Assert.That(Detect(Flat(800, 30, 15, 955), ArtifactDetectionMethod.Malik), Is.Empty); // +19.4 %
        Assert.That(Detect(Flat(800, 30, 15, 965), ArtifactDetectionMethod.Malik).Select(a => a.Index), Is.EqualTo(new[] { 15 })); // +20.6 %
    }

    [Test]
    public void Malik_PrematureBeatAndPause_BothJudgedAgainstAcceptedInterval()
    {
        var rr = Enumerable.Repeat(800.0, 30).ToList();
        rr[15] = 560;
        rr[16] = 1040;
        Assert.That(Detect(rr, ArtifactDetectionMethod.Malik).Select(a => (a.Index, a.Type)),
            Is.EqualTo(new[] { (15, ArtifactType.Short), (16, ArtifactType.Long) }));
    }

    [Test]
    public void Karlsson_DeviationFromNeighbourMean_Flagged()
    {
        // Neighbours 800 and 800: limit 160 ms.
        Assert.That(Detect(Flat(800, 30, 15, 950), ArtifactDetectionMethod.Karlsson), Is.Empty);
        Assert.That(Detect(Flat(800, 30, 15, 970), ArtifactDetectionMethod.Karlsson).Select(a => a.Index), Is.EqualTo(new[] { 15 }));
    }

    [Test]
    public void Karlsson_LargeArtifact_AlsoFlagsItsNeighbours()
    {
        // The rule compares with the recorded neighbours: 800 against mean(800, 1300) = 1050 deviates by 250 > 210.
        Assert.That(Detect(Flat(800, 30, 15, 1300), ArtifactDetectionMethod.Karlsson).Select(a => (a.Index, a.Type)),
            Is.EqualTo(new[] { (14, ArtifactType.Short), (15, ArtifactType.Long), (16, ArtifactType.Short) }));
    }

    [Test]
    public void Kamath_AsymmetricLimits_32point5PercentUpAnd24point5PercentDown()
    {
        Assert.That(Detect(Flat(800, 30, 15, 1055), ArtifactDetectionMethod.Kamath), Is.Empty); // +31.9 %
        Assert.That(Detect(Flat(800, 30, 15, 1065), ArtifactDetectionMethod.Kamath), Has.Count.EqualTo(1)); // +33.1 %
        Assert.That(Detect(Flat(800, 30, 15, 610), ArtifactDetectionMethod.Kamath), Is.Empty); // −23.75 %
        Assert.That(Detect(Flat(800, 30, 15, 600), ArtifactDetectionMethod.Kamath), Has.Count.EqualTo(1)); // −25 %
    }

    [Test]
    public void Acar_DeviationFromMeanOfLastNineAccepted_Flagged()
    {
        Assert.That(Detect(Flat(800, 30, 15, 955), ArtifactDetectionMethod.Acar), Is.Empty);
        Assert.That(Detect(Flat(800, 30, 15, 965), ArtifactDetectionMethod.Acar).Select(a => a.Index), Is.EqualTo(new[] { 15 }));
    }

    [Test]
    public void Acar_TwoConsecutiveArtifacts_SecondJudgedAgainstAcceptedMean()
    {
        var rr = Enumerable.Repeat(800.0, 30).ToList();
        rr[15] = 1000;
        rr[16] = 1000;
        Assert.That(Detect(rr, ArtifactDetectionMethod.Acar).Select(a => a.Index), Is.EqualTo(new[] { 15, 16 }));
    }

    [Test]
    public void AbsoluteRange_OutsideLimits_OutOfRange()
    {
        var rr = Enumerable.Repeat(800.0, 30).ToList();
        rr[10] = 280;
        rr[20] = 1600;
        var o = new ArtifactCorrectionOptions { AbsoluteMaxMs = 1500 };
        var found = Detect(rr, ArtifactDetectionMethod.AbsoluteRange, o);
        Assert.That(found.Select(a => (a.Index, a.Type)), Is.EqualTo(new[] { (10, ArtifactType.OutOfRange), (20, ArtifactType.OutOfRange) }));
        var c = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr.ToArray()), o with { Method = ArtifactDetectionMethod.AbsoluteRange });
        Assert.That(c.Quality.OutOfRangeCount, Is.EqualTo(2));
        Assert.That(c.Intervals.Milliseconds[10], Is.EqualTo(800).Within(1e-9));
        Assert.That(c.Intervals.Milliseconds[20], Is.EqualTo(800).Within(1e-9));
    }

    [TestCase(ArtifactDetectionMethod.ThresholdMedium)]
    [TestCase(ArtifactDetectionMethod.Malik)]
    [TestCase(ArtifactDetectionMethod.Kamath)]
    [TestCase(ArtifactDetectionMethod.Acar)]
    public void SimpleMethods_ExcludeAction_FlaggedIntervalBecomesGap(ArtifactDetectionMethod method)
    {
        var rr = Flat(800, 30, 15, 1300);
        var c = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr.ToArray()),
            new ArtifactCorrectionOptions { Method = method, Action = CorrectionAction.ExcludeAndMarkGaps });
        Assert.That(c.Intervals.Count, Is.EqualTo(29));
        Assert.That(c.Intervals.GapBefore[15], Is.True);
        Assert.That(c.Quality.LongCount, Is.EqualTo(1));
        Assert.That(c.Quality.LongestGapSeconds, Is.EqualTo(1.3).Within(1e-9));
    }
}
