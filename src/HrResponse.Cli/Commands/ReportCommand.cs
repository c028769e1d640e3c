using System.CommandLine;
using HrResponse.Autonomic;
using HrResponse.Cli.Output;
using HrResponse.Quality;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse report FILE -o report.html</c>: one self-contained HTML page (inline SVG and CSS, no scripts, no
/// external resources) with the charts, the index table with units and flags, the quality report and the settings;
/// with <c>--test auto|valsalva|stand|deep-breathing</c> also the autonomic reflex test's section.
/// </summary>
internal static class ReportCommand
{
    /// <summary>
    /// The document of a pipeline result with every part: the exercise-test document with the whole-recording HRV
    /// settings, indices (the result's one index table) and sections (quality report, notes) added.
    /// </summary>
    public static ResultDocument Document(string name, InputSummary summary, RecordingAnalysisResult result)
    {
        var exercise = ExerciseRunner.ExerciseDocument(name, summary, result);
        var settings = new Dictionary<string, object?>(exercise.Settings);
        var sections = new Dictionary<string, object?>(exercise.Sections);
        if (result.Hrv is not null)
        {
            foreach (var (k, v) in HrvCommand.Settings(result)) settings[k] = v;
            foreach (var (k, v) in HrvCommand.Sections(result)) sections[k] = v;
        }

        if (result.Autonomic is { } autonomic)
        {
            settings["autonomic"] = new Dictionary<string, object?>
            {
                ["test"] = AutonomicOptionsCli.NameOf(autonomic.Test),
                ["test_choice"] = CliException.InCliTerms(autonomic.TestChoice),
                ["correction"] = ArtifactCorrectionOptions.NameOf(autonomic.Options.Correction.Method),
                ["estimate"] = autonomic.Options.Correction.Estimator.ToString(),
                ["age_years"] = result.Recording.Subject.AgeYears,
            };
            sections["autonomic"] = autonomic;
        }

        return exercise with { Settings = settings, Sections = sections };
    }

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beats or heart-rate samples." };
        var output = new Option<string>("--output", "-o") { Description = "HTML file to write (atomically).", Required = true };
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var subject = new SubjectOptions();
        var phases = new PhaseTimeOptions();
        var test = new Option<string?>("--test")
        {
            Description = "Also report an autonomic reflex test the recording holds: auto (the one its markers name, else valsalva), valsalva, stand or deep-breathing (section 'autonomic'; event times from --strain-start/--strain-end, --stand or --cycles, else markers, else detected).",
        };
        test.AcceptOnlyFromAmong([.. AutonomicOptionsCli.TestNames.Select(t => t.Name)]);
        var autonomic = new AutonomicOptionsCli();
        var command = new Command("report", "Write a self-contained HTML report: charts, indices with units and flags, quality, settings.") { file, output };
        subject.AddTo(command);
        phases.AddTo(command);
        analysis.AddTo(command);
        command.Options.Add(test);
        autonomic.AddTo(command, withTest: false);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var outPath = parse.GetRequiredValue(output);
            OutputTargets.Check(analysis.Inputs(parse, path), ("--output", outPath));
            var readOptions = analysis.ReadOptions(parse);
            var (recording, summary) = InputLoader.Load(path, readOptions);
            var (hrv, correction) = analysis.HrvSettings(parse);
            var options = phases.Apply(parse, ExerciseRunner.PipelineOptions(
                hrv, correction, AnalysisParts.All, parse.GetValue(subject.Equation), parse.GetValue(subject.Posture)));
            if (parse.GetValue(test) is { } testName)
            {
                // As `autonomic`: the reflex test reads the beats as given unless --correct names a method; the
                // analyst's beat edits apply either way.
                options = options with
                {
                    Autonomic = autonomic.Options(parse, withCorrection: false, test: AutonomicOptionsCli.TestNames.First(t => t.Name == testName).Test) with
                    {
                        Correction = analysis.CorrectionGiven(parse) ? correction : ArtifactCorrectionOptions.None with { Edits = correction.Edits },
                    },
                };
            }

            var result = CliRun.Analyze(recording.WithSubject(subject.Subject(parse, recording.Subject)), options);
            var document = BorderlineSection.AddTo(Document(InputLoader.Name(path, readOptions), summary, result), result);

            var charts = ChartFiles.Build(result);
            var html = HtmlReport.Render(document, charts);
            if (OutputTargets.IsStandardOutput(outPath))
            {
                context.Out.Write(html);
                return ExitCodes.Success;
            }

            AtomicFile.WriteAllText(outPath, html);
            context.Out.WriteLine(outPath);
            return ExitCodes.Success;
        });
        return command;
    }
}
