using HrResponse.Exercise;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>The exercise end found from the heart-rate curve alone where heart rate stays at its peak for a while.</summary>
public class PeakPlateauEndTests
{
    [Test]
    public void Compute_CardioCurverExample_RecoveryStartsWhereHeartRateFalls()
    {
        // Heart rate stays at 136–147 bpm from 8:28 to about 9:30 (a plateau with noisy beats); the highest 10-s mean lies
        // at 8:44, and recovery measured from there began with 40 s of plateau: HRR10 8.3, HRR30 2.6 bpm, T30 1,291 s.
        var recording = RecordingCsvReader.Read(SharedData.Data("cardiocurver_exercise", "example_data.csv")).Recording;
        var r = ExerciseTestAnalysis.Compute(recording);

        Assert.That(r.Phases.Method, Is.EqualTo(PhaseDetectionMethod.HeartRateCurve));
        Assert.That(r.Phases.ExerciseEndSource, Does.Contain("end of the peak plateau"));
        Assert.That(r.Phases.ExerciseEndSeconds, Is.InRange(555, 590), r.Phases.ExerciseEndSource);
        var hrr = new[] { 10.0, 30, 60, 120 }.Select(o => r.Recovery.PointAt(o)!.RecoveryBpm).ToArray();
        Assert.That(hrr, Is.Ordered.Ascending, "heart rate keeps falling over the first two minutes");
        Assert.That(hrr[0], Is.GreaterThan(10), "HRR10: the fast vagal fall right after exercise");
        Assert.That(r.Recovery.T30Seconds, Is.InRange(60, 250));
    }

    [Test]
    public void Detect_RecordingEndingLessThanAMinuteAfterThePeak_KeepsThePeakCentre()
    {
        var rec = SyntheticExerciseTest.Create(recoverySeconds: 45, jitterMs: 0);
        var phases = ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve });
        Assert.That(phases.ExerciseEndSource, Does.Contain("no recovery after it"));
        Assert.That(phases.ExerciseEndSeconds, Is.InRange(710, 720));
    }

    [Test]
    public void Detect_HeartRateStaysNearThePeak_NoPlateauEndInvented()
    {
        // After the peak heart rate falls only 5 bpm (less than 20 % of the 115-bpm rise): not a recovery to fit.
        var rec = SyntheticExerciseTest.Create(recoveryAsymptoteBpm: 175, recoverySeconds: 300, jitterMs: 0);
        var phases = ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve });
        Assert.That(phases.ExerciseEndSource, Does.Contain("no recovery after it"));
    }

    [Test]
    public void Detect_OnlyTheEndGiven_ReplacesTheFoundEnd_StartStillFromTheCurve()
    {
        var rec = SyntheticExerciseTest.Create(seed: 2, plateauSeconds: 60);
        var curveOnly = ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve });
        var endGiven = ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve, ExerciseEndSeconds = 700 });
        Assert.That(endGiven.ExerciseEndSeconds, Is.EqualTo(700));
        Assert.That(endGiven.ExerciseEndSource, Is.EqualTo("explicit time (options)"));
        Assert.That(endGiven.ExerciseStartSeconds, Is.EqualTo(curveOnly.ExerciseStartSeconds));
        Assert.That(endGiven.ExerciseStartSource, Does.StartWith("heart-rate curve"));
    }

    [Test]
    public void Detect_TimesGivenOutsideTheRecording_EmptyPhasesNotNegative()
    {
        // A recording of recovery only (exercise started before it), and an end given after the recording stops.
        var rec = SyntheticExerciseTest.Create(seed: 1);
        var before = ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { ExerciseStartSeconds = rec.StartSeconds - 100, ExerciseEndSeconds = 720 });
        Assert.That(before.RestDurationSeconds, Is.Zero);
        Assert.That(before.RestStartSource, Does.Contain("no rest recorded"));
        var after = ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { ExerciseEndSeconds = rec.EndSeconds + 100 });
        Assert.That(after.RecoveryDurationSeconds, Is.Zero);
        Assert.That(after.RecoveryEndSource, Does.Contain("no recovery recorded"));

        var report = ExerciseTestAnalysis.Compute(rec, new ExerciseTestOptions { ExerciseStartSeconds = rec.StartSeconds - 100, ExerciseEndSeconds = 720 });
        Assert.That(report.Problems.Select(p => p.Code), Does.Contain(ProblemCode.RestTooShort));
        Assert.That(report.Recovery.Hrr60Bpm, Is.Not.NaN);
    }

    [Test]
    public void Detect_RecoveryEndNotAfterTheExerciseEnd_ClearErrorOrEmptyRecovery()
    {
        var rec = SyntheticExerciseTest.Create(seed: 1);
        var ex = Assert.Throws<ArgumentException>(() => ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { ExerciseEndSeconds = 720, RecoveryEndSeconds = 700 }))!;
        Assert.That(ex.Message, Does.Contain("RecoveryEndSeconds (700 s) must be after ExerciseEndSeconds (720 s)"));

        // A recovery end given before an end that the load gives: no recovery, and the source says why.
        var phases = ExercisePhaseDetection.Detect(rec, new ExerciseTestOptions { RecoveryEndSeconds = 700 });
        Assert.That(phases.RecoveryDurationSeconds, Is.Zero);
        Assert.That(phases.RecoveryEndSource, Does.Contain("the recovery end, explicit time (options) at 700 s, is not after it"));
    }
}
