using System.Globalization;
using System.Text.RegularExpressions;

namespace HrResponse.Io;

/// <summary>
/// Reads raw ECG from delimited text: an optional header, one or more signal columns and optionally a time column.
/// The sampling rate comes from <see cref="EcgCsvOptions.SamplingRateHz"/>, else from a column name such as
/// <c>ecg_360hz</c> or <c>ECG (500 Hz)</c>, else from the spacing of a time column. Culture-invariant numbers; the
/// delimiter (comma, semicolon or tab) is detected from the first line. Blank lines and lines starting with
/// <c>#</c> are skipped and counted.
/// </summary>
/// <remarks>
/// Every problem raises <see cref="HrDataFormatException"/> with source, line, column and text: a cell that is not a
/// number (missing samples are not filled in), a row with the wrong number of cells, an unknown rate, an irregular time
/// column. Units are taken from names containing <c>mv</c>, <c>uv</c>, <c>µv</c> (<c>ecg_mv</c>) or <c>mmhg</c>
/// (<c>bp_250hz_mmhg</c>, a blood-pressure signal recorded beside the ECG).
/// <para>A column named as a marker column (<c>event</c>, <c>marker</c>, <c>label</c>, <c>phase</c>, <c>comment</c>,
/// <c>annotation</c>, <c>note</c>, <c>tag</c>, singular or plural) holds text, not samples: each non-empty cell whose
/// text differs from the previous row's gives a <see cref="Marker"/> at that sample's time
/// (<see cref="EcgCsvContent.Markers"/>); empty cells are no error there.</para>
/// </remarks>
public static partial class EcgCsvReader
{
    private static readonly string[] TimeNames = ["time", "time_s", "time_sec", "time_ms", "t", "seconds", "sec", "timestamp", "ms"];

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Settings, or <c>null</c> for the defaults.</param>
    /// <returns>The signals.</returns>
    /// <exception cref="HrDataFormatException">The content is not a valid ECG table.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EcgCsvContent Read(string path, EcgCsvOptions? options = null)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var reader = new StreamReader(path);
        return Read(reader, path, options);
    }

    /// <summary>Reads from a text reader.</summary>
    /// <param name="reader">The text; read to the end, not disposed.</param>
    /// <param name="sourceName">Name used in messages (file path or stream name).</param>
    /// <param name="options">Settings, or <c>null</c> for the defaults.</param>
    /// <returns>The signals.</returns>
    /// <exception cref="HrDataFormatException">The content is not a valid ECG table.</exception>
    public static EcgCsvContent Read(TextReader reader, string sourceName, EcgCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= EcgCsvOptions.Default;
        if (options.SamplingRateHz is { } given && !(given > 0 && double.IsFinite(given)))
            throw new ArgumentOutOfRangeException(nameof(options), given, $"SamplingRateHz must be a finite number greater than 0; it is {Show(given)}.");

        var skipped = 0;
        var lineNo = 0;
        string? line;
        string? first = null;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (IsSkippable(line)) { skipped++; continue; }
            first = line;
            break;
        }

        if (first is null) throw new HrDataFormatException(sourceName, null, null, null, "The file holds no data: no header and no samples.");
        var delimiter = DetectDelimiter(first);
        var firstCells = Split(first, delimiter);
        var hasHeader = firstCells.Any(c => !TryParse(c, out _));
        string[] names = hasHeader
            ? firstCells.Select(Unquote).ToArray()
            : firstCells.Select((_, i) => i == 0 ? "ecg" : $"ecg{i + 1}").ToArray();
        var headerLine = hasHeader ? lineNo : 0;
        for (var i = 0; i < names.Length; i++)
            if (names[i].Length == 0)
                throw new HrDataFormatException(sourceName, lineNo, (i + 1).ToString(CultureInfo.InvariantCulture), first, "A column has no name.");

        var timeIndex = FindTimeColumn(names, options, sourceName, headerLine);
        var markerIndex = hasHeader ? Array.FindIndex(names, n => IsMarkerName(n)) : -1;
        var signalIndices = SelectSignals(names, timeIndex, markerIndex, options, sourceName, headerLine);
        var markerCells = new List<(int Row, string Label)>();
        var previousLabel = string.Empty;

        var columns = signalIndices.Select(_ => new List<double>(4096)).ToArray();
        var times = timeIndex >= 0 ? new List<double>(4096) : null;
        var dataLines = new List<int>(4096);
        void AddRow(string text, int number)
        {
            var cells = Split(text, delimiter);
            if (cells.Length != names.Length)
                throw new HrDataFormatException(sourceName, number, null, text,
                    $"The row has {cells.Length} cell(s); the header has {names.Length} column(s).");
            for (var k = 0; k < signalIndices.Length; k++)
            {
                var c = signalIndices[k];
                if (!TryParse(cells[c], out var v))
                    throw new HrDataFormatException(sourceName, number, names[c], cells[c],
                        "Not a finite number. ECG samples must be numbers with '.' as decimal point; missing samples are not filled in, so cut or fill them first.");
                columns[k].Add(v);
            }

            if (markerIndex >= 0)
            {
                var label = Unquote(cells[markerIndex]);
                if (label.Length > 0 && !string.Equals(label, previousLabel, StringComparison.Ordinal))
                    markerCells.Add((dataLines.Count, label));
                previousLabel = label;
            }

            if (times is not null)
            {
                if (!TryParse(cells[timeIndex], out var t))
                    throw new HrDataFormatException(sourceName, number, names[timeIndex], cells[timeIndex], "The time is not a finite number.");
                times.Add(t);
            }

            dataLines.Add(number);
        }

        if (!hasHeader) AddRow(first, lineNo);
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (IsSkippable(line)) { skipped++; continue; }
            AddRow(line, lineNo);
        }

        if (columns[0].Count == 0)
            throw new HrDataFormatException(sourceName, null, null, null, "The file has a header but no samples.");

        var notes = new List<string>();
        if (skipped > 0) notes.Add($"Skipped {skipped} blank or comment line(s).");
        var timeScale = timeIndex >= 0 && IsMilliseconds(names[timeIndex]) ? 0.001 : 1.0;
        var headerRate = HeaderRate(names, signalIndices, sourceName, headerLine);
        double fs;
        EcgSamplingRateSource source;
        if (options.SamplingRateHz is { } option)
        {
            fs = option;
            source = EcgSamplingRateSource.Option;
            if (headerRate is { } h && Math.Abs(h - option) > 0.005 * option)
                notes.Add($"The header says {Show(h)} Hz but {Show(option)} Hz was given; {Show(option)} Hz is used.");
        }
        else if (headerRate is { } h)
        {
            fs = h;
            source = EcgSamplingRateSource.Header;
        }
        else if (times is not null)
        {
            fs = RateFromTimes(times, timeScale, dataLines, names[timeIndex], sourceName);
            source = EcgSamplingRateSource.TimeColumn;
        }
        else
        {
            throw new HrDataFormatException(sourceName, headerLine == 0 ? null : headerLine, null, null,
                "The sampling rate is unknown: put it in the column name (e.g. 'ecg_360hz'), set EcgCsvOptions.SamplingRateHz (e.g. 360), or add a time column.");
        }

        var start = times is not null ? times[0] * timeScale : 0;
        var signals = new EcgSignal[signalIndices.Length];
        for (var k = 0; k < signalIndices.Length; k++)
        {
            var name = names[signalIndices[k]];
            signals[k] = EcgSignal.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(columns[k]), fs, name, UnitOf(name), start);
        }

        var markers = markerCells
            .Select(m => new Marker(times is not null ? times[m.Row] * timeScale : start + (m.Row / fs), m.Label))
            .ToArray();
        return new EcgCsvContent
        {
            Source = sourceName,
            Signals = signals,
            Markers = markers,
            MarkerColumn = markerIndex >= 0 ? names[markerIndex] : null,
            SamplingRateHz = fs,
            SamplingRateSource = source,
            TimeColumn = timeIndex >= 0 ? names[timeIndex] : null,
            SkippedLineCount = skipped,
            Notes = notes,
        };
    }

    /// <summary>
    /// True when the first non-blank, non-comment line of the file is a header naming an ECG column (<c>ecg</c> alone or
    /// followed by a non-letter, or a name such as <c>mlii</c>/<c>lead_ii</c>): how <see cref="RecordingReader"/> tells an ECG table
    /// from an RR or HR table.
    /// </summary>
    /// <param name="path">Path of a text file.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    internal static bool LooksLikeEcg(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var reader = new StreamReader(path);
        return LooksLikeEcg(reader);
    }

    /// <summary>True when the first non-blank, non-comment line of the text is a header naming an ECG column (see <see cref="LooksLikeEcg(string)"/>).</summary>
    /// <param name="reader">The text; read up to that line.</param>
    internal static bool LooksLikeEcg(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (IsSkippable(line)) continue;
            return IsEcgHeader(line);
        }

        return false;
    }

    /// <summary>True when <paramref name="headerLine"/> names an ECG column (see <see cref="LooksLikeEcg(string)"/>).</summary>
    /// <param name="headerLine">The header line of a delimited file.</param>
    internal static bool IsEcgHeader(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        return Split(headerLine, DetectDelimiter(headerLine)).Select(Unquote).Any(n =>
            IsEcgName(n) || n.Equals("mlii", StringComparison.OrdinalIgnoreCase)
            || n.StartsWith("lead_", StringComparison.OrdinalIgnoreCase) || n.StartsWith("lead ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <c>ecg</c> alone or followed by a non-letter (<c>ecg_360hz</c>, <c>ECG (mV)</c>, <c>ecg2</c>); not a clinical
    /// column that merely starts with the letters (<c>ecglvh</c>, <c>ecgmi</c> in exercise-test cohort tables).
    /// </summary>
    private static bool IsEcgName(string name) =>
        name.StartsWith("ecg", StringComparison.OrdinalIgnoreCase) && (name.Length == 3 || !char.IsLetter(name[3]));

    /// <summary>The sampling rate named in a column name such as <c>ecg_360hz</c> or <c>ECG (500 Hz)</c>, or <c>null</c>.</summary>
    /// <param name="columnName">A column name.</param>
    internal static double? SamplingRateFromName(string columnName)
    {
        ArgumentNullException.ThrowIfNull(columnName);
        var m = HzPattern().Match(columnName);
        return m.Success && double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hz) && hz > 0
            ? hz : null;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*_?hz(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HzPattern();

    private static bool IsSkippable(string line)
    {
        var t = line.AsSpan().Trim();
        return t.IsEmpty || t[0] == '#';
    }

    private static char DetectDelimiter(string line)
    {
        var best = ',';
        var bestCount = 0;
        foreach (var d in new[] { ',', ';', '\t' })
        {
            var count = line.Count(c => c == d);
            if (count > bestCount) { best = d; bestCount = count; }
        }

        return best;
    }

    private static string[] Split(string line, char delimiter) => line.Split(delimiter);

    private static string Unquote(string cell)
    {
        var t = cell.Trim();
        if (t.Length >= 2 && t[0] == '"' && t[^1] == '"') t = t[1..^1].Trim();
        return t;
    }

    private static bool TryParse(string cell, out double value)
    {
        var t = cell.AsSpan().Trim();
        if (t.Length >= 2 && t[0] == '"' && t[^1] == '"') t = t[1..^1];
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool IsMilliseconds(string name)
    {
        var n = name.ToLowerInvariant();
        return n == "ms" || n.EndsWith("_ms", StringComparison.Ordinal) || n.EndsWith("(ms)", StringComparison.Ordinal)
            || n.EndsWith("[ms]", StringComparison.Ordinal) || n.EndsWith(" ms", StringComparison.Ordinal);
    }

    private static string UnitOf(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("mv", StringComparison.Ordinal)) return "mV";
        if (n.Contains("uv", StringComparison.Ordinal) || n.Contains("µv", StringComparison.Ordinal)) return "µV";
        if (n.Contains("mmhg", StringComparison.Ordinal)) return "mmHg";
        return string.Empty;
    }

    private static int FindTimeColumn(string[] names, EcgCsvOptions options, string source, int headerLine)
    {
        if (options.TimeColumn is { } wanted)
        {
            var i = Array.FindIndex(names, n => n.Equals(wanted, StringComparison.OrdinalIgnoreCase));
            if (i < 0)
                throw new HrDataFormatException(source, headerLine == 0 ? null : headerLine, wanted, null,
                    $"The time column '{wanted}' is not in the header; the columns are: {string.Join(", ", names)}.");
            return i;
        }

        return Array.FindIndex(names, n => TimeNames.Contains(n.ToLowerInvariant()) || n.StartsWith("time", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for a marker column's name (<c>event</c>, <c>marker</c>, <c>label</c>, ...), as the RR/HR table reader names them.</summary>
    private static bool IsMarkerName(string name) => Io.Internal.CsvColumnName.Parse(name).Role == Io.Internal.CsvColumnRole.Marker;

    private static int[] SelectSignals(string[] names, int timeIndex, int markerIndex, EcgCsvOptions options, string source, int headerLine)
    {
        if (options.SignalColumn is { } wanted)
        {
            var i = Array.FindIndex(names, n => n.Equals(wanted, StringComparison.OrdinalIgnoreCase));
            if (i < 0 || i == timeIndex || i == markerIndex)
                throw new HrDataFormatException(source, headerLine == 0 ? null : headerLine, wanted, null,
                    $"The signal column '{wanted}' is not in the header; the columns are: {string.Join(", ", names)}.");
            return [i];
        }

        var all = Enumerable.Range(0, names.Length).Where(i => i != timeIndex && i != markerIndex && !IsOtherClock(names[i])).ToArray();
        if (all.Length == 0)
            throw new HrDataFormatException(source, headerLine == 0 ? null : headerLine, null, null,
                "The file has a time column but no signal column.");
        return all;
    }

    /// <summary>
    /// A second time column beside the one used (a recording app's phone clock and sensor clock, e.g. Polar Sensor
    /// Logger's <c>Phone timestamp;sensor timestamp [ns];timestamp [ms];ecg [uV]</c>): a name with "timestamp" or a time
    /// unit in brackets or parentheses. Such columns are not signals.
    /// </summary>
    private static bool IsOtherClock(string name)
    {
        var n = name.ToLowerInvariant();
        return n.Contains("timestamp", StringComparison.Ordinal) || n.StartsWith("time", StringComparison.Ordinal)
            || n.EndsWith("[ns]", StringComparison.Ordinal) || n.EndsWith("(ns)", StringComparison.Ordinal)
            || n.EndsWith("[ms]", StringComparison.Ordinal) || n.EndsWith("[s]", StringComparison.Ordinal);
    }

    private static double? HeaderRate(string[] names, int[] signalIndices, string source, int headerLine)
    {
        double? rate = null;
        foreach (var i in signalIndices)
        {
            if (SamplingRateFromName(names[i]) is not { } r) continue;
            if (rate is { } previous && Math.Abs(previous - r) > 1e-9)
                throw new HrDataFormatException(source, headerLine, names[i], names[i],
                    $"The signal columns name different sampling rates ({Show(previous)} Hz and {Show(r)} Hz); read them one at a time with EcgCsvOptions.SignalColumn.");
            rate = r;
        }

        return rate;
    }

    private static double RateFromTimes(List<double> times, double scale, List<int> lines, string column, string source)
    {
        var n = times.Count;
        if (n < 2)
            throw new HrDataFormatException(source, lines[0], column, null, "One sample is not enough to find the sampling rate from the time column; set EcgCsvOptions.SamplingRateHz.");
        var period = (times[^1] - times[0]) * scale / (n - 1);
        if (!(period > 0))
            throw new HrDataFormatException(source, lines[^1], column, Show(times[^1]), "The times do not increase.");
        for (var i = 0; i < n; i++)
        {
            var expected = (times[0] * scale) + (i * period);
            if (Math.Abs((times[i] * scale) - expected) > 0.5 * period)
                throw new HrDataFormatException(source, lines[i], column, Show(times[i]),
                    $"The time column is not evenly spaced (expected about {Show(expected / scale)} at this row for a rate of " +
                    $"{Show(1 / period)} Hz); raw ECG must be uniformly sampled. Set EcgCsvOptions.SamplingRateHz if the time column is wrong.");
        }

        // Times written with a few decimals give rates like 359.9996; snap to a whole number of hertz within 10 ppm.
        var rate = 1 / period;
        var whole = Math.Round(rate);
        return Math.Abs(rate - whole) <= 1e-5 * rate ? whole : rate;
    }

    private static string Show(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
