using System.CommandLine;
using HrResponse.Exercise;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>--exercise-start</c>, <c>--exercise-end</c> and <c>--recovery-end</c> of <c>analyze</c>, <c>report</c> and
/// <c>plot</c>: phase times the analyst knows, in seconds on the recording's time axis (the <c>time_s</c> of
/// <c>hrresponse clean</c>). Each replaces what markers, the load or the heart-rate curve would give; the library rule is
/// <see cref="ExerciseTestOptions.ExerciseStartSeconds"/> / <see cref="ExerciseTestOptions.ExerciseEndSeconds"/>.
/// </summary>
internal sealed class PhaseTimeOptions
{
    private readonly Option<double?> _start = new("--exercise-start") { Description = "Exercise start, seconds on the recording's time axis (the time_s of `hrresponse clean`). Default: markers, else the load column, else the heart-rate curve." };
    private readonly Option<double?> _end = new("--exercise-end") { Description = "Exercise end (start of recovery), seconds. Default: markers, else the load column, else where heart rate starts to fall after its peak." };
    private readonly Option<double?> _recoveryEnd = new("--recovery-end") { Description = "End of the recovery phase, seconds. Default: a recovery-end marker, else the end of the recording." };

    public void AddTo(Command command)
    {
        command.Options.Add(_start);
        command.Options.Add(_end);
        command.Options.Add(_recoveryEnd);
    }

    /// <summary><paramref name="options"/> with the given phase times; checks their order.</summary>
    public RecordingAnalysisOptions Apply(ParseResult parse, RecordingAnalysisOptions options)
    {
        var start = parse.GetValue(_start);
        var end = parse.GetValue(_end);
        var recoveryEnd = parse.GetValue(_recoveryEnd);
        foreach (var (name, value) in new[] { ("--exercise-start", start), ("--exercise-end", end), ("--recovery-end", recoveryEnd) })
        {
            if (value is { } v && !double.IsFinite(v)) throw new CliException($"{name} must be a number of seconds; it is {v}.");
        }

        if (start is { } s && end is { } e && !(e > s)) throw new CliException($"--exercise-end ({e} s) must be after --exercise-start ({s} s).");
        if (end is { } e2 && recoveryEnd is { } r && !(r > e2)) throw new CliException($"--recovery-end ({r} s) must be after --exercise-end ({e2} s).");
        return With(options, start, end, recoveryEnd);
    }

    /// <summary><paramref name="options"/> with each phase time that is given (also the per-file times of <c>batch --subjects</c>).</summary>
    public static RecordingAnalysisOptions With(RecordingAnalysisOptions options, double? start, double? end, double? recoveryEnd) =>
        start is null && end is null && recoveryEnd is null
            ? options
            : options with
            {
                Exercise = options.Exercise with
                {
                    ExerciseStartSeconds = start ?? options.Exercise.ExerciseStartSeconds,
                    ExerciseEndSeconds = end ?? options.Exercise.ExerciseEndSeconds,
                    RecoveryEndSeconds = recoveryEnd ?? options.Exercise.RecoveryEndSeconds,
                },
            };
}
