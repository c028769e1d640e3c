using System.Globalization;
using HrResponse.Internal;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads RR-interval text logs: one RR value a line (Elite HRV and similar exports), two numeric columns
/// <c>beat time (s), RR</c> (GoldenCheetah's R–R text), or an app CSV with a header naming an RR column
/// (FatMaxxer's <c>timestamp,rr,since_start</c>, HRV Logger style <c>…,rr,…</c>).
/// </summary>
/// <remarks>
/// <para>Units, in order: an explicit unit (the <c>rrUnit</c> argument); a unit in the RR column's header
/// (<c>rr_ms</c>, <c>RR (ms)</c>, <c>ibi_ms</c> are milliseconds; <c>rr_s</c>, <c>RR (s)</c> seconds); otherwise the
/// values (milliseconds when their median is 20 or more, else seconds, because physiological RR is 0.2–3 s). The
/// rule applies to the whole file, and <see cref="DeviceReadReport.RrUnit"/> and
/// <see cref="DeviceReadReport.RrUnitReason"/> say which unit was used and why. An explicit or header unit always
/// wins: values that contradict it (median below 20 for milliseconds, 20 or more for seconds) raise an
/// <see cref="HrDataFormatException"/> that says so, never a silent conversion.</para>
/// <para>Beat times: the given beat-time column when there is one (two-column layout, in s); otherwise the
/// cumulative sum of the RR values, the first interval starting at 0 s. Phone arrival time stamps (a
/// <c>timestamp</c>/<c>time</c>/<c>date</c> column) carry Bluetooth delivery jitter and may step backwards, so they
/// are never used as beat times: the first one gives <see cref="DeviceReadReport.StartTime"/> (epoch milliseconds
/// or ISO 8601) and the number of backward steps is reported.</para>
/// <para>Separators: comma, semicolon, tab or spaces. Empty lines and lines starting with <c>#</c> are ignored.</para>
/// <para>RR values must be positive: zero or negative values are left out with a note that names the first one's line
/// (and take no part in choosing the unit), and a file in which they are half of the values or more is refused with an
/// <see cref="HrDataFormatException"/> naming the line and value of the first.</para>
/// </remarks>
public static class RrTextReader
{
    private static readonly char[] Separators = [',', ';', '\t', ' '];

    // Header unit suffixes (lower case), longest forms first where one ends another.
    private static readonly (string Suffix, RrUnit Unit)[] HeaderUnitSuffixes =
    [
        ("(ms)", RrUnit.Milliseconds), ("[ms]", RrUnit.Milliseconds), ("_ms", RrUnit.Milliseconds), ("-ms", RrUnit.Milliseconds),
        (" ms", RrUnit.Milliseconds), ("_msec", RrUnit.Milliseconds), ("(s)", RrUnit.Seconds), ("[s]", RrUnit.Seconds),
        ("_s", RrUnit.Seconds), ("-s", RrUnit.Seconds), (" s", RrUnit.Seconds), ("_sec", RrUnit.Seconds),
    ];

    /// <summary>Reads an RR text log, the unit from the header or the values (<see cref="RrUnit.Auto"/>).</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">A value is not a number, a header has no RR column, there are no intervals, or the values contradict the header's unit.</exception>
    public static DeviceReadResult Read(string path) => Read(path, RrUnit.Auto);

    /// <summary>Reads an RR text log with the given RR unit (see the remarks of <see cref="RrTextReader"/>).</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="rrUnit">Unit of the RR values; <see cref="RrUnit.Auto"/> to take it from the header or the values.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rrUnit"/> is not a defined value.</exception>
    /// <exception cref="HrDataFormatException">A value is not a number, a header has no RR column, there are no intervals, or the values contradict the given or header unit.</exception>
    public static DeviceReadResult Read(string path, RrUnit rrUnit)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, rrUnit);
    }

    /// <summary>Reads RR text, the unit from the header or the values (<see cref="RrUnit.Auto"/>).</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <exception cref="HrDataFormatException">A value is not a number, a header has no RR column, there are no intervals, or the values contradict the header's unit.</exception>
    public static DeviceReadResult Read(TextReader reader, string sourceName) => Read(reader, sourceName, RrUnit.Auto);

    /// <summary>Reads RR text with the given RR unit (see the remarks of <see cref="RrTextReader"/>).</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <param name="rrUnit">Unit of the RR values; <see cref="RrUnit.Auto"/> to take it from the header or the values.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rrUnit"/> is not a defined value.</exception>
    /// <exception cref="HrDataFormatException">A value is not a number, a header has no RR column, there are no intervals, or the values contradict the given or header unit.</exception>
    public static DeviceReadResult Read(TextReader reader, string sourceName, RrUnit rrUnit)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (!Enum.IsDefined(rrUnit))
            throw new ArgumentOutOfRangeException(nameof(rrUnit), rrUnit, $"Must be a defined {nameof(RrUnit)}; it is {(int)rrUnit}.");
        var source = sourceName;
        var rows = new List<(string[] Cols, int Line)>();
        string[]? header = null;
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (cols.Length == 0) continue; // only separators: as blank as an empty line
            if (rows.Count == 0 && header is null && !IsNumber(cols[0]))
            {
                header = cols;
                continue;
            }

            rows.Add((cols, lineNo));
        }

        int rrCol, timeCol = -1, stampCol = -1;
        if (header is null)
        {
            var width = rows.Count == 0 ? 1 : rows[0].Cols.Length;
            if (width > 2)
                throw new HrDataFormatException(source, rows[0].Line, null, string.Join(' ', rows[0].Cols),
                    "Expected one RR value a line or two columns (beat time in s, RR); this line has more. Add a header naming the RR column.");
            rrCol = width - 1;
            timeCol = width == 2 ? 0 : -1;
        }
        else
        {
            rrCol = Array.FindIndex(header, h => IsRrName(h));
            if (rrCol < 0)
                throw new HrDataFormatException(source, 1, null, string.Join(',', header),
                    "The header names no RR column (expected a column such as rr, rr_ms, RR interval or ibi).");
            stampCol = Array.FindIndex(header, h => h.ToUpperInvariant() is "TIMESTAMP" or "TIME" or "DATE" or "DATETIME");
        }

        var rr = new double[rows.Count];
        var times = timeCol >= 0 ? new double[rows.Count] : null;
        for (var i = 0; i < rows.Count; i++)
        {
            var (cols, ln) = rows[i];
            rr[i] = Cell(source, cols, rrCol, ln, header);
            if (times is not null) times[i] = Cell(source, cols, timeCol, ln, header);
        }

        var nonPositive = CheckPositive(source, rr, rows, rrCol, header);
        var (unit, unitReason) = ChooseUnit(source, rr, rows, rrCol, header, rrUnit);
        var b = new DeviceRecordingBuilder();
        var factor = unit == RrUnit.Seconds ? 1000.0 : 1.0;
        double sum = 0;
        for (var i = 0; i < rr.Length; i++)
        {
            if (rr[i] <= 0) continue;
            var ms = rr[i] * factor;
            if (times is not null) b.AddBeat(times[i], ms);
            else
            {
                if (ms > 0 && double.IsFinite(ms)) sum += ms;
                b.AddBeat(sum / 1000.0, ms);
            }
        }

        DateTimeOffset? start = null;
        if (stampCol >= 0 && rows.Count > 0)
        {
            var backwards = 0;
            double previous = double.NegativeInfinity;
            foreach (var (cols, _) in rows)
            {
                if (stampCol < cols.Length && double.TryParse(cols[stampCol], NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
                {
                    if (s < previous) backwards++;
                    previous = s;
                }
            }

            var first = stampCol < rows[0].Cols.Length ? rows[0].Cols[stampCol] : string.Empty;
            if (double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch) && epoch > 1e11 && epoch < 1e14)
                start = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(epoch - (rr[0] * factor)));
            else if (DateTimeOffset.TryParse(first, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
                start = iso;
            b.Skip("arrival time stamps that step backwards (Bluetooth delivery jitter; beat times use the cumulative RR instead)", backwards);
        }

        if (nonPositive is { } np) b.Skip(np.Reason, np.Count);
        var result = b.Build(DeviceFormat.RrText, source, start, false, null, null);
        return result with { Report = result.Report with { RrUnit = unit, RrUnitReason = unitReason } };
    }

    /// <summary>
    /// Zero or negative RR values: refused, naming the first one's line and text, when there is no positive value or
    /// they are at least half of the values (the file holds no intervals); otherwise the reason and count under which
    /// they are left out of the recording (null when there is none).
    /// </summary>
    private static (string Reason, int Count)? CheckPositive(
        string source, double[] rr, List<(string[] Cols, int Line)> rows, int rrCol, string[]? header)
    {
        int count = 0, positive = 0, first = -1;
        for (var i = 0; i < rr.Length; i++)
        {
            if (rr[i] > 0) positive++;
            else if (rr[i] <= 0)
            {
                count++;
                if (first < 0) first = i;
            }
        }

        if (count == 0) return null;
        var (cols, line) = rows[first];
        var text = rrCol < cols.Length ? cols[rrCol] : string.Empty;
        var kind = rr[first] == 0 ? "zero" : "negative";
        var ci = CultureInfo.InvariantCulture;
        if (positive == 0 || count * 2 >= positive + count)
        {
            var column = header is not null && rrCol < header.Length ? header[rrCol] : (rrCol + 1).ToString(ci);
            throw new HrDataFormatException(source, line, column, text,
                string.Create(ci, $"an RR interval must be positive, and this value is {kind} ({count} of {positive + count} RR values are zero or negative): ") +
                "an RR interval is the time from one beat to the next, a positive number of milliseconds or seconds");
        }

        return (string.Create(ci, $"RR values that are zero or negative (first on line {line}: '{text}'; an RR interval must be positive, in ms or s)"), count);
    }

    /// <summary>
    /// The unit of the RR values and why: explicit unit, else header unit, else median rule. An explicit or header unit
    /// that the values contradict raises an error that says so (as <see cref="RecordingCsvReader"/> does).
    /// </summary>
    private static (RrUnit Unit, string Reason) ChooseUnit(
        string source, double[] rr, List<(string[] Cols, int Line)> rows, int rrCol, string[]? header, RrUnit rrUnit)
    {
        var median = UnitDetection.MedianOf([.. rr.Where(v => v > 0)]);
        var ci = CultureInfo.InvariantCulture;
        RrUnit unit;
        string reason;
        var headerUnit = header is not null && rrCol < header.Length ? HeaderUnit(header[rrCol]) : RrUnit.Auto;
        if (rrUnit != RrUnit.Auto)
        {
            unit = rrUnit;
            reason = $"set by option (RrUnit = {unit})";
        }
        else if (headerUnit != RrUnit.Auto)
        {
            unit = headerUnit;
            reason = $"header '{header![rrCol]}' says {UnitName(unit)}";
        }
        else
        {
            unit = double.IsFinite(median) && median < 20 ? RrUnit.Seconds : RrUnit.Milliseconds;
            reason = double.IsFinite(median)
                ? (unit == RrUnit.Seconds
                    ? string.Create(ci, $"median value {median:0.###} < 20, so seconds")
                    : string.Create(ci, $"median value {median:0.###} >= 20, so milliseconds"))
                : "no values; milliseconds assumed";
            return (unit, reason);
        }

        if (double.IsFinite(median) && (unit == RrUnit.Milliseconds ? median < 20 : median >= 20))
        {
            var (cols, line) = rows[0];
            var column = header is not null && rrCol < header.Length ? header[rrCol] : (rrCol + 1).ToString(ci);
            throw new HrDataFormatException(source, line, column, rrCol < cols.Length ? cols[rrCol] : null,
                Internal.RrUnitConflict.Message(median, "median value", unit, reason))
            { IsUnitConflict = true };
        }

        return (unit, reason);
    }

    /// <summary>
    /// The unit a header cell names, as the CSV reader reads it: a suffix after <c>_</c>, <c>-</c> or a space, or a unit
    /// in brackets (<c>rr_ms</c>, <c>RR (ms)</c>, <c>ibi_ms</c>; <c>rr_s</c>, <c>RR (s)</c>, <c>rr_sec</c>), or Auto. A
    /// plural such as <c>RRs</c> names no unit.
    /// </summary>
    private static RrUnit HeaderUnit(string h)
    {
        var n = h.Trim().Trim('"').Trim().ToLowerInvariant();
        foreach (var (suffix, unit) in HeaderUnitSuffixes)
        {
            if (n.EndsWith(suffix, StringComparison.Ordinal) && n.Length > suffix.Length) return unit;
        }

        return RrUnit.Auto;
    }

    private static string UnitName(RrUnit unit) => unit == RrUnit.Seconds ? "seconds" : "milliseconds";

    /// <summary>True when a header cell names an RR column.</summary>
    private static bool IsRrName(string h)
    {
        var n = h.Trim().Trim('"').ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return n is "RR" or "RRMS" or "RR(MS)" or "RRI" or "RRINTERVAL" or "RRINTERVALS" or "RRINTERVAL(MS)" or "RRINTERVALMS"
            or "IBI" or "IBIMS" or "IBI(MS)" or "IBI(S)" or "NN" or "NNMS" or "RRS" or "RR(S)" or "RRSEC";
    }

    internal static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static double Cell(string source, string[] cols, int index, int line, string[]? header)
    {
        var name = header is not null && index < header.Length ? header[index] : (index + 1).ToString(CultureInfo.InvariantCulture);
        if (index >= cols.Length)
            throw new HrDataFormatException(source, line, name, string.Join(' ', cols), "The line has too few columns.");
        if (double.TryParse(cols[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw new HrDataFormatException(source, line, name, cols[index], "Not a number.");
    }
}
