using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse report FILE -o report.html</c>: one self-contained HTML page (inline SVG and CSS, no scripts, no
/// external resources) with the charts, the index table with units and flags, the quality report and the settings.
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] NoBeatsProblem =
        ["No beat-to-beat data: HRV indices and beat quality need RR intervals or beat times."];

    /// <summary>
    /// The exercise-test document with the whole-recording HRV indices added (the HRV document's QUALITY_* values and
    /// quality section win, so the table matches the tachogram, which shows the same correction).
    /// </summary>
    public static ResultDocument Combine(ResultDocument exercise, ResultDocument hrv)
    {
        var indices = new Dictionary<string, double>(exercise.Indices);
        foreach (var (k, v) in hrv.Indices) indices[k] = v;
        var settings = new Dictionary<string, object?>(exercise.Settings);
        foreach (var (k, v) in hrv.Settings) settings[k] = v;
        var sections = new Dictionary<string, object?>(exercise.Sections);
        foreach (var (k, v) in hrv.Sections) sections[k] = v;
        return exercise with { Indices = indices, Settings = settings, Sections = sections };
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
            var (recording, summary) = InputLoader.Load(path, analysis.ReadOptions(parse));
            var (hrv, correction) = analysis.HrvSettings(parse);
            var equation = parse.GetValue(subject.Equation);
            var posture = parse.GetValue(subject.Posture);
            var exercise = ExerciseRunner.Analyze(path, recording, summary, subject.Subject(parse, recording.Subject), hrv, correction, equation, posture);
            CleanedRrIntervals? cleaned = null;
            var document = exercise;
            if (recording.HasBeats)
            {
                cleaned = ArtifactCorrection.Clean(recording.Beats, correction);
                document = Combine(exercise, HrvCommand.Analyze(path, recording, summary, hrv, correction));
            }
            else
            {
                var problems = new List<string>(NoBeatsProblem);
                if (exercise.Sections.TryGetValue("problems", out var p) && p is IEnumerable<string> list) problems.AddRange(list);
                document = exercise with { Sections = new Dictionary<string, object?>(exercise.Sections) { ["problems"] = problems } };
            }

            var charts = ChartBuilder.Build(recording, cleaned, ExerciseRunner.Options(hrv, correction, equation, posture), hrv.FrequencyDomain);
            AtomicFile.WriteAllText(outPath, HtmlReport.Render(document, charts));
            context.Out.WriteLine(outPath);
            return ExitCodes.Success;
        });
        return command;
    }
}
