using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>When HRR's reference (peak, exercise end) does not describe a recovery after a test, the report says so.</summary>
public class RecoveryReferenceProblemsTests
{
    /// <summary>Rest 70 bpm for 2 min, load from 0 to 600 s, then 300 s of recovery; heart rate by <paramref name="hr"/>.</summary>
    private static Recording Test(Func<double, double> hr)
    {
        var t = Enumerable.Range(-120, 1021).Select(i => (double)i).ToArray();
        return Recording.Create(
            heartRate: HeartRateSeries.FromSamples(t, t.Select(hr).ToArray()),
            load: SampledChannel.Create("power_w", "W", t, t.Select(x => x < 0 || x > 600 ? 0.0 : 100).ToArray()),
            subject: new SubjectInfo { AgeYears = 40, RecoveryPosture = RecoveryPosture.Active });
    }

    private static double Recovery(double t) => 100 + (80 * Math.Exp(-(t - 600) / 60));

    [Test]
    public void Compute_PeakLongBeforeTheEnd_SaysHrrIncludesTheFallBeforeTheEnd()
    {
        // Peak 180 bpm at 300 s, then down to 150 bpm at the end of exercise (600 s).
        var r = ExerciseTestAnalysis.Compute(Test(t => t < 0 ? 70 : t <= 300 ? 70 + (110 * t / 300) : t <= 600 ? 180 - (30 * (t - 300) / 300) : 100 + (50 * Math.Exp(-(t - 600) / 60))));
        var p = r.Problems.Single(p => p.Code == ProblemCode.PeakBeforeExerciseEnd);
        Assert.That(p.Message, Does.Contain("min before the exercise end").And.Contain("HRR60 from it"));
        Assert.That(r.Recovery.Hrr60Bpm, Is.GreaterThan(60), "HRR60 from the peak: 180 − (100 + 50/e)");
    }

    [Test]
    public void Compute_PeakAtTheEnd_NoProblem()
    {
        var r = ExerciseTestAnalysis.Compute(Test(t => t < 0 ? 70 : t <= 600 ? 70 + (110 * t / 600) : Recovery(t)));
        Assert.That(r.Problems.Select(p => p.Code), Has.None.EqualTo(ProblemCode.PeakBeforeExerciseEnd).And.None.EqualTo(ProblemCode.NoRecoveryAfterExercise));
    }

    [Test]
    public void Compute_HeartRateCurveEndWithoutRecovery_SaysTheRecoveryIndicesDescribeNoRecovery()
    {
        // Heart rate stays within 5 bpm of its 180-bpm peak after exercise: the recording ends before recovery.
        var noRecovery = Test(t => t < 0 ? 70 : t <= 600 ? 70 + (110 * t / 600) : 175 + (5 * Math.Exp(-(t - 600) / 60)));
        var curveOnly = new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve };
        var r = ExerciseTestAnalysis.Compute(noRecovery, curveOnly);
        Assert.That(r.Problems.Single(p => p.Code == ProblemCode.NoRecoveryAfterExercise).Message, Does.Contain("describe no recovery"));
        Assert.That(r.Recovery.Hrr60Abnormal, Is.Null, "continued exercise is not rated as an abnormal recovery");
        Assert.That(r.Recovery.Hrr120Abnormal, Is.Null);
        Assert.That(r.Recovery.Problems.Select(p => p.Code), Does.Contain(ProblemCode.NoRecoveryAfterExercise));

        // With the end known (the load), a small fall is a finding about the subject, not a detection failure.
        var byLoad = ExerciseTestAnalysis.Compute(noRecovery);
        Assert.That(byLoad.Problems.Select(p => p.Code), Has.None.EqualTo(ProblemCode.NoRecoveryAfterExercise));
        Assert.That(byLoad.Recovery.Hrr60Abnormal, Is.True);
    }
}
