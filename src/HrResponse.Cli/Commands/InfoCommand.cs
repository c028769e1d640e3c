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
            ResultDocument document;
            try
            {
                var opened = InputLoader.Open(path, openOptions);
                document = new ResultDocument
                {
                    File = InputLoader.Name(path, openOptions),
                    Input = InputSummary.Of(opened),
                    Indices = new Dictionary<string, double>(),
                    Sections = new Dictionary<string, object?> { ["laps"] = InputSummary.Laps(opened) },
                };
            }
            catch (HrDataFormatException ex) when (ex.RecordingIdColumn is { } idColumn && openOptions.Csv.RecordingIdColumn is null)
            {
                // Several recordings one after another: what the file holds is the list of them.
                document = LongTable(path, LongFormatCsvTable.Read(path, idColumn, openOptions.Csv, openOptions.MaxInputBytes));
            }

            ResultOutput.Write(document, parse.GetValue(format), null, context.Out, new TableStyle(parse.GetValue(verbose), context.ColorOutput));
            return ExitCodes.Success;
        });
        return command;
    }

    private static ResultDocument LongTable(string path, LongFormatCsvTable table) => new()
    {
        File = path,
        Input = new InputSummary
        {
            Format = "long-format-csv",
            DurationSeconds = double.NaN, // per recording: read one with --recording
            Details = new Dictionary<string, object?>
            {
                ["recording_id_column"] = table.IdColumn,
                ["recordings"] = table.RecordingIds.Count,
                ["recording_ids"] = table.RecordingIds,
                ["read_one"] = $"--recording {table.IdColumn}=VALUE (batch --split-by {table.IdColumn} reads each)",
            },
        },
        Indices = new Dictionary<string, double>(),
    };
}
