using System.Text.Json;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Quality;
using HrResponse.Streaming;
using HrResponse.Tests.Cli;
using NUnit.Framework;

namespace HrResponse.Tests;

public class RecordingAnalysisTests
{
    private static Recording Read(params string[] parts) => RecordingCsvReader.Read(SharedData.Data(parts)).Recording;

    private static double CliIndex(string command, string path, string index, params string[] extra)
    {
        var (code, output, error) = CliRunner.Run([command, path, "--format", "json", .. extra]);
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.GetProperty("indices").GetProperty(index).GetDouble();
    }

    [Test]
    public void Compute_WelltorySubject01_RmssdIsTheCorrectedValueTheHrvCommandPrints()
    {
        var path = SharedData.Data("welltory_polar_h10", "subject_01.csv");
        var recording = RecordingCsvReader.Read(path).Recording;
        var result = RecordingAnalysis.Compute(recording);
        var rmssd = result.Hrv!.TimeDomain!.RmssdMs;
        Assert.That(rmssd, Is.EqualTo(CliIndex("hrv", path, "HRV_RMSSD")).Within(1e-9), "the CLI prints the pipeline's number");
        Assert.That(Math.Round(rmssd, 1), Is.EqualTo(119.1), "the corrected RMSSD (114.6 ms in issue 13; 117.4 ms after issue 14's refinement 11 stopped correcting one natural long-short pair; 117.3 ms since ectopic pairs keep their total within the asymmetric tolerance; 121.0 ms with the variance-preserving autoregressive estimate; 119.1 ms with the interval at input 2 estimated from the intervals after it)");
        var uncorrected = HrvAnalysis.Compute(recording.Beats);
        Assert.That(uncorrected.TimeDomain!.RmssdMs, Is.Not.EqualTo(rmssd).Within(1.0), "the low-level call does not correct");
        Assert.That(uncorrected.Correction, Is.Null);
        Assert.That(result.Hrv.Correction, Is.SameAs(result.Cleaned!.Quality));
        Assert.That(result.Hrv.IsCorrected, Is.True);
        Assert.That(result.Cleaned.Quality.Method, Is.EqualTo(ArtifactDetectionMethod.LipponenTarvainen2019));
    }

    [Test]
    public void Compute_ActesTest01WithAge_ExerciseEqualsExerciseTestAnalysis()
    {
        var recording = Read("actes", "test_01.csv").WithSubject(new SubjectInfo { AgeYears = 15 });
        var result = RecordingAnalysis.Compute(recording);
        var direct = ExerciseTestAnalysis.Compute(recording);
        var exercise = result.Exercise!;
        Assert.That(exercise.Recovery.Hrr60Bpm, Is.EqualTo(direct.Recovery.Hrr60Bpm));
        Assert.That(exercise.Chronotropic.ChronotropicIndex, Is.EqualTo(direct.Chronotropic.ChronotropicIndex));
        Assert.That(exercise.Chronotropic.Incompetent, Is.EqualTo(direct.Chronotropic.Incompetent));
        Assert.That(exercise.Recovery.Hrr60Abnormal, Is.EqualTo(direct.Recovery.Hrr60Abnormal));
        Assert.That(double.IsFinite(exercise.Chronotropic.ChronotropicIndex) && double.IsFinite(exercise.Recovery.Hrr60Bpm), Is.True);
        Assert.That(exercise.ToIndexTable(), Is.EqualTo(direct.ToIndexTable()), "every exercise index, NaN included");
        Assert.That(exercise.Quality, Is.SameAs(result.Cleaned!.Quality), "the exercise test reads the pipeline's one correction");
        Assert.That(exercise.Problems.Select(p => p.Code), Is.EqualTo(direct.Problems.Select(p => p.Code)));
        // The recording analysis lists the exercise test's problems and, before them, the beat-quality warnings.
        Assert.That(result.Problems.Select(p => p.Code), Is.EqualTo(result.Cleaned!.Quality.Warnings.Select(w => w.Code).Concat(direct.Problems.Select(p => p.Code))));
    }

    [Test]
    public void Compute_ActesTest02_IndexTableIsWhatAnalyzeAndHrvPrint()
    {
        var path = SharedData.Data("actes", "test_02.csv");
        var recording = RecordingCsvReader.Read(path).Recording;
        var table = RecordingAnalysis.Compute(recording).ToIndexTable();
        Assert.That(table["HRR_60s"], Is.EqualTo(CliIndex("analyze", path, "HRR_60s")).Within(1e-12));
        Assert.That(table["HRV_RMSSD_Recovery"], Is.EqualTo(CliIndex("analyze", path, "HRV_RMSSD_Recovery")).Within(1e-12));
        Assert.That(table["HRV_DFA_alpha1"], Is.EqualTo(CliIndex("hrv", path, "HRV_DFA_alpha1")).Within(1e-12));
        Assert.That(table["QUALITY_ArtifactPercent"], Is.EqualTo(CliIndex("hrv", path, "QUALITY_ArtifactPercent")).Within(1e-12));
    }

    [Test]
    public void Compute_BorderlineReviewPart_ReviewIndicesAndProblemOnlyWhenAsked()
    {
        // subject_09: one borderline beat that moves RMSSD by 5.8 %, beyond the 5 % the correction is meant to keep.
        var recording = Read("welltory_polar_h10", "subject_09.csv");
        var plain = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.Hrv });
        var reviewed = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.Hrv | AnalysisParts.BorderlineReview });
        var direct = ArtifactCorrection.ReviewBorderline(recording.Beats, reviewed.Options.Correction);
        Assert.Multiple(() =>
        {
            Assert.That(plain.BorderlineReview, Is.Null);
            Assert.That(plain.ToIndexTable().Keys, Has.None.Contains("Borderline"));
            Assert.That(plain.Problems.Select(p => p.Code), Has.No.Member(ProblemCode.IndicesDependOnBorderlineBeats));

            Assert.That(reviewed.BorderlineReview!.Beats, Is.EqualTo(direct.Beats));
            Assert.That(reviewed.BorderlineReview.RmssdMs, Is.EqualTo(direct.RmssdMs));
            var table = reviewed.ToIndexTable();
            Assert.That(table["QUALITY_BorderlineBeats"], Is.EqualTo(1));
            Assert.That(table["QUALITY_RmssdBorderlineSpreadPercent"], Is.EqualTo(direct.RmssdMs.SpreadPercent));
            Assert.That(table["QUALITY_IndicesDependOnBorderlineBeats"], Is.EqualTo(1));
            Assert.That(reviewed.Hrv!.TimeDomain!.RmssdMs, Is.EqualTo(plain.Hrv!.TimeDomain!.RmssdMs), "the review changes no index of the analysis");
            var problem = reviewed.Problems.Single(p => p.Code == ProblemCode.IndicesDependOnBorderlineBeats);
            Assert.That(problem.Message, Does.Contain("50.9–53.8 ms").And.Contain("unreliable until the beats are reviewed"));
        });

        // Another method has no borderline decisions: no review, and a problem says why.
        var malik = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with
        {
            Parts = AnalysisParts.Hrv | AnalysisParts.BorderlineReview,
            Correction = ArtifactCorrectionOptions.FromName("malik"),
        });
        Assert.That(malik.BorderlineReview, Is.Null);
        Assert.That(malik.Problems.Select(p => p.Message), Has.Some.Contains("No borderline review"));
    }

    [Test]
    public void ToIndexTable_OnePart_IsThatPartsTable()
    {
        var recording = Read("actes", "test_03.csv");
        var hrvOnly = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.Hrv });
        Assert.That(hrvOnly.Exercise, Is.Null);
        var expected = new Dictionary<string, double>(hrvOnly.Hrv!.ToIndexTable());
        foreach (var (k, v) in hrvOnly.Cleaned!.Quality.ToIndexTable()) expected[k] = v;
        Assert.That(hrvOnly.ToIndexTable(), Is.EqualTo(expected));
        var exerciseOnly = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.Exercise });
        Assert.That(exerciseOnly.Hrv, Is.Null);
        Assert.That(exerciseOnly.ToIndexTable().Keys, Is.EqualTo(exerciseOnly.Exercise!.ToIndexTable().Keys));
        Assert.That(exerciseOnly.Rolling, Is.Empty);
    }

    [Test]
    public void Compute_RollingAsked_SnapshotsOfTheCorrectedBeats()
    {
        var recording = Read("actes", "test_03.csv");
        var result = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All });
        var expected = result.Cleaned!.Intervals.ToBeats().RollingHrv().ToList();
        Assert.That(result.Rolling, Is.EqualTo(expected));
        Assert.That(result.Rolling, Is.Not.Empty);
    }

    [Test]
    public void FromPreset_NeuroKit2_NoCorrectionAndSaysSo()
    {
        var options = RecordingAnalysisOptions.FromPreset(HrvPreset.NeuroKit2);
        Assert.That(options.Correction.Method, Is.EqualTo(ArtifactDetectionMethod.None));
        Assert.That(options.Hrv, Is.SameAs(HrvOptions.NeuroKit2));
        Assert.That(options.EffectiveExercise.BeatScreening, Is.EqualTo(BeatScreeningMethod.None));
        Assert.That(RecordingAnalysisOptions.FromPreset(HrvPreset.TaskForce1996).Correction.Method, Is.EqualTo(ArtifactDetectionMethod.LipponenTarvainen2019));
        var result = RecordingAnalysis.Compute(Read("welltory_polar_h10", "subject_01.csv"), options);
        Assert.That(result.Hrv!.IsCorrected, Is.False);
        Assert.That(result.Hrv.Correction!.Method, Is.EqualTo(ArtifactDetectionMethod.None));
        Assert.That(result.Hrv.TimeDomain!.RmssdMs, Is.EqualTo(HrvAnalysis.Compute(result.Recording.Beats, HrvOptions.NeuroKit2).TimeDomain!.RmssdMs).Within(1e-9));
    }

    [Test]
    public void Compute_InvalidOptions_ListsEveryProblem()
    {
        var options = RecordingAnalysisOptions.Default with
        {
            Parts = (AnalysisParts)64,
            Correction = ArtifactCorrectionOptions.Default with { MaxPasses = 0 },
            Exercise = ExerciseTestOptions.Default with { PhaseMethod = PhaseDetectionMethod.ExplicitTimes },
        };
        Assert.That(options.Validate(), Has.Count.EqualTo(3));
        var ex = Assert.Throws<ArgumentException>(() => RecordingAnalysis.Compute(Read("actes", "test_01.csv"), options))!;
        Assert.That(ex.Message, Does.Contain("Parts").And.Contain("MaxPasses").And.Contain("ExerciseStartSeconds"));
        Assert.That(ex.ParamName, Is.EqualTo("options"));
        Assert.That(RecordingAnalysisOptions.Default.Validate(), Is.Empty);
    }

    [Test]
    public void Options_NullPart_ThrowsAtConstruction()
    {
        Assert.That(() => RecordingAnalysisOptions.Default with { Hrv = null! }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("Hrv"));
        Assert.That(() => new RecordingAnalysisOptions { Correction = null! }, Throws.ArgumentNullException);
    }

    [Test]
    public void Compute_NoAge_AgeMissingInLibraryTerms()
    {
        var result = RecordingAnalysis.Compute(Read("actes", "test_01.csv"));
        var age = result.Problems.Single(p => p.Code == ProblemCode.AgeMissing);
        Assert.That(age.Message, Does.Contain("SubjectInfo.AgeYears").And.Not.Contain("--"));
        Assert.That(age.Index, Is.EqualTo("CHRONO_Index"));
        Assert.That(result.Problems.Select(p => p.Message), Has.None.Contains("--"));
        Assert.That(result.Exercise!.Chronotropic.Problems.Select(p => p.Code), Has.Member(ProblemCode.AgeMissing));
    }

    [Test]
    public void Compute_HeartRateSamplesOnly_ExerciseWithoutHrvAndNoBeatsProblem()
    {
        var t = Enumerable.Range(0, 900).Select(i => (double)i).ToArray();
        var bpm = t.Select(x => x < 300 ? 70 : x < 600 ? 70 + (0.3 * (x - 300)) : 160 - (0.2 * (x - 600))).ToArray();
        var recording = Recording.Create(heartRate: HeartRateSeries.FromSamples(t, bpm), subject: new SubjectInfo { AgeYears = 40 });
        var result = RecordingAnalysis.Compute(recording);
        Assert.That(result.Cleaned, Is.Null);
        Assert.That(result.Hrv, Is.Null);
        Assert.That(result.Problems[0].Code, Is.EqualTo(ProblemCode.NoBeats));
        Assert.That(result.Exercise!.Phases.ExerciseFound, Is.True);
        Assert.That(result.ToIndexTable()["HR_Peak"], Is.EqualTo(result.Exercise.PeakHeartRateBpm));
    }
}

