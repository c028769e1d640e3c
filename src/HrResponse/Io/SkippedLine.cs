namespace HrResponse.Io;

/// <summary>A line of the source that was not used, and why.</summary>
/// <param name="Line">1-based line number in the source.</param>
/// <param name="Text">The line as it is in the source, without the line break.</param>
/// <param name="Reason">Why it was skipped, e.g. <c>blank line</c> or <c>comment</c>.</param>
public sealed record SkippedLine(int Line, string Text, string Reason);
