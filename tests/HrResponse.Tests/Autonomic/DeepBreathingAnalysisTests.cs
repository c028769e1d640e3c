using HrResponse.Autonomic;
using NUnit.Framework;

namespace HrResponse.Tests.Autonomic;

public class DeepBreathingAnalysisTests
{
    // RSA at 0.1 Hz with known amplitude: RR_k = 1000 − 100·cos(2πk/10) ms, 10 beats (10 s) per breath; the fastest beat
    // is 900 ms (66.67 bpm), the slowest 1100 ms (54.55 bpm).
    private static Recording Synthetic(int beats = 120, double? age = 40) => Recording.Create(
        RrIntervals.FromMilliseconds(Enumerable.Range(0, beats).Select(k => 1000 - (100 * Math.Cos(2 * Math.PI * k / 10))).ToArray()),
        subject: new SubjectInfo { AgeYears = age });

    [Test]
    public void Compute_SyntheticRsaAt01Hz_EveryIndexWithinOnePercent()
    {
        var expectedDifference = (60000 / 900.0) - (60000 / 1100.0);
        var result = DeepBreathingAnalysis.Compute(Synthetic());
        Assert.Multiple(() =>
        {
            Assert.That(result.CycleSource, Is.EqualTo(EventTimeSource.DetectedFromRrOscillation));
            Assert.That(result.CycleCount, Is.GreaterThanOrEqualTo(10));
            Assert.That(result.MeanCyclePeriodSeconds, Is.EqualTo(10).Within(0.1));
            Assert.That(result.EiDifferenceBpm, Is.EqualTo(expectedDifference).Within(0.01 * expectedDifference));
            Assert.That(result.EiRatio, Is.EqualTo(1100 / 900.0).Within(0.01 * 1100 / 900.0));
            Assert.That(result.EiDifferenceRating, Is.EqualTo(AutonomicRating.Borderline));
            Assert.That(result.AgeLimitEiRatio, Is.EqualTo(1.10));
            Assert.That(result.EiRatioRating, Is.EqualTo(AutonomicRating.Normal));
        });
    }

    [Test]
    public void Compute_ExplicitCycles_UsesThemAndAgeUnknownIsReported()
    {
        var recording = Synthetic(age: null);
        var times = recording.Beats.BeatTimesSeconds.ToArray();
        var bounds = new[] { times[4], times[14], times[24], times[34] };
        var result = DeepBreathingAnalysis.Compute(recording, new DeepBreathingOptions { CycleStartTimesSeconds = bounds });
        Assert.That(result.CycleSource, Is.EqualTo(EventTimeSource.Explicit));
        Assert.That(result.CycleCount, Is.EqualTo(3));
        Assert.That(result.EiRatioRating, Is.EqualTo(AutonomicRating.NotRated));
        Assert.That(result.Problems.Select(p => p.Code), Does.Contain(ProblemCode.AgeMissing));
    }

    [Test]
    public void Compute_NoOscillation_EventNotDetected()
    {
        var recording = Recording.Create(RrIntervals.FromMilliseconds(Enumerable.Repeat(1000.0, 120).ToArray()));
        var result = DeepBreathingAnalysis.Compute(recording);
        Assert.That(double.IsNaN(result.EiDifferenceBpm), Is.True);
        Assert.That(result.Problems.Select(p => p.Code), Does.Contain(ProblemCode.EventNotDetected));
    }
}
