namespace HrResponse;

/// <summary>
/// Thrown when a file or stream does not hold valid heart data. The message and the properties name the source,
/// the 1-based line and column (when known) and the offending text, so a user can open the file and fix it.
/// </summary>
public sealed class HrDataFormatException : Exception
{
    /// <summary>Creates an exception with a plain message (no location).</summary>
    public HrDataFormatException() : base("The heart data is not in a valid format.") { }

    /// <summary>Creates an exception with a plain message (no location).</summary>
    /// <param name="message">What is wrong.</param>
    public HrDataFormatException(string message) : base(message) { }

    /// <summary>Creates an exception with a plain message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public HrDataFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates an exception that names where in the source the problem is.</summary>
    /// <param name="source">File path or stream name.</param>
    /// <param name="line">1-based line number, or <c>null</c> when the problem is not on one line.</param>
    /// <param name="column">Column name or 1-based column number as text, or <c>null</c>.</param>
    /// <param name="offendingText">The text that could not be used, or <c>null</c>.</param>
    /// <param name="problem">What is wrong and, where possible, how to fix it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public HrDataFormatException(
        string source, int? line, string? column, string? offendingText, string problem, Exception? innerException = null)
        : base(Format(source, line, column, offendingText, problem), innerException)
    {
        Source = source;
        Line = line;
        Column = column;
        OffendingText = offendingText;
        Problem = problem;
    }

    /// <summary>File path or stream name, or <c>null</c>.</summary>
    public new string? Source { get; }

    /// <summary>1-based line number of the problem, or <c>null</c>.</summary>
    public int? Line { get; }

    /// <summary>Column name (or 1-based number as text) of the problem, or <c>null</c>.</summary>
    public string? Column { get; }

    /// <summary>The text that could not be used, or <c>null</c>.</summary>
    public string? OffendingText { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string? Problem { get; }

    /// <summary>
    /// When the input looks like a long-format table read as one recording — its times restart where this column's
    /// value changes after staying constant (a subject or test id) — the column; <c>null</c> otherwise. Read one
    /// recording with <see cref="Io.CsvReadOptions.RecordingIdColumn"/>, or all with <see cref="Io.LongFormatCsvTable"/>.
    /// </summary>
    public string? RecordingIdColumn { get; init; }

    /// <summary>
    /// True when the values were read but contradict their declared unit (an explicit RR unit or a unit in the column
    /// header): the format was understood, so <see cref="Io.RecordingReader"/> reports this error instead of trying
    /// another reader that would guess the unit.
    /// </summary>
    internal bool IsUnitConflict { get; init; }

    /// <summary>Longest offending text or column name quoted in a message; longer ones are cut with an ellipsis.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>
    /// Longest problem text kept in a message; a longer one (e.g. one that lists the cells of a 1 MB header) is cut with
    /// an ellipsis and says how long it was. <see cref="Problem"/> keeps the whole text.
    /// </summary>
    public const int MaxProblemLength = 1000;

    private static string Format(string source, int? line, string? column, string? text, string problem)
    {
        var where = source;
        if (line is not null) where += $", line {line}";
        if (column is not null) where += $", column '{Printable(column)}'";
        var what = text is null ? string.Empty : $" (text: '{Printable(text)}')";
        if (problem.Length > MaxProblemLength)
            problem = $"{problem[..MaxProblemLength]}… (cut: {problem.Length:N0} characters in all)";
        return $"{where}: {problem}{what}";
    }

    /// <summary>Control and undecodable characters as '?', cut to <see cref="MaxQuotedLength"/> (binary files stay readable in a terminal).</summary>
    private static string Printable(string text)
    {
        var chars = text.Length > MaxQuotedLength ? text[..MaxQuotedLength].ToCharArray() : text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || chars[i] == '\uFFFD' || char.IsSurrogate(chars[i])) chars[i] = '?';
        }

        return text.Length > MaxQuotedLength ? new string(chars) + "…" : new string(chars);
    }
}
