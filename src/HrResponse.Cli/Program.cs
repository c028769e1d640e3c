namespace HrResponse.Cli;

/// <summary>Entry point of the hrresponse tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>Process exit code.</returns>
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 1;
}
