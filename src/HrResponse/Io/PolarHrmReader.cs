using System.Globalization;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads Polar HRM files (versions 105–107, INI-like text). In heart-rate mode (<c>Interval</c> in seconds) the first
/// <c>[HRData]</c> column is HR in bpm, sample <c>i</c> at <c>i × Interval</c> s; in R–R mode (<c>Interval=238</c>)
/// the first column is the RR interval in ms and beat times are their cumulative sum. Power is read when the
/// <c>SMode</c> power digit is set; laps come from <c>[IntTimes]</c> (split time, HR, HR min, HR avg, HR max).
/// </summary>
/// <remarks>
/// <para>SMode digits, left to right: speed, cadence, altitude, power, power L/R balance, pedalling index, HR/cycling,
/// units, air pressure. Columns follow in that order, so power is column <c>1 + speed + cadence + altitude</c>
/// (0-based).</para>
/// <para><c>Date</c> and <c>StartTime</c> are the watch's local time; the report gives them with offset zero and
/// <see cref="DeviceReadReport.StartTimeIsLocal"/> set. Zero HR values (no signal) are skipped and counted.</para>
/// </remarks>
public static class PolarHrmReader
{
    /// <summary>The <c>Interval</c> value that marks R–R recording mode.</summary>
    public const int RrModeInterval = 238;

    /// <summary>Reads a Polar HRM file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">A required parameter is missing or a value cannot be parsed; no heart data.</exception>
    public static DeviceReadResult Read(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads Polar HRM text.</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <exception cref="HrDataFormatException">A required parameter is missing or a value cannot be parsed; no heart data.</exception>
    public static DeviceReadResult Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var source = sourceName;
        var parameters = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var hrRows = new List<(string[] Cols, int Line)>();
        var lapRows = new List<(string[] Cols, int Line)>();
        var section = string.Empty;
        var lineNo = 0;
        var sawParams = false;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line[0] == '[')
            {
                var close = line.IndexOf(']', StringComparison.Ordinal);
                section = close > 0 ? line[1..close] : line[1..];
                if (section.Equals("Params", StringComparison.OrdinalIgnoreCase)) sawParams = true;
                continue;
            }

            if (section.Equals("Params", StringComparison.OrdinalIgnoreCase))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0) parameters[line[..eq].Trim()] = (line[(eq + 1)..].Trim(), lineNo);
            }
            else if (section.Equals("HRData", StringComparison.OrdinalIgnoreCase))
            {
                hrRows.Add((line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), lineNo));
            }
            else if (section.Equals("IntTimes", StringComparison.OrdinalIgnoreCase))
            {
                var cols = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (cols.Length > 0 && cols[0].Contains(':', StringComparison.Ordinal)) lapRows.Add((cols, lineNo));
            }
        }

        if (!sawParams)
            throw new HrDataFormatException(source, null, null, null, "No [Params] section; this is not a Polar HRM file.");
        var interval = ParseInt(source, parameters, "Interval");
        if (interval <= 0)
            throw new HrDataFormatException(source, parameters["Interval"].Line, "Interval", parameters["Interval"].Value,
                "Interval must be a positive number of seconds or 238 (R–R mode).");
        var smode = parameters.TryGetValue("SMode", out var sm) ? sm.Value : string.Empty;
        bool Digit(int i) => i < smode.Length && smode[i] == '1';
        var powerColumn = Digit(3) ? 1 + (Digit(0) ? 1 : 0) + (Digit(1) ? 1 : 0) + (Digit(2) ? 1 : 0) : -1;
        var rrMode = interval == RrModeInterval;

        var b = new DeviceRecordingBuilder();
        double rrSum = 0;
        for (var i = 0; i < hrRows.Count; i++)
        {
            var (cols, ln) = hrRows[i];
            var first = ParseCell(source, cols[0], ln, 1);
            if (rrMode)
            {
                if (first > 0) rrSum += first;
                b.AddBeat(rrSum / 1000.0, first);
            }
            else
            {
                var t = (double)i * interval;
                if (first == 0) b.Skip("heart-rate samples of 0 bpm (no signal)");
                else b.AddHeartRate(t, first);
                if (powerColumn > 0 && powerColumn < cols.Length) b.AddPower(t, ParseCell(source, cols[powerColumn], ln, powerColumn + 1));
            }
        }

        double previous = 0;
        for (var i = 0; i < lapRows.Count; i++)
        {
            var (cols, ln) = lapRows[i];
            var split = ParseDuration(source, cols[0], ln, 1);
            b.AddLap(new DeviceLap
            {
                Number = i + 1,
                StartSeconds = previous,
                DurationSeconds = split - previous,
                AverageHeartRateBpm = cols.Length > 3 ? ParseCell(source, cols[3], ln, 4) : double.NaN,
                MaxHeartRateBpm = cols.Length > 4 ? ParseCell(source, cols[4], ln, 5) : double.NaN,
            });
            previous = split;
        }

        DateTimeOffset? start = null;
        if (parameters.TryGetValue("Date", out var date) &&
            DateTime.TryParseExact(date.Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var startOfDay = parameters.TryGetValue("StartTime", out var st) ? ParseDuration(source, st.Value, st.Line, 1) : 0;
            if (!(startOfDay >= 0 && startOfDay < 86_400))
                throw new HrDataFormatException(source, st!.Line, "StartTime", st.Value, "the start time must be a time of day, from 00:00:00 to 23:59:59.9");
            start = new DateTimeOffset(day.AddSeconds(startOfDay), TimeSpan.Zero);
        }

        string? device = null;
        if (parameters.TryGetValue("Monitor", out var monitor))
        {
            device = monitor.Value switch
            {
                "11" => "Polar S610 (monitor 11)",
                "22" => "Polar S625X/S725X (monitor 22)",
                "33" => "Polar CS400 (monitor 33)",
                _ => "Polar monitor " + monitor.Value,
            };
        }

        return b.Build(DeviceFormat.PolarHrm, source, start, start is not null, device, null);
    }

    private static int ParseInt(string source, Dictionary<string, (string Value, int Line)> p, string key)
    {
        if (!p.TryGetValue(key, out var v))
            throw new HrDataFormatException(source, null, key, null, $"The [Params] section has no {key}.");
        if (int.TryParse(v.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        throw new HrDataFormatException(source, v.Line, key, v.Value, $"{key} is not an integer.");
    }

    private static double ParseCell(string source, string text, int line, int column)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw new HrDataFormatException(source, line, column.ToString(CultureInfo.InvariantCulture), text, "Not a number.");
    }

    private static double ParseDuration(string source, string text, int line, int column)
    {
        var parts = text.Split(':');
        if (parts.Length is >= 1 and <= 3)
        {
            double total = 0;
            var ok = true;
            foreach (var part in parts)
            {
                ok &= double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0;
                total = (total * 60) + v;
            }

            if (ok) return total;
        }

        throw new HrDataFormatException(source, line, column.ToString(CultureInfo.InvariantCulture), text,
            "Not a time of the form h:mm:ss.f.");
    }
}
