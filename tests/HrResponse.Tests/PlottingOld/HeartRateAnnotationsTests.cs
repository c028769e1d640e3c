using HrResponse.Exercise;
using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class HeartRateAnnotationsTests
{
    [Test]
    public void FromReport_SyntheticTest_PhasesPeakPointsAndFitNearTruth()
    {
        // Known truth: exercise 0–720 s, peak 180 bpm at exercise end, recovery τ = 60 s towards 95 bpm; 400 s of recovery
        // so the window around 300 s is covered (a point whose window is not covered is NaN and left out).
        var recording = SyntheticExerciseTest.Create(seed: 3, recoverySeconds: 400, jitterMs: 2);
        var report = ExerciseTestAnalysis.Compute(recording);
        var a = HeartRateAnnotations.FromReport(report);
        Assert.That(a.Phases.Select(p => p.Name), Is.EqualTo(new[] { "Rest", "Exercise", "Recovery" }));
        Assert.That(a.Phases[1].StartSeconds, Is.EqualTo(0).Within(5));
        Assert.That(a.Phases[1].EndSeconds, Is.EqualTo(720).Within(5));
        Assert.That(a.Peak!.HeartRateBpm, Is.EqualTo(180).Within(5));
        Assert.That(a.RecoveryPoints.Select(p => p.Label), Is.EqualTo(new[] { "10 s", "30 s", "60 s", "120 s", "180 s", "300 s" }));
        var p60 = a.RecoveryPoints[2];
        Assert.That(p60.TimeSeconds, Is.EqualTo(report.Phases.ExerciseEndSeconds + 60).Within(1e-9));
        Assert.That(a.RecoveryFit, Is.Not.Null);
        Assert.That(a.RecoveryFit!.TauSeconds, Is.EqualTo(60).Within(6));

        var doc = Svg.Parse(HeartRateChart.Render(recording.Beats.ToHeartRateSeries(), a));
        Assert.That(Svg.Elements(doc, "rect", "phase").Count(), Is.EqualTo(3));
        Assert.That(Svg.Elements(doc, "circle", "recovery-point").Count(), Is.EqualTo(6));
        Assert.That(Svg.Texts(doc, "point-label"), Has.Count.EqualTo(6));
        Assert.That(Svg.Elements(doc, "polyline", "fit").Count(), Is.EqualTo(1));
    }

    [Test]
    public void FromReport_NoExercise_DrawsNoPhasesWithoutThrowing()
    {
        var rr = Enumerable.Repeat(800.0, 400).ToArray();
        var report = ExerciseTestAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rr)));
        var a = HeartRateAnnotations.FromReport(report);
        var doc = Svg.Parse(HeartRateChart.Render(RrIntervals.FromMilliseconds(rr).ToHeartRateSeries(), a));
        Assert.That(Svg.Elements(doc, "polyline", "series"), Is.Not.Empty);
        Assert.That(Svg.Elements(doc, "rect", "phase").Count(), Is.LessThanOrEqualTo(a.Phases.Count(p => double.IsFinite(p.StartSeconds) && double.IsFinite(p.EndSeconds) && p.EndSeconds > p.StartSeconds)));
    }
}
