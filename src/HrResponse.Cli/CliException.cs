namespace HrResponse.Cli;

/// <summary>A user-facing failure: its message goes to standard error with the given exit code, without a stack trace.</summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception with <see cref="ExitCodes.UsageError"/>.</summary>
    public CliException() : this("The command failed.") { }

    /// <summary>Creates the exception with <see cref="ExitCodes.UsageError"/>.</summary>
    /// <param name="message">What the user did wrong and how to fix it.</param>
    public CliException(string message) : this(message, ExitCodes.UsageError) { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the user did wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public CliException(string message, Exception innerException) : base(message, innerException) => ExitCode = ExitCodes.UsageError;

    /// <summary>Creates the exception with an exit code.</summary>
    /// <param name="message">What the user did wrong and how to fix it.</param>
    /// <param name="exitCode">Exit code to return.</param>
    public CliException(string message, int exitCode) : base(message) => ExitCode = exitCode;

    /// <summary>The exit code to return.</summary>
    public int ExitCode { get; }

    /// <summary>
    /// The library's message of an argument exception without the runtime's additions (" (Parameter 'x')" and the
    /// "Actual value was ..." line), for messages that then speak of the CLI's flags or files.
    /// </summary>
    /// <param name="ex">The exception.</param>
    public static string LibraryText(ArgumentException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return InCliTerms(ex.Message.Split('\n', 2)[0].Split(" (Parameter '", 2)[0].TrimEnd());
    }

    /// <summary>The library's options named in a message (reading, autonomic test events), as the flags that set them on the command line.</summary>
    private static readonly (string Library, string Flag)[] ReadingFlags =
    [
        ("set EcgCsvOptions.SamplingRateHz", "give --fs"),
        ("EcgCsvOptions.SamplingRateHz", "--fs"),
        ("EcgCsvOptions.SignalColumn", "--signal"),
        ("WfdbReadOptions.Signal", "--signal"),
        ("EdfReadOptions.Signal", "--signal"),
        ("set NormalBeatsOnly = false", "give --all-beats"),
        ("NormalBeatsOnly = false", "--all-beats"),
        ("read one at a time with RecordingIdColumn = '", "read one with --recording "),
        ("' and RecordingId (LongFormatCsvTable lists them)", "=VALUE (batch --split-by reads each)"),
        ("CsvReadOptions.RecordingIdColumn", "--recording"),
        ("option RecordingIdColumn names", "--recording names"),
        ("(ValsalvaOptions.StrainStartSeconds)", "(--strain-start)"),
        ("(ActiveStandOptions.StandSeconds)", "(--stand)"),
        ("(DeepBreathingOptions.CycleStartTimesSeconds)", "(--cycles)"),
        ("given (AutonomicOptions.Test)", "given (--test)"),
        ("set AutonomicOptions.Test for", "give --test for"),
        ("set RrUnit = Seconds", "give --rr-unit s"),
        ("set RrUnit = Milliseconds", "give --rr-unit ms"),
        ("set by option (RrUnit = Seconds)", "set by option (--rr-unit s)"),
        ("set by option (RrUnit = Milliseconds)", "set by option (--rr-unit ms)"),
    ];

    /// <summary>
    /// A library message with its reading options (<c>EcgCsvOptions.SamplingRateHz</c>, <c>EdfReadOptions.Signal</c>,
    /// <c>NormalBeatsOnly = false</c>, ...) named as the CLI's flags (<c>--fs</c>, <c>--signal</c>, <c>--all-beats</c>).
    /// </summary>
    /// <param name="message">The library's message.</param>
    public static string InCliTerms(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (library, flag) in ReadingFlags) message = message.Replace(library, flag, StringComparison.Ordinal);
        return message;
    }
}
