using HrResponse.Autonomic;
using NUnit.Framework;

namespace HrResponse.Tests.Autonomic;

/// <summary>
/// The orthostatic blood-pressure response of the active stand on synthetic beats with per-beat pressure whose falls
/// are known exactly: 60 bpm for 300 s (baseline), then 80 bpm standing.
/// </summary>
public class OrthostaticPressureTests
{
    private const double Stand = 300;

    /// <summary>
    /// Beats with systolic and diastolic pressure per beat: the baseline values before <see cref="Stand"/>, then
    /// <paramref name="standing"/> of the time after the stand-up.
    /// </summary>
    private static Recording Beats(double standingSeconds, Func<double, (double Sbp, double Dbp)> standing, bool withPressure = true)
    {
        var rr = new List<double>();
        var t = 0.0;
        while (t < Stand + standingSeconds)
        {
            var interval = t < Stand - 1e-9 ? 1000.0 : 750.0;
            rr.Add(interval);
            t += interval / 1000;
        }

        var beats = RrIntervals.FromMilliseconds(rr.ToArray());
        var times = beats.BeatTimesSeconds.ToArray();
        if (!withPressure) return Recording.Create(beats, subject: new SubjectInfo { AgeYears = 30 });
        var sbp = new double[times.Length];
        var dbp = new double[times.Length];
        for (var i = 0; i < times.Length; i++)
            (sbp[i], dbp[i]) = times[i] < Stand ? (120, 80) : standing(times[i] - Stand);
        return Recording.Create(beats, markers: null, channels:
        [
            SampledChannel.Create("sbp", "mmHg", times, sbp),
            SampledChannel.Create("dbp", "mmHg", times, dbp),
        ], subject: new SubjectInfo { AgeYears = 30 });
    }

    private static ActiveStandResult Compute(Recording recording) =>
        ActiveStandAnalysis.Compute(recording, new ActiveStandOptions { StandSeconds = Stand });

    [Test]
    public void SustainedSystolicFall25_FlagsOrthostaticHypotensionWithExactFalls()
    {
        var result = Compute(Beats(400, _ => (95, 75)));
        Assert.Multiple(() =>
        {
            Assert.That(result.HasPressure, Is.True);
            Assert.That(result.BaselineSystolicMmHg, Is.EqualTo(120).Within(1e-9));
            Assert.That(result.BaselineDiastolicMmHg, Is.EqualTo(80).Within(1e-9));
            Assert.That(result.SystolicFallMmHg, Is.EqualTo(25).Within(1e-9));
            Assert.That(result.DiastolicFallMmHg, Is.EqualTo(5).Within(1e-9));
            Assert.That(result.OrthostaticHypotension, Is.True);
            Assert.That(result.ToIndexTable()["STAND_OH"], Is.EqualTo(1));
            Assert.That(result.PosturalTachycardiaNote, Does.Contain("shows orthostatic hypotension"));
        });
    }

    [Test]
    public void DiastolicFallOf12Alone_FlagsOrthostaticHypotension()
    {
        var result = Compute(Beats(400, _ => (105, 68)));
        Assert.Multiple(() =>
        {
            Assert.That(result.SystolicFallMmHg, Is.EqualTo(15).Within(1e-9));
            Assert.That(result.DiastolicFallMmHg, Is.EqualTo(12).Within(1e-9));
            Assert.That(result.OrthostaticHypotension, Is.True);
        });
    }

    [Test]
    public void FallsBelowBothCutOffsOverThreeMinutes_NotFlagged()
    {
        var result = Compute(Beats(400, _ => (101, 71)));
        Assert.Multiple(() =>
        {
            Assert.That(result.SystolicFallMmHg, Is.EqualTo(19).Within(1e-9));
            Assert.That(result.DiastolicFallMmHg, Is.EqualTo(9).Within(1e-9));
            Assert.That(result.OrthostaticHypotension, Is.False);
            Assert.That(result.ToIndexTable()["STAND_OH"], Is.EqualTo(0));
            Assert.That(result.PosturalTachycardiaNote, Does.Contain("no orthostatic hypotension"));
        });
    }

    [Test]
    public void TransientFallInTheFirst15Seconds_IsInitialResponseNotOrthostaticHypotension()
    {
        // 50 mmHg systolic drop for 10 s after standing, then back to baseline: initial orthostatic hypotension.
        var result = Compute(Beats(400, s => s < 10 ? (70, 55) : (120, 80)));
        Assert.Multiple(() =>
        {
            Assert.That(result.SystolicFallMmHg, Is.EqualTo(0).Within(1e-9));
            Assert.That(result.DiastolicFallMmHg, Is.EqualTo(0).Within(1e-9));
            Assert.That(result.OrthostaticHypotension, Is.False);
        });
    }

    [Test]
    public void FallDevelopingAtTwoAndAHalfMinutes_IsWithinTheThreeMinuteWindow()
    {
        // The fall starts 140 s after standing; the last 30 s window within 3 min, [150 s, 180 s], is all 90 mmHg.
        var result = Compute(Beats(400, s => s < 140 ? (118, 79) : (90, 79)));
        Assert.Multiple(() =>
        {
            Assert.That(result.SystolicFallMmHg, Is.EqualTo(30).Within(1e-9));
            Assert.That(result.OrthostaticHypotension, Is.True);
        });
    }

    [Test]
    public void NoPressure_NotAssessedAndNaN()
    {
        var result = Compute(Beats(400, _ => (0, 0), withPressure: false));
        Assert.Multiple(() =>
        {
            Assert.That(result.HasPressure, Is.False);
            Assert.That(result.SystolicFallMmHg, Is.NaN);
            Assert.That(result.OrthostaticHypotension, Is.Null);
            Assert.That(result.ToIndexTable()["STAND_OH"], Is.NaN);
            Assert.That(result.PosturalTachycardiaNote, Does.Contain("needs blood pressure"));
        });
    }

    [Test]
    public void ShortStandingWithoutQualifyingFall_NotAssessedWithProblem()
    {
        var result = Compute(Beats(120, _ => (110, 75)));
        Assert.Multiple(() =>
        {
            Assert.That(result.SystolicFallMmHg, Is.EqualTo(10).Within(1e-9));
            Assert.That(result.OrthostaticHypotension, Is.Null);
            Assert.That(result.Problems.Any(p => p.Code == ProblemCode.TestWindowTooShort && p.Index == "STAND_OH"), Is.True);
        });
    }

    [Test]
    public void ShortStandingWithQualifyingFall_Flagged()
    {
        var result = Compute(Beats(120, _ => (95, 75)));
        Assert.That(result.OrthostaticHypotension, Is.True);
    }

    [Test]
    public void DampedPressure_NotUsedWithNoisyDataProblem()
    {
        var result = Compute(WithPulsePressure(Beats(400, _ => (95, 80)), 10));
        Assert.Multiple(() =>
        {
            Assert.That(result.HasPressure, Is.False);
            Assert.That(result.OrthostaticHypotension, Is.Null);
            Assert.That(result.Problems.Any(p => p.Code == ProblemCode.NoisyData && p.Index == "STAND_OH"), Is.True);
        });
    }

    /// <summary>
    /// A V-shaped transient dip after the stand-up: falls of <paramref name="systolicFall"/> and
    /// <paramref name="diastolicFall"/> at 7.5 s (a beat: beats fall every 0.75 s from 300 s), back to baseline by 13.5 s.
    /// </summary>
    private static (double Sbp, double Dbp) Dip(double s, double systolicFall, double diastolicFall)
    {
        var depth = Math.Max(0, 1 - (Math.Abs(s - 7.5) / 6));
        return (120 - (systolicFall * depth), 80 - (diastolicFall * depth));
    }

    [Test]
    public void TransientSystolicDipOf50_FlagsInitialOrthostaticHypotensionWithNadirTime()
    {
        var result = Compute(Beats(400, s => Dip(s, 50, 15)));
        Assert.Multiple(() =>
        {
            Assert.That(result.InitialSystolicFallMmHg, Is.EqualTo(50).Within(1e-9));
            Assert.That(result.InitialSystolicNadirAfterStandSeconds, Is.EqualTo(7.5).Within(1e-9));
            Assert.That(result.InitialDiastolicFallMmHg, Is.EqualTo(15).Within(1e-9));
            Assert.That(result.InitialDiastolicNadirAfterStandSeconds, Is.EqualTo(7.5).Within(1e-9));
            Assert.That(result.InitialOrthostaticHypotension, Is.True);
            Assert.That(result.OrthostaticHypotension, Is.False, "the dip is transient: no sustained fall");
            Assert.That(result.ToIndexTable()["STAND_IOH"], Is.EqualTo(1));
            Assert.That(result.ToIndexTable()["STAND_SBP_InitialFall"], Is.EqualTo(50).Within(1e-9));
            Assert.That(result.ToIndexTable()["STAND_SBP_InitialNadirTime"], Is.EqualTo(7.5).Within(1e-9));
            Assert.That(result.InitialOrthostaticHypotensionNote, Does.Contain("symptoms").And.Contain("nadir 7.5 s"));
        });
    }

    [Test]
    public void TransientDipOfExactly40And20_IsNotInitialOrthostaticHypotension()
    {
        // The definition is "more than" 40 / 20 mmHg.
        var result = Compute(Beats(400, s => Dip(s, 40, 20)));
        Assert.Multiple(() =>
        {
            Assert.That(result.InitialSystolicFallMmHg, Is.EqualTo(40).Within(1e-9));
            Assert.That(result.InitialDiastolicFallMmHg, Is.EqualTo(20).Within(1e-9));
            Assert.That(result.InitialOrthostaticHypotension, Is.False);
            Assert.That(result.ToIndexTable()["STAND_IOH"], Is.EqualTo(0));
            Assert.That(result.InitialOrthostaticHypotensionNote, Does.StartWith("No initial orthostatic hypotension"));
        });
    }

    [Test]
    public void TransientDiastolicDipOf21Alone_FlagsInitialOrthostaticHypotension()
    {
        var result = Compute(Beats(400, s => Dip(s, 30, 21)));
        Assert.Multiple(() =>
        {
            Assert.That(result.InitialSystolicFallMmHg, Is.EqualTo(30).Within(1e-9));
            Assert.That(result.InitialDiastolicFallMmHg, Is.EqualTo(21).Within(1e-9));
            Assert.That(result.InitialOrthostaticHypotension, Is.True);
        });
    }

    [Test]
    public void DipAfterTheFirst15Seconds_IsNotInitialOrthostaticHypotension()
    {
        // A 50 mmHg dip centred at 22.5 s (from 16.5 to 28.5 s) lies outside the first 15 s.
        var result = Compute(Beats(400, s => Dip(s - 15, 50, 25)));
        Assert.Multiple(() =>
        {
            Assert.That(result.InitialSystolicFallMmHg, Is.EqualTo(0).Within(1e-9));
            Assert.That(result.InitialOrthostaticHypotension, Is.False);
        });
    }

    [Test]
    public void SustainedLargeFall_FlagsBothAndSaysTheFallIsNotOnlyTransient()
    {
        var result = Compute(Beats(400, _ => (70, 55)));
        Assert.Multiple(() =>
        {
            Assert.That(result.InitialSystolicFallMmHg, Is.EqualTo(50).Within(1e-9));
            Assert.That(result.InitialOrthostaticHypotension, Is.True);
            Assert.That(result.OrthostaticHypotension, Is.True);
            Assert.That(result.InitialOrthostaticHypotensionNote, Does.Contain("not only transient"));
        });
    }

    [Test]
    public void NoPressure_InitialOrthostaticHypotensionNotAssessed()
    {
        var result = Compute(Beats(400, _ => (0, 0), withPressure: false));
        Assert.Multiple(() =>
        {
            Assert.That(result.InitialSystolicFallMmHg, Is.NaN);
            Assert.That(result.InitialSystolicNadirAfterStandSeconds, Is.NaN);
            Assert.That(result.InitialOrthostaticHypotension, Is.Null);
            Assert.That(result.ToIndexTable()["STAND_IOH"], Is.NaN);
            Assert.That(result.InitialOrthostaticHypotensionNote, Does.Contain("not assessed"));
        });
    }

    [Test]
    public void RatedValues_InitialOrthostaticHypotensionRowHasValueRuleAndCitation()
    {
        var recording = Beats(400, s => Dip(s, 50, 15));
        var result = AutonomicAnalysis.Compute(recording, new AutonomicOptions
        {
            Test = AutonomicTest.ActiveStand,
            ActiveStand = new ActiveStandOptions { StandSeconds = Stand },
        });
        var row = result.RatedValues.Single(r => r.Index == "STAND_IOH");
        Assert.Multiple(() =>
        {
            Assert.That(row.Rating, Is.EqualTo(AutonomicRating.Abnormal));
            Assert.That(row.Value, Is.EqualTo(50).Within(1e-9));
            Assert.That(row.Unit, Is.EqualTo("mmHg"));
            Assert.That(row.Rule, Does.Contain("> 40 mmHg").And.Contain("nadir 7.5 s").And.Contain("symptoms"));
            Assert.That(row.Citation, Is.EqualTo(AutonomicCitations.InitialOrthostaticHypotension));
        });
    }

    /// <summary>The recording with its diastolic pressure set to systolic − <paramref name="pulse"/> (a damped signal).</summary>
    private static Recording WithPulsePressure(Recording r, double pulse)
    {
        var sbp = r.Channels.Single(c => c.Name == "sbp");
        var dbp = sbp.Values.ToArray().Select(v => v - pulse).ToArray();
        return Recording.Create(r.Beats, markers: null, channels: [sbp, SampledChannel.Create("dbp", "mmHg", sbp.TimesSeconds, dbp)], subject: r.Subject);
    }
}
