using System.Globalization;
using System.Text;

namespace HrResponse.Io.Internal;

/// <summary>
/// Decodes a WFDB annotation file in MIT format (annotation(5) man page of the WFDB Software Package). The file is a
/// sequence of 16-bit little-endian words: the high 6 bits are a code A, the low 10 bits a number I. A = 0 and I = 0
/// ends the file. For an annotation code (1–49), I is the time in samples since the previous annotation. Pseudo-codes:
/// SKIP (59) is followed by a 32-bit interval in PDP-11 order (high 16-bit word first, each word little-endian) that
/// is added to the time; NUM (60), SUB (61) and CHN (62) set the <c>num</c>, <c>subtyp</c> and <c>chan</c> fields of
/// the annotation just read (num and chan persist); AUX (63) is followed by I bytes of text, padded to an even count.
/// </summary>
internal static class WfdbAnnotationDecoder
{
    private const int Skip = 59, Num = 60, Sub = 61, Chn = 62, Aux = 63;

    public static List<WfdbAnnotation> Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length % 2 != 0)
            throw Truncated(source, bytes.Length, "its length is odd (annotation files are made of 16-bit words)");
        var result = new List<WfdbAnnotation>();
        long time = 0;
        var num = 0;
        var chan = 0;
        var i = 0;
        while (true)
        {
            if (i + 2 > bytes.Length) throw Truncated(source, i, "it ends without the end-of-file word (0x0000)");
            var word = bytes[i] | (bytes[i + 1] << 8);
            i += 2;
            var a = word >> 10;
            var n = word & 0x3FF;
            if (a == 0 && n == 0) break;
            switch (a)
            {
                case Skip:
                {
                    if (i + 4 > bytes.Length) throw Truncated(source, i, "it ends inside a SKIP interval");
                    var high = bytes[i] | (bytes[i + 1] << 8);
                    var low = bytes[i + 2] | (bytes[i + 3] << 8);
                    time += (high << 16) | low; // 32-bit two's complement
                    i += 4;
                    break;
                }

                case Num:
                    num = n >= 512 ? n - 1024 : n;
                    if (result.Count > 0) result[^1] = result[^1] with { Number = num };
                    break;
                case Sub:
                    if (result.Count > 0) result[^1] = result[^1] with { SubType = n >= 512 ? n - 1024 : n };
                    break;
                case Chn:
                    chan = n;
                    if (result.Count > 0) result[^1] = result[^1] with { Channel = chan };
                    break;
                case Aux:
                {
                    var padded = n + (n & 1);
                    if (i + padded > bytes.Length) throw Truncated(source, i, "it ends inside an AUX string");
                    var text = bytes.Slice(i, n);
                    var zero = text.IndexOf((byte)0);
                    if (zero >= 0) text = text[..zero];
                    if (result.Count > 0) result[^1] = result[^1] with { Aux = Encoding.Latin1.GetString(text) };
                    i += padded;
                    break;
                }

                default:
                    time += n;
                    result.Add(new WfdbAnnotation(time, a, WfdbCodes.Symbol(a), 0, chan, num, null));
                    break;
            }
        }

        return result;
    }

    private static HrDataFormatException Truncated(string source, int byteOffset, string why) =>
        new(source, null, "byte " + byteOffset.ToString(CultureInfo.InvariantCulture), null,
            $"The annotation file is truncated or damaged: {why}.");
}
