namespace HrResponse.Cli;

/// <summary>The output and error writers a command writes to.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
