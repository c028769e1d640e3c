using HrResponse.Internal;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace HrResponse.Io.Internal;

/// <summary>
/// One read of one CSV text: detects the layout, reads the rows with CsvHelper into per-column numbers, then
/// builds the recording and the report. Not thread-safe; used once.
/// </summary>
internal sealed partial class CsvReadSession
{
    private readonly string _text;
    private readonly string _source;
    private readonly CsvReadOptions _options;
    private readonly List<SkippedLine> _skipped = [];
    private readonly List<int> _rebuilt = [];
    private readonly List<string> _used = [];
    private readonly HashSet<CsvColumnData> _handled = [];
    private readonly List<string> _ignored = [];

    private char _separator;
    private bool _singleColumn;
    private bool _hasHeader;
    private bool _decimalComma;
    private IFormatProvider _numbers = CultureInfo.InvariantCulture;
    private int _headerLine;
    private int _separatorHintLine;
    private string _headerText = string.Empty;
    private CsvColumnData[] _columns = [];
    private int[] _lines;
    private List<int>? _lineIndex;
    private readonly int _capacity;
    private int _rows;

    private readonly bool _allowPlainPath;

    private const int SelectedRowsInitialCapacity = 4096;

    // Long-format tables. Reading one recording (CsvReadOptions.RecordingIdColumn) or listing them (ListRecordingIds):
    // the id column, its values in order of first appearance, the rows of other recordings left out. Reading one
    // recording of a listed table (RunRecording): each line's recording (an index into _ids, -1 for a line that is no
    // data row), the lines' start offsets (plain text) and the recording read, so the others' rows are jumped over.
    private string? _listIdColumn;
    private int _idIndex = -1;
    private readonly List<string> _ids = [];
    private readonly Dictionary<string, int> _idSeen = new(StringComparer.Ordinal);
    private int _otherRows;
    private int[]? _lineOwner;
    private int[]? _lineStarts;
    private int _ownerRead = -1;

    /// <summary>A read of <paramref name="text"/>.</summary>
    /// <param name="text">The whole CSV text (a leading byte order mark is dropped).</param>
    /// <param name="source">Name of the input in messages and the report.</param>
    /// <param name="options">Validated settings.</param>
    /// <param name="allowPlainPath">
    /// True (always, outside tests) to read plain text (ASCII, no double quote, no lone CR) with the span-based row
    /// reader instead of CsvHelper; both give the same rows, cells and line numbers. Tests set it false to compare.
    /// </param>
    /// <param name="rowCapacity">Rows to make room for at first (they grow as needed); <c>null</c> for the text's line count.</param>
    public CsvReadSession(string text, string source, CsvReadOptions options, bool allowPlainPath = true, int? rowCapacity = null)
    {
        _text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        _source = source;
        _options = options;
        _allowPlainPath = allowPlainPath;
        // One recording of a long-format table holds a part of the lines: its columns start small and grow.
        _capacity = rowCapacity ?? (options.RecordingIdColumn is null
            ? CsvText.LineCountUpperBound(_text)
            : Math.Min(CsvText.LineCountUpperBound(_text), SelectedRowsInitialCapacity));
        _lines = new int[_capacity];
    }

    public RecordingReadResult Run()
    {
        DetectLayout();
        if (_allowPlainPath && CsvText.IsPlain(_text)) ReadPlainRows();
        else ReadRows();
        return Assemble();
    }

    /// <summary>
    /// The distinct values of <paramref name="idColumn"/> in order of first appearance, and each line's recording (an
    /// index into them, -1 for a line that is no data row); no other cell is read.
    /// </summary>
    /// <remarks>For plain text (read line by line) the lines' start offsets too, so that a read of one recording can
    /// jump over the others' rows; <c>null</c> otherwise.</remarks>
    public (IReadOnlyList<string> Ids, int[] LineOwner, int[]? LineStarts) ListRecordingIds(string idColumn)
    {
        _listIdColumn = idColumn;
        _lineOwner = new int[_capacity + 2];
        Array.Fill(_lineOwner, -1);
        DetectLayout();
        var plain = _allowPlainPath && CsvText.IsPlain(_text);
        if (plain) ReadPlainRows();
        else ReadRows();
        return (_ids.ToArray(), _lineOwner, plain ? [.. CsvText.LineStarts(_text)] : null);
    }

    /// <summary>
    /// Reads one recording of a table listed by <see cref="ListRecordingIds"/> on the same text (the options name its
    /// column and value): the other recordings' rows are passed over by line, unsplit.
    /// </summary>
    public RecordingReadResult RunRecording(IReadOnlyList<string> ids, int[] lineOwner, int[]? lineStarts, int recording)
    {
        foreach (var id in ids) NoteId(id);
        _lineOwner = lineOwner;
        _lineStarts = lineStarts;
        _ownerRead = recording;
        return Run();
    }

    // The last line of the run of other recordings' rows that begins at `line` (counted in _otherRows), for a jump.
    private int EndOfOtherRecordingsRun(int line)
    {
        var owner = _lineOwner!;
        var last = line;
        while (last + 1 < owner.Length && owner[last + 1] >= 0 && owner[last + 1] != _ownerRead) last++;
        _otherRows += last - line;
        return last;
    }

    // True for a row of another recording, passed over by its line alone (LongFormatCsvTable).
    private bool IsOtherRecordingLine(int line)
    {
        if (_ownerRead < 0 || line >= _lineOwner!.Length) return false;
        var owner = _lineOwner[line];
        if (owner < 0 || owner == _ownerRead) return false;
        _otherRows++;
        return true;
    }

    private int NoteId(ReadOnlySpan<char> id)
    {
        if (_idSeen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var index)) return index;
        var text = id.ToString();
        _idSeen.Add(text, _ids.Count);
        _ids.Add(text);
        return _ids.Count - 1;
    }

    // True when a data row belongs to another recording than the one read (always, when only listing the ids): the
    // caller leaves it out. The id is noted in order of first appearance.
    private bool IsOtherRecording(int line, ReadOnlySpan<char> idCell)
    {
        var id = idCell.Trim();
        var index = NoteId(id);
        if (_listIdColumn is not null)
        {
            if (line < _lineOwner!.Length) _lineOwner[line] = index;
            return true;
        }

        if (id.SequenceEqual(_options.RecordingId.AsSpan().Trim())) return false;
        _otherRows++;
        return true;
    }

    // After the rows: a read that kept none fails, saying why.
    private void CheckRowsRead()
    {
        if (_rows > 0 || _listIdColumn is not null) return;
        if (_idIndex >= 0 && _ids.Count > 0)
        {
            var shown = string.Join(", ", _ids.Take(20));
            throw Fail(
                _headerLine, _columns[_idIndex].Name.Original, _headerText,
                $"no row has {_columns[_idIndex].Name.Original} = {_options.RecordingId}; the values in the file are {shown}" +
                (_ids.Count > 20 ? $", … ({_ids.Count} in all)" : string.Empty));
        }

        throw Fail(
            _headerLine, null, _headerText,
            _hasHeader ? "the file has a header but no data rows" : "the file has no data rows with a value");
    }

    private void DetectLayout()
    {
        var meaningful = new List<(int Line, string Text)>();
        var lastLine = 0;
        foreach (var (line, content) in CsvText.Lines(_text))
        {
            lastLine = line;
            var trimmed = content.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#') continue;
            meaningful.Add((line, content));
            if (meaningful.Count >= 50) break;
        }

        if (meaningful.Count == 0)
        {
            throw Fail(
                null, null, null,
                _text.AsSpan().Trim().IsEmpty
                    ? "the file is empty: it has no header and no data rows"
                    : $"the file has no header and no data rows: all {lastLine} lines are blank or comments");
        }

        // Excel writes "sep=;" as the first line to name the delimiter.
        var hint = meaningful[0].Text.TrimStart(' ');
        if (hint.Length >= 5 && hint.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) &&
            hint[4] is ',' or ';' or '\t' or '|' && hint.AsSpan(5).Trim().IsEmpty)
        {
            _separatorHintLine = meaningful[0].Line;
            meaningful.RemoveAt(0);
            if (meaningful.Count == 0)
                throw Fail(_separatorHintLine, null, hint, "the file has only a separator line (sep=) and no header or data rows");
        }

        var first = meaningful[0].Text;
        if (_options.Delimiter is null && _separatorHintLine > 0)
        {
            _separator = hint[4];
            _singleColumn = CsvText.CountOutsideQuotes(first, _separator) == 0;
        }
        else if (_options.Delimiter is { } d)
        {
            _separator = d;
            _singleColumn = CsvText.CountOutsideQuotes(first, d) == 0;
        }
        else if (CsvText.CountOutsideQuotes(first, '\t') > 0) _separator = '\t';
        else if (CsvText.CountOutsideQuotes(first, ';') > 0) _separator = ';';
        else if (CsvText.CountOutsideQuotes(first, ',') > 0) _separator = ',';
        else _singleColumn = true;

        // A headerless file whose every line is "digits,digits" is one column with a decimal comma, not two columns.
        if (_options.Delimiter is null && _separatorHintLine == 0 && _separator == ',' && _options.Culture is null &&
            meaningful.TrueForAll(m => CsvText.IsDecimalCommaNumber(m.Text)))
        {
            _singleColumn = true;
            _decimalComma = true;
        }

        var cells = _singleColumn ? [first.Trim().Trim('"').Trim()] : CsvText.Split(first, _separator);
        _hasHeader = cells.Exists(c => c.Length > 0 && !CsvText.LooksNumeric(c));

        if (_options.Culture is { } culture)
        {
            _numbers = culture.NumberFormat;
            _decimalComma = culture.NumberFormat.NumberDecimalSeparator == ",";
        }
        else if (!_decimalComma && (_singleColumn || _separator != ','))
        {
            foreach (var (_, content) in meaningful.Skip(_hasHeader ? 1 : 0))
            {
                var row = _singleColumn ? [content] : CsvText.Split(content, _separator);
                if (row.Exists(CsvText.IsDecimalCommaNumber))
                {
                    _decimalComma = true;
                    break;
                }
            }
        }

        if (_decimalComma && _options.Culture is null) _numbers = CsvText.DecimalCommaFormat;
        if (_singleColumn && _options.Delimiter is null && _separatorHintLine == 0) _separator = _decimalComma ? ';' : ',';
    }

    private void ReadRows()
    {
        var csvOptions = CsvReaderOptions.Default with
        {
            Separator = _separator,
            HasHeader = false,
            SkipEmptyLines = false,
            CommentPrefix = null,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false,
            TrimWhitespace = false,
            DetectSeparatorHint = false,
        };
        using var csv = CsvReader.FromText(_text, csvOptions);
        var columnsReady = false;
        while (csv.Read())
        {
            var line = checked((int)csv.LineNumber);
            if (_lineOwner is not null && IsOtherRecordingLine(line)) continue;
            var raw = csv.RawRecord;
            if (CsvText.IsBlank(raw))
            {
                _skipped.Add(new SkippedLine(line, Encoding.UTF8.GetString(raw), "blank line"));
                continue;
            }

            if (CsvText.FirstNonBlank(raw) == (byte)'#')
            {
                _skipped.Add(new SkippedLine(line, Encoding.UTF8.GetString(raw), "comment line (starts with '#')"));
                continue;
            }

            if (line == _separatorHintLine)
            {
                _skipped.Add(new SkippedLine(line, Encoding.UTF8.GetString(raw), "separator line (Excel's sep=)"));
                continue;
            }

            if (!columnsReady)
            {
                columnsReady = true;
                if (_hasHeader)
                {
                    _headerLine = line;
                    _headerText = Encoding.UTF8.GetString(raw);
                    var names = new string[csv.FieldCount];
                    for (var c = 0; c < names.Length; c++) names[c] = (csv.GetString(c) ?? string.Empty).Trim();
                    SetUpColumns(names);
                    continue;
                }

                _headerLine = line;
                _headerText = Encoding.UTF8.GetString(raw);
                SetUpColumns(null, csv.FieldCount);
            }

            var allBlank = true;
            for (var c = 0; c < csv.FieldCount && allBlank; c++) allBlank = CsvText.IsBlank(csv.GetSpan(c));
            if (allBlank)
            {
                _skipped.Add(new SkippedLine(line, Encoding.UTF8.GetString(raw), "no value in any cell"));
                continue;
            }

            if (_idIndex >= 0 && _idIndex < csv.FieldCount && IsOtherRecording(line, csv.GetString(_idIndex) ?? string.Empty)) continue;

            if (csv.FieldCount != _columns.Length)
            {
                var column = csv.FieldCount > _columns.Length
                    ? (_columns.Length + 1).ToString(CultureInfo.InvariantCulture)
                    : _columns[csv.FieldCount].Name.Original;
                throw Fail(
                    line, column, Encoding.UTF8.GetString(raw),
                    $"the row has {csv.FieldCount} cells but the {(_hasHeader ? "header" : "first row")} on line {_headerLine} has " +
                    $"{_columns.Length} ({CsvText.DelimiterName(_separator)}-separated); every row needs one cell per column");
            }

            for (var c = 0; c < _columns.Length; c++) _columns[c].Add(csv.GetSpan(c), _numbers);
            if (_rows == _lines.Length) Array.Resize(ref _lines, _lines.Length * 2);
            _lines[_rows++] = line;
        }

        CheckRowsRead();
    }

    /// <summary>
    /// <see cref="ReadRows"/> for plain text (<see cref="CsvText.IsPlain"/>: ASCII, no double quote, every CR followed by
    /// LF), where a line is a record and its cells are the text between separators, as CsvHelper reads them: the same
    /// skipped lines, header, cells, errors and line numbers, without CsvHelper's per-record work or per-row allocations.
    /// </summary>
    private void ReadPlainRows()
    {
        var text = _text.AsSpan();
        var separator = _separator;
        var columnsReady = false;
        var line = 0;
        var start = 0;
        var ranges = new Range[16];
        while (start < text.Length)
        {
            line++;
            if (_lineStarts is not null && IsOtherRecordingLine(line))
            {
                // Jump to the line after this run of other recordings' rows (LongFormatCsvTable).
                line = EndOfOtherRecordingsRun(line);
                start = line < _lineStarts.Length ? _lineStarts[line] : text.Length;
                continue;
            }

            var rest = text[start..];
            var end = rest.IndexOf('\n');
            ReadOnlySpan<char> raw;
            if (end < 0)
            {
                raw = rest;
                start = text.Length;
            }
            else
            {
                raw = rest[..end];
                start += end + 1;
            }

            if (!raw.IsEmpty && raw[^1] == '\r') raw = raw[..^1];
            if (CsvText.IsBlank(raw))
            {
                _skipped.Add(new SkippedLine(line, raw.ToString(), "blank line"));
                continue;
            }

            if (CsvText.FirstNonBlank(raw) == '#')
            {
                _skipped.Add(new SkippedLine(line, raw.ToString(), "comment line (starts with '#')"));
                continue;
            }

            if (line == _separatorHintLine)
            {
                _skipped.Add(new SkippedLine(line, raw.ToString(), "separator line (Excel's sep=)"));
                continue;
            }

            var fieldCount = raw.Count(separator) + 1;
            if (fieldCount > ranges.Length) ranges = new Range[fieldCount];
            raw.Split(ranges.AsSpan(0, fieldCount), separator);
            if (!columnsReady)
            {
                columnsReady = true;
                _headerLine = line;
                _headerText = raw.ToString();
                if (_hasHeader)
                {
                    var names = new string[fieldCount];
                    for (var c = 0; c < names.Length; c++) names[c] = raw[ranges[c]].Trim().ToString();
                    SetUpColumns(names);
                    continue;
                }

                SetUpColumns(null, fieldCount);
            }

            var allBlank = true;
            for (var c = 0; c < fieldCount && allBlank; c++) allBlank = CsvText.IsBlank(raw[ranges[c]]);
            if (allBlank)
            {
                _skipped.Add(new SkippedLine(line, raw.ToString(), "no value in any cell"));
                continue;
            }

            if (_idIndex >= 0 && _idIndex < fieldCount && IsOtherRecording(line, raw[ranges[_idIndex]])) continue;

            if (fieldCount != _columns.Length)
            {
                var column = fieldCount > _columns.Length
                    ? (_columns.Length + 1).ToString(CultureInfo.InvariantCulture)
                    : _columns[fieldCount].Name.Original;
                throw Fail(
                    line, column, raw.ToString(),
                    $"the row has {fieldCount} cells but the {(_hasHeader ? "header" : "first row")} on line {_headerLine} has " +
                    $"{_columns.Length} ({CsvText.DelimiterName(_separator)}-separated); every row needs one cell per column");
            }

            for (var c = 0; c < _columns.Length; c++) _columns[c].Add(raw[ranges[c]], _numbers);
            if (_rows == _lines.Length) Array.Resize(ref _lines, _lines.Length * 2);
            _lines[_rows++] = line;
        }

        CheckRowsRead();
    }

    private void SetUpColumns(string[]? headers, int count = 0)
    {
        var names = headers is null
            ? Enumerable.Range(1, count).Select(i => new CsvColumnName(
                i.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, CsvColumnRole.Unknown, 0)).ToArray()
            : headers.Select(CsvColumnName.Parse).ToArray();

        // Validate the explicit names now, so a wrong name fails before the data is read.
        int?[] numeric =
        [
            FindOption(names, _options.RrColumn, nameof(CsvReadOptions.RrColumn)),
            FindOption(names, _options.TimeColumn, nameof(CsvReadOptions.TimeColumn)),
            FindOption(names, _options.HeartRateColumn, nameof(CsvReadOptions.HeartRateColumn)),
            FindOption(names, _options.LoadColumn, nameof(CsvReadOptions.LoadColumn)),
        ];
        var explicitMarker = FindOption(names, _options.MarkerColumn, nameof(CsvReadOptions.MarkerColumn));
        // RecordingCsvReader rejects a MarkerColumn that another column option also names.
        var markerIndex = explicitMarker ?? -1;
        for (var i = 0; i < names.Length && markerIndex < 0; i++)
            if (names[i].Role == CsvColumnRole.Marker && Array.IndexOf(numeric, i) < 0) markerIndex = i;
        var symbolIndex = FindOption(names, _options.BeatSymbolColumn, nameof(CsvReadOptions.BeatSymbolColumn)) ?? -1;
        for (var i = 0; i < names.Length && symbolIndex < 0; i++)
            if (names[i].Role == CsvColumnRole.BeatSymbol && i != markerIndex && Array.IndexOf(numeric, i) < 0) symbolIndex = i;
        _columns = new CsvColumnData[names.Length];
        for (var i = 0; i < names.Length; i++) _columns[i] = new CsvColumnData(i, names[i], i == markerIndex, _capacity, i == symbolIndex);
        if ((_listIdColumn ?? _options.RecordingIdColumn) is { } idColumn)
            _idIndex = FindOption(names, idColumn, nameof(CsvReadOptions.RecordingIdColumn))!.Value;
    }

    private int? FindOption(CsvColumnName[] names, string? wanted, string optionName)
    {
        if (wanted is null) return null;
        var w = wanted.Trim();
        var i = Array.FindIndex(names, n => string.Equals(n.Original.Trim().Trim('"'), w, StringComparison.OrdinalIgnoreCase));
        if (i >= 0) return i;
        if (int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1 && k <= names.Length) return k - 1;
        throw Fail(
            _headerLine, wanted, _headerText,
            $"option {optionName} names column '{wanted}', which the file does not have; columns found: {ListColumns(names)}");
    }

    private static string ListColumns(IEnumerable<CsvColumnName> names) =>
        string.Join(", ", names.Select(n => $"'{n.Original}'"));

    private HrDataFormatException Fail(int? line, string? column, string? text, string problem) =>
        new(_source, line, column, text, problem);

    /// <summary>The text of a cell as it is in the source, for error messages.</summary>
    private string CellText(int row, CsvColumnData column)
    {
        var line = RawLine(row);
        return _singleColumn ? line.Trim() : CsvText.CellAt(line, _separator, column.Index);
    }

    /// <summary>The source line of a data row, without its line break (line index built once, on first use).</summary>
    private string RawLine(int row)
    {
        _lineIndex ??= CsvText.LineStarts(_text);
        var line = _lines[row];
        if (line < 1 || line > _lineIndex.Count) return string.Empty;
        var start = _lineIndex[line - 1];
        var end = start;
        while (end < _text.Length && _text[end] != '\n' && _text[end] != '\r') end++;
        return _text[start..end];
    }

    private static string F(double v) => CsvText.Show(v);

    private static string Unit(RrUnit unit) => unit == RrUnit.Seconds ? "seconds" : "milliseconds";

    private static double Median(List<double> values) => MedianSelect.Median(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
}
