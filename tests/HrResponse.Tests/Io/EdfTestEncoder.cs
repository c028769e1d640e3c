using System.Globalization;
using System.Text;

namespace HrResponse.Tests.Io;

/// <summary>One signal of a test EDF file: header fields and every stored (digital) sample, or TAL text per record for an annotation signal.</summary>
internal sealed record EdfTestSignal(
    string Label, string Dimension, double PhysicalMinimum, double PhysicalMaximum, int DigitalMinimum, int DigitalMaximum,
    int SamplesPerRecord, int[]? Digital = null, Func<int, string>? Annotations = null);

/// <summary>Writes EDF, EDF+ and BDF bytes field by field as the specification lays them out (tests only).</summary>
internal static class EdfTestEncoder
{
    public static byte[] Encode(
        IReadOnlyList<EdfTestSignal> signals, int records, double recordSeconds, bool bdf = false, string reserved = "",
        string startDate = "02.03.21", string startTime = "10.20.30", string recordingId = "", string? declaredRecords = null,
        int? headerBytesField = null)
    {
        var ns = signals.Count;
        var bytesPerSample = bdf ? 3 : 2;
        using var ms = new MemoryStream();
        void Field(string text, int width) => ms.Write(Encoding.Latin1.GetBytes(text.PadRight(width)[..width]));
        string Inv(double v) => v.ToString(Math.Abs(v) >= 1e8 ? "0e0" : "0.######", CultureInfo.InvariantCulture);

        if (bdf)
        {
            ms.WriteByte(0xFF);
            Field("BIOSEMI", 7);
        }
        else
        {
            Field("0", 8);
        }

        Field("X X X X", 80);
        Field(recordingId, 80);
        Field(startDate, 8);
        Field(startTime, 8);
        Field((headerBytesField ?? (256 * (ns + 1))).ToString(CultureInfo.InvariantCulture), 8);
        Field(reserved, 44);
        Field(declaredRecords ?? records.ToString(CultureInfo.InvariantCulture), 8);
        Field(Inv(recordSeconds), 8);
        Field(ns.ToString(CultureInfo.InvariantCulture), 4);
        foreach (var s in signals) Field(s.Label, 16);
        foreach (var _ in signals) Field("AgAgCl electrode", 80);
        foreach (var s in signals) Field(s.Dimension, 8);
        foreach (var s in signals) Field(Inv(s.PhysicalMinimum), 8);
        foreach (var s in signals) Field(Inv(s.PhysicalMaximum), 8);
        foreach (var s in signals) Field(s.DigitalMinimum.ToString(CultureInfo.InvariantCulture), 8);
        foreach (var s in signals) Field(s.DigitalMaximum.ToString(CultureInfo.InvariantCulture), 8);
        foreach (var _ in signals) Field("HP:0.5Hz LP:40Hz", 80);
        foreach (var s in signals) Field(s.SamplesPerRecord.ToString(CultureInfo.InvariantCulture), 8);
        foreach (var _ in signals) Field(string.Empty, 32);

        for (var r = 0; r < records; r++)
        {
            foreach (var s in signals)
            {
                if (s.Annotations is { } tal)
                {
                    var bytes = new byte[s.SamplesPerRecord * bytesPerSample];
                    var text = Encoding.UTF8.GetBytes(tal(r));
                    text.AsSpan(0, Math.Min(text.Length, bytes.Length)).CopyTo(bytes);
                    ms.Write(bytes);
                    continue;
                }

                for (var k = 0; k < s.SamplesPerRecord; k++)
                {
                    var d = s.Digital![(r * s.SamplesPerRecord) + k];
                    ms.WriteByte((byte)d);
                    ms.WriteByte((byte)(d >> 8));
                    if (bdf) ms.WriteByte((byte)(d >> 16));
                }
            }
        }

        return ms.ToArray();
    }

    /// <summary>A time-keeping TAL for the record's onset, then the given annotations (onset, text) as TALs.</summary>
    public static string Tal(double recordOnset, params (double Onset, string Text)[] annotations)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"+{recordOnset:0.###}\u0014\u0014\0");
        foreach (var (onset, text) in annotations) sb.Append(CultureInfo.InvariantCulture, $"+{onset:0.###}\u0014{text}\u0014\0");
        return sb.ToString();
    }
}
