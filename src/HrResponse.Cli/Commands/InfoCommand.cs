using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Io;

namespace HrResponse.Cli.Commands;

/// <summary><c>hrresponse info FILE</c>: what a file holds (format, device, counts, duration, laps, power).</summary>
internal static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording file (CSV, WFDB record .hea, EDF/BDF, FIT, TCX, GPX, Polar HRM, Polar Flow CSV, RR text, BLE log)." };
        var format = CommonOptions.Choice("--format", "Output format.", OutputFormat.Table, ("table", OutputFormat.Table), ("json", OutputFormat.Json));
        var input = new InputOptions();
        var verbose = CommonOptions.Verbose();
        var command = new Command("info", "Say what a recording file holds.") { file, format, verbose };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var openOptions = input.OpenOptions(parse);
            var opened = InputLoader.Open(path, openOptions);
            var document = new ResultDocument
            {
                File = InputLoader.Name(path, openOptions),
                Input = InputSummary.Of(opened),
                Indices = new Dictionary<string, double>(),
                Sections = new Dictionary<string, object?> { ["laps"] = InputSummary.Laps(opened) },
            };
            ResultOutput.Write(document, parse.GetValue(format), null, context.Out, new TableStyle(parse.GetValue(verbose), context.ColorOutput));
            return ExitCodes.Success;
        });
        return command;
    }
}
