using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>
/// Hand-made tests on piecewise-linear heart-rate curves sampled at 1 Hz (where time-weighted window means are exact
/// by hand): rest 60 bpm until −61 s, 70 bpm from −60 s to 0 s; exercise 0–600 s with HR = 70 + 0.2·t (190 at 600 s)
/// and load 50 W + 25 W per minute; recovery HR = 190 − k·(t − 600) at 0 W.
/// </summary>
public class ExerciseTestAnalysisTests
{
    private static double Hr(double t, double k) =>
        t <= -61 ? 60 : t < 0 ? 70 : t <= 600 ? 70 + (0.2 * t) : 190 - (k * (t - 600));

    private static Recording Sampled(
        double k = 0.5, double end = 900, double start = -120, SubjectInfo? subject = null, bool withLoad = true,
        IEnumerable<double>? times = null, Func<double, double>? load = null, IEnumerable<Marker>? markers = null)
    {
        var t = (times ?? Enumerable.Range(0, (int)(end - start) + 1).Select(i => start + i)).ToArray();
        var hr = t.Select(x => Hr(x, k)).ToArray();
        load ??= x => x < 0 || x > 600 ? 0 : 50 + (25 * Math.Floor(Math.Min(x, 599.999) / 60));
        return Recording.Create(
            heartRate: HeartRateSeries.FromSamples(t, hr),
            load: withLoad ? SampledChannel.Create("power_w", "W", t, t.Select(load).ToArray()) : null,
            markers: markers,
            subject: subject ?? new SubjectInfo { AgeYears = 40, RecoveryPosture = RecoveryPosture.Active });
    }

    [Test]
    public void Compute_LoadPhases_FoundWithSource()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled());
        Assert.That(r.Phases.Method, Is.EqualTo(PhaseDetectionMethod.Load));
        Assert.That(r.Phases.ExerciseStartSeconds, Is.Zero);
        Assert.That(r.Phases.ExerciseEndSeconds, Is.EqualTo(600));
        Assert.That(r.Phases.RecoveryEndSeconds, Is.EqualTo(900));
        Assert.That(r.Phases.ExerciseEndSource, Does.Contain("power_w"));
        Assert.That(r.HeartRateFromBeats, Is.False);
    }

    [Test]
    public void Compute_LoadWithActiveCoolDown_ExerciseEndsAtTheDrop()
    {
        // 50 → 175 W in 1-min steps to 600 s, then a 25 W cool-down until the recording stops (900 s).
        var coolDown = Sampled(load: x => x < 0 ? 0 : x > 600 ? 25 : 50 + (25 * Math.Floor(Math.Min(x, 599.999) / 60)));
        var r = ExerciseTestAnalysis.Compute(coolDown);
        Assert.That(r.Phases.ExerciseEndSeconds, Is.EqualTo(600));
        Assert.That(r.Phases.ExerciseEndSource, Does.Contain("active cool-down"));
        Assert.That(r.Recovery.Hrr60Bpm, Is.EqualTo(29).Within(0.01), "peak 189 (10-s mean before 600 s) − HR 160 at 60 s");

        // The rule before: the last sample above the recovery level, the end of the cool-down.
        var lastAbove = ExerciseTestAnalysis.Compute(coolDown, new ExerciseTestOptions { ActiveRecoveryLoadFraction = 0 });
        Assert.That(lastAbove.Phases.ExerciseEndSeconds, Is.EqualTo(900));

        // A drop to more than half is not a cool-down: exercise goes on at 100 W.
        var steady = ExerciseTestAnalysis.Compute(Sampled(load: x => x < 0 ? 0 : x > 600 ? 100 : 150));
        Assert.That(steady.Phases.ExerciseEndSeconds, Is.EqualTo(900));
    }

    [Test]
    public void Compute_DefaultRestRule_MeanOfLast60s()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled());
        Assert.That(r.RestHeartRateBpm, Is.EqualTo(70).Within(1e-9));
        Assert.That(r.RestHeartRateSource, Does.Contain("last 60 s"));
    }

    [Test]
    public void Compute_LowestRollingMeanRest_FindsLowWindow()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions
        {
            RestRule = RestHeartRateRule.LowestRollingMean, RestWindow = TimeSpan.FromSeconds(30),
        });
        Assert.That(r.RestHeartRateBpm, Is.EqualTo(60).Within(1e-9));
    }

    [Test]
    public void Compute_RestWindow90s_SpansBothLevels()
    {
        // Mean over [−90, 0]: 60 on [−90, −61], ramp to 70 on [−61, −60], 70 on [−60, 0] → (29·60 + 65 + 60·70)/90.
        var r = ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions { RestWindow = TimeSpan.FromSeconds(90) });
        Assert.That(r.RestHeartRateBpm, Is.EqualTo(((29 * 60) + 65 + (60 * 70)) / 90.0).Within(1e-9));
    }

    [Test]
    public void Compute_DefaultPeakRule_Highest10sMean()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled());
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(70 + (0.2 * 595)).Within(1e-9));
        Assert.That(r.PeakTimeSeconds, Is.EqualTo(595).Within(1e-9));
    }

    [Test]
    public void Compute_PeakWindow30s_UsesThatWindow()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions { PeakWindow = TimeSpan.FromSeconds(30) });
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(70 + (0.2 * 585)).Within(1e-9));
    }

    [Test]
    public void Compute_HighestSingleValuePeak_TakesTheSample()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions { PeakRule = PeakHeartRateRule.HighestSingleValue });
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(190).Within(1e-9));
    }

    [Test]
    public void Compute_HrrAtFixedTimes_PeakMinusWindowMean()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(k: 0.5));
        var peak = 70 + (0.2 * 595);
        foreach (var o in new[] { 10.0, 30, 60, 120, 180 })
        {
            var p = r.Recovery.PointAt(o)!;
            Assert.That(p.HeartRateBpm, Is.EqualTo(190 - (0.5 * o)).Within(1e-9), $"HR at {o} s");
            Assert.That(p.RecoveryBpm, Is.EqualTo(peak - (190 - (0.5 * o))).Within(1e-9), $"HRR at {o} s");
            Assert.That(p.RecoveryPercent, Is.EqualTo(100 * (peak - (190 - (0.5 * o))) / peak).Within(1e-9));
        }

        var t = r.ToIndexTable();
        Assert.That(t["HRR_60s"], Is.EqualTo(peak - 160).Within(1e-9));
        Assert.That(t["HR_Rest"], Is.EqualTo(70).Within(1e-9));
        Assert.That(t["HR_Peak"], Is.EqualTo(peak).Within(1e-9));
        Assert.That(t["HRR_300s"], Is.NaN, "recovery of 300 s cannot hold the window centred on 300 s");
    }

    [Test]
    public void Compute_SpikeAtOneMinute_IsAveragedOverTheWindow()
    {
        // A single sample of 200 bpm at 60 s adds a triangle of area 40 bpm·s: the 10-s mean is 160 + 4, not 200.
        var baseRec = Sampled(k: 0.5);
        var t = baseRec.HeartRate.TimesSeconds.ToArray();
        var hr = baseRec.HeartRate.Bpm.ToArray();
        hr[Array.IndexOf(t, 660.0)] = 200;
        var rec = Recording.Create(heartRate: HeartRateSeries.FromSamples(t, hr), load: baseRec.Load, subject: baseRec.Subject);
        var r = ExerciseTestAnalysis.Compute(rec);
        Assert.That(r.Recovery.PointAt(60)!.HeartRateBpm, Is.EqualTo(164).Within(1e-9));
        var wide = ExerciseTestAnalysis.Compute(rec, new ExerciseTestOptions { HeartRateWindow = TimeSpan.FromSeconds(20) });
        Assert.That(wide.Recovery.PointAt(60)!.HeartRateBpm, Is.EqualTo(162).Within(1e-9));
    }

    [Test]
    public void Compute_IrregularSampling_SameWindowMeans()
    {
        var random = new Random(7);
        var times = new SortedSet<double> { -120, -61, -60, 0, 600, 900 };
        for (var x = -120.0; x < 900; x += 0.5 + (4.5 * random.NextDouble())) times.Add(Math.Round(x, 3));
        var r = ExerciseTestAnalysis.Compute(Sampled(times: times));
        Assert.That(r.RestHeartRateBpm, Is.EqualTo(70).Within(1e-9));
        Assert.That(r.Recovery.PointAt(60)!.HeartRateBpm, Is.EqualTo(160).Within(1e-9));
        Assert.That(r.Recovery.PointAt(120)!.HeartRateBpm, Is.EqualTo(130).Within(1e-9));
    }

    [TestCase(0.5, RecoveryPosture.Active, false, false)]
    [TestCase(0.25, RecoveryPosture.Active, false, false)] // HRR60 = 15 > 12; HRR120 = 30 > 22
    [TestCase(0.25, RecoveryPosture.Supine, true, false)] // HRR60 = 15 ≤ 18
    [TestCase(0.2, RecoveryPosture.Active, true, false)] // HRR60 = 12 ≤ 12 (boundary)
    [TestCase(0.15, RecoveryPosture.Active, true, true)] // HRR60 = 9; HRR120 = 18 ≤ 22
    public void Compute_Flags_ByPostureAndCutoff(double k, RecoveryPosture posture, bool hrr60Abnormal, bool hrr120Abnormal)
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(k: k, subject: new SubjectInfo { AgeYears = 40, RecoveryPosture = posture }),
            new ExerciseTestOptions { PeakRule = PeakHeartRateRule.HighestSingleValue }); // peak 190
        Assert.That(r.Recovery.Hrr60Bpm, Is.EqualTo(60 * k).Within(1e-9));
        Assert.That(r.Recovery.Hrr60Abnormal, Is.EqualTo(hrr60Abnormal));
        Assert.That(r.Recovery.Hrr120Abnormal, Is.EqualTo(hrr120Abnormal));
        Assert.That(r.ToIndexTable()["HRR_60s_Abnormal"], Is.EqualTo(hrr60Abnormal ? 1 : 0));
    }

    [Test]
    public void Compute_PostureOverride_WinsOverSubject()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(k: 0.25), new ExerciseTestOptions
        {
            Posture = RecoveryPosture.Supine, PeakRule = PeakHeartRateRule.HighestSingleValue,
        });
        Assert.That(r.Recovery.Posture, Is.EqualTo(RecoveryPosture.Supine));
        Assert.That(r.Recovery.Hrr60CutoffBpm, Is.EqualTo(18));
        Assert.That(r.Recovery.Hrr60Abnormal, Is.True);
    }

    [Test]
    public void Compute_Chronotropic_UsesChosenEquation()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions { Equation = MaxHeartRateEquation.Tanaka });
        var peak = 70 + (0.2 * 595);
        Assert.That(r.Chronotropic.PredictedMaxHeartRateBpm, Is.EqualTo(180).Within(1e-9));
        Assert.That(r.Chronotropic.ChronotropicIndex, Is.EqualTo((peak - 70) / (180 - 70)).Within(1e-9));
        Assert.That(r.Chronotropic.PredictedMaxReachedPercent, Is.EqualTo(100 * peak / 180).Within(1e-9));
        Assert.That(r.References, Has.Some.Contains("Tanaka"));
    }

    [Test]
    public void Compute_Stages_HeartRateLoadSlopeFromStageEnds()
    {
        // Stages of 60 s; HR at stage end = mean over its last 10 s = 70 + 0.2·(end − 5); load rises 25 W per 60 s,
        // so the slope is 0.2·60/25 = 0.48 bpm/W.
        var r = ExerciseTestAnalysis.Compute(Sampled());
        Assert.That(r.Chronotropic.Stages, Has.Count.EqualTo(10));
        Assert.That(r.Chronotropic.Stages[0].HeartRateBpm, Is.EqualTo(70 + (0.2 * 55)).Within(1e-6));
        Assert.That(r.Chronotropic.HeartRateLoadSlopeBpmPerLoadUnit, Is.EqualTo(0.48).Within(1e-6));
        var last = r.Chronotropic.Stages[^1];
        Assert.That(last.MetabolicReserveFraction, Is.EqualTo(1).Within(1e-12));
        Assert.That(last.MetabolicChronotropicRelationship, Is.EqualTo(last.HeartRateReserveFraction).Within(1e-12));
    }

    [Test]
    public void Compute_GivenStagesWithMets_MetabolicChronotropicRelationshipByHand()
    {
        // Fox 180, rest 70. Stage HR = mean of the last 10 s = 70 + 0.2·(end − 5).
        // Stage 1 (0–180 s, 3 MET): HR fraction 0.2·175/110, MET fraction (3 − 1)/(9 − 1).
        // Stage 3 (360–600 s, 9 MET): HR fraction 0.2·595/110, MET fraction 1.
        var r = ExerciseTestAnalysis.Compute(Sampled(withLoad: false), new ExerciseTestOptions
        {
            ExerciseStartSeconds = 0, ExerciseEndSeconds = 600,
            Stages = [new ExerciseStage(0, 180, 3), new ExerciseStage(180, 360, 5), new ExerciseStage(360, 600, 9)],
        });
        var s = r.Chronotropic.Stages;
        Assert.That(s, Has.Count.EqualTo(3));
        Assert.That(s[0].MetabolicChronotropicRelationship, Is.EqualTo(0.2 * 175 / 110 / (2.0 / 8)).Within(1e-9));
        Assert.That(s[2].MetabolicChronotropicRelationship, Is.EqualTo(0.2 * 595 / 110).Within(1e-9));
        Assert.That(r.Chronotropic.MetabolicChronotropicRelationship, Is.EqualTo(s.Average(x => x.MetabolicChronotropicRelationship)).Within(1e-12));
        Assert.That(r.Chronotropic.HeartRateLoadSlopeBpmPerLoadUnit, Is.NaN, "no load given");
    }

    [Test]
    public void Compute_TinyRecordings_NeverThrow()
    {
        var beats = Recording.Create(RrIntervals.FromMilliseconds([800, 810, 790]), subject: new SubjectInfo { AgeYears = 30 });
        Assert.That(ExerciseTestAnalysis.Compute(beats).Problems, Is.Not.Empty);
        var one = Recording.Create(heartRate: HeartRateSeries.FromSamples([0], [70]));
        Assert.That(ExerciseTestAnalysis.Compute(one).Phases.ExerciseFound, Is.False);
        var loadOnlyAtEnd = Sampled(end: 600, load: x => x >= 599 ? 100 : 0);
        Assert.That(() => ExerciseTestAnalysis.Compute(loadOnlyAtEnd), Throws.Nothing);
    }

    [Test]
    public void Compute_Markers_GiveThePhases()
    {
        var rec = Sampled(withLoad: false, markers: [new Marker(0, "exercise_start"), new Marker(600, "Recovery")]);
        var r = ExerciseTestAnalysis.Compute(rec);
        Assert.That(r.Phases.Method, Is.EqualTo(PhaseDetectionMethod.Markers));
        Assert.That(r.Phases.ExerciseStartSeconds, Is.Zero);
        Assert.That(r.Phases.ExerciseEndSeconds, Is.EqualTo(600));
        Assert.That(r.Phases.ExerciseEndSource, Does.Contain("Recovery"));
    }

    [TestCase("Start of exercise", "End of exercise", "End of recovery")]
    [TestCase("Exercise-Start", "exercise  STOP", "recovery end")]
    [TestCase("EXERCISE_START", "Start of recovery", "end_recovery")]
    public void Compute_MarkerLabelsWithSpacesCaseAndSeparators_GiveThePhases(string start, string end, string recoveryEnd)
    {
        // EDF+ annotations and device events are free text: separators, case and spacing vary.
        var rec = Sampled(withLoad: false, markers: [new Marker(0, start), new Marker(600, end), new Marker(840, recoveryEnd)]);

        var r = ExerciseTestAnalysis.Compute(rec);

        Assert.That(r.Phases.Method, Is.EqualTo(PhaseDetectionMethod.Markers));
        Assert.That((r.Phases.ExerciseStartSeconds, r.Phases.ExerciseEndSeconds, r.Phases.RecoveryEndSeconds), Is.EqualTo((0.0, 600.0, 840.0)));
        Assert.That(r.Phases.ExerciseEndSource, Does.Contain(end));
    }

    [Test]
    public void Compute_ExplicitTimes_WinInFirstAvailable()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions { ExerciseStartSeconds = 10, ExerciseEndSeconds = 590 });
        Assert.That(r.Phases.Method, Is.EqualTo(PhaseDetectionMethod.ExplicitTimes));
        Assert.That(r.Phases.ExerciseEndSeconds, Is.EqualTo(590));
        Assert.That(r.Phases.ExerciseEndSource, Does.Contain("explicit"));
    }

    [Test]
    public void Compute_HeartRateCurve_FindsPhasesApproximately()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(withLoad: false));
        Assert.That(r.Phases.Method, Is.EqualTo(PhaseDetectionMethod.HeartRateCurve));
        Assert.That(r.Phases.ExerciseEndSeconds, Is.EqualTo(600).Within(10));
        Assert.That(r.Phases.ExerciseStartSeconds, Is.EqualTo(0).Within(20));
        Assert.That(r.Phases.ExerciseStartSource, Does.StartWith("heart-rate curve"));
    }

    [Test]
    public void Compute_ExplicitMethodWithoutTimes_ThrowsNamingOptions()
    {
        Assert.That(() => ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.ExplicitTimes }),
            Throws.ArgumentException.With.Message.Contains("ExerciseStartSeconds"));
    }

    [Test]
    public void Compute_NoExerciseInLoad_ClearMessageAndNaN()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(load: _ => 0));
        Assert.That(r.Problems.Where(p => p.Code == ProblemCode.NoExercisePhases).Select(p => p.Message), Has.Some.EqualTo("no exercise found: load column power_w has no value > 0 W"));
        Assert.That(r.PeakHeartRateBpm, Is.NaN);
        Assert.That(r.Recovery.Hrr60Bpm, Is.NaN);
        Assert.That(r.Phases.ExerciseFound, Is.False);
    }

    [Test]
    public void Compute_FlatHeartRateCurve_NoExerciseFound()
    {
        var t = Enumerable.Range(0, 600).Select(i => (double)i).ToArray();
        var rec = Recording.Create(heartRate: HeartRateSeries.FromSamples(t, t.Select(x => 70 + (3 * Math.Sin(x / 20))).ToArray()));
        var r = ExerciseTestAnalysis.Compute(rec);
        Assert.That(r.Problems.Where(p => p.Code == ProblemCode.NoExercisePhases).Select(p => p.Message), Has.Some.StartsWith("no exercise found: heart rate rises only"));
    }

    [TestCase(600)]
    [TestCase(640)]
    public void Compute_RecoveryMissingOrShort_HrrNaNButChronotropicComputed(double end)
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(end: end));
        Assert.That(r.Recovery.Hrr60Bpm, Is.NaN);
        var recovery = r.Problems.Single(p => p.Code == ProblemCode.RecoveryTooShort);
        Assert.That(recovery.Message, Does.StartWith("recovery missing or shorter than 60 s").And.Contain("HRR_60s"));
        Assert.That(recovery.Index, Is.EqualTo("HRR_10s").Or.EqualTo("HRR_60s"));
        Assert.That(r.Chronotropic.ChronotropicIndex, Is.Not.NaN);
        Assert.That(r.PeakHeartRateBpm, Is.EqualTo(70 + (0.2 * 595)).Within(1e-9));
        if (end == 640) Assert.That(r.Recovery.PointAt(30)!.HeartRateBpm, Is.EqualTo(175).Within(1e-9));
    }

    [Test]
    public void Compute_RecoveryShorterThan3Min_TauNaNWithReason()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(end: 770));
        Assert.That(r.Recovery.TauFit.TauSeconds, Is.NaN);
        Assert.That(r.Recovery.TauFit.Reason, Does.Contain("at least 180 s"));
        Assert.That(r.Recovery.Hrr60Bpm, Is.Not.NaN);
    }

    [Test]
    public void Compute_AgeMissing_ChronotropicNaNRecoveryComputed()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(subject: SubjectInfo.Unknown));
        var age = r.Problems.Single(p => p.Code == ProblemCode.AgeMissing);
        Assert.That(age.Message, Does.Contain("SubjectInfo.AgeYears").And.Not.Contain("--"));
        Assert.That(age.Index, Is.EqualTo("CHRONO_Index"));
        Assert.That(r.Chronotropic.ChronotropicIndex, Is.NaN);
        Assert.That(r.Recovery.Hrr60Bpm, Is.EqualTo(70 + (0.2 * 595) - 160).Within(1e-9));
        Assert.That(r.Problems.Single(p => p.Code == ProblemCode.PostureUnknown).Message,
            Does.Contain("ExerciseTestOptions.Posture").And.Contain("SubjectInfo.RecoveryPosture").And.Not.Contain("--"));
    }

    [Test]
    public void Compute_ShortRest_UsesWhatThereIsAndSaysSo()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(start: -30));
        Assert.That(r.RestHeartRateBpm, Is.EqualTo(70).Within(1e-9));
        Assert.That(r.Problems.Where(p => p.Code == ProblemCode.RestTooShort).Select(p => p.Message), Has.Some.Contains("only 30 s of rest"));
        var none = ExerciseTestAnalysis.Compute(Sampled(start: -5));
        Assert.That(none.RestHeartRateBpm, Is.NaN);
        Assert.That(none.Problems.Where(p => p.Code == ProblemCode.RestTooShort).Select(p => p.Message), Has.Some.StartsWith("resting HR"));
    }

    [Test]
    public void Compute_ReportCarriesCitationsAndSettings()
    {
        var options = new ExerciseTestOptions { Equation = MaxHeartRateEquation.Nes };
        var r = ExerciseTestAnalysis.Compute(Sampled(), options);
        Assert.That(r.Options, Is.SameAs(options));
        Assert.That(r.References, Has.Some.Contains("Cole").And.Some.Contains("Shetler").And.Some.Contains("Imai").And.Some.Contains("Lauer"));
        Assert.That(r.Chronotropic.EquationCitation, Does.Contain("HUNT"));
    }

    [Test]
    public void Compute_SeatedPosture_UsesColeCutoffAndSaysSo()
    {
        var r = ExerciseTestAnalysis.Compute(Sampled(subject: new SubjectInfo { AgeYears = 40, RecoveryPosture = RecoveryPosture.Seated }));
        Assert.That(r.Recovery.Hrr60CutoffBpm, Is.EqualTo(12));
        Assert.That(r.Problems.Select(p => p.Code), Has.Some.EqualTo(ProblemCode.SeatedPostureCutoff));
    }

    [Test]
    public void Compute_CustomEquation_UsedInsteadOfEnum()
    {
        var eq = MaxHeartRateEquations.Custom("Flat", "200", "test", (_, _) => 200);
        var r = ExerciseTestAnalysis.Compute(Sampled(), new ExerciseTestOptions { Equation = MaxHeartRateEquation.Nes, CustomEquation = eq });
        Assert.That(r.Chronotropic.PredictedMaxHeartRateBpm, Is.EqualTo(200));
        Assert.That(r.Chronotropic.EquationName, Is.EqualTo("Flat"));
    }

    [Test]
    public void Compute_GulatiOnAMan_ComputedWithWarning()
    {
        var r = ExerciseTestAnalysis.Compute(
            Sampled(subject: new SubjectInfo { AgeYears = 50, Sex = Sex.Male, RecoveryPosture = RecoveryPosture.Active }),
            new ExerciseTestOptions { Equation = MaxHeartRateEquation.Gulati });
        Assert.That(r.Chronotropic.PredictedMaxHeartRateBpm, Is.EqualTo(206 - 44).Within(1e-9));
        Assert.That(r.Problems.Single(p => p.Code == ProblemCode.EquationPopulationMismatch).Message, Does.Contain("derived in women"));
    }

    [Test]
    public void Options_NonPositiveWindow_Throws()
    {
        Assert.That(() => new ExerciseTestOptions { PeakWindow = TimeSpan.Zero },
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("PeakWindow"));
    }
}
