namespace HrResponse.Cli;

/// <summary>Entry point of the <c>hrresponse</c> tool.</summary>
internal static class Program
{
    /// <summary>Runs the tool with the process's standard output and error.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>Process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, CliContext.ConsoleSupportsColor());
}
