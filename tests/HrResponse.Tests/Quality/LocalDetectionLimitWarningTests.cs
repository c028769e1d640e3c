using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Issue 14, item 3: where part of a recording that is assessable as a whole has natural beat-to-beat steps as large
/// as artifacts (local detection limit ≥ <see cref="ArtifactCorrectionOptions.MaxDetectionLimitPercent"/>), the quality
/// report says how much of it and which beats (<see cref="QualityReport.DetectionLimitExceededBeatPercent"/>,
/// <see cref="ProblemCode.DetectionLimitExceededLocally"/>).
/// </summary>
[TestFixture]
public sealed class LocalDetectionLimitWarningTests
{
    [Test]
    public void Clean_RestingSwingsBeforeACalmExercise_WarnsOnTheSwingingBeats()
    {
        // 200 beats of rest swinging by ±150 ms around 800 ms, then 600 beats of a calm exercise rhythm near 540 ms: the
        // recording's detection limit is low (its median beat is calm), the resting stretch's far above 15 %.
        var rr = QualityTestData.SwingingRestThenCalmExercise(200, 600, 0.1, seed: 11);
        var q = ArtifactCorrection.Clean(rr.ToArray()).Quality;
        var warning = q.Warnings.Single(w => w.Code == ProblemCode.DetectionLimitExceededLocally);
        TestContext.Out.WriteLine(warning.Message);
        Assert.Multiple(() =>
        {
            Assert.That(q.IndicesUnreliable, Is.False, "the recording as a whole is assessable");
            Assert.That(q.DetectionLimitPercent, Is.LessThan(q.Options.MaxDetectionLimitPercent));
            Assert.That(q.DetectionLimitExceededBeatPercent, Is.InRange(15.0, 30.0), "about the 200 resting beats of 800");
            Assert.That(warning.BeatIndices, Has.All.LessThan(260), "only the resting stretch (and the window's reach past it)");
            Assert.That(warning.BeatIndices.Count, Is.EqualTo((int)Math.Round(q.DetectionLimitExceededBeatPercent * rr.Count / 100)));
            Assert.That(warning.AffectedIndices, Does.Contain("HRV_RMSSD"));
            Assert.That(q.DetectionLimitExceededBeats, Is.EqualTo(warning.BeatIndices), "the report lists the same beats");
        });
    }

    [Test]
    public void Clean_CalmRecording_NoLocalWarning()
    {
        var q = ArtifactCorrection.Clean(QualityTestData.ReadRrColumn(SharedData.Data("welltory_polar_h10", "subject_13.csv"))).Quality;
        Assert.That(q.DetectionLimitExceededBeatPercent, Is.Zero);
        Assert.That(q.Warnings.Select(w => w.Code), Does.Not.Contain(ProblemCode.DetectionLimitExceededLocally));
    }

    [Test]
    public void Clean_UnreliableRecording_SaysSoOnceNotLocally()
    {
        // subject_15: the detection limit of the whole recording is 21.5 %; it is called unreliable, and the local
        // warning would only repeat that.
        var q = ArtifactCorrection.Clean(QualityTestData.ReadRrColumn(SharedData.Data("welltory_polar_h10", "subject_15.csv"))).Quality;
        Assert.Multiple(() =>
        {
            Assert.That(q.IndicesUnreliable, Is.True);
            Assert.That(q.DetectionLimitExceededBeatPercent, Is.GreaterThan(50));
            Assert.That(q.Warnings.Select(w => w.Code), Does.Not.Contain(ProblemCode.DetectionLimitExceededLocally));
            Assert.That(q.DetectionLimitExceededBeats, Has.Count.EqualTo((int)Math.Round(q.DetectionLimitExceededBeatPercent * q.OriginalCount / 100)),
                "the beats are still listed, so an analyst (and the benchmark) can tell which ones are undecidable");
            Assert.That(q.DetectionLimitExceededBeats, Is.Ordered.Ascending.And.Unique);
        });
    }

    [Test]
    public void Clean_OtherMethod_NotAssessed()
    {
        var q = ArtifactCorrection.Clean(QualityTestData.ReadRrColumn(SharedData.Data("welltory_polar_h10", "subject_13.csv")),
            ArtifactCorrectionOptions.Default with { Method = ArtifactDetectionMethod.None }).Quality;
        Assert.That(q.DetectionLimitExceededBeatPercent, Is.NaN);
        Assert.That(q.DetectionLimitExceededBeats, Is.Empty);
    }
}
