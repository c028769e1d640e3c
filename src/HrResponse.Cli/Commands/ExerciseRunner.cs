using HrResponse.Cli.Output;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>Runs the exercise-test analysis and turns its report into a result document.</summary>
internal static class ExerciseRunner
{
    public static ResultDocument Analyze(
        string name, Recording recording, InputSummary summary, SubjectInfo subject, HrvOptions hrv,
        ArtifactCorrectionOptions correction, MaxHeartRateEquation equation, RecoveryPosture? posture)
    {
        var options = Options(hrv, correction, equation, posture);
        var report = ExerciseTestAnalysis.Compute(recording.WithSubject(subject), options);
        return new ResultDocument
        {
            File = name,
            Input = summary,
            Settings = new Dictionary<string, object?>
            {
                ["preset"] = hrv.Name,
                ["correction"] = ArtifactCorrectionOptions.NameOf(correction.Method),
                ["equation"] = options.ResolveEquation().Name,
                ["exercise"] = options,
            },
            Indices = report.ToIndexTable(),
            Sections = new Dictionary<string, object?>
            {
                ["subject"] = report.Subject,
                ["phases"] = report.Phases,
                ["rest_hr_source"] = report.RestHeartRateSource,
                ["peak_hr_source"] = report.PeakHeartRateSource,
                ["chronotropic"] = report.Chronotropic,
                ["recovery"] = report.Recovery,
                ["quality"] = report.Quality,
                ["references"] = report.References,
                ["problems"] = report.Problems,
            },
        };
    }

    /// <summary>The exercise-test options the CLI's preset, beat correction, equation and posture resolve to.</summary>
    public static ExerciseTestOptions Options(
        HrvOptions hrv, ArtifactCorrectionOptions correction, MaxHeartRateEquation equation, RecoveryPosture? posture) =>
        ExerciseTestOptions.Default with
        {
            Equation = equation,
            Posture = posture,
            TimeDomain = hrv.TimeDomain,
            BeatScreening = correction.Method == ArtifactDetectionMethod.None ? BeatScreeningMethod.None : BeatScreeningMethod.ArtifactCorrection,
            ArtifactCorrection = correction.Method == ArtifactDetectionMethod.LipponenTarvainen2019
                ? ExerciseTestOptions.DefaultArtifactCorrection
                : correction,
        };
}
