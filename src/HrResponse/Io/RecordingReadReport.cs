namespace HrResponse.Io;

/// <summary>
/// How a file was read: the layout and units that were detected or set, and why; which columns were used or
/// ignored; and every line that was skipped or repaired. Nothing is dropped without appearing here.
/// </summary>
public sealed record RecordingReadReport
{
    /// <summary>File path or stream name.</summary>
    public required string Source { get; init; }

    /// <summary>What was read (never <see cref="CsvContent.Auto"/>).</summary>
    public required CsvContent Content { get; init; }

    /// <summary>
    /// Field delimiter used. For a single-column file, the one the reader split on: comma, or semicolon when values
    /// use a decimal comma.
    /// </summary>
    public required char Delimiter { get; init; }

    /// <summary>True when numbers were read with a decimal comma (<c>0,812</c>).</summary>
    public required bool DecimalComma { get; init; }

    /// <summary>True when the first non-comment line was a header (it had a cell that is not a number).</summary>
    public required bool HasHeader { get; init; }

    /// <summary>
    /// Unit of the RR values (or beat times) as read, never <see cref="Io.RrUnit.Auto"/>. For heart-rate samples, where
    /// there are no RR values, <see cref="Io.RrUnit.Milliseconds"/> (the unit of intervals derived later).
    /// </summary>
    public required RrUnit RrUnit { get; init; }

    /// <summary>Why that unit, e.g. <c>median value 812 > 20, so milliseconds</c>, <c>header 'rr_s' says seconds</c>, <c>set by option</c>.</summary>
    public required string RrUnitReason { get; init; }

    /// <summary>
    /// Unit of the time column and, for RR files with a time column, whether times mark the end or the start of
    /// each interval, and why; <c>null</c> when no time column was used.
    /// </summary>
    public string? TimeColumnUnitReason { get; init; }

    /// <summary>The columns that were used, each as <c>name: what it was used as</c>.</summary>
    public required IReadOnlyList<string> ColumnsUsed { get; init; }

    /// <summary>The columns that were not used, each as <c>name: why</c>.</summary>
    public required IReadOnlyList<string> ColumnsIgnored { get; init; }

    /// <summary>Lines that were skipped (blank lines, comments, rows without a usable value), in line order.</summary>
    public required IReadOnlyList<SkippedLine> Skipped { get; init; }

    /// <summary>Lines whose empty RR cell was rebuilt from the time column (<see cref="MissingRrPolicy.RebuildFromTimes"/>).</summary>
    public required IReadOnlyList<int> RebuiltRrLines { get; init; }

    /// <summary>
    /// Number of data rows read from the file: not counting the header, blank lines, comments and rows with no value
    /// in any cell; counting rows later skipped for a missing value (those are in <see cref="Skipped"/> too).
    /// </summary>
    public required int DataRowCount { get; init; }

    /// <summary>
    /// With <see cref="CsvReadOptions.RecordingIdColumn"/>, the values of that column in the file, in order of first
    /// appearance (the recordings a long-format table holds); empty otherwise.
    /// </summary>
    public IReadOnlyList<string> RecordingIds { get; init; } = [];

    /// <summary>
    /// With <see cref="CsvReadOptions.RecordingIdColumn"/>, the data rows of the other recordings, left out without
    /// reading their cells (not in <see cref="DataRowCount"/> or <see cref="Skipped"/>); 0 otherwise.
    /// </summary>
    public int OtherRecordingsRowCount { get; init; }
}
