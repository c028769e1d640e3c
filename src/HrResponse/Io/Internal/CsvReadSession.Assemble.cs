using HrResponse.Internal;

namespace HrResponse.Io.Internal;

/// <summary>Second half of a read: choose the columns, check the values, build the recording and the report.</summary>
internal sealed partial class CsvReadSession
{
    private const string TimePreference = "preference: TimeColumn option, then time_s/time/seconds, then since_start, then timestamp";

    private RecordingReadResult Assemble()
    {
        var names = _columns.Select(c => c.Name).ToArray();
        if (_idIndex >= 0)
        {
            var id = _columns[_idIndex];
            _handled.Add(id);
            _used.Add($"{id.Name.Original}: recording id (rows with {id.Name.Original} = {_options.RecordingId}: {_rows:N0} of " +
                      $"{_rows + _otherRows:N0}; {_ids.Count:N0} recordings in the file)");
        }

        var rr = Pick(_options.RrColumn, CsvColumnRole.Rr, names);
        var beat = Pick(null, CsvColumnRole.BeatTime, names);
        var hr = Pick(_options.HeartRateColumn, CsvColumnRole.HeartRate, names);
        var symbols = Array.Find(_columns, c => c.IsBeatSymbol);
        var explicitTime = _options.TimeColumn is null ? null : _columns[FindOption(names, _options.TimeColumn, nameof(CsvReadOptions.TimeColumn))!.Value];

        var content = _options.Content;
        if (content == CsvContent.Auto)
        {
            if (rr is not null) content = CsvContent.RrIntervals;
            else if (beat is not null) content = CsvContent.BeatTimes;
            else if (hr is not null) content = CsvContent.HeartRateSamples;
            else if (symbols is not null && TimeCandidates(explicitTime, includeBeat: false).Count > 0) content = CsvContent.BeatTimes;
            else if (_columns.Length == 1 && !_hasHeader && !_columns[0].IsLabel) content = CsvContent.RrIntervals;
            else throw WrongColumns("no RR, beat-time or heart-rate column");
        }

        var core = new HashSet<CsvColumnData>();
        double[] rowTimes;
        RrIntervals? beats = null;
        HeartRateSeries? heartRate = null;
        RrUnit unit;
        string unitReason;
        string? timeReason = null;

        switch (content)
        {
            case CsvContent.RrIntervals:
            {
                rr ??= _columns.Length == 1 && !_columns[0].IsLabel ? _columns[0] : throw WrongColumns("Content = RrIntervals but no RR column");
                core.Add(rr);
                var times = TimeCandidates(explicitTime, includeBeat: true);
                (beats, rowTimes, unit, unitReason, timeReason) = ReadIntervals(rr, times, explicitTime is not null, core);
                if (symbols is not null) beats = NormalRrIntervals(beats, rowTimes, symbols);
                break;
            }

            case CsvContent.BeatTimes:
            {
                var column = beat ?? explicitTime ?? TimeCandidates(null, includeBeat: false).FirstOrDefault()
                    ?? (_columns.Length == 1 && !_columns[0].IsLabel ? _columns[0] : throw WrongColumns("Content = BeatTimes but no beat-time or time column"));
                core.Add(column);
                (beats, rowTimes, unit, unitReason) = ReadBeatTimes(column, symbols);
                timeReason = unitReason;
                break;
            }

            default:
            {
                if (hr is null) throw WrongColumns("Content = HeartRateSamples but no heart-rate column");
                var candidates = TimeCandidates(explicitTime, includeBeat: false);
                foreach (var c in candidates) TryDateTimes(c);
                if (candidates.Count == 0)
                    throw WrongColumns($"heart-rate column '{hr.Name.Original}' has no time column beside it");
                core.Add(hr);
                (heartRate, rowTimes, timeReason) = ReadHeartRate(hr, candidates, explicitTime is not null, core);
                unit = RrUnit.Milliseconds;
                unitReason = "no RR values in the file (heart-rate samples); intervals derived from them are in milliseconds";
                break;
            }
        }

        var (load, markers, channels) = ReadExtras(rowTimes, core, names);
        var recording = Recording.Create(beats, heartRate, markers, load, channels, _options.Subject);
        _skipped.Sort((a, b) => a.Line.CompareTo(b.Line));
        var report = new RecordingReadReport
        {
            Source = _source,
            Content = content,
            Delimiter = _separator,
            DecimalComma = _decimalComma,
            HasHeader = _hasHeader,
            RrUnit = unit,
            RrUnitReason = unitReason,
            TimeColumnUnitReason = timeReason,
            ColumnsUsed = _used.ToArray(),
            ColumnsIgnored = _ignored.ToArray(),
            RecordingIds = _ids.ToArray(),
            OtherRecordingsRowCount = _otherRows,
            Skipped = _skipped.ToArray(),
            RebuiltRrLines = _rebuilt.ToArray(),
            DataRowCount = _rows,
        };
        return new RecordingReadResult { Recording = recording, Report = report };
    }

    private CsvColumnData? Pick(string? option, CsvColumnRole role, CsvColumnName[] names)
    {
        // A column read as marker labels is never a numeric role (RecordingCsvReader rejects an explicit clash).
        var i = FindOption(names, option, role.ToString()) ?? Array.FindIndex(_columns, c => c.Name.Role == role && !c.IsLabel && c.Index != _idIndex);
        return i >= 0 && !_columns[i].IsLabel ? _columns[i] : null;
    }

    /// <summary>Time columns in order of preference: the explicit one alone, else by name priority then position.</summary>
    private List<CsvColumnData> TimeCandidates(CsvColumnData? explicitTime, bool includeBeat)
    {
        if (explicitTime is not null) return [explicitTime];
        return _columns
            .Where(c => !c.IsLabel && c.Index != _idIndex && (c.Name.Role == CsvColumnRole.Time || (includeBeat && c.Name.Role == CsvColumnRole.BeatTime)))
            .OrderBy(c => c.Name.TimePriority).ThenBy(c => c.Index)
            .ToList();
    }

    /// <summary>
    /// A time column of text whose cells are all ISO-8601 date-times (<c>2024-05-02T10:42:01.335</c>, with or without a
    /// zone, <c>T</c> or a space) becomes seconds from its first stamp (empty cells stay empty); any other text column
    /// is left as it is. For heart-rate samples only: RR tables time their beats by the RR values, and a phone's
    /// arrival stamps beside them are not beat times.
    /// </summary>
    private void TryDateTimes(CsvColumnData column)
    {
        if (column.FirstTextRow < 0 || column.IsLabel) return;
        var seconds = new double[_rows];
        DateTimeOffset? origin = null;
        for (var i = 0; i < _rows; i++)
        {
            var text = CellText(i, column).Trim().Trim('"');
            if (text.Length == 0)
            {
                seconds[i] = double.NaN;
                continue;
            }

            if (!(text.Length >= 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[3]) && text[4] == '-')
                || !DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var stamp))
                return;
            origin ??= stamp;
            seconds[i] = (stamp - origin.Value).TotalSeconds;
        }

        if (origin is not { } first) return;
        column.UseSecondsFrom(first, seconds);
        _used.Add($"{column.Name.Original}: date-time stamps, read as seconds from the first ({first:yyyy-MM-dd'T'HH:mm:ss.FFF})");
    }

    private HrDataFormatException WrongColumns(string what)
    {
        var hint = string.Empty;
        if (_columns.Length == 1 && _columns[0].Name.Role == CsvColumnRole.Time)
            hint = "; a lone time column may hold beat times: set Content = BeatTimes";
        else if (_columns.Length == 1)
            hint = "; if it holds RR intervals, set Content = RrIntervals or RrColumn";
        else if (!_hasHeader)
            hint = "; the file has no header: name the columns with RrColumn/TimeColumn/HeartRateColumn (1-based numbers)";
        return Fail(
            _headerLine, null, _headerText,
            $"no usable columns ({what}); columns found: {ListColumns(_columns.Select(c => c.Name))}; " +
            $"names accepted: {CsvColumnName.AcceptedNames}{hint}");
    }

    /// <summary>Throws for the first (lowest-row) problem of the kinds asked for in a used numeric column.</summary>
    private void ThrowIfBad(CsvColumnData column, string what, bool allowEmpty, bool requirePositive)
    {
        var candidates = new List<(int Row, string Problem)>();
        if (column.FirstTextRow >= 0)
        {
            var text = CellText(column.FirstTextRow, column);
            var hint = CsvText.IsDecimalCommaNumber(text) && !_decimalComma
                ? $"; it looks like a decimal comma: set Culture, or use ';' or tab as the delimiter (this file is {CsvText.DelimiterName(_separator)}-separated)"
                : string.Empty;
            candidates.Add((column.FirstTextRow, $"text where {what} (a number) is expected{hint}"));
        }

        if (column.FirstNaNRow >= 0) candidates.Add((column.FirstNaNRow, $"NaN is not a valid {what}"));
        if (column.FirstInfinityRow >= 0) candidates.Add((column.FirstInfinityRow, $"infinity is not a valid {what}"));
        if (!allowEmpty && column.FirstEmptyRow >= 0) candidates.Add((column.FirstEmptyRow, $"empty cell where {what} is needed"));
        if (requirePositive && column.FirstNonPositiveRow >= 0)
        {
            var value = column.Values[column.FirstNonPositiveRow];
            candidates.Add((column.FirstNonPositiveRow,
                $"{what} must be positive, and this value is {(value == 0 ? "zero" : "negative")}: an RR interval is the time from one " +
                "beat to the next, a positive number of milliseconds or seconds"));
        }

        if (candidates.Count == 0) return;
        var (row, problem) = candidates.MinBy(c => c.Row);
        throw Fail(_lines[row], column.Name.Original, CellText(row, column), problem);
    }

    /// <summary>True when the column has no unusable cell and its values strictly increase; otherwise why not.</summary>
    private string? WhyNotTimeAxis(CsvColumnData column, bool allowRepeats = false)
    {
        if (column.FirstTextRow >= 0) return $"text on line {_lines[column.FirstTextRow]}";
        if (column.FirstNaNRow >= 0 || column.FirstInfinityRow >= 0) return "a value that is not finite";
        if (column.FirstEmptyRow >= 0) return $"an empty cell on line {_lines[column.FirstEmptyRow]}";
        var v = column.Values;
        for (var i = 1; i < v.Length; i++)
        {
            if (!(v[i] > v[i - 1]) && !(allowRepeats && v[i] == v[i - 1]))
                return $"not increasing ({F(v[i])} on line {_lines[i]} after {F(v[i - 1])} on line {_lines[i - 1]})";
        }

        return null;
    }

    private void ThrowNotIncreasing(CsvColumnData column, int row, int previousRow, double value, double previous)
    {
        var (hint, idColumn) = SeveralRecordings(column, row, previousRow);
        throw new HrDataFormatException(
            _source, _lines[row], column.Name.Original, CellText(row, column),
            $"times must increase: {F(value)} on line {_lines[row]} is not after {F(previous)} on line {_lines[previousRow]}" + hint)
        {
            RecordingIdColumn = idColumn,
        };
    }

    // The values of a column over all rows in order of first appearance, as "21 values: 1, 2, 3, …".
    private string DistinctValues(CsvColumnData column)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = new List<string>();
        for (var r = 0; r < _rows; r++)
        {
            var v = CellText(r, column).Trim().Trim('"').Trim();
            if (seen.Add(v) && first.Count < 5) first.Add(v);
        }

        return $"{seen.Count:N0} values: {string.Join(", ", first)}{(seen.Count > first.Count ? ", …" : string.Empty)}";
    }

    // When the time restarts exactly where another column (e.g. a subject id) changes after staying constant, the
    // file is probably several recordings one after another: say so and name the column that tells them apart.
    private (string Hint, string? Column) SeveralRecordings(CsvColumnData time, int row, int previousRow)
    {
        string[] idWords = ["id", "subject", "patient", "participant", "session", "record", "test", "file"];
        var byLikelihood = _columns.OrderBy(c => idWords.Any(w => c.Name.Original.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 0 : 1);
        foreach (var c in byLikelihood)
        {
            if (ReferenceEquals(c, time)) continue;
            var before = CellText(previousRow, c);
            var now = CellText(row, c);
            if (before == now || before.Length == 0 || now.Length == 0) continue;
            var constant = true;
            for (var r = Math.Max(0, previousRow - 3); r < previousRow && constant; r++) constant = CellText(r, c) == before;
            if (constant)
            {
                return ($"; column '{c.Name.Original}' changes from {before} to {now} here ({DistinctValues(c)}), so the file looks like several " +
                        $"recordings one after another: read one at a time with RecordingIdColumn = '{c.Name.Original}' and RecordingId " +
                        $"(LongFormatCsvTable lists them), or split it into one file per '{c.Name.Original}' value", c.Name.Original);
            }
        }

        return (string.Empty, null);
    }

    /// <summary>
    /// Chooses the time column among candidates (in order of preference): the first that is a clean, increasing
    /// axis. When none is and the column is needed (or named by option), throws the first candidate's problem.
    /// </summary>
    private CsvColumnData? ChooseTime(List<CsvColumnData> candidates, bool isExplicit, bool needed, bool allowRepeats = false)
    {
        var chosen = candidates.Find(c => WhyNotTimeAxis(c, allowRepeats) is null);
        if (chosen is null && candidates.Count > 0 && (isExplicit || needed))
        {
            var c = candidates[0];
            ThrowIfBad(c, "a time", allowEmpty: false, requirePositive: false);
            var v = c.Values;
            for (var i = 1; i < v.Length; i++)
                if (!(v[i] > v[i - 1]) && !(allowRepeats && v[i] == v[i - 1])) ThrowNotIncreasing(c, i, i - 1, v[i], v[i - 1]);
        }

        foreach (var c in candidates)
        {
            _handled.Add(c);
            if (c == chosen) continue;
            var why = WhyNotTimeAxis(c, allowRepeats);
            if (why is not null)
            {
                _ignored.Add(chosen is null
                    ? $"{c.Name.Original}: not usable as the time axis ({why}); beat times come from the RR values"
                    : $"{c.Name.Original}: not usable as the time axis ({why}); '{chosen.Name.Original}' was used");
            }
            else
            {
                _ignored.Add($"{c.Name.Original}: another time column ('{chosen!.Name.Original}') was used ({TimePreference})");
            }
        }

        return chosen;
    }

    private (RrUnit Unit, string Reason) ChooseRrUnit(CsvColumnData column, ReadOnlySpan<double> values, bool differences)
    {
        var median = differences ? MedianSelect.OfDifferences(values) : MedianSelect.OfFinite(values);
        var label = differences ? "median step between beat times" : "median value";
        RrUnit unit;
        string reason;
        if (_options.RrUnit != RrUnit.Auto)
        {
            unit = _options.RrUnit;
            reason = $"set by option (RrUnit = {unit})";
        }
        else if (column.Name.Unit is "ms" or "s")
        {
            unit = column.Name.Unit == "s" ? RrUnit.Seconds : RrUnit.Milliseconds;
            reason = $"header '{column.Name.Original}' says {Unit(unit)}";
        }
        else
        {
            unit = median < 20 ? RrUnit.Seconds : RrUnit.Milliseconds;
            reason = median < 20 ? $"{label} {F(median)} < 20, so seconds" : $"{label} {F(median)} >= 20, so milliseconds";
            return (unit, reason);
        }

        // Explicit or header unit: refuse values that cannot be intervals in that unit, and say the fix.
        if (double.IsFinite(median) && (unit == RrUnit.Milliseconds ? median < 20 : median >= 20))
        {
            var row = FirstFiniteRow(values);
            throw new HrDataFormatException(
                _source, _lines[row], column.Name.Original, CellText(row, column),
                RrUnitConflict.Message(median, label, unit, reason))
            { IsUnitConflict = true };
        }

        return (unit, reason);
    }

    private static int FirstFiniteRow(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
            if (double.IsFinite(values[i])) return i;
        return 0;
    }

    private void Skip(int row, string reason) => _skipped.Add(new SkippedLine(_lines[row], RawLine(row), reason));
}
