using System.CommandLine;
using System.Reflection;
using HrResponse.Cli.Output;
using HrResponse.Io;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse analyze [FILE]</c>: the main job, an exercise-test analysis (phases, resting and peak HR,
/// chronotropic response, heart-rate recovery, HRV per phase, beat quality). Without FILE it runs on the embedded
/// sample recording so a newcomer sees output at once.
/// </summary>
internal static class AnalyzeCommand
{
    public const string SampleName = "sample:cardiocurver_example.csv";

    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "Recording; omit to analyse the embedded sample (CardioCurveR example, rest → exercise → recovery).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var verbose = CommonOptions.Verbose();
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var subject = new SubjectOptions();
        var phases = new PhaseTimeOptions();
        var command = new Command("analyze", "Analyse an exercise test: chronotropic response, heart-rate recovery, HRV per phase.") { file, format, output, verbose };
        subject.AddTo(command);
        phases.AddTo(command);
        analysis.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            OutputTargets.Check(analysis.Inputs(parse, path), ("--output", parse.GetValue(output)));
            var readOptions = analysis.ReadOptions(parse);
            var (recording, summary) = path is null ? LoadSample(readOptions) : InputLoader.Load(path, readOptions);
            var (hrv, correction) = analysis.HrvSettings(parse);
            var document = ExerciseRunner.Analyze(
                path is null ? SampleName : InputLoader.Name(path, readOptions), recording, summary, subject.Subject(parse, recording.Subject), hrv, correction,
                parse.GetValue(subject.Equation), parse.GetValue(subject.Posture), adjust: o => phases.Apply(parse, o));
            ResultOutput.Write(document, parse.GetValue(format), parse.GetValue(output), context.Out, new TableStyle(parse.GetValue(verbose), context.ColorOutput));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The embedded sample recording.</summary>
    public static (Recording, InputSummary) LoadSample(RecordingOpenOptions options)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HrResponse.Cli.Samples.cardiocurver_example.csv")
            ?? throw new InvalidOperationException("The embedded sample recording is missing from the tool.");
        using var reader = new StreamReader(stream);
        return InputLoader.Load(reader, SampleName, options);
    }
}
