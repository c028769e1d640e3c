using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary><c>hrresponse hrv FILE</c>: HRV indices of a recording.</summary>
internal static class HrvCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "CSV file with RR intervals, beat times or RR + time columns." };
        var format = CommonOptions.Format();
        var rrUnit = CommonOptions.RrUnitOption();
        var preset = CommonOptions.Preset();
        var output = CommonOptions.Output();
        var command = new Command("hrv", "Print HRV indices of a beat-to-beat recording.") { file, format, rrUnit, preset, output };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var (recording, summary) = InputLoader.Load(path, new CsvReadOptions { RrUnit = parse.GetValue(rrUnit) });
            var document = Analyze(path, recording, summary, HrvOptions.FromPreset(parse.GetValue(preset)));
            ResultOutput.Write(document, parse.GetValue(format), parse.GetValue(output), context.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Time-domain HRV of the recording's beats as a result document.</summary>
    public static ResultDocument Analyze(string name, Recording recording, InputSummary summary, HrvOptions options)
    {
        if (!recording.HasBeats)
            throw new CliException(
                $"{name}: HRV needs beat-to-beat data (RR intervals or beat times); this file has only heart-rate samples.",
                ExitCodes.InputError);
        var time = HrvAnalysis.TimeDomain(recording.Beats, options.TimeDomain);
        return new ResultDocument
        {
            File = name,
            Input = summary,
            Settings = new Dictionary<string, object?> { ["preset"] = options.Name, ["time_domain"] = options.TimeDomain },
            Indices = time.ToIndexTable(),
        };
    }
}
