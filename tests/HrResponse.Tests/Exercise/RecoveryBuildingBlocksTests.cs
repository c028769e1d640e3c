using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>
/// The public building blocks <see cref="HeartRateRecoveryAnalysis.Compute(HeartRateSeries, double, double?, RecoveryPosture?, ExerciseTestOptions?)"/>
/// and <see cref="ChronotropicAnalysis.Compute(HeartRateSeries, double, double, SubjectInfo, ExerciseTestOptions?)"/>:
/// known truth on synthetic curves, and the same numbers as <see cref="ExerciseTestAnalysis.Analyze"/> on real tests.
/// </summary>
public class RecoveryBuildingBlocksTests
{
    private const double ExerciseEnd = 600;

    /// <summary>Rest 70 bpm to 0 s, linear rise to 170 bpm at 600 s, then 100 + 70·exp(−(t − 600)/τ), sampled at 1 Hz.</summary>
    private static (double[] T, double[] Bpm) Synthetic(double tau, double recoverySeconds = 600)
    {
        var t = Enumerable.Range(0, (int)(120 + ExerciseEnd + recoverySeconds) + 1).Select(i => i - 120.0).ToArray();
        var bpm = t.Select(x => x <= 0 ? 70 : x <= ExerciseEnd ? 70 + (100 * x / ExerciseEnd) : 100 + (70 * Math.Exp(-(x - ExerciseEnd) / tau)))
            .ToArray();
        return (t, bpm);
    }

    /// <summary>Exact mean of 100 + 70·exp(−s/τ) over [a, b] seconds after exercise end.</summary>
    private static double ExactMean(double tau, double a, double b) =>
        100 + (70 * tau * (Math.Exp(-a / tau) - Math.Exp(-b / tau)) / (b - a));

    [TestCase(40)]
    [TestCase(75)]
    [TestCase(150)]
    public void Compute_SyntheticExponentialRecovery_FitsKnownTauAndHrr(double tau)
    {
        var (t, bpm) = Synthetic(tau);
        var r = HeartRateRecoveryAnalysis.Compute(t, bpm, ExerciseEnd, posture: RecoveryPosture.Supine);

        Assert.That(r.TauFit.TauSeconds, Is.EqualTo(tau).Within(1).Percent);
        Assert.That(r.TauFit.AsymptoteBpm, Is.EqualTo(100).Within(1));
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(170 - (100 * 5 / ExerciseEnd)).Within(1e-9), "highest 10-s mean of the ramp is centred 5 s before its end");
        foreach (var o in HeartRateRecoveryResult.StandardOffsetsSeconds.Where(o => o <= 300))
        {
            var hr = r.PointAt(o)!.HeartRateBpm;
            Assert.That(hr, Is.EqualTo(ExactMean(tau, o - 5, o + 5)).Within(0.05), $"HR at {o} s");
            Assert.That(r.PointAt(o)!.RecoveryBpm, Is.EqualTo(r.PeakHeartRateBpm - hr).Within(1e-12));
        }

        Assert.That(r.Hrr60CutoffBpm, Is.EqualTo(18));
        Assert.That(r.Hrr60Abnormal, Is.EqualTo(r.Hrr60Bpm <= 18));
        Assert.That(r.Hrr60CutoffCitation, Does.Contain("Watanabe"));
        Assert.That(r.Problems, Is.Empty);
    }

    [Test]
    public void Compute_T30OnPureExponential_EqualsTimeConstant()
    {
        // HR = 170·exp(−s/80) has d ln HR/ds = −1/80 exactly, so T30 = 80 s.
        var t = Enumerable.Range(0, 400).Select(i => (double)i).ToArray();
        var bpm = t.Select(x => x <= 100 ? 170 : 170 * Math.Exp(-(x - 100) / 80)).ToArray();
        var r = HeartRateRecoveryAnalysis.Compute(t, bpm, 100, peakBpm: 170);
        Assert.That(r.T30Seconds, Is.EqualTo(80).Within(1e-6));
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(170));
    }

    [Test]
    public void Compute_GivenPeak_IsUsedForRecovery()
    {
        var (t, bpm) = Synthetic(60);
        var r = HeartRateRecoveryAnalysis.Compute(t, bpm, ExerciseEnd, peakBpm: 180);
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(180));
        Assert.That(r.Hrr60Bpm, Is.EqualTo(180 - r.PointAt(60)!.HeartRateBpm).Within(1e-12));
    }

    [Test]
    public void Compute_NoPosture_ActiveCutoffWithProblem()
    {
        var (t, bpm) = Synthetic(60);
        var r = HeartRateRecoveryAnalysis.Compute(t, bpm, ExerciseEnd);
        Assert.That(r.Posture, Is.EqualTo(RecoveryPosture.Active));
        Assert.That(r.Hrr60CutoffBpm, Is.EqualTo(12));
        Assert.That(r.Problems.Single(p => p.Code == ProblemCode.PostureUnknown).Message, Does.Contain("posture unknown"));
        Assert.That(r.Problems.Select(p => p.Message), Has.None.Contains("--"), "library messages never name CLI flags");
    }

    [Test]
    public void Compute_ShortRecovery_NaNWithProblemsNeverThrows()
    {
        var (t, bpm) = Synthetic(60, recoverySeconds: 40);
        var r = HeartRateRecoveryAnalysis.Compute(t, bpm, ExerciseEnd, posture: RecoveryPosture.Active);
        Assert.That(r.PointAt(30)!.HeartRateBpm, Is.Not.NaN);
        Assert.That(r.Hrr60Bpm, Is.NaN);
        Assert.That(r.Hrr60Abnormal, Is.Null);
        Assert.That(r.TauFit.TauSeconds, Is.NaN);
        Assert.That(r.Problems.Where(p => p.Code == ProblemCode.RecoveryTooShort).Select(p => p.Message), Has.Some.Contains("HRR_60s"));
        Assert.That(r.Problems.Where(p => p.Code == ProblemCode.TauNotComputed).Select(p => p.Message), Has.Some.StartsWith("τ"));
    }

    [Test]
    public void Compute_InvalidArguments_ThrowNamingTheParameter()
    {
        var (t, bpm) = Synthetic(60);
        var hr = HeartRateSeries.FromSamples(t, bpm);
        Assert.That(() => HeartRateRecoveryAnalysis.Compute(hr, double.NaN),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("exerciseEndSeconds"));
        Assert.That(() => HeartRateRecoveryAnalysis.Compute(hr, ExerciseEnd, peakBpm: -1),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("peakBpm"));
        Assert.That(() => HeartRateRecoveryAnalysis.Compute(hr, ExerciseEnd, posture: (RecoveryPosture)42),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("posture"));
        Assert.That(() => HeartRateRecoveryAnalysis.Compute((HeartRateSeries)null!, ExerciseEnd), Throws.ArgumentNullException);
    }

    [Test]
    public void Compute_HeartRateOnlyRecording_SameAsExerciseTestAnalysis()
    {
        var (t, bpm) = Synthetic(90);
        var options = new ExerciseTestOptions { ExerciseStartSeconds = 0, ExerciseEndSeconds = ExerciseEnd, Posture = RecoveryPosture.Supine };
        var report = ExerciseTestAnalysis.Compute(
            Recording.Create(heartRate: HeartRateSeries.FromSamples(t, bpm), subject: new SubjectInfo { AgeYears = 45 }), options);

        var hrr = HeartRateRecoveryAnalysis.Compute(t, bpm, ExerciseEnd, options: options);
        AssertSameRecovery(hrr, report.Recovery);
        Assert.That(hrr.Problems, Is.EqualTo(report.Recovery.Problems));

        var chrono = ChronotropicAnalysis.Compute(t, bpm, 0, ExerciseEnd, new SubjectInfo { AgeYears = 45 }, options);
        AssertSameChronotropic(chrono, report.Chronotropic);
        Assert.That(chrono.RestHeartRateBpm, Is.EqualTo(70).Within(1e-9));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(5)]
    public void Compute_ActesBeats_SameNumbersAsExerciseTestAnalysis(int id)
    {
        var recording = ActesData.Load(id);
        var report = ExerciseTestAnalysis.Compute(recording);
        var phases = report.Phases;
        Assert.That(phases.ExerciseFound, Is.True);

        var options = new ExerciseTestOptions { ExerciseStartSeconds = phases.ExerciseStartSeconds, RecoveryEndSeconds = phases.RecoveryEndSeconds };
        var hrr = HeartRateRecoveryAnalysis.Compute(recording.Beats, phases.ExerciseEndSeconds, posture: report.Recovery.Posture, options: options);
        AssertSameRecovery(hrr, report.Recovery);
        Assert.That(hrr.RmssdWindows, Is.EqualTo(report.Recovery.RmssdWindows));
        Assert.That(hrr.RmssdWindows, Is.Not.Empty);

        // Peak computed by the documented rule without an exercise start (all beats before the end): the same peak here.
        var noStart = HeartRateRecoveryAnalysis.Compute(recording.Beats, phases.ExerciseEndSeconds, posture: report.Recovery.Posture);
        Assert.That(noStart.PeakHeartRateBpm, Is.EqualTo(report.PeakHeartRateBpm));
        Assert.That(noStart.Hrr60Bpm, Is.EqualTo(report.Recovery.Hrr60Bpm));

        var chrono = ChronotropicAnalysis.Compute(recording.Beats, phases.ExerciseStartSeconds, phases.ExerciseEndSeconds, recording.Subject);
        AssertSameChronotropic(chrono, report.Chronotropic);
        Assert.That(chrono.RestHeartRateBpm, Is.EqualTo(report.RestHeartRateBpm));
        Assert.That(chrono.PeakHeartRateBpm, Is.EqualTo(report.PeakHeartRateBpm));
        Assert.That(chrono.ChronotropicIndex, Is.Not.NaN);
    }

    [Test]
    public void Compute_Chronotropic_HandComputedIndex()
    {
        // Rest 70 bpm (last 60 s before 0 s), peak = highest 10-s mean of the ramp = 170 − 100·5/600; Fox 220 − 50 = 170.
        var (t, bpm) = Synthetic(60);
        var c = ChronotropicAnalysis.Compute(t, bpm, 0, ExerciseEnd, new SubjectInfo { AgeYears = 50 });
        var peak = 170 - (100 * 5 / ExerciseEnd);
        Assert.That(c.RestHeartRateBpm, Is.EqualTo(70).Within(1e-9));
        Assert.That(c.PeakHeartRateBpm, Is.EqualTo(peak).Within(1e-9));
        Assert.That(c.ChronotropicIndex, Is.EqualTo((peak - 70) / (170 - 70)).Within(1e-9));
        Assert.That(c.Incompetent, Is.False);
    }

    [Test]
    public void Compute_ChronotropicShortRestNoAge_NaNWithProblems()
    {
        var (t, bpm) = Synthetic(60);
        var c = ChronotropicAnalysis.Compute(t, bpm, -115, ExerciseEnd, SubjectInfo.Unknown);
        Assert.That(c.RestHeartRateBpm, Is.NaN);
        Assert.That(c.ChronotropicIndex, Is.NaN);
        Assert.That(c.Incompetent, Is.Null);
        Assert.That(c.Problems.Where(p => p.Code == ProblemCode.RestTooShort).Select(p => p.Message), Has.Some.StartsWith("resting HR"));
        Assert.That(c.Problems.Select(p => p.Code), Has.Member(ProblemCode.AgeMissing));
    }

    [Test]
    public void Compute_ChronotropicEndBeforeStart_Throws()
    {
        var (t, bpm) = Synthetic(60);
        Assert.That(() => ChronotropicAnalysis.Compute(t, bpm, 600, 0, SubjectInfo.Unknown),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("exerciseEndSeconds"));
        Assert.That(() => ChronotropicAnalysis.Compute(t, bpm, double.PositiveInfinity, 700, SubjectInfo.Unknown),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("exerciseStartSeconds"));
    }

    private static void AssertSameRecovery(HeartRateRecoveryResult actual, HeartRateRecoveryResult expected)
    {
        Assert.That(actual.ExerciseEndSeconds, Is.EqualTo(expected.ExerciseEndSeconds));
        Assert.That(actual.RecoveryDurationSeconds, Is.EqualTo(expected.RecoveryDurationSeconds));
        Assert.That(actual.PeakHeartRateBpm, Is.EqualTo(expected.PeakHeartRateBpm));
        Assert.That(actual.Points, Is.EqualTo(expected.Points));
        Assert.That(actual.T30Seconds, Is.EqualTo(expected.T30Seconds));
        Assert.That(actual.TauFit, Is.EqualTo(expected.TauFit));
        Assert.That(actual.Hrr60Abnormal, Is.EqualTo(expected.Hrr60Abnormal));
        Assert.That(actual.Hrr120Abnormal, Is.EqualTo(expected.Hrr120Abnormal));
        Assert.That(actual.ToIndexTable(), Is.EqualTo(expected.ToIndexTable()));
    }

    private static void AssertSameChronotropic(ChronotropicResult actual, ChronotropicResult expected)
    {
        Assert.That(actual.RestHeartRateBpm, Is.EqualTo(expected.RestHeartRateBpm));
        Assert.That(actual.PeakHeartRateBpm, Is.EqualTo(expected.PeakHeartRateBpm));
        Assert.That(actual.PredictedMaxHeartRateBpm, Is.EqualTo(expected.PredictedMaxHeartRateBpm));
        Assert.That(actual.PredictedMaxReachedPercent, Is.EqualTo(expected.PredictedMaxReachedPercent));
        Assert.That(actual.ChronotropicIndex, Is.EqualTo(expected.ChronotropicIndex));
        Assert.That(actual.Incompetent, Is.EqualTo(expected.Incompetent));
        Assert.That(actual.BelowPercentPredicted, Is.EqualTo(expected.BelowPercentPredicted));
    }
}
