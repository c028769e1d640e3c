using System.Globalization;
using System.Text;

namespace HrResponse.Io.Internal;

/// <summary>
/// The time-stamped annotation lists (TALs) of an EDF+ annotation signal in one data record (Kemp &amp; Olivan 2003,
/// section 2.2): <c>+onset[0x15 duration]0x14 text 0x14 [text 0x14 ...] 0x00</c>, the rest of the record's bytes 0x00.
/// The first TAL of each record is its time-keeping TAL (onset of the record, no text).
/// </summary>
internal static class EdfAnnotationParser
{
    /// <summary>
    /// Adds the annotations of one record's annotation bytes to <paramref name="markers"/> and returns the onset of
    /// its first TAL (the record's start, in seconds from the file's start), or null when there is none; a TAL that
    /// cannot be read counts in <paramref name="unreadable"/> and the rest of the record is skipped.
    /// </summary>
    public static double? Read(ReadOnlySpan<byte> bytes, List<Marker> markers, ref int unreadable)
    {
        double? first = null;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] == 0)
            {
                i++;
                continue;
            }

            var end = bytes[i..].IndexOf((byte)0);
            var tal = end < 0 ? bytes[i..] : bytes.Slice(i, end);
            i = end < 0 ? bytes.Length : i + end + 1;
            if (!TryReadTal(tal, markers, out var onset))
            {
                unreadable++;
                break;
            }

            first ??= onset;
        }

        return first;
    }

    private static bool TryReadTal(ReadOnlySpan<byte> tal, List<Marker> markers, out double onset)
    {
        onset = double.NaN;
        var stop = tal.IndexOfAny((byte)0x14, (byte)0x15);
        if (stop <= 1 || tal[0] is not ((byte)'+' or (byte)'-')) return false;
        if (!double.TryParse(Encoding.ASCII.GetString(tal[..stop]), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out onset) || !double.IsFinite(onset))
            return false;
        var rest = tal[stop..];
        if (rest[0] == 0x15)
        {
            var close = rest.IndexOf((byte)0x14);
            if (close < 0) return false;
            rest = rest[close..];
        }

        // rest starts at the 0x14 after the onset (and duration); each text ends at the next 0x14.
        rest = rest[1..];
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOf((byte)0x14);
            var text = next < 0 ? rest : rest[..next];
            if (!text.IsEmpty) markers.Add(new Marker(onset, Encoding.UTF8.GetString(text).Trim()));
            rest = next < 0 ? [] : rest[(next + 1)..];
        }

        return true;
    }
}
