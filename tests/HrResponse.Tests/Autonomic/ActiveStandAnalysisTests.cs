using HrResponse.Autonomic;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Autonomic;

public class ActiveStandAnalysisTests
{
    private const double EstimatedStandSeconds = 183.819;

    private static Recording OpenStand() =>
        RecordingReader.Open(SharedData.Data("orthostatic-stand", "polar_h10_2025-03-23_seated_to_standing_rr.csv")).Recording;

    [Test]
    public void Compute_OrthostaticRecordingWithoutMarker_StandUpWithin3SecondsOfEstimate()
    {
        var opened = OpenStand();
        var unmarked = Recording.Create(opened.Beats);
        var result = AutonomicAnalysis.Compute(unmarked, new AutonomicOptions { Test = AutonomicTest.ActiveStand }).ActiveStand!;
        Assert.That(result.StandSource, Is.EqualTo(EventTimeSource.DetectedFromHeartRate));
        Assert.That(result.StandSeconds, Is.EqualTo(EstimatedStandSeconds).Within(3));
    }

    [Test]
    public void Compute_OrthostaticRecording_ReportsRatioInitialResponseAndHrvChange()
    {
        var result = ActiveStandAnalysis.Compute(OpenStand());
        var beats = OpenStand().Beats;
        var rr = beats.Milliseconds.ToArray();
        var times = beats.BeatTimesSeconds.ToArray();

        // By hand: beat 1 is the first beat at or after the stand-up; 30:15 = max RR of beats 20–40 / min RR of beats 5–25.
        var first = Array.FindIndex(times, t => t >= result.StandSeconds);
        var expected = rr[(first + 19)..(first + 40)].Max() / rr[(first + 4)..(first + 25)].Min();
        Assert.Multiple(() =>
        {
            Assert.That(result.StandSource, Is.EqualTo(EventTimeSource.Marker));
            Assert.That(result.ThirtyFifteenRatio, Is.EqualTo(expected).Within(1e-12));
            Assert.That(result.InitialPeakHeartRateBpm, Is.GreaterThan(result.BaselineHeartRateBpm + 20));
            Assert.That(result.InitialPeakAfterStandSeconds, Is.InRange(5.0, 20.0));
            Assert.That(result.InitialNadirHeartRateBpm, Is.LessThan(result.InitialPeakHeartRateBpm));
            Assert.That(double.IsFinite(result.RmssdChangeMs), Is.True);
            Assert.That(double.IsFinite(result.HfChangeMs2), Is.True);
            Assert.That(double.IsFinite(result.LfHfChange), Is.True);
            Assert.That(result.RmssdChangeMs, Is.EqualTo(result.RmssdStandingMs - result.RmssdBeforeMs));
            Assert.That(result.PosturalTachycardiaNote, Does.Contain("shorter than 10 min"));
            Assert.That(result.Problems.Select(p => p.Code), Does.Contain(ProblemCode.TestWindowTooShort));
        });
    }

    [Test]
    public void Compute_SyntheticHeartRateStep_EveryIndexWithinOnePercent()
    {
        // 60 bpm for 300 s, then a step to 95 bpm for 11 min: increase 35 bpm everywhere, 30:15 = 1, criterion met.
        var rr = new List<double>();
        var t = 0.0;
        while (t < 300 + 660)
        {
            var interval = t < 300 - 1e-9 ? 1000 : 60000 / 95.0;
            rr.Add(interval);
            t += interval / 1000;
        }

        var recording = Recording.Create(RrIntervals.FromMilliseconds(rr.ToArray()), subject: new SubjectInfo { AgeYears = 30 });
        var result = ActiveStandAnalysis.Compute(recording);
        Assert.Multiple(() =>
        {
            Assert.That(result.StandSource, Is.EqualTo(EventTimeSource.DetectedFromHeartRate));
            Assert.That(result.StandSeconds, Is.EqualTo(300 + (60 / 95.0)).Within(0.01));
            Assert.That(result.BaselineHeartRateBpm, Is.EqualTo(60).Within(0.6));
            Assert.That(result.InitialPeakHeartRateBpm, Is.EqualTo(95).Within(0.95));
            Assert.That(result.ThirtyFifteenRatio, Is.EqualTo(1).Within(0.01));
            foreach (var increase in result.HeartRateIncreaseAtMinutesBpm) Assert.That(increase, Is.EqualTo(35).Within(0.35));
            Assert.That(result.MaxSustainedIncreaseBpm, Is.EqualTo(35).Within(0.35));
            Assert.That(result.PosturalTachycardiaHeartRateCriterionMet, Is.True);
            Assert.That(result.PosturalTachycardiaNote, Does.Contain("symptoms").And.Contain("blood pressure"));
        });
    }

    [TestCase(15.0, 40.0)]
    [TestCase(25.0, 30.0)]
    [TestCase(null, 30.0)]
    public void PosturalTachycardiaThreshold_ByAge_FollowsConsensus(double? age, double expected) =>
        Assert.That(AutonomicReflexLimits.PosturalTachycardiaThresholdBpm(age), Is.EqualTo(expected));
}
