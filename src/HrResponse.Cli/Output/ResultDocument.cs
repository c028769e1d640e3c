namespace HrResponse.Cli.Output;

/// <summary>
/// One analysed input as the CLI writes it: the file, what was read, the settings that produced the numbers, the
/// index table, and optional named sections (e.g. <c>quality</c>). All output formats are views of this record.
/// </summary>
internal sealed record ResultDocument
{
    /// <summary>The input's path or name.</summary>
    public required string File { get; init; }

    /// <summary>What was read.</summary>
    public required InputSummary Input { get; init; }

    /// <summary>The settings behind the numbers: option records or plain values, by name, in a stable order.</summary>
    public IReadOnlyDictionary<string, object?> Settings { get; init; } = new Dictionary<string, object?>();

    /// <summary>The index table: names like <c>HRV_RMSSD</c> mapped to values, NaN where not computed.</summary>
    public required IReadOnlyDictionary<string, double> Indices { get; init; }

    /// <summary>Extra named objects written beside <see cref="Indices"/> (e.g. <c>quality</c>, <c>problems</c>).</summary>
    public IReadOnlyDictionary<string, object?> Sections { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// The stable codes (<see cref="ProblemCode"/> names) of the analysis problems and the beat-quality warnings, each
    /// once, problems first: the <c>problems</c> column of <c>batch</c>'s CSV, for filtering thousands of rows.
    /// </summary>
    public IReadOnlyList<string> ProblemCodes { get; init; } = [];
}
