using HrResponse.Cli.Output;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// Resolves the CLI's settings into <see cref="RecordingAnalysisOptions"/>, runs <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/>
/// once per input, and turns its result into result documents (exercise test, HRV, or both).
/// </summary>
internal static class ExerciseRunner
{
    /// <summary>The exercise-test document of <c>analyze</c>: one pipeline run with the exercise part and, with <paramref name="reviewBorderline"/>, the borderline review.</summary>
    public static ResultDocument Analyze(
        string name, Recording recording, InputSummary summary, SubjectInfo subject, HrvOptions hrv,
        ArtifactCorrectionOptions correction, MaxHeartRateEquation equation, RecoveryPosture? posture, bool reviewBorderline = true,
        Func<RecordingAnalysisOptions, RecordingAnalysisOptions>? adjust = null)
    {
        var options = PipelineOptions(hrv, correction, AnalysisParts.Exercise | (reviewBorderline ? AnalysisParts.BorderlineReview : AnalysisParts.None), equation, posture);
        var result = CliRun.Analyze(recording.WithSubject(subject), adjust is null ? options : adjust(options));
        return BorderlineSection.AddTo(ExerciseDocument(name, summary, result), result);
    }

    /// <summary>
    /// The pipeline options of the CLI's preset, correction, equation and posture; the library derives the exercise
    /// test's screening, correction and per-phase settings from them (<see cref="RecordingAnalysisOptions.EffectiveExercise"/>).
    /// With the exercise part, Lipponen–Tarvainen is <see cref="ExerciseTestOptions.DefaultArtifactCorrection"/> (as
    /// <c>analyze</c> always used); without it, the chosen options as given (as <c>hrv</c> always used). The two differ
    /// only in <see cref="ArtifactCorrectionOptions.AbsoluteMinMs"/>, which only the absolute-range method reads, so no
    /// number changes; the settings written with the results stay as they were. The estimator (<c>--estimate</c>) and the
    /// beat edits (<c>--keep-beats</c>, <c>--mark-beats</c>) carry over.
    /// </summary>
    public static RecordingAnalysisOptions PipelineOptions(
        HrvOptions hrv, ArtifactCorrectionOptions correction, AnalysisParts parts, MaxHeartRateEquation equation, RecoveryPosture? posture) =>
        new()
        {
            Hrv = hrv,
            Correction = parts.HasFlag(AnalysisParts.Exercise) && correction.Method == ArtifactDetectionMethod.LipponenTarvainen2019
                ? ExerciseTestOptions.DefaultArtifactCorrection with { Estimator = correction.Estimator, Edits = correction.Edits }
                : correction,
            Exercise = ExerciseTestOptions.Default with { Equation = equation, Posture = posture },
            Parts = parts,
        };

    /// <summary>The exercise-test document of a pipeline result that ran the exercise part.</summary>
    public static ResultDocument ExerciseDocument(string name, InputSummary summary, RecordingAnalysisResult result)
    {
        var report = result.Exercise
            ?? throw new CliException($"{name}: no heart rate to analyse (no beats and no heart-rate samples).", ExitCodes.InputError);
        var settings = new Dictionary<string, object?>
        {
            ["preset"] = result.Options.Hrv.Name,
            ["correction"] = ArtifactCorrectionOptions.NameOf(result.Options.Correction.Method),
            ["estimate"] = result.Options.Correction.Estimator.ToString(),
            ["equation"] = report.Options.ResolveEquation().Name,
            ["exercise"] = report.Options,
        };
        HrvCommand.AddBeatEdits(settings, result.Options.Correction);
        return new ResultDocument
        {
            File = name,
            Input = summary,
            Settings = settings,
            Indices = result.ToIndexTable(),
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
                ["problems"] = ProblemText.Describe(result.Problems),
            },
            ProblemCodes = ProblemText.Codes(result.Problems, report.Quality?.Warnings),
        };
    }
}
