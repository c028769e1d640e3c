using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>
/// Tables of many tests line up: the exercise index table has the same names whatever the recording holds, so that a
/// batch's columns do not follow its first file.
/// </summary>
public class IndexTableColumnsTests
{
    [Test]
    public void ExerciseTable_SameNamesWithBeatsWithHeartRateSamplesOnlyAndWithoutExercise()
    {
        var withBeats = ExerciseTestAnalysis.Compute(SyntheticExerciseTest.Create(seed: 1, recoverySeconds: 400));
        var shortRecovery = ExerciseTestAnalysis.Compute(SyntheticExerciseTest.Create(seed: 1, recoverySeconds: 100));
        var beats = SyntheticExerciseTest.Create(seed: 1);
        var samplesOnly = ExerciseTestAnalysis.Compute(Recording.Create(heartRate: beats.HeartRate, load: beats.Load));
        var rest = Recording.Create(SyntheticExerciseTest.Create(seed: 1, restSeconds: 300, exerciseSeconds: 1, recoverySeconds: 0).Beats);
        var noExercise = ExerciseTestAnalysis.Compute(rest, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve });

        Assert.That(noExercise.Phases.ExerciseFound, Is.False);
        Assert.That(samplesOnly.HeartRateFromBeats, Is.False);
        var names = withBeats.ToIndexTable().Keys.ToArray();
        Assert.That(shortRecovery.ToIndexTable().Keys, Is.EqualTo(names));
        Assert.That(samplesOnly.ToIndexTable().Keys, Is.EqualTo(names));
        Assert.That(noExercise.ToIndexTable().Keys, Is.EqualTo(names));
        Assert.That(samplesOnly.ToIndexTable()["HRV_RMSSD_Rest"], Is.NaN);
        Assert.That(samplesOnly.ToIndexTable()["QUALITY_ArtifactPercent"], Is.NaN);
        Assert.That(shortRecovery.ToIndexTable()["HRR_RMSSD_270_300s"], Is.NaN);
        Assert.That(withBeats.ToIndexTable()["HRR_RMSSD_270_300s"], Is.Not.NaN);
    }

    [Test]
    public void RecordingTable_BorderlineReviewAskedForWithoutBeats_SameNamesAsWithBeats()
    {
        var options = new RecordingAnalysisOptions { Parts = AnalysisParts.Exercise | AnalysisParts.BorderlineReview };
        var beats = SyntheticExerciseTest.Create(seed: 1);
        var withBeats = RecordingAnalysis.Compute(beats, options).ToIndexTable();
        var samplesOnly = RecordingAnalysis.Compute(Recording.Create(heartRate: beats.HeartRate, load: beats.Load), options).ToIndexTable();
        Assert.That(samplesOnly.Keys, Is.EqualTo(withBeats.Keys));
        Assert.That(samplesOnly["QUALITY_BorderlineBeats"], Is.NaN);
    }
}
