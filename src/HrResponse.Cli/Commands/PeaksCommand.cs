using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Ecg;
using HrResponse.Io;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary><c>hrresponse peaks FILE [--fs HZ] [--method ...] -o peaks.csv</c>: R-peak detection on a raw ECG file.</summary>
internal static class PeaksCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "ECG CSV: one or more signal columns; sampling rate from the header (e.g. ecg_360hz), --fs or a time column." };
        var fs = new Option<double?>("--fs") { Description = "Sampling rate in Hz (wins over the header)." };
        var method = CommonOptions.Choice(
            "--method", "R-peak detector.", RPeakDetector.NeuroKit2,
            ("neurokit2", RPeakDetector.NeuroKit2), ("pan-tompkins", RPeakDetector.PanTompkins1985), ("elgendi", RPeakDetector.Elgendi2010));
        var output = CommonOptions.Output();
        var command = new Command("peaks", "Detect R peaks in an ECG and write sample,time_s.") { file, fs, method, output };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            if (!File.Exists(path)) throw new CliException($"file not found: {path}", ExitCodes.InputError);
            var rate = parse.GetValue(fs);
            if (rate is { } r && !(r > 0 && double.IsFinite(r))) throw new CliException($"--fs must be a positive number of Hz; it is {r}.");
            EcgCsvContent content;
            try
            {
                content = EcgCsvReader.Read(path, new EcgCsvOptions { SamplingRateHz = rate });
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message, ex);
            }

            var options = RPeakOptions.Default with { Detector = parse.GetValue(method) };
            RPeakResult peaks;
            try
            {
                peaks = RPeakDetection.Detect(content.Signals[0], options);
            }
            catch (ArgumentException ex)
            {
                throw new CliException($"{path}: {ex.Message}", ExitCodes.InputError);
            }

            foreach (var note in content.Notes) context.Error.WriteLine($"note: {note}");
            foreach (var warning in peaks.Warnings) context.Error.WriteLine($"warning: {warning.Message}");
            context.Error.WriteLine($"{path}: {peaks.Count} R peaks ({peaks.Detector}, {content.SamplingRateHz} Hz from {content.SamplingRateSource}).");
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            RPeakCsvWriter.Write(peaks, writer);
            var outPath = parse.GetValue(output);
            if (outPath is null) context.Out.Write(writer.ToString());
            else AtomicFile.WriteAllText(outPath, writer.ToString());
            return peaks.IsUsable ? ExitCodes.Success : ExitCodes.InputError;
        });
        return command;
    }
}
