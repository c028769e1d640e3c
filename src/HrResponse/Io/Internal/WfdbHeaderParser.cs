using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>
/// Parses a single-segment WFDB header (header(5) man page of the WFDB Software Package): comment lines start with
/// <c>#</c>; the first other line is the record line; the next <c>nsig</c> lines are signal lines.
/// </summary>
internal static class WfdbHeaderParser
{
    private const double DefaultFrequencyHz = 250;
    private const double DefaultGain = 200;

    public static WfdbHeader Parse(IReadOnlyList<string> lines, string source)
    {
        var comments = new List<string>();
        WfdbHeader? header = null;
        var signals = new List<WfdbSignalInfo>();
        var nsig = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var lineNo = i + 1;
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                comments.Add(line[1..].Trim());
                continue;
            }

            if (header is null)
            {
                (header, nsig) = ParseRecordLine(line, source, lineNo);
                continue;
            }

            if (signals.Count < nsig) signals.Add(ParseSignalLine(line, source, lineNo));
            // Lines after the signal lines (info strings in newer headers) are ignored.
        }

        if (header is null)
            throw new HrDataFormatException(source, null, null, null, "The header has no record line (every line is empty or a comment).");
        if (signals.Count < nsig)
            throw new HrDataFormatException(source, null, null, null,
                $"The record line announces {nsig} signals but the header has {signals.Count} signal lines; the header is truncated.");
        return header with { Signals = signals, Comments = comments };
    }

    /// <summary>True when the text looks like a record line: name, a non-negative signal count, then optional numbers.</summary>
    public static bool TryParseRecordLine(string line, out int signalCount)
    {
        signalCount = 0;
        var t = Tokens(line);
        if (t.Length < 2 || t.Length > 6) return false;
        if (!int.TryParse(t[1], NumberStyles.None, CultureInfo.InvariantCulture, out signalCount)) return false;
        if (t.Length > 2 && !TryParseFrequency(t[2], out _, out _, out _)) return false;
        return t.Length <= 3 || long.TryParse(t[3], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>True when the text looks like a signal line whose file name is not a number and whose format is a known WFDB code.</summary>
    public static bool LooksLikeSignalLine(string line)
    {
        var t = Tokens(line);
        if (t.Length < 2 || double.TryParse(t[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return false;
        var digits = 0;
        while (digits < t[1].Length && char.IsAsciiDigit(t[1][digits])) digits++;
        return digits > 0 && int.TryParse(t[1].AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var f)
            && f is 0 or 8 or 16 or 24 or 32 or 61 or 80 or 160 or 212 or 310 or 311 or 508 or 516 or 524;
    }

    private static (WfdbHeader Header, int Nsig) ParseRecordLine(string line, string source, int lineNo)
    {
        var t = Tokens(line);
        if (t.Length < 2)
            throw new HrDataFormatException(source, lineNo, "record line", line, "The record line needs at least a record name and a number of signals.");
        var name = t[0];
        if (name.Contains('/', StringComparison.Ordinal))
            throw new HrDataFormatException(source, lineNo, "record name", name,
                "Multi-segment WFDB records (record name with '/segments') are not supported; read each segment's own header.");
        if (!int.TryParse(t[1], NumberStyles.None, CultureInfo.InvariantCulture, out var nsig))
            throw new HrDataFormatException(source, lineNo, "number of signals", t[1], "The number of signals must be a non-negative integer.");
        var fs = DefaultFrequencyHz;
        double? counter = null;
        double baseCounter = 0;
        if (t.Length > 2 && !TryParseFrequency(t[2], out fs, out counter, out baseCounter))
            throw new HrDataFormatException(source, lineNo, "sampling frequency", t[2],
                "The sampling frequency must be a positive number, optionally with '/counter' and '(base)'.");
        if (t.Length > 2 && double.TryParse(t[2].Split('/')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var written) && written == 0)
        {
            // WFDB tools silently take 250 Hz for 0; a wrong rate would scale every interval, so the header must say it.
            throw new HrDataFormatException(source, lineNo, "sampling frequency", t[2],
                "The sampling frequency is 0 Hz; WFDB tools would assume 250 Hz, which may be wrong and would scale every interval. " +
                "Write the real sampling frequency in the header (or leave the field out to mean 250 Hz).");
        }

        long? nsamp = null;
        if (t.Length > 3)
        {
            if (!long.TryParse(t[3], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                throw new HrDataFormatException(source, lineNo, "number of samples", t[3], "The number of samples must be a non-negative integer.");
            nsamp = n > 0 ? n : null;
        }

        TimeSpan? baseTime = null;
        if (t.Length > 4)
        {
            baseTime = ParseBaseTime(t[4]) ?? throw new HrDataFormatException(source, lineNo, "base time", t[4],
                "The base time must be a time of day, HH:MM:SS (seconds may have a fraction).");
        }

        DateOnly? baseDate = null;
        if (t.Length > 5)
        {
            if (!DateOnly.TryParseExact(t[5], ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw new HrDataFormatException(source, lineNo, "base date", t[5], "The base date must be DD/MM/YYYY.");
            baseDate = d;
        }

        var header = new WfdbHeader
        {
            RecordName = name,
            SamplingFrequencyHz = fs,
            CounterFrequencyHz = counter,
            BaseCounter = baseCounter,
            SampleCount = nsamp,
            BaseTime = baseTime,
            BaseDate = baseDate,
        };
        return (header, nsig);
    }

    private static bool TryParseFrequency(string text, out double fs, out double? counter, out double baseCounter)
    {
        counter = null;
        baseCounter = 0;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var fsText = slash < 0 ? text : text[..slash];
        if (!double.TryParse(fsText, NumberStyles.Float, CultureInfo.InvariantCulture, out fs) || !double.IsFinite(fs) || fs < 0) return false;
        if (fs == 0) fs = DefaultFrequencyHz;
        if (slash < 0) return true;
        var rest = text[(slash + 1)..];
        var open = rest.IndexOf('(', StringComparison.Ordinal);
        var cText = open < 0 ? rest : rest[..open];
        if (!double.TryParse(cText, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) || !double.IsFinite(c) || c <= 0) return false;
        counter = c;
        if (open < 0) return true;
        if (!rest.EndsWith(')')) return false;
        return double.TryParse(rest[(open + 1)..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out baseCounter);
    }

    private static TimeSpan? ParseBaseTime(string text)
    {
        var parts = text.Split(':');
        if (parts.Length > 3) return null;
        double seconds = 0;
        double scale = 1;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0) return null;
            seconds += v * scale;
            scale *= 60;
        }

        // A base time is a time of day: anything from one day on (or not finite) is not one, and would overflow TimeSpan.
        return double.IsFinite(seconds) && seconds < 86_400 ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static WfdbSignalInfo ParseSignalLine(string line, string source, int lineNo)
    {
        var t = Tokens(line, 9);
        if (t.Length < 2)
            throw new HrDataFormatException(source, lineNo, "signal line", line, "A signal line needs at least a file name and a format.");
        var (format, spf, skew, offset) = ParseFormat(t[1], source, lineNo);
        var gain = DefaultGain;
        var gainIsDefault = true;
        int? baseline = null;
        var units = "mV";
        if (t.Length > 2)
        {
            var g = t[2];
            var slash = g.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                units = g[(slash + 1)..];
                g = g[..slash];
            }

            var open = g.IndexOf('(', StringComparison.Ordinal);
            if (open >= 0)
            {
                if (!g.EndsWith(')') || !int.TryParse(g[(open + 1)..^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b))
                    throw new HrDataFormatException(source, lineNo, "baseline", t[2], "The baseline in 'gain(baseline)' must be an integer.");
                baseline = b;
                g = g[..open];
            }

            if (!double.TryParse(g, NumberStyles.Float, CultureInfo.InvariantCulture, out var gv) || !double.IsFinite(gv))
                throw new HrDataFormatException(source, lineNo, "gain", t[2], "The ADC gain must be a number (ADC units per physical unit).");
            if (gv != 0)
            {
                gain = gv;
                gainIsDefault = false;
            }
        }

        var resolution = OptionalInt(t, 3, "ADC resolution", source, lineNo) ?? 0;
        var zero = OptionalInt(t, 4, "ADC zero", source, lineNo) ?? 0;
        var initial = OptionalInt(t, 5, "initial value", source, lineNo);
        var checksum = OptionalInt(t, 6, "checksum", source, lineNo);
        var block = OptionalInt(t, 7, "block size", source, lineNo) ?? 0;
        return new WfdbSignalInfo
        {
            FileName = t[0],
            Format = format,
            SamplesPerFrame = spf,
            Skew = skew,
            ByteOffset = offset,
            Gain = gain,
            GainIsDefault = gainIsDefault,
            Baseline = baseline ?? zero,
            Units = units.Length == 0 ? "mV" : units,
            AdcResolution = resolution,
            AdcZero = zero,
            InitialValue = initial,
            Checksum = checksum,
            BlockSize = block,
            Description = t.Length > 8 ? t[8] : string.Empty,
        };
    }

    private static (int Format, int Spf, int Skew, long Offset) ParseFormat(string text, string source, int lineNo)
    {
        var i = 0;
        int Number()
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i == start || !int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                throw new HrDataFormatException(source, lineNo, "format", text,
                    "The format field must be 'format[xN][:skew][+offset]' with non-negative integers.");
            return v;
        }

        var format = Number();
        int spf = 1, skew = 0;
        long offset = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            switch (c)
            {
                case 'x': spf = Math.Max(1, Number()); break;
                case ':': skew = Number(); break;
                case '+': offset = Number(); break;
                default:
                    throw new HrDataFormatException(source, lineNo, "format", text,
                        "The format field must be 'format[xN][:skew][+offset]' with non-negative integers.");
            }
        }

        return (format, spf, skew, offset);
    }

    private static int? OptionalInt(string[] t, int index, string what, string source, int lineNo)
    {
        if (t.Length <= index) return null;
        if (int.TryParse(t[index], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)) return v;
        throw new HrDataFormatException(source, lineNo, what, t[index], $"The {what} must be an integer.");
    }

    /// <summary>Whitespace-separated tokens; with <paramref name="max"/>, the last token is the rest of the line.</summary>
    private static string[] Tokens(string line, int max = int.MaxValue)
    {
        var result = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i >= line.Length) break;
            if (result.Count == max - 1)
            {
                result.Add(line[i..].TrimEnd());
                break;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            result.Add(line[start..i]);
        }

        return [.. result];
    }
}
