using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Ecg;
using HrResponse.Io;
using HrResponse.Plotting;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse peaks FILE [--fs HZ] [--method ...] -o peaks.csv [--plot OUT.png|OUT.svg] [--plot-start S] [--plot-duration S]</c>:
/// R-peak detection on a raw ECG file, optionally with a chart of an ECG window and its peaks (<see cref="EcgChart"/>).
/// </summary>
internal static class PeaksCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "ECG CSV (one or more signal columns; sampling rate from the header, e.g. ecg_360hz, --fs or a time column) or EDF/EDF+/BDF file (the signal labelled ECG)." };
        var fs = new Option<double?>("--fs") { Description = "Sampling rate in Hz (wins over the header)." };
        var signal = new Option<string?>("--signal") { Description = "The ECG lead: a column of the table or a signal of the EDF file, by name (an EDF signal also by 0-based index); default the first ECG column or the EDF signal labelled as an ECG." };
        var method = CommonOptions.Choice(
            "--method", "R-peak detector.", RPeakDetector.NeuroKit2,
            ("neurokit2", RPeakDetector.NeuroKit2), ("pan-tompkins", RPeakDetector.PanTompkins1985), ("elgendi", RPeakDetector.Elgendi2010));
        var output = CommonOptions.Output();
        var plot = new Option<string?>("--plot") { Description = "Also write a chart of the ECG with the detected R peaks marked, for checking by eye: PNG when the name ends in .png, else SVG." };
        var plotStart = new Option<double>("--plot-start") { Description = "Start of the charted window, in s from the first sample.", DefaultValueFactory = _ => 0 };
        var plotDuration = new Option<double>("--plot-duration") { Description = "Length of the charted window in s.", DefaultValueFactory = _ => EcgChart.DefaultDurationSeconds };
        var command = new Command("peaks", "Detect R peaks in an ECG and write sample,time_s.") { file, fs, signal, method, output, plot, plotStart, plotDuration };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            InputLoader.RequireFile(path);
            var rate = parse.GetValue(fs);
            CommonOptions.CheckSamplingRate(rate);
            var plotPath = parse.GetValue(plot);
            OutputTargets.Check([path], ("--output", parse.GetValue(output)), ("--plot", plotPath));
            if (plotPath == OutputTargets.StandardOutput) throw new CliException("--plot needs a file name; the chart is not written to standard output.");
            var start = parse.GetValue(plotStart);
            var duration = parse.GetValue(plotDuration);
            if (!(start >= 0 && double.IsFinite(start))) throw new CliException($"--plot-start must be a number of seconds >= 0; it is {start}.");
            if (!(duration > 0 && double.IsFinite(duration))) throw new CliException($"--plot-duration must be a positive number of seconds; it is {duration}.");
            EcgSignal ecg;
            IReadOnlyList<string> notes;
            string rateSource;
            try
            {
                if (EdfReader.IsEdfFile(path))
                {
                    if (rate is not null) throw new CliException("--fs does not apply to an EDF/BDF file: its header gives each signal's sampling rate.");
                    var record = EdfReader.ReadRecord(path, new EdfReadOptions { Signal = parse.GetValue(signal) });
                    (ecg, notes, rateSource) = (record.Ecg, record.Notes, $"the EDF header, signal '{record.Ecg.Name}'");
                }
                else
                {
                    var content = EcgCsvReader.Read(path, new EcgCsvOptions { SamplingRateHz = rate, SignalColumn = parse.GetValue(signal) });
                    (ecg, notes, rateSource) = (content.Signals[0], content.Notes, content.SamplingRateSource.ToString());
                }
            }
            catch (ArgumentException ex)
            {
                throw new CliException(CliException.LibraryText(ex), ex);
            }

            var options = RPeakOptions.Default with { Detector = parse.GetValue(method) };
            RPeakResult peaks;
            try
            {
                peaks = RPeakDetection.Detect(ecg, options);
            }
            catch (ArgumentException ex)
            {
                throw new CliException($"{path}: {CliException.LibraryText(ex)}", ExitCodes.InputError);
            }

            foreach (var note in notes) context.Error.WriteLine($"note: {note}");
            foreach (var warning in peaks.Warnings) context.Error.WriteLine($"warning: {warning.Message}");
            context.Error.WriteLine($"{path}: {peaks.Count} R peaks ({peaks.Detector}, {ecg.SamplingRateHz} Hz from {rateSource}).");
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            RPeakCsvWriter.Write(peaks, writer);
            var outPath = parse.GetValue(output);
            if (OutputTargets.IsStandardOutput(outPath)) context.Out.Write(writer.ToString());
            else AtomicFile.WriteAllText(outPath!, writer.ToString());
            if (plotPath is not null)
            {
                var chart = new AnalysisChart("ecg-peaks", "", [EcgChart.Create(ecg, peaks, start, duration)]);
                var format = plotPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? ChartImageFormat.Png : ChartImageFormat.Svg;
                var bytes = chart.Encode(format, ChartImageOptions.Default with { HeightPx = 700 });
                AtomicFile.Write(plotPath, stream => stream.Write(bytes));
                context.Error.WriteLine($"wrote {plotPath}");
            }

            return peaks.IsUsable ? ExitCodes.Success : ExitCodes.InputError;
        });
        return command;
    }
}
