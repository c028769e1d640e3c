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
/// <para>Units: RR values are milliseconds when their median is 20 or more, otherwise seconds (physiological RR is
/// 0.2–3 s); the report's skipped notes never hide a unit change because the rule applies to the whole file.</para>
/// <para>Beat times: the given beat-time column when there is one (two-column layout, in s); otherwise the
/// cumulative sum of the RR values, the first interval starting at 0 s. Phone arrival time stamps (a
/// <c>timestamp</c>/<c>time</c>/<c>date</c> column) carry Bluetooth delivery jitter and may step backwards, so they
/// are never used as beat times: the first one gives <see cref="DeviceReadReport.StartTime"/> (epoch milliseconds
/// or ISO 8601) and the number of backward steps is reported.</para>
/// <para>Separators: comma, semicolon, tab or spaces. Empty lines and lines starting with <c>#</c> are ignored.</para>
/// </remarks>
public static class RrTextReader
{
    private static readonly char[] Separators = [',', ';', '\t', ' '];

    /// <summary>Reads an RR text log.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">A value is not a number, a header has no RR column, or there are no intervals.</exception>
    public static DeviceReadResult Read(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads RR text.</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <exception cref="HrDataFormatException">A value is not a number, a header has no RR column, or there are no intervals.</exception>
    public static DeviceReadResult Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
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

        var b = new DeviceRecordingBuilder();
        var factor = rr.Length > 0 && UnitDetection.LooksLikeSeconds(rr) ? 1000.0 : 1.0;
        double sum = 0;
        for (var i = 0; i < rr.Length; i++)
        {
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

        var result = b.Build(DeviceFormat.RrText, source, start, false, null, null);
        return result;
    }

    /// <summary>True when a header cell names an RR column.</summary>
    private static bool IsRrName(string h)
    {
        var n = h.Trim().Trim('"').ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return n is "RR" or "RRMS" or "RR(MS)" or "RRI" or "RRINTERVAL" or "RRINTERVALS" or "RRINTERVAL(MS)" or "IBI" or "IBIMS"
            or "NN" or "RRS" or "RR(S)";
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
