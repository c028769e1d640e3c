using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// A long-format CSV table, read once: several recordings one after another (one subject or test per value of an id
/// column, as <c>id,time_s,load_w,hr_bpm</c>), its recordings listed in order of first appearance and each opened on
/// demand, as <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/> opens it with
/// <see cref="CsvReadOptions.RecordingIdColumn"/> and <see cref="CsvReadOptions.RecordingId"/> set — the same
/// recording, report (file line numbers, the other recordings' rows counted in
/// <see cref="RecordingReadReport.OtherRecordingsRowCount"/>) and notes — without scanning the other recordings' cells
/// again: a table of <em>k</em> recordings costs one read of the file, not <em>k</em>.
/// </summary>
/// <remarks>Thread-safe: <see cref="Open(string)"/> may be called for several recordings at once.</remarks>
public sealed class LongFormatCsvTable
{
    private readonly string _text;
    private readonly CsvReadOptions _options;
    private readonly int[] _lineOwner;
    private readonly int[]? _lineStarts;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _rowCounts;

    private LongFormatCsvTable(string text, string source, string idColumn, CsvReadOptions options)
    {
        _text = text;
        Source = source;
        IdColumn = idColumn;
        _options = options;
        (RecordingIds, _lineOwner, _lineStarts) = new CsvReadSession(text, source, options).ListRecordingIds(idColumn);
        _index = RecordingIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _rowCounts = new int[RecordingIds.Count];
        foreach (var owner in _lineOwner)
            if (owner >= 0) _rowCounts[owner]++;
    }

    /// <summary>The file path or stream name.</summary>
    public string Source { get; }

    /// <summary>The column that names each row's recording, as given.</summary>
    public string IdColumn { get; }

    /// <summary>The values of <see cref="IdColumn"/>, trimmed, in order of first appearance: the recordings the table holds.</summary>
    public IReadOnlyList<string> RecordingIds { get; }

    /// <summary>Reads a CSV file as a long-format table and lists its recordings; only its layout and id column are read.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="idColumn">The column that names each row's recording (case-insensitive, or its 1-based number as text).</param>
    /// <param name="options">Settings for reading each recording (delimiter, units, column names), or <c>null</c> to
    /// detect; its <see cref="CsvReadOptions.RecordingIdColumn"/> and <see cref="CsvReadOptions.RecordingId"/> are set per
    /// recording.</param>
    /// <param name="maxInputBytes">Largest file read, in bytes; default 256 MiB, as
    /// <see cref="RecordingOpenOptions.MaxInputBytes"/>. A larger file, or a device that does not end within it, is refused
    /// before it is read into memory.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="idColumn"/> is null or blank, <paramref name="maxInputBytes"/> is not positive, or an option is invalid (see <see cref="RecordingCsvReader.Read(string, CsvReadOptions?)"/>).</exception>
    /// <exception cref="HrDataFormatException">The file is larger than <paramref name="maxInputBytes"/>, empty, or it has no column <paramref name="idColumn"/> (the message lists the columns found).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LongFormatCsvTable Read(string path, string idColumn, CsvReadOptions? options = null, long maxInputBytes = 256L << 20)
    {
        InputPath.Check(path, nameof(path));
        ArgumentException.ThrowIfNullOrWhiteSpace(idColumn);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxInputBytes);
        var valid = ValidOptions(options, idColumn);
        BoundedFile.EnsureWithinLimit(path, maxInputBytes, "maxInputBytes");
        return new LongFormatCsvTable(File.ReadAllText(path), path, idColumn, valid);
    }

    /// <summary>As <see cref="Read(string, string, CsvReadOptions?, long)"/>, for text from a reader (read to its end; not disposed).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">Name used in messages and the reports.</param>
    /// <param name="idColumn">The column that names each row's recording.</param>
    /// <param name="options">Settings for reading each recording, or <c>null</c> to detect.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> or <paramref name="idColumn"/> is null or blank, or an option is invalid.</exception>
    /// <exception cref="HrDataFormatException">The text is empty, or it has no column <paramref name="idColumn"/>.</exception>
    public static LongFormatCsvTable Read(TextReader reader, string sourceName, string idColumn, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(idColumn);
        var valid = ValidOptions(options, idColumn);
        return new LongFormatCsvTable(reader.ReadToEnd(), sourceName, idColumn, valid);
    }

    /// <summary>Opens one recording of the table.</summary>
    /// <param name="recordingId">One of <see cref="RecordingIds"/> (compared after trimming spaces, case-sensitively).</param>
    /// <returns>The recording, its format, the CSV report and notes, as <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/> gives them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordingId"/> is null.</exception>
    /// <exception cref="HrDataFormatException">No row has that id (the message lists the values found), or the
    /// recording's rows are not a usable recording (the message names the file's line, column and text).</exception>
    public RecordingOpenResult Open(string recordingId)
    {
        ArgumentNullException.ThrowIfNull(recordingId);
        var options = _options with { RecordingIdColumn = IdColumn, RecordingId = recordingId };
        var result = _index.TryGetValue(recordingId.Trim(), out var owner)
            ? new CsvReadSession(_text, Source, options, rowCapacity: _rowCounts[owner] + 1).RunRecording(RecordingIds, _lineOwner, _lineStarts, owner)
            : new CsvReadSession(_text, Source, options).Run(); // fails, listing the values found
        return RecordingReader.FromCsv(result, Source);
    }

    private static CsvReadOptions ValidOptions(CsvReadOptions? options, string idColumn)
    {
        // Validated as a read of one recording would be (the id column must not also be a data column).
        var probe = (options ?? CsvReadOptions.Default) with { RecordingIdColumn = idColumn, RecordingId = string.Empty };
        RecordingCsvReader.Validate(probe);
        return probe with { RecordingIdColumn = null, RecordingId = null };
    }
}
