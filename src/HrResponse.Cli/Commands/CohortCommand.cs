using System.CommandLine;
using HrResponse.Cli.Output;
using System.Globalization;
using HrResponse.Exercise;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse cohort FILE.csv --rest COL --peak COL --age COL ...</c>: chronotropic and heart-rate-recovery indices
/// and 0/1 flags for every row of a table of per-test summary values; the input columns are kept. With
/// <c>--plot DIR</c> it also writes the cohort charts (<see cref="Plotting.CohortCharts"/>) into DIR.
/// </summary>
internal static class CohortCommand
{
    /// <summary>File stems of <see cref="Plotting.CohortCharts.Create"/>, checked before anything is written.</summary>
    private static readonly string[] ChartNames = ["cohort-chronotropic-index", "cohort-hrr60", "cohort-flags"];

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "CSV table, one row per exercise test, with a header row." };
        var rest = new Option<string>("--rest") { Description = "Column of resting HR (bpm).", Required = true };
        var peak = new Option<string>("--peak") { Description = "Column of peak HR (bpm).", Required = true };
        var hr60 = new Option<string?>("--hr60") { Description = "Column of HR 1 min into recovery (bpm)." };
        var hrr60 = new Option<string?>("--hrr60") { Description = "Column of HRR at 1 min (peak − HR at 1 min, bpm)." };
        var hr120 = new Option<string?>("--hr120") { Description = "Column of HR 2 min into recovery (bpm)." };
        var hrr120 = new Option<string?>("--hrr120") { Description = "Column of HRR at 2 min (bpm)." };
        var age = new Option<string>("--age") { Description = "Column of age (years).", Required = true };
        var sex = new Option<string?>("--sex") { Description = "Column of sex (m/male/1 or f/female/0/2)." };
        var betaBlocker = new Option<string?>("--beta-blocker") { Description = "Column of beta-blocker use (1/0, yes/no, true/false)." };
        var output = CommonOptions.Output();
        var plot = new Option<string?>("--plot") { Description = "Also write charts of the cohort into this folder: distributions of the chronotropic index and HRR60 with their cut-offs, and flag counts." };
        var image = new ChartOutputOptions();
        var subject = new SubjectOptions();
        var command = new Command("cohort", "Chronotropic index, HRR and flags for each row of a table of per-test values.")
        {
            file, rest, peak, hr60, hrr60, hr120, hrr120, age, sex, betaBlocker, output, plot,
        };
        image.AddTo(command);
        subject.AddTo(command, withSubject: false);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            InputLoader.RequireFile(path);
            OutputTargets.Check([path], ("--output", parse.GetValue(output)));
            var plotDir = parse.GetValue(plot);
            var format = parse.GetValue(image.Format);
            var size = image.Read(parse);
            var ext = "." + Plotting.ChartImage.ExtensionOf(format);
            if (plotDir is not null)
            {
                if (FileIdentity.KindOf(plotDir) is not (FileIdentity.Kind.Missing or FileIdentity.Kind.Directory))
                    throw new CliException($"--plot {plotDir} is a file, not a folder; cohort writes one image per chart into a folder.", ExitCodes.OutputError);
                OutputTargets.Check([path], [.. ChartNames.Select(n => ("--plot", (string?)Path.Combine(plotDir, n + ext)))]);
            }

            if (parse.GetValue(hr60) is not null && parse.GetValue(hrr60) is not null)
                throw new CliException("give --hr60 or --hrr60, not both.");
            if (parse.GetValue(hr120) is not null && parse.GetValue(hrr120) is not null)
                throw new CliException("give --hr120 or --hrr120, not both.");
            var columns = new CohortCsvColumns
            {
                Rest = parse.GetRequiredValue(rest),
                Peak = parse.GetRequiredValue(peak),
                Hr60 = parse.GetValue(hr60),
                Hrr60 = parse.GetValue(hrr60),
                Hr120 = parse.GetValue(hr120),
                Hrr120 = parse.GetValue(hrr120),
                Age = parse.GetRequiredValue(age),
                Sex = parse.GetValue(sex),
                BetaBlocker = parse.GetValue(betaBlocker),
            };
            var options = CohortOptions.Default with
            {
                Equation = parse.GetValue(subject.Equation),
                Posture = parse.GetValue(subject.Posture) ?? RecoveryPosture.Active,
            };
            var outPath = parse.GetValue(output);
            CohortCsvSummary summary;
            if (OutputTargets.IsStandardOutput(outPath))
            {
                using var reader = new StreamReader(path);
                summary = CohortCsv.Process(reader, context.Out, columns, options, path);
                context.Out.Flush();
            }
            else
            {
                // The CLI writes the file itself (atomically, through an exclusive temporary file) so output rules hold.
                CohortCsvSummary? written = null;
                AtomicFile.Write(outPath!, stream =>
                {
                    using var reader = new StreamReader(path);
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                    written = CohortCsv.Process(reader, writer, columns, options, path);
                });
                summary = written!;
            }

            context.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} rows, {2} with problems.", path, summary.RowCount, summary.RowsWithProblemsCount));
            foreach (var (problem, count) in summary.ProblemCounts) context.Error.WriteLine($"  {count} × {problem}");
            if (plotDir is not null)
            {
                Directory.CreateDirectory(plotDir);
                foreach (var chart in Plotting.CohortCharts.Create(summary.Results))
                {
                    var target = Path.Combine(plotDir, chart.Name + ext);
                    var bytes = chart.Encode(format, size);
                    AtomicFile.Write(target, stream => stream.Write(bytes));
                    context.Error.WriteLine($"wrote {target}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
