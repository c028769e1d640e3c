using System.Globalization;
using System.Text;

namespace HrResponse.Io.Internal;

/// <summary>
/// The EDF/EDF+/BDF header: a 256-byte fixed part, then 256 bytes per signal, every field ASCII and space-padded
/// (Kemp et al. 1992; Kemp &amp; Olivan 2003; BioSemi's BDF: version byte 0xFF and 24-bit samples).
/// </summary>
internal static class EdfHeaderParser
{
    /// <summary>Bytes of the fixed part of the header.</summary>
    public const int FixedBytes = 256;

    /// <summary>Most signals a header may declare (far above any recorder's; a larger count is a damaged header).</summary>
    public const int MaxSignals = 4096;

    private static readonly byte[] BdfVersion = [0xFF, (byte)'B', (byte)'I', (byte)'O', (byte)'S', (byte)'E', (byte)'M', (byte)'I'];

    /// <summary>
    /// True when the bytes hold the fixed part of an EDF or BDF header: the version field (<c>0</c> and seven spaces,
    /// or <c>0xFF BIOSEMI</c>) and a header size of 256 × (signals + 1).
    /// </summary>
    public static bool LooksLikeEdf(ReadOnlySpan<byte> head)
    {
        if (head.Length < FixedBytes) return false;
        var edf = head[0] == (byte)'0' && head[1..8].IndexOfAnyExcept((byte)' ') < 0;
        if (!edf && !head[..8].SequenceEqual(BdfVersion)) return false;
        return int.TryParse(Field(head, 184, 8), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            && int.TryParse(Field(head, 252, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var ns)
            && ns is > 0 and <= MaxSignals && bytes == FixedBytes * (ns + 1);
    }

    /// <summary>The number of signals declared in the fixed part (already checked by <see cref="LooksLikeEdf"/>).</summary>
    public static int SignalCount(ReadOnlySpan<byte> fixedPart, string path)
    {
        var text = Field(fixedPart, 252, 4);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ns) || ns is < 1 or > MaxSignals)
            throw Fail(path, "number of signals", text, $"must be a whole number from 1 to {MaxSignals}");
        return ns;
    }

    /// <summary>Parses the header from its fixed part and its signal part (256 bytes per signal).</summary>
    public static EdfHeader Parse(ReadOnlySpan<byte> fixedPart, ReadOnlySpan<byte> signalPart, string path)
    {
        var bdf = fixedPart[0] == 0xFF;
        var ns = SignalCount(fixedPart, path);
        var headerBytes = Int(fixedPart, 184, 8, path, "number of header bytes");
        if (headerBytes != FixedBytes * (ns + 1))
            throw Fail(path, "number of header bytes", Field(fixedPart, 184, 8), $"must be 256 × (1 + {ns} signals) = {FixedBytes * (ns + 1)}");
        var recordsText = Field(fixedPart, 236, 8);
        if (!long.TryParse(recordsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var records) || records < -1)
            throw Fail(path, "number of data records", recordsText, "must be a whole number, or -1 while the recording was not closed");
        var durationText = Field(fixedPart, 244, 8);
        if (!double.TryParse(durationText, NumberStyles.Float, CultureInfo.InvariantCulture, out var duration) || !(duration >= 0) || !double.IsFinite(duration))
            throw Fail(path, "duration of a data record", durationText, "must be a number of seconds, 0 or more");

        var signals = new EdfSignalInfo[ns];
        for (var s = 0; s < ns; s++)
        {
            var label = Field(signalPart, s * 16, 16);
            var annotation = label is "EDF Annotations" or "BDF Annotations";
            var dmin = Int(signalPart, (ns * 120) + (s * 8), 8, path, $"digital minimum of signal {s} '{label}'", signed: true);
            var dmax = Int(signalPart, (ns * 128) + (s * 8), 8, path, $"digital maximum of signal {s} '{label}'", signed: true);
            var spr = Int(signalPart, (ns * 216) + (s * 8), 8, path, $"samples per data record of signal {s} '{label}'");
            var limit = bdf ? 1 << 23 : 1 << 15;
            if (!annotation && (dmax <= dmin || dmin < -limit || dmax >= limit))
            {
                throw Fail(path, $"digital minimum and maximum of signal {s} '{label}'", Invariant($"{dmin} {dmax}"),
                    Invariant($"must satisfy {-limit} ≤ minimum < maximum ≤ {limit - 1} ({(bdf ? 24 : 16)}-bit samples)"));
            }

            if (spr < 1) throw Fail(path, $"samples per data record of signal {s} '{label}'", Field(signalPart, (ns * 216) + (s * 8), 8), "must be at least 1");
            signals[s] = new EdfSignalInfo
            {
                Label = label,
                TransducerType = Field(signalPart, (ns * 16) + (s * 80), 80),
                PhysicalDimension = Field(signalPart, (ns * 96) + (s * 8), 8),
                PhysicalMinimum = annotation ? 0 : Number(signalPart, (ns * 104) + (s * 8), path, $"physical minimum of signal {s} '{label}'"),
                PhysicalMaximum = annotation ? 0 : Number(signalPart, (ns * 112) + (s * 8), path, $"physical maximum of signal {s} '{label}'"),
                DigitalMinimum = dmin,
                DigitalMaximum = dmax,
                Prefiltering = Field(signalPart, (ns * 136) + (s * 80), 80),
                SamplesPerRecord = spr,
                SamplingRateHz = duration > 0 ? spr / duration : double.NaN,
                IsAnnotation = annotation,
            };
        }

        var recordingId = Field(fixedPart, 88, 80);
        return new EdfHeader
        {
            IsBdf = bdf,
            Reserved = Field(fixedPart, 192, 44),
            PatientId = Field(fixedPart, 8, 80),
            RecordingId = recordingId,
            StartTime = StartTime(Field(fixedPart, 168, 8), Field(fixedPart, 176, 8), recordingId),
            HeaderBytes = headerBytes,
            DataRecordCount = records,
            DataRecordSeconds = duration,
            Signals = signals,
        };
    }

    /// <summary>A field as text: ASCII (other bytes as Latin-1), trimmed of spaces and NUL padding.</summary>
    private static string Field(ReadOnlySpan<byte> bytes, int offset, int length) =>
        Encoding.Latin1.GetString(bytes.Slice(offset, length)).Trim(' ', '\0');

    private static int Int(ReadOnlySpan<byte> bytes, int offset, int length, string path, string what, bool signed = false)
    {
        var text = Field(bytes, offset, length);
        if (!int.TryParse(text, signed ? NumberStyles.AllowLeadingSign : NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw Fail(path, what, text, "must be a whole number");
        return v;
    }

    private static double Number(ReadOnlySpan<byte> bytes, int offset, string path, string what)
    {
        var text = Field(bytes, offset, 8);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw Fail(path, what, text, "must be a number");
        return v;
    }

    /// <summary>
    /// Start from <c>dd.mm.yy</c> and <c>hh.mm.ss</c>, the year 1985–2084 (EDF's clipping); an EDF+ recording field
    /// <c>Startdate dd-MMM-yyyy</c> gives the four-digit year. Null when the fields are not a valid date and time.
    /// </summary>
    private static DateTime? StartTime(string date, string time, string recordingId)
    {
        var d = date.Split('.');
        var t = time.Split('.');
        if (d.Length != 3 || t.Length != 3) return null;
        if (!int.TryParse(d[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(d[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(d[2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
            || !int.TryParse(t[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(t[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || !int.TryParse(t[2], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
            return null;
        var year = yy >= 85 ? 1900 + yy : 2000 + yy;
        var words = recordingId.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0] == "Startdate"
            && DateTime.TryParseExact(words[1], "dd-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var plus))
            year = plus.Year;
        try
        {
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static HrDataFormatException Fail(string path, string field, string text, string problem) =>
        new(path, null, field, text, $"EDF header: the {field} ('{text}') {problem}.");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
