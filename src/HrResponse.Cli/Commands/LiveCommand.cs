using System.CommandLine;
using System.Globalization;
using HrResponse.Io;
using HrResponse.Reporting;
using HrResponse.Streaming;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse live FILE</c>: replays a recording as a beat stream through <see cref="RollingHrvAnalyzer"/> and prints
/// the rolling indices an app would show, one row per step.
/// </summary>
internal static class LiveCommand
{
    private enum LiveFormat
    {
        Table,
        Csv,
    }

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beat-to-beat data." };
        var window = new Option<string>("--window") { Description = "Rolling window, e.g. 120s or 2m.", DefaultValueFactory = _ => "120s" };
        var step = new Option<string>("--step") { Description = "Update step, e.g. 20s.", DefaultValueFactory = _ => "20s" };
        var format = CommonOptions.Choice("--format", "Output format.", LiveFormat.Table, ("table", LiveFormat.Table), ("csv", LiveFormat.Csv));
        var input = new InputOptions();
        var command = new Command("live", "Replay a recording as a stream and print rolling HR, RMSSD, SDNN, DFA α1 and artifact %.")
        {
            file, window, step, format,
        };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var (recording, _) = InputLoader.Load(path, input.OpenOptions(parse));
            if (!recording.HasBeats)
                throw new CliException($"{path}: live analysis needs beat-to-beat data (RR intervals); this file has only heart-rate samples.", ExitCodes.InputError);
            RollingHrvOptions options;
            try
            {
                options = RollingHrvOptions.Default with
                {
                    Window = Durations.Parse(parse.GetValue(window)!, "--window"),
                    Step = Durations.Parse(parse.GetValue(step)!, "--step"),
                };
            }
            catch (ArgumentOutOfRangeException ex)
            {
                // The library's rule in its own terms (seconds), said about the flag; never the runtime's "(Parameter ...)" text.
                var flag = string.Equals(ex.ParamName, "Step", StringComparison.OrdinalIgnoreCase) ? "--step" : "--window";
                var given = flag == "--step" ? parse.GetValue(step) : parse.GetValue(window);
                var rule = CliException.LibraryText(ex).TrimEnd('.');
                throw new CliException($"{flag} '{given}' is out of range: {rule} (seconds).", ex);
            }

            var snapshots = recording.Beats.ToBeats().RollingHrv(options);
            if (parse.GetValue(format) == LiveFormat.Csv)
            {
                RollingHrvCsvWriter.Write(context.Out, snapshots);
                return ExitCodes.Success;
            }

            var inv = CultureInfo.InvariantCulture;
            context.Out.WriteLine($"{"time_s",9} {"hr_bpm",7} {"rmssd_ms",9} {"sdnn_ms",8} {"dfa_a1",7} {"artifact_%",10}");
            foreach (var s in snapshots)
            {
                context.Out.WriteLine(string.Format(inv, "{0,9:0.0} {1,7:0.0} {2,9:0.0} {3,8:0.0} {4,7:0.00} {5,10:0.0}",
                    s.EndSeconds, s.HeartRateBpm, s.RmssdMs, s.SdnnMs, s.DfaAlpha1, s.ArtifactPercent));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
