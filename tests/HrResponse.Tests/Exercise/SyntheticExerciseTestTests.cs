using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>Beat-to-beat synthetic tests with known truth (<see cref="SyntheticExerciseTest"/>).</summary>
public class SyntheticExerciseTestTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Detect_HeartRateCurve_PeakPlateau_EndsWhereHeartRateStartsToFall(int seed)
    {
        // 60 s at the peak before exercise ends at 720 s; the highest 10-s mean falls anywhere on the plateau.
        var rec = SyntheticExerciseTest.Create(seed: seed, plateauSeconds: 60);
        var options = new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve };
        var phases = ExercisePhaseDetection.Detect(rec, options);
        Assert.That(phases.ExerciseEndSeconds, Is.EqualTo(720).Within(5), phases.ExerciseEndSource);
        Assert.That(phases.ExerciseEndSource, Does.Contain("end of the peak plateau"));

        var r = ExerciseTestAnalysis.Compute(rec, options);
        Assert.That(r.Recovery.PointAt(10)!.RecoveryBpm, Is.GreaterThan(5), "HRR10: heart rate falls right after the end");
        Assert.That(r.Recovery.T30Seconds, Is.InRange(125, 170), "T30 of HR = 95 + 85·exp(−t/60): −30 s / ln(146.5/180) = 146 s");
    }

    [Test]
    public void Compute_NoJitter_RestPeakAndHrrMatchTheModel()
    {
        // Rest 65; exercise 0–720 s linear to 180; recovery 95 + 85·exp(−t/60).
        var r = ExerciseTestAnalysis.Compute(SyntheticExerciseTest.Create(jitterMs: 0));
        Assert.That(r.HeartRateFromBeats, Is.True);
        Assert.That(r.Phases.ExerciseEndSeconds, Is.EqualTo(720).Within(0.5));
        Assert.That(r.RestHeartRateBpm, Is.EqualTo(65).Within(0.01));
        var peak = 65 + (115 * 715.0 / 720);
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(peak).Within(0.5));
        foreach (var o in new[] { 60.0, 120 })
        {
            // Mean of the exponential over [o − 5, o + 5].
            var hr = 95 + (85 * 60 / 10.0 * (Math.Exp(-(o - 5) / 60) - Math.Exp(-(o + 5) / 60)));
            Assert.That(r.Recovery.PointAt(o)!.HeartRateBpm, Is.EqualTo(hr).Within(0.6), $"HR at {o} s");
        }

        Assert.That(r.Recovery.TauFit.TauSeconds, Is.EqualTo(60).Within(3).Percent);
        Assert.That(r.BeatQuality!.ExcludedCount, Is.Zero);
        Assert.That(r.Chronotropic.PredictedMaxHeartRateBpm, Is.EqualTo(180));
    }

    [TestCase(30, 11)]
    [TestCase(60, 12)]
    [TestCase(100, 13)]
    [TestCase(150, 14)]
    [TestCase(200, 15)]
    public void Compute_BeatJitterKnownTau_TauWithin3Percent(double tau, int seed)
    {
        var rec = SyntheticExerciseTest.Create(seed: seed, tauSeconds: tau, recoverySeconds: 600, jitterMs: 8);
        var r = ExerciseTestAnalysis.Compute(rec);
        Assert.That(r.Recovery.TauFit.TauSeconds, Is.EqualTo(tau).Within(3).Percent);
        Assert.That(r.Recovery.TauFit.AsymptoteBpm, Is.EqualTo(95).Within(3));
    }

    [Test]
    public void Compute_ExponentialRecovery_T30NearInitialSlopeBound()
    {
        // Asymptote 0 would be unphysiological; use the pure-exponential property on the beats' own HR instead:
        // asymptote 20 bpm, τ 40 s, HR 180 → T30 is the OLS fit of ln(20 + 160·e^(−t/40)), close to but above 40·180/160 = 45 s.
        var r = ExerciseTestAnalysis.Compute(SyntheticExerciseTest.Create(jitterMs: 0, tauSeconds: 40, recoveryAsymptoteBpm: 20));
        Assert.That(r.Recovery.T30Seconds, Is.InRange(45, 60));
    }

    [Test]
    public void Compute_MissedAndExtraBeats_ExcludedAndHrrUnchanged()
    {
        var clean = SyntheticExerciseTest.Create(jitterMs: 3);
        var rr = clean.Beats.Milliseconds.ToArray().ToList();
        var t = clean.Beats.BeatTimesSeconds.ToArray().ToList();
        // Missed beat in recovery (two intervals merged), extra beat during exercise (one interval split 30/70).
        var i = t.FindIndex(x => x > 780);
        rr[i] += rr[i + 1];
        rr.RemoveAt(i + 1);
        t.RemoveAt(i);
        var j = t.FindIndex(x => x > 300);
        var split = rr[j] * 0.3;
        rr.Insert(j, split);
        t.Insert(j, t[j] - ((rr[j + 1] - split) / 1000));
        rr[j + 1] -= split;
        var loadT = t.ToArray();
        var dirty = Recording.Create(
            RrIntervals.FromMilliseconds(rr.ToArray(), t.ToArray()),
            load: SampledChannel.Create("power_w", "W", loadT, loadT.Select(x => x < 0 || x > 720 ? 0.0 : 25).ToArray()),
            subject: clean.Subject);
        // Default: artifact correction (Lipponen–Tarvainen) finds the missed and the extra beat and corrects them.
        var a = ExerciseTestAnalysis.Compute(clean);
        var b = ExerciseTestAnalysis.Compute(dirty);
        Assert.That(b.Quality, Is.Not.Null);
        Assert.That(b.Quality!.MissedCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(b.Quality.ExtraCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(b.BeatQuality!.ExcludedCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(b.Recovery.Hrr60Bpm, Is.EqualTo(a.Recovery.Hrr60Bpm).Within(0.5));
        Assert.That(b.PeakHeartRateBpm, Is.EqualTo(a.PeakHeartRateBpm).Within(0.5));

        // Local-median screening excludes the three bad intervals instead.
        var screen = new ExerciseTestOptions { BeatScreening = BeatScreeningMethod.LocalMedian };
        var c = ExerciseTestAnalysis.Compute(dirty, screen);
        Assert.That(c.Quality, Is.Null);
        Assert.That(c.BeatQuality!.ExcludedCount, Is.GreaterThanOrEqualTo(3));
        Assert.That(c.BeatQuality.RecoveryExcludedCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(c.Recovery.Hrr60Bpm, Is.EqualTo(ExerciseTestAnalysis.Compute(clean, screen).Recovery.Hrr60Bpm).Within(0.5));
    }

    [Test]
    public void Compute_AlternatingRecoveryBeats_RmssdPerWindowByHand()
    {
        // Rest 120 s at 1000 ms, exercise 300 s at 500 ms (100 W), recovery 200 s alternating 600/640 ms (diff ±40).
        var rr = new List<double>();
        var t = new List<double>();
        var p = new List<double>();
        var now = 0.0;
        void Add(double ms, double w)
        {
            now += ms / 1000;
            rr.Add(ms);
            t.Add(now);
            p.Add(w);
        }

        while (now < 120) Add(1000, 0);
        while (now < 420) Add(500, 100);
        var k = 0;
        while (now < 620) Add(k++ % 2 == 0 ? 600 : 640, 0);
        var rec = Recording.Create(
            RrIntervals.FromMilliseconds(rr.ToArray(), t.ToArray()),
            load: SampledChannel.Create("power_w", "W", t.ToArray(), p.ToArray()),
            subject: new SubjectInfo { AgeYears = 30 });
        var r = ExerciseTestAnalysis.Compute(rec, new ExerciseTestOptions { BeatScreening = BeatScreeningMethod.LocalMedian });
        var windows = r.Recovery.RmssdWindows;
        var duration = r.Phases.RecoveryDurationSeconds;
        Assert.That(windows, Has.Count.EqualTo((int)Math.Floor(duration / 30)));
        foreach (var w in windows.Skip(1))
        {
            Assert.That(w.RmssdMs, Is.EqualTo(40).Within(1e-9));
            Assert.That(w.DifferenceCount, Is.InRange(45, 50));
        }

        Assert.That(r.ToIndexTable()["HRR_RMSSD_30_60s"], Is.EqualTo(40).Within(1e-9));

        // Per-phase time-domain HRV: constant intervals at rest, ±40 ms alternation in recovery.
        var table = r.ToIndexTable();
        Assert.That(table["HRV_RMSSD_Rest"], Is.EqualTo(0).Within(1e-9));
        Assert.That(table["HRV_MeanNN_Rest"], Is.EqualTo(1000).Within(1e-9));
        Assert.That(table["HRV_RMSSD_Recovery"], Is.EqualTo(40).Within(1e-9));
        Assert.That(table["HRV_MeanNN_Exercise"], Is.EqualTo(500).Within(1e-9));
    }
}
