namespace HrResponse.Cli;

/// <summary>The output and error writers a command writes to.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ColorOutput">Whether <paramref name="Out"/> is a terminal that shows colour (never in tests or when redirected; NO_COLOR turns it off).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ColorOutput = false)
{
    /// <summary>
    /// Whether the process's standard output should get ANSI colour: it is a terminal (not redirected), the NO_COLOR
    /// environment variable (https://no-color.org) is unset or empty, and TERM is not <c>dumb</c>.
    /// </summary>
    public static bool ConsoleSupportsColor() =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
}
