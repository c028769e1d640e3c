using HrResponse.Autonomic;
using NUnit.Framework;

namespace HrResponse.Tests.Autonomic;

public class AutonomicSummaryTests
{
    [TestCase(1.21, AutonomicRating.Normal)]
    [TestCase(1.206, AutonomicRating.Normal)]
    [TestCase(1.204, AutonomicRating.Borderline)]
    [TestCase(1.15, AutonomicRating.Borderline)]
    [TestCase(1.10, AutonomicRating.Abnormal)]
    [TestCase(double.NaN, AutonomicRating.NotRated)]
    public void RateValsalvaRatio_EwingLimits(double ratio, AutonomicRating expected) =>
        Assert.That(AutonomicReflexLimits.RateValsalvaRatio(ratio), Is.EqualTo(expected));

    [TestCase(1.04, AutonomicRating.Normal)]
    [TestCase(1.02, AutonomicRating.Borderline)]
    [TestCase(1.00, AutonomicRating.Abnormal)]
    public void RateThirtyFifteen_EwingLimits(double ratio, AutonomicRating expected) =>
        Assert.That(AutonomicReflexLimits.RateThirtyFifteenRatio(ratio), Is.EqualTo(expected));

    [TestCase(15.0, AutonomicRating.Normal)]
    [TestCase(12.0, AutonomicRating.Borderline)]
    [TestCase(10.0, AutonomicRating.Abnormal)]
    public void RateDeepBreathingDifference_EwingLimits(double bpm, AutonomicRating expected) =>
        Assert.That(AutonomicReflexLimits.RateDeepBreathingDifference(bpm), Is.EqualTo(expected));

    [TestCase(22.0, 1.17)]
    [TestCase(47.0, 1.08)]
    [TestCase(72.0, 1.02)]
    [TestCase(80.0, double.NaN)]
    public void LowestNormalEiRatio_ByAge_FromTable(double age, double expected) =>
        Assert.That(AutonomicReflexLimits.LowestNormalEiRatio(age), Is.EqualTo(expected));

    [Test]
    public void Compute_OneTestOnly_NotAssessedAndSaysBloodPressureTestsNeeded()
    {
        var stand = new ActiveStandResult { StandSeconds = 0, StandSource = EventTimeSource.Explicit, ThirtyFifteenRatio = 1.2 };
        var summary = AutonomicSummary.Compute(null, stand, null);
        Assert.That(summary.ThirtyFifteenRatio, Is.EqualTo(AutonomicRating.Normal));
        Assert.That(summary.Category, Is.EqualTo(EwingCategory.NotAssessed));
        Assert.That(summary.Note, Does.Contain("blood-pressure tests"));
    }

    [Test]
    public void Compute_TwoAbnormalHeartRateTests_Definite()
    {
        var stand = new ActiveStandResult { StandSeconds = 0, StandSource = EventTimeSource.Explicit, ThirtyFifteenRatio = 0.99 };
        var breathing = new DeepBreathingResult { CycleSource = EventTimeSource.Explicit, EiDifferenceBpm = 5 };
        Assert.That(AutonomicSummary.Compute(null, stand, breathing).Category, Is.EqualTo(EwingCategory.Definite));
    }
}
