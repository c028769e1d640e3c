using System.CommandLine;
using HrResponse.Cli.Commands;

namespace HrResponse.Cli;

/// <summary>Builds the command tree and runs it with error handling that never shows a stack trace for bad input.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, colorOutput: false, CancellationToken.None);

    /// <summary>Parses and runs a command line; <paramref name="colorOutput"/> allows ANSI colour in table output.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="colorOutput">Whether standard output is a terminal that shows colour.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colorOutput) => Run(args, stdout, stderr, colorOutput, CancellationToken.None);

    /// <summary>Parses and runs a command line that Ctrl+C or SIGTERM can cancel (<paramref name="cancellation"/>).</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="cancellation">Cancels the run: outputs keep their previous state, the exit code is <see cref="ExitCodes.Cancelled"/>.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation) => Run(args, stdout, stderr, colorOutput: false, cancellation);

    /// <summary>Parses and runs a command line with colour choice and cancellation.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="colorOutput">Whether standard output is a terminal that shows colour.</param>
    /// <param name="cancellation">Cancels the run: outputs keep their previous state, the exit code is <see cref="ExitCodes.Cancelled"/>.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colorOutput, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(args);
        CliRun.Cancellation = cancellation;
        CliRun.Progress = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error) ? new TerminalProgress(stderr) : null;
        var context = new CliContext(stdout, stderr, colorOutput);
        var root = new RootCommand(
            "hrresponse: the heart's response to exercise — chronotropic response, heart-rate recovery and HRV.")
        {
            HrvCommand.Create(context),
            AnalyzeCommand.Create(context),
            AutonomicCommand.Create(context),
            CohortCommand.Create(context),
            BatchCommand.Create(context),
            CleanCommand.Create(context),
            InfoCommand.Create(context),
            LiveCommand.Create(context),
            PeaksCommand.Create(context),
            IndicesCommand.Create(context),
            PlotCommand.Create(context),
            ReportCommand.Create(context),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'hrresponse --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            // Signals are handled by the caller (Program), which cancels `cancellation`; System.CommandLine's own handler is off.
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
            });
        }
#pragma warning disable CA1031 // The last line of defence: every failure becomes a message and an exit code, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Report(ex, stderr);
        }
    }

    /// <summary>
    /// Writes a failure's message and returns its exit code: a <see cref="CliException"/> its own code, a bad input file
    /// <see cref="ExitCodes.InputError"/>, anything else <see cref="ExitCodes.InternalError"/> as a bug. An
    /// <see cref="ArgumentException"/> is a bug too: every user mistake is checked by the CLI and becomes a
    /// <see cref="CliException"/> (exit 2, 3 or 5), so a library argument exception that gets this far must not pass
    /// for a command-line error.
    /// </summary>
    /// <param name="ex">The failure.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    internal static int Report(Exception ex, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(stderr);
        switch (ex)
        {
            case CliException cli:
                stderr.WriteLine($"error: {cli.Message}");
                return cli.ExitCode;
            case OperationCanceledException:
                stderr.WriteLine("\ncancelled: no output was written (files named as outputs keep their previous content).");
                return ExitCodes.Cancelled;
            case HrDataFormatException:
                stderr.WriteLine($"error: {CliException.InCliTerms(ex.Message)}");
                return ExitCodes.InputError;
            case FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException:
                stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.InputError;
            default:
                stderr.WriteLine($"internal error ({ex.GetType().Name}): {ex.Message}");
                stderr.WriteLine("This is a bug in hrresponse; please report it with the command line and input file.");
                return ExitCodes.InternalError;
        }
    }
}
