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

    /// <summary>The recording with its diastolic pressure set to systolic − <paramref name="pulse"/> (a damped signal).</summary>
    private static Recording WithPulsePressure(Recording r, double pulse)
    {
        var sbp = r.Channels.Single(c => c.Name == "sbp");
        var dbp = sbp.Values.ToArray().Select(v => v - pulse).ToArray();
        return Recording.Create(r.Beats, markers: null, channels: [sbp, SampledChannel.Create("dbp", "mmHg", sbp.TimesSeconds, dbp)], subject: r.Subject);
    }
}
