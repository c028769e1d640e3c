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
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand(
            "hrresponse: the heart's response to exercise — chronotropic response, heart-rate recovery and HRV.")
        {
            HrvCommand.Create(context),
            AnalyzeCommand.Create(context),
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
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (HrDataFormatException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.InputError;
        }
        // No catch of ArgumentException here: every user mistake is checked by the CLI and becomes a CliException with
        // exit 2 (or 3, 5); a library ArgumentException that gets this far is a bug in the CLI and must say so (exit 1).
#pragma warning disable CA1031 // The last line of defence: report a bug without a stack trace dump by default.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error ({ex.GetType().Name}): {ex.Message}");
            stderr.WriteLine("This is a bug in hrresponse; please report it with the command line and input file.");
            return ExitCodes.InternalError;
        }
    }
}
