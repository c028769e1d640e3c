using System.CommandLine;
using HrResponse.Autonomic;
using HrResponse.Cli.Output;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary><c>hrresponse autonomic FILE [--test auto|valsalva|stand|deep-breathing]</c>: one autonomic reflex test of a recording.</summary>
internal static class AutonomicCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beats (CSV, ECG table with optional blood-pressure column, FIT, ...)." };
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var age = new Option<double?>("--age") { Description = "Age in years (age-dependent limits: E:I ratio, postural-tachycardia threshold)." };
        var input = new InputOptions();
        var plotPath = new Option<string?>("--plot") { Description = "Also write the test's chart (RR and pressure with phases and landmarks, or heart rate with the stand-up or cycles): PNG, or SVG when the name ends in .svg." };
        var options = new AutonomicOptionsCli();
        var command = new Command("autonomic", "Autonomic reflex test: Valsalva manoeuvre, active stand or deep breathing, with cited limits.")
        {
            file, format, output, age, plotPath,
        };
        input.AddTo(command);
        options.AddTo(command);
        options.AddCorrection(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            OutputTargets.Check([path, options.EditsFile(parse)], ("--output", parse.GetValue(output)), ("--plot", parse.GetValue(plotPath)));
            var settings = options.Options(parse);
            var openOptions = input.OpenOptions(parse);
            var (recording, summary) = InputLoader.Load(path, openOptions);
            if (parse.GetValue(age) is { } a)
            {
                if (!(a >= 0 && a <= 130)) throw new CliException($"--age must be between 0 and 130 years; it is {a}.");
                recording = recording.WithSubject(recording.Subject with { AgeYears = a });
            }

            var document = Analyze(InputLoader.Name(path, openOptions), recording, summary, settings, out var result);
            if (parse.GetValue(plotPath) is { } chart)
            {
                var plot = Plotting.AutonomicCharts.Create(result);
                AtomicFile.Write(chart, stream =>
                {
                    var bytes = chart.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
                        ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(1000, 600))
                        : plot.GetImageBytes(1000, 600, ScottPlot.ImageFormat.Png);
                    stream.Write(bytes);
                });
            }

            ResultOutput.Write(document, parse.GetValue(format), parse.GetValue(output), context.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The test through <see cref="AutonomicAnalysis.Compute"/>, as a result document.</summary>
    public static ResultDocument Analyze(string name, Recording recording, InputSummary summary, AutonomicOptions options) =>
        Analyze(name, recording, summary, options, out _);

    /// <summary>As <see cref="Analyze(string, Recording, InputSummary, AutonomicOptions)"/>, also giving the library result (for the chart).</summary>
    public static ResultDocument Analyze(string name, Recording recording, InputSummary summary, AutonomicOptions options, out AutonomicResult result)
    {
        if (!recording.HasBeats)
            throw new CliException($"{name}: autonomic tests need beat-to-beat data (RR intervals, beat times or an ECG); this file has only heart-rate samples.", ExitCodes.InputError);
        try
        {
            result = AutonomicAnalysis.Compute(recording, options);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }

        var settings = new Dictionary<string, object?>
        {
            ["test"] = AutonomicOptionsCli.NameOf(result.Test),
            ["test_choice"] = CliException.InCliTerms(result.TestChoice),
            ["correction"] = ArtifactCorrectionOptions.NameOf(options.Correction.Method),
            ["estimate"] = options.Correction.Estimator.ToString(),
            ["age_years"] = recording.Subject.AgeYears,
        };
        HrvCommand.AddBeatEdits(settings, options.Correction);
        var sections = new Dictionary<string, object?>();
        if (result.Valsalva is { } v)
        {
            settings["event_source"] = v.StrainSource.ToString();
            settings["ratio_definition"] = v.RatioDefinition;
            sections["ratings"] = new Dictionary<string, object?>
            {
                ["valsalva_ratio"] = v.ValsalvaRatioRating.ToString(),
                ["blood_pressure"] = v.PressureRating.ToString(),
                ["blood_pressure_reason"] = v.PressureRatingReason,
            };
        }
        else if (result.ActiveStand is { } s)
        {
            settings["event_source"] = s.StandSource.ToString();
            sections["ratings"] = new Dictionary<string, object?>
            {
                ["thirty_fifteen_ratio"] = s.ThirtyFifteenRating.ToString(),
                ["postural_tachycardia"] = s.PosturalTachycardiaNote,
                ["orthostatic_hypotension"] = s.OrthostaticHypotension switch { true => "met", false => "not met", null => "not assessed" },
                ["initial_orthostatic_hypotension"] = s.InitialOrthostaticHypotension switch { true => "met", false => "not met", null => "not assessed" },
                ["initial_orthostatic_hypotension_note"] = s.InitialOrthostaticHypotensionNote,
            };
        }
        else if (result.DeepBreathing is { } d)
        {
            settings["event_source"] = d.CycleSource.ToString();
            sections["ratings"] = new Dictionary<string, object?>
            {
                ["ei_difference"] = d.EiDifferenceRating.ToString(),
                ["ei_ratio"] = d.EiRatioRating.ToString(),
            };
            sections["cycle_boundaries_s"] = d.CycleBoundariesSeconds;
        }

        sections["rated_values"] = result.RatedValues;
        sections["summary"] = new Dictionary<string, object?>
        {
            ["ewing_category"] = result.Summary.Category.ToString(),
            ["note"] = result.Summary.Note,
        };
        sections["problems"] = ProblemText.Describe(result.Problems);
        return new ResultDocument
        {
            File = name,
            Input = summary,
            Settings = settings,
            Indices = result.ToIndexTable(),
            Sections = sections,
            ProblemCodes = ProblemText.Codes(result.Problems, result.Cleaned?.Quality.Warnings),
        };
    }
}
