using System.Globalization;

namespace HrResponse.Io;

/// <summary>
/// Settings for <see cref="RecordingCsvReader"/>. Every setting defaults to detection; an explicit setting always
/// wins over what would be detected, and the report says which was used.
/// </summary>
public sealed record CsvReadOptions
{
    /// <summary>All defaults: everything detected.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// Unit of the RR values (and of beat times without a unit in their header). Default <see cref="Io.RrUnit.Auto"/>:
    /// header unit, else median of the values (below 20 means seconds).
    /// </summary>
    public RrUnit RrUnit { get; init; } = RrUnit.Auto;

    /// <summary>
    /// Field delimiter. Default <c>null</c>: detected from the first non-comment line (tab if it has one, else
    /// semicolon, else comma; a first line without any of them means a single-column file). An Excel separator line
    /// (<c>sep=;</c>) before the header names it and is skipped.
    /// </summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Culture whose decimal separator numbers use. Default <c>null</c>: invariant (decimal point), except that a
    /// decimal comma is detected when the delimiter is a semicolon or tab (or the file has one column) and values
    /// such as <c>0,812</c> appear in the first data lines.
    /// </summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>What the file holds. Default <see cref="CsvContent.Auto"/>: detected from the column names.</summary>
    public CsvContent Content { get; init; } = CsvContent.Auto;

    /// <summary>
    /// Name of the RR column (case-insensitive; without a header, the 1-based column number as text). Default
    /// <c>null</c>: detected by name (<c>rr</c>, <c>rri</c>, <c>ibi</c>, <c>nn</c>, <c>rr_ms</c>, <c>"RR (ms)"</c>, ...).
    /// </summary>
    public string? RrColumn { get; init; }

    /// <summary>
    /// Name of the time column. Default <c>null</c>: detected by name, preferring <c>time_s</c>/<c>time</c>/<c>seconds</c>,
    /// then <c>since_start</c>, then <c>timestamp</c>; with RR present, a time column that does not increase is not used.
    /// </summary>
    public string? TimeColumn { get; init; }

    /// <summary>Name of the heart-rate column. Default <c>null</c>: detected (<c>hr</c>, <c>bpm</c>, <c>heart_rate</c>, <c>"HR (bpm)"</c>, ...).</summary>
    public string? HeartRateColumn { get; init; }

    /// <summary>Name of the load column. Default <c>null</c>: detected (<c>power</c>, <c>power_w</c>, <c>load</c>, <c>watts</c>, <c>mets</c>, ...).</summary>
    public string? LoadColumn { get; init; }

    /// <summary>Name of the marker (event label) column. Default <c>null</c>: detected (<c>marker</c>, <c>event</c>, <c>phase</c>, <c>label</c>, ...).</summary>
    public string? MarkerColumn { get; init; }

    /// <summary>
    /// What to do with an empty RR cell when the file has a time column. Default
    /// <see cref="MissingRrPolicy.RebuildFromTimes"/>. Without a time column an empty RR cell is a format error.
    /// </summary>
    public MissingRrPolicy MissingRr { get; init; } = MissingRrPolicy.RebuildFromTimes;

    /// <summary>Subject information to attach to the recording. Default <c>null</c>: unknown.</summary>
    public SubjectInfo? Subject { get; init; }
}
