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
        return ex.Message.Split('\n', 2)[0].Split(" (Parameter '", 2)[0].TrimEnd();
    }
}
