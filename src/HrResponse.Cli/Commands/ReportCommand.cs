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

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beats or heart-rate samples." };
        var output = new Option<string>("--output", "-o") { Description = "HTML file to write (atomically).", Required = true };
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var command = new Command("report", "Write a self-contained HTML report: charts, indices with units and flags, quality, settings.") { file, output };
        analysis.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var outPath = parse.GetRequiredValue(output);
            var (recording, summary) = InputLoader.Load(path, analysis.ReadOptions(parse));
            var (hrv, correction) = analysis.HrvSettings(parse);
            CleanedRrIntervals? cleaned = null;
            Reporting.ResultDocument document;
            if (recording.HasBeats)
            {
                cleaned = ArtifactCorrection.Clean(recording.Beats, correction);
                document = HrvCommand.Analyze(path, recording, summary, hrv, correction);
            }
            else
            {
                document = new Reporting.ResultDocument
                {
                    File = path,
                    Input = summary,
                    Indices = new Dictionary<string, double>(),
                    Sections = new Dictionary<string, object?>
                    {
                        ["problems"] = NoBeatsProblem,
                    },
                };
            }

            var charts = ChartBuilder.Build(recording, cleaned);
            AtomicFile.WriteAllText(outPath, HtmlReport.Render(document, charts));
            context.Out.WriteLine(outPath);
            return ExitCodes.Success;
        });
        return command;
    }
}
