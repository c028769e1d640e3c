using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Hrv;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary><c>hrresponse hrv FILE</c>: HRV indices of a recording, after the chosen beat correction.</summary>
internal static class HrvCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beat-to-beat data: CSV (RR, beat times, RR + time, ECG), WFDB record (.hea), FIT, TCX, GPX, Polar HRM, RR text or BLE log with RR intervals." };
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var verbose = CommonOptions.Verbose();
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var command = new Command("hrv", "Print HRV indices of a beat-to-beat recording.") { file, format, output, verbose };
        analysis.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            OutputTargets.Check(analysis.Inputs(parse, path), ("--output", parse.GetValue(output)));
            var readOptions = analysis.ReadOptions(parse);
            var (recording, summary) = InputLoader.Load(path, readOptions);
            var (hrv, correction) = analysis.HrvSettings(parse);
            var document = Analyze(InputLoader.Name(path, readOptions), recording, summary, hrv, correction);
            ResultOutput.Write(document, parse.GetValue(format), parse.GetValue(output), context.Out, new TableStyle(parse.GetValue(verbose), context.ColorOutput));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Beat correction, then HRV of the corrected beats (one pipeline run), as a result document with the quality report
    /// and, with <paramref name="reviewBorderline"/>, the borderline review.
    /// </summary>
    public static ResultDocument Analyze(
        string name, Recording recording, InputSummary summary, HrvOptions options, ArtifactCorrectionOptions correction, bool reviewBorderline = true)
    {
        if (!recording.HasBeats)
            throw new CliException(
                $"{name}: HRV needs beat-to-beat data (RR intervals or beat times); this file has only heart-rate samples.",
                ExitCodes.InputError);
        var result = CliRun.Analyze(
            recording, ExerciseRunner.PipelineOptions(options, correction, AnalysisParts.Hrv | (reviewBorderline ? AnalysisParts.BorderlineReview : AnalysisParts.None), Exercise.ExerciseTestOptions.Default.Equation, posture: null));
        return BorderlineSection.AddTo(new ResultDocument
        {
            File = name,
            Input = summary,
            Settings = Settings(result),
            Indices = result.ToIndexTable(),
            Sections = Sections(result),
            ProblemCodes = ProblemText.Codes(result.Problems, result.Cleaned?.Quality.Warnings),
        }, result);
    }

    /// <summary>The HRV settings of a pipeline result (preset, correction, domains and each domain's options).</summary>
    public static Dictionary<string, object?> Settings(RecordingAnalysisResult result)
    {
        var options = result.Options.Hrv;
        var settings = new Dictionary<string, object?>
        {
            ["preset"] = options.Name,
            ["correction"] = ArtifactCorrectionOptions.NameOf(result.Options.Correction.Method),
            ["estimate"] = result.Options.Correction.Estimator.ToString(),
            ["domains"] = options.Domains.ToString(),
            ["time_domain"] = options.Domains.HasFlag(HrvDomains.Time) ? options.TimeDomain : null,
            ["frequency_domain"] = options.Domains.HasFlag(HrvDomains.Frequency) ? options.FrequencyDomain : null,
            ["nonlinear"] = options.Domains.HasFlag(HrvDomains.Nonlinear) ? options.Nonlinear : null,
        };
        AddBeatEdits(settings, result.Options.Correction);
        return settings;
    }

    /// <summary>Adds <c>beat_edits</c> ("keep 12; mark 30 ectopic") to the settings when the analyst gave any.</summary>
    public static void AddBeatEdits(Dictionary<string, object?> settings, ArtifactCorrectionOptions correction)
    {
        if (!correction.Edits.IsEmpty) settings["beat_edits"] = correction.Edits.ToString();
    }

    /// <summary>The HRV sections of a pipeline result: the quality report and the notes (quality warnings and the borderline
    /// review's, then frequency-domain notes).</summary>
    public static Dictionary<string, object?> Sections(RecordingAnalysisResult result) => new()
    {
        ["quality"] = result.Cleaned?.Quality,
        ["notes"] = (result.Cleaned?.Quality.Warnings.Select(w => $"quality: {ProblemText.WithAdvice(w.Message, w.Code)}") ?? [])
            .Concat(result.Problems.Where(p => p.Code == ProblemCode.IndicesDependOnBorderlineBeats).Select(p => $"quality: {p.Message}"))
            .Concat(result.Hrv?.FrequencyDomain?.Notes.Select(n => $"{n.Index}: {n.Message}") ?? []).ToArray(),
    };
}
