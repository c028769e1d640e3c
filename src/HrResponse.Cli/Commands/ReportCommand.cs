using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse report FILE -o report.html</c>: one self-contained HTML page (inline SVG and CSS, no scripts, no
/// external resources) with the charts, the index table with units and flags, the quality report and the settings.
/// </summary>
internal static class ReportCommand
{
    /// <summary>
    /// The document of a pipeline result with every part: the exercise-test document with the whole-recording HRV
    /// settings, indices (the result's one index table) and sections (quality report, notes) added.
    /// </summary>
    public static ResultDocument Document(string name, InputSummary summary, RecordingAnalysisResult result)
    {
        var exercise = ExerciseRunner.ExerciseDocument(name, summary, result);
        if (result.Hrv is null) return exercise;
        var settings = new Dictionary<string, object?>(exercise.Settings);
        foreach (var (k, v) in HrvCommand.Settings(result)) settings[k] = v;
        var sections = new Dictionary<string, object?>(exercise.Sections);
        foreach (var (k, v) in HrvCommand.Sections(result)) sections[k] = v;
        return exercise with { Settings = settings, Sections = sections };
    }

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beats or heart-rate samples." };
        var output = new Option<string>("--output", "-o") { Description = "HTML file to write (atomically).", Required = true };
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var subject = new SubjectOptions();
        var command = new Command("report", "Write a self-contained HTML report: charts, indices with units and flags, quality, settings.") { file, output };
        subject.AddTo(command);
        analysis.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var outPath = parse.GetRequiredValue(output);
            OutputTargets.Check([path], ("--output", outPath));
            var (recording, summary) = InputLoader.Load(path, analysis.ReadOptions(parse));
            var (hrv, correction) = analysis.HrvSettings(parse);
            var options = ExerciseRunner.PipelineOptions(
                hrv, correction, AnalysisParts.All, parse.GetValue(subject.Equation), parse.GetValue(subject.Posture));
            var result = CliRun.Analyze(recording.WithSubject(subject.Subject(parse, recording.Subject)), options);
            var document = Document(path, summary, result);
            var charts = ChartFiles.Build(result);
            var html = HtmlReport.Render(document, charts);
            if (OutputTargets.IsStandardOutput(outPath))
            {
                context.Out.Write(html);
                return ExitCodes.Success;
            }

            AtomicFile.WriteAllText(outPath, html);
            context.Out.WriteLine(outPath);
            return ExitCodes.Success;
        });
        return command;
    }
}
