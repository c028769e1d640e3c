using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>
/// Decodes one signal of a WFDB signal file (signal(5) man page of the WFDB Software Package). Supported formats:
/// 212 (pairs of 12-bit two's-complement samples in 3 bytes: byte 0 = low 8 bits of the first sample, low nibble of
/// byte 1 = its high 4 bits, high nibble of byte 1 = the second sample's high 4 bits, byte 2 = its low 8 bits),
/// 16 (16-bit two's-complement little-endian) and 80 (8-bit offset binary, value − 128). Samples of the signals that
/// share a file are interleaved frame by frame, each signal contributing its samples-per-frame.
/// </summary>
internal static class WfdbSignalDecoder
{
    /// <summary>The decoded ADC samples of one signal and the count of WFDB "invalid sample" values replaced.</summary>
    public readonly record struct Decoded(int[] Adc, int InvalidCount, int FirstRaw, short Checksum);

    /// <param name="bytes">The whole signal file.</param>
    /// <param name="group">The signals stored in this file, in header order.</param>
    /// <param name="member">Index in <paramref name="group"/> of the signal to decode.</param>
    /// <param name="frames">Number of frames to decode, or <c>null</c> for as many as the file holds.</param>
    /// <param name="source">The signal file's path for messages.</param>
    public static Decoded Decode(ReadOnlySpan<byte> bytes, IReadOnlyList<WfdbSignalInfo> group, int member, long? frames, string source)
    {
        var format = group[0].Format;
        if (format is not (212 or 16 or 80))
            throw new HrDataFormatException(source, null, "format", format.ToString(CultureInfo.InvariantCulture),
                $"WFDB signal format {format} is not supported; supported formats are 212, 16 and 80.");
        foreach (var s in group)
        {
            if (s.Format != format)
                throw new HrDataFormatException(source, null, "format", s.Format.ToString(CultureInfo.InvariantCulture),
                    $"Signals in one file must share a format; this file has formats {format} and {s.Format}.");
        }

        var offset = group[0].ByteOffset;
        if (offset > bytes.Length)
            throw new HrDataFormatException(source, null, "byte offset", offset.ToString(CultureInfo.InvariantCulture),
                $"The byte offset is beyond the end of the {bytes.Length}-byte signal file.");
        var data = bytes[(int)offset..];
        long samplesInFile = format switch
        {
            212 => (data.Length / 3 * 2L) + (data.Length % 3 >= 2 ? 1 : 0),
            16 => data.Length / 2,
            _ => data.Length,
        };
        var frameSize = 0;
        var within = 0;
        for (var i = 0; i < group.Count; i++)
        {
            if (i == member) within = frameSize;
            frameSize += group[i].SamplesPerFrame;
        }

        var sig = group[member];
        var framesInFile = samplesInFile / frameSize;
        var n = frames ?? Math.Max(0, framesInFile - sig.Skew);
        if (n + sig.Skew > framesInFile)
            throw new HrDataFormatException(source, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"The signal file holds {framesInFile} frames of {frameSize} samples but the header announces {n} samples per signal{(sig.Skew > 0 ? " with a skew of " + sig.Skew.ToString(CultureInfo.InvariantCulture) : string.Empty)}; the file is truncated."));
        var spf = sig.SamplesPerFrame;
        var count = n * spf;
        if (count > Array.MaxLength)
            throw new HrDataFormatException(source, null, null, null, $"The signal has {count} samples, more than can be read into memory.");
        var adc = new int[count];
        var invalidCode = format switch { 212 => -2048, 16 => -32768, _ => -128 };
        var invalid = 0;
        var last = sig.Baseline;
        var firstRaw = 0;
        var sum = 0;
        var k = (sig.Skew * (long)frameSize) + within;
        var o = 0;
        for (long t = 0; t < n; t++)
        {
            for (var j = 0; j < spf; j++)
            {
                var v = format switch
                {
                    212 => Read212(data, k + j),
                    16 => (short)(data[(int)(2 * (k + j))] | (data[(int)((2 * (k + j)) + 1)] << 8)),
                    _ => data[(int)(k + j)] - 128,
                };
                if (o == 0) firstRaw = v;
                sum += v;
                if (v == invalidCode)
                {
                    invalid++;
                    v = last;
                }

                adc[o++] = v;
                last = v;
            }

            k += frameSize;
        }

        return new Decoded(adc, invalid, firstRaw, unchecked((short)sum));
    }

    private static int Read212(ReadOnlySpan<byte> data, long k)
    {
        var p = (int)(k / 2 * 3);
        int v = (k & 1) == 0
            ? data[p] | ((data[p + 1] & 0x0F) << 8)
            : data[p + 2] | ((data[p + 1] & 0xF0) << 4);
        return v >= 2048 ? v - 4096 : v;
    }
}
