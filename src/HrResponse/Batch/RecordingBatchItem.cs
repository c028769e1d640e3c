namespace HrResponse.Batch;

/// <summary>The outcome of one file of a batch: its analysis, or why it has none.</summary>
public sealed record RecordingBatchItem
{
    /// <summary>The file's path, as passed in.</summary>
    public required string Path { get; init; }

    /// <summary>The file's position in the input, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The analysis; null when the file could not be read or analysed (<see cref="Error"/> says why).</summary>
    public RecordingAnalysisResult? Result { get; init; }

    /// <summary>
    /// Why the file has no result, for people to read (a format error names the file and line, column or byte); null
    /// when it has one. The wording may change between versions; branch on <see cref="Succeeded"/>.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>True when <see cref="Result"/> is set.</summary>
    public bool Succeeded => Result is not null;
}
