using System.Text.Json;
using HrResponse.Quality;
using HrResponse.Tests.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Issue 14, item 4: the quality report warns when the recording, or a gap-free stretch of it, is shorter than the
/// detection method's window (91 beats for Lipponen–Tarvainen's thresholds, 11 for the local median), and says which
/// beats and which indices are affected.
/// </summary>
[TestFixture]
public sealed class ShortRecordingWarningTests
{
    /// <summary>Sinus-like intervals around 800 ms (no artifacts): 40 ms at 0.1 Hz-ish and 20 ms at the breathing rate.</summary>
    private static double[] Sinus(int count, double meanMs = 800)
    {
        var rr = new double[count];
        for (var i = 0; i < count; i++) rr[i] = meanMs + (40 * Math.Sin(2 * Math.PI * i / 12.0)) + (20 * Math.Sin(2 * Math.PI * i / 4.3));
        return rr;
    }

    [Test]
    public void Clean_RecordingShorterThanThresholdWindow_WarnsWithBeatsAndIndices()
    {
        var cleaned = ArtifactCorrection.Clean(Sinus(50));

        var warning = cleaned.Quality.Warnings.Single();
        Assert.That(warning.Code, Is.EqualTo(ProblemCode.ShorterThanDetectorWindow));
        Assert.That(warning.WindowBeats, Is.EqualTo(91));
        Assert.That(warning.BeatIndices, Is.EqualTo(Enumerable.Range(0, 50)));
        Assert.That(warning.AffectedIndices, Does.Contain("HRV_RMSSD").And.Contain("HRV_SDNN").And.Contain("HRV_HF").And.Contain("HRV_DFA_alpha1"));
        Assert.That(warning.AffectedIndices, Does.Not.Contain("HRV_MeanNN"), "a mean barely moves with a missed beat");
        Assert.That(warning.Message, Does.StartWith("The recording has 50 intervals, fewer than the 91-beat window"));
        Assert.That(warning.Message, Does.Contain("LipponenThresholdWindowBeats").And.Contain("HRV_RMSSD"));
        Assert.That(warning.ToString(), Is.EqualTo(warning.Message));
    }

    [Test]
    public void RecordingAnalysis_ShortRecording_ListsTheWarningAsAProblem()
    {
        var result = RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(Sinus(50))));

        var problem = result.Problems.Single(p => p.Code == ProblemCode.ShorterThanDetectorWindow);
        Assert.That(problem.Index, Is.EqualTo("HRV_RMSSD"));
        Assert.That(problem.Message, Is.EqualTo(result.Cleaned!.Quality.Warnings.Single().Message));
    }

    [TestCase(90, true)]
    [TestCase(91, false)]
    [TestCase(400, false)]
    public void Clean_LipponenTarvainen_WarnsBelowTheWindowOnly(int count, bool warns)
    {
        var cleaned = ArtifactCorrection.Clean(Sinus(count));

        Assert.That(cleaned.Quality.Warnings, warns ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [Test]
    public void Clean_WindowFollowsTheOption()
    {
        var options = new ArtifactCorrectionOptions { LipponenThresholdWindowBeats = 31 };

        Assert.That(ArtifactCorrection.Clean(Sinus(50), options).Quality.Warnings, Is.Empty);
        Assert.That(ArtifactCorrection.Clean(Sinus(30), options).Quality.Warnings.Single().WindowBeats, Is.EqualTo(31));
    }

    [TestCase("threshold-medium", 10, 11)]
    [TestCase("malik", 10, 11)]
    [TestCase("acar", 9, 11)]
    public void Clean_OtherMethods_WarnBelowTheirWindow(string method, int count, int window)
    {
        var options = ArtifactCorrectionOptions.FromName(method);

        var warning = ArtifactCorrection.Clean(Sinus(count), options).Quality.Warnings.Single();

        Assert.That(warning.WindowBeats, Is.EqualTo(window));
        Assert.That(warning.Message, Does.Contain(method));
        Assert.That(ArtifactCorrection.Clean(Sinus(40), options).Quality.Warnings, Is.Empty);
    }

    [Test]
    public void Clean_MethodNone_NeverWarns()
    {
        Assert.That(ArtifactCorrection.Clean(Sinus(20), ArtifactCorrectionOptions.None).Quality.Warnings, Is.Empty);
    }

    [Test]
    public void Clean_ShortStretchAfterADiscontinuity_WarnsForThatStretchOnly()
    {
        // 250 beats, a 30-s hole in the beat times (a discontinuity, so a gap), then 50 beats.
        var rr = Sinus(300);
        var times = new double[rr.Length];
        double t = 0;
        for (var i = 0; i < rr.Length; i++)
        {
            if (i == 250) t += 30;
            t += rr[i] / 1000;
            times[i] = t;
        }

        var cleaned = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr, times));

        Assert.That(cleaned.Quality.DiscontinuityCount, Is.EqualTo(1));
        var warning = cleaned.Quality.Warnings.Single();
        Assert.That(warning.BeatIndices, Is.EqualTo(Enumerable.Range(250, 50)));
        Assert.That(warning.Message, Does.StartWith("1 gap-free stretch(es) holding 50 of 300 intervals (the shortest 50)"));
    }

    [Test]
    public void Clean_ShortStretchBetweenDropouts_IsFoundAsDetectionSeesIt()
    {
        // A 3-s interval (several lost beats, a dropout) after beat 200 and another after beat 260: the 59 beats
        // between them are a stretch of their own.
        var rr = Sinus(400).ToList();
        rr[200] = 3000;
        rr[260] = 3000;

        var cleaned = ArtifactCorrection.Clean(rr.ToArray());

        Assert.That(cleaned.Quality.DropoutCount, Is.EqualTo(2));
        var warning = cleaned.Quality.Warnings.Single();
        Assert.That(warning.BeatIndices, Is.EqualTo(Enumerable.Range(201, 59)));
    }

    [Test]
    public void Cli_ShortPolarRecording_JsonHasTheWarning()
    {
        // welltory subject_12: 89 intervals, fewer than the 91-beat threshold window.
        var (code, output, error) = CliRunner.Run("hrv", SharedData.Data("welltory_polar_h10", "subject_12.csv"), "--format", "json", "--domains", "time");
        Assert.That(code, Is.Zero, error);

        using var json = JsonDocument.Parse(output);
        var warnings = json.RootElement.GetProperty("quality").GetProperty("warnings");
        Assert.That(warnings.GetArrayLength(), Is.EqualTo(1));
        var warning = warnings[0];
        Assert.That(warning.GetProperty("code").GetString(), Is.EqualTo("ShorterThanDetectorWindow"));
        Assert.That(warning.GetProperty("window_beats").GetInt32(), Is.EqualTo(91));
        Assert.That(warning.GetProperty("beat_indices").GetArrayLength(), Is.EqualTo(89));
        Assert.That(warning.GetProperty("affected_indices").EnumerateArray().Select(e => e.GetString()), Does.Contain("HRV_RMSSD"));
    }

    [Test]
    public void Cli_RecordingLongEnough_JsonHasNoWarning()
    {
        // subject_13: 100 beats, none flagged and no stretch over the local detection limit (subject_14, used before,
        // has one: 40 % of its beats, now a DetectionLimitExceededLocally warning).
        var (code, output, error) = CliRunner.Run("hrv", SharedData.Data("welltory_polar_h10", "subject_13.csv"), "--format", "json", "--domains", "time");
        Assert.That(code, Is.Zero, error);

        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("quality").GetProperty("warnings").GetArrayLength(), Is.Zero);
    }
}
