namespace HrResponse.Io.Internal;

/// <summary>
/// The FIT protocol's CRC-16. The FIT SDK describes it with a 16-entry nibble table; that is CRC-16/ARC
/// (reflected polynomial 0xA001, initial value 0), computed here with two 256-entry tables, two bytes a step
/// ("slicing by 2"), for throughput.
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] T0 = BuildTable();
    private static readonly ushort[] T1 = BuildSecondTable(T0);

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        var t0 = T0;
        var t1 = T1;
        var i = 0;
        for (; i + 1 < data.Length; i += 2)
        {
            var x = (ushort)(crc ^ (data[i] | (data[i + 1] << 8)));
            crc = (ushort)(t1[x & 0xFF] ^ t0[x >> 8]);
        }

        if (i < data.Length) crc = (ushort)((crc >> 8) ^ t0[(crc ^ data[i]) & 0xFF]);
        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var n = 0; n < 256; n++)
        {
            var c = (ushort)n;
            for (var k = 0; k < 8; k++) c = (ushort)((c & 1) != 0 ? (c >> 1) ^ 0xA001 : c >> 1);
            table[n] = c;
        }

        return table;
    }

    // T1[n] = CRC of byte n followed by one zero byte: one table step further.
    private static ushort[] BuildSecondTable(ushort[] t0)
    {
        var table = new ushort[256];
        for (var n = 0; n < 256; n++) table[n] = (ushort)((t0[n] >> 8) ^ t0[t0[n] & 0xFF]);
        return table;
    }
}
