using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Plotting;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse plot FILE --out DIR [--format png|svg] [--width PX] [--height PX] [--dpi N]</c>: writes each chart that
/// applies to the recording as <c>DIR/&lt;name&gt;.png</c> or <c>.svg</c> (atomically) and prints the path of each file written.
/// </summary>
internal static class PlotCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording: CSV (RR, beat times, HR samples, ECG), WFDB record (.hea), FIT, TCX, GPX, Polar HRM, RR text or BLE log." };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder to write the charts to (created if missing).", Required = true };
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var phases = new PhaseTimeOptions();
        var image = new ChartOutputOptions();
        var command = new Command("plot", "Write PNG or SVG charts of a recording: heart rate, RR tachogram, Poincaré, DFA, PSD, rolling HRV, exercise-test figure.") { file, outDir };
        image.AddTo(command);
        phases.AddTo(command);
        analysis.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var dir = parse.GetRequiredValue(outDir);
            InputLoader.RequireFile(path);
            if (FileIdentity.KindOf(dir) is not (FileIdentity.Kind.Missing or FileIdentity.Kind.Directory))
                throw new CliException($"--out {dir} is a file, not a folder; plot writes one image per chart into a folder.", ExitCodes.OutputError);
            var format = parse.GetValue(image.Format);
            var size = image.Read(parse);
            var ext = "." + ChartImage.ExtensionOf(format);
            var (recording, _) = InputLoader.Load(path, analysis.ReadOptions(parse));
            var (hrv, correction) = analysis.HrvSettings(parse);
            var options = phases.Apply(parse, ExerciseRunner.PipelineOptions(hrv, correction, AnalysisParts.All, Exercise.ExerciseTestOptions.Default.Equation, posture: null));
            var charts = ChartFiles.Build(CliRun.Analyze(recording, options));
            if (charts.Count == 0)
                throw new CliException($"{path}: nothing to plot (no beats and no heart-rate samples).", ExitCodes.InputError);
            OutputTargets.Check(analysis.Inputs(parse, path), [.. charts.Select(c => ("--out", (string?)Path.Combine(dir, c.Name + ext)))]);
            foreach (var chart in charts)
            {
                var target = Path.Combine(dir, chart.Name + ext);
                var bytes = chart.Encode(format, size);
                AtomicFile.Write(target, stream => stream.Write(bytes));
                context.Out.WriteLine(target);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
