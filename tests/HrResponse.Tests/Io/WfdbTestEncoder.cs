using System.Globalization;
using System.Text;

namespace HrResponse.Tests.Io;

/// <summary>
/// Test-side WFDB writer, written from the signal(5) and annotation(5) man pages independently of the reader:
/// sample streams in formats 212, 16 and 80, MIT annotation files (with SKIP, AUX, SUB, CHN, NUM), and headers.
/// </summary>
internal static class WfdbTestEncoder
{
    /// <summary>One annotation to write: sample, code, and optional sub-type, channel, number and aux string.</summary>
    public sealed record Ann(long Sample, int Code, string? Aux = null, int SubType = 0, int Channel = 0, int Number = 0);

    /// <summary>Interleaves signals frame by frame (each signal with its samples per frame).</summary>
    public static int[] Interleave(int[][] signals, int[]? samplesPerFrame = null)
    {
        samplesPerFrame ??= [.. signals.Select(_ => 1)];
        var frames = signals[0].Length / samplesPerFrame[0];
        var stream = new List<int>();
        for (var t = 0; t < frames; t++)
        {
            for (var s = 0; s < signals.Length; s++)
            {
                for (var j = 0; j < samplesPerFrame[s]; j++) stream.Add(signals[s][(t * samplesPerFrame[s]) + j]);
            }
        }

        return [.. stream];
    }

    /// <summary>Format 212: each pair of 12-bit samples in three bytes; an odd last sample in two bytes.</summary>
    public static byte[] Format212(IReadOnlyList<int> stream)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < stream.Count; i += 2)
        {
            var a = stream[i] & 0xFFF;
            bytes.Add((byte)(a & 0xFF));
            if (i + 1 < stream.Count)
            {
                var b = stream[i + 1] & 0xFFF;
                bytes.Add((byte)((a >> 8) | ((b >> 8) << 4)));
                bytes.Add((byte)(b & 0xFF));
            }
            else
            {
                bytes.Add((byte)(a >> 8));
            }
        }

        return [.. bytes];
    }

    /// <summary>Format 16: 16-bit two's complement, least significant byte first.</summary>
    public static byte[] Format16(IReadOnlyList<int> stream)
    {
        var bytes = new byte[stream.Count * 2];
        for (var i = 0; i < stream.Count; i++)
        {
            bytes[2 * i] = (byte)(stream[i] & 0xFF);
            bytes[(2 * i) + 1] = (byte)((stream[i] >> 8) & 0xFF);
        }

        return bytes;
    }

    /// <summary>Format 80: 8-bit offset binary (sample + 128).</summary>
    public static byte[] Format80(IReadOnlyList<int> stream) => [.. stream.Select(v => (byte)(v + 128))];

    /// <summary>16-bit checksum of a signal's samples, as a header writes it (signed).</summary>
    public static short Checksum(IEnumerable<int> samples)
    {
        var sum = 0;
        foreach (var v in samples) sum += v;
        return unchecked((short)sum);
    }

    /// <summary>MIT-format annotation file; time differences above 1023 samples use a SKIP word; ends with 0x0000.</summary>
    public static byte[] Annotations(IEnumerable<Ann> annotations)
    {
        var bytes = new List<byte>();
        void Word(int value)
        {
            bytes.Add((byte)(value & 0xFF));
            bytes.Add((byte)((value >> 8) & 0xFF));
        }

        long previous = 0;
        var number = 0;
        var channel = 0;
        foreach (var a in annotations)
        {
            var diff = a.Sample - previous;
            if (diff is > 1023 or < 0)
            {
                Word(59 << 10);
                var skip = (int)diff;
                Word((skip >> 16) & 0xFFFF); // high word first (PDP-11 order)
                Word(skip & 0xFFFF);
                diff = 0;
            }

            Word((a.Code << 10) | (int)diff);
            previous = a.Sample;
            if (a.SubType != 0) Word((61 << 10) | (a.SubType & 0x3FF));
            if (a.Channel != channel)
            {
                Word((62 << 10) | a.Channel);
                channel = a.Channel;
            }

            if (a.Number != number)
            {
                Word((60 << 10) | (a.Number & 0x3FF));
                number = a.Number;
            }

            if (a.Aux is { } aux)
            {
                var text = Encoding.ASCII.GetBytes(aux);
                Word((63 << 10) | text.Length);
                bytes.AddRange(text);
                if (text.Length % 2 == 1) bytes.Add(0);
            }
        }

        Word(0);
        return [.. bytes];
    }

    /// <summary>WFDB mnemonic to annotation code (ecgcodes.h).</summary>
    public static int Code(string symbol) => symbol switch
    {
        "N" => 1, "L" => 2, "R" => 3, "a" => 4, "V" => 5, "F" => 6, "J" => 7, "A" => 8, "S" => 9, "E" => 10,
        "j" => 11, "/" => 12, "Q" => 13, "~" => 14, "|" => 16, "B" => 25, "+" => 28, "e" => 34, "n" => 35, "f" => 38,
        _ => throw new ArgumentException($"No code for symbol '{symbol}'.", nameof(symbol)),
    };

    /// <summary>Writes text with invariant formatting.</summary>
    public static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
