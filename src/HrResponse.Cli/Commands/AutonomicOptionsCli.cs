using System.CommandLine;
using System.Globalization;
using HrResponse.Autonomic;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>The options of <c>autonomic</c> (and <c>batch --analysis autonomic</c>): test, event times, correction.</summary>
internal sealed class AutonomicOptionsCli
{
    /// <summary>The command-line name of each test.</summary>
    public static readonly (string Name, AutonomicTest Test)[] TestNames =
        [("auto", AutonomicTest.Auto), ("valsalva", AutonomicTest.Valsalva), ("stand", AutonomicTest.ActiveStand), ("deep-breathing", AutonomicTest.DeepBreathing)];

    public Option<AutonomicTest> Test { get; } = CommonOptions.Choice(
        "--test", "Autonomic reflex test the recording holds; auto: the one its markers name (a strain, stand-up or breath marker), else valsalva.", AutonomicTest.Auto, TestNames);

    /// <summary>The command-line name of <paramref name="test"/>.</summary>
    public static string NameOf(AutonomicTest test) => TestNames.First(t => t.Test == test).Name;

    private readonly Option<double?> _strainStart = new("--strain-start") { Description = "Valsalva strain start (phase I onset), seconds on the recording's axis; with --strain-end. Default: markers, else detected." };
    private readonly Option<double?> _strainEnd = new("--strain-end") { Description = "Valsalva strain release, seconds; with --strain-start." };
    private readonly Option<double?> _stand = new("--stand") { Description = "Stand-up time, seconds (active stand). Default: a 'stand' marker, else detected from the heart-rate rise." };
    private readonly Option<string?> _cycles = new("--cycles") { Description = "Deep breathing: breathing-cycle boundaries in seconds, comma-separated (n + 1 times for n cycles). Default: breath markers, else detected from the RR oscillation." };
    private readonly Option<string?> _correct = new("--correct")
    {
        Description = "Beat correction before the test: " + string.Join(", ", ArtifactCorrectionOptions.Names) +
            ". Default none: generic artifact detectors take the reflex bradycardia for artifacts.",
    };

    private readonly BeatEditOptions _edits = new();

    public void AddTo(Command command, bool withTest = true)
    {
        if (withTest) command.Options.Add(Test);
        command.Options.Add(_strainStart);
        command.Options.Add(_strainEnd);
        command.Options.Add(_stand);
        command.Options.Add(_cycles);
    }

    /// <summary>Adds --correct and the beat edits (not for batch, whose --correct is the HRV one and is shared).</summary>
    public void AddCorrection(Command command)
    {
        command.Options.Add(_correct);
        _edits.AddTo(command);
    }

    /// <summary>The --beat-edits file, if any (an input the outputs must not overwrite).</summary>
    public string? EditsFile(ParseResult parse) => _edits.EditsFile(parse);

    /// <summary>The library options for the parsed flags.</summary>
    public AutonomicOptions Options(ParseResult parse, bool withCorrection = true, AutonomicTest? test = null)
    {
        var start = parse.GetValue(_strainStart);
        var end = parse.GetValue(_strainEnd);
        if (start.HasValue != end.HasValue) throw new CliException("--strain-start and --strain-end must be given together.");
        if (start is { } s && end is { } e && !(e > s)) throw new CliException($"--strain-end ({e} s) must be after --strain-start ({s} s).");
        var stand = parse.GetValue(_stand);
        if (stand is { } st && !double.IsFinite(st)) throw new CliException("--stand must be a finite number of seconds.");
        double[]? cycles = null;
        if (parse.GetValue(_cycles) is { } text)
        {
            try
            {
                cycles = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            }
            catch (FormatException)
            {
                throw new CliException($"--cycles must be comma-separated seconds, e.g. 60,70,80,90; it is '{text}'.");
            }

            for (var i = 1; i < cycles.Length; i++)
                if (!(cycles[i] > cycles[i - 1])) throw new CliException("--cycles must increase.");
            if (cycles.Length < 2) throw new CliException("--cycles needs at least two times (one cycle).");
        }

        var correction = ArtifactCorrectionOptions.None;
        if (withCorrection && parse.GetValue(_correct) is { } name)
        {
            try
            {
                correction = ArtifactCorrectionOptions.FromName(name);
            }
            catch (ArgumentException ex)
            {
                throw new CliException($"--correct: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
            }
        }

        if (withCorrection && _edits.Edits(parse) is { IsEmpty: false } edits) correction = correction with { Edits = edits };
        return new AutonomicOptions
        {
            Test = test ?? parse.GetValue(Test),
            Correction = correction,
            Valsalva = new ValsalvaOptions { StrainStartSeconds = start, StrainEndSeconds = end },
            ActiveStand = new ActiveStandOptions { StandSeconds = stand },
            DeepBreathing = new DeepBreathingOptions { CycleStartTimesSeconds = cycles },
        };
    }
}
