using System.Runtime.InteropServices;

namespace HrResponse.Cli;

/// <summary>Entry point of the <c>hrresponse</c> tool.</summary>
internal static class Program
{
    /// <summary>
    /// Runs the tool with the process's standard output and error. Ctrl+C (SIGINT) and SIGTERM cancel the run instead of
    /// killing the process, so temporary files are removed and no output is left half written; the exit code is then
    /// <see cref="ExitCodes.Cancelled"/> (130). A second signal while the run winds down ends the process at once. A SIGINT
    /// ignored when the process starts (a background job of a non-interactive shell) stays ignored, as POSIX shells expect.
    /// </summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>Process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            if (cancellation.IsCancellationRequested) return; // second signal: default handling ends the process
            context.Cancel = true;
            cancellation.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return CliApp.Run(args, Console.Out, Console.Error, CliContext.ConsoleSupportsColor(), cancellation.Token);
    }
}
