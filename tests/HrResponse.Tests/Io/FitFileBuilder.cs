namespace HrResponse.Tests.Io;

/// <summary>Writes small FIT files by hand for tests: 14-byte header, messages, header and file CRC.</summary>
internal sealed class FitFileBuilder
{
    private readonly List<byte> _data = [];

    public void Definition(int local, ushort global, bool bigEndian, params (byte Num, byte Size, byte Type)[] fields)
    {
        _data.Add((byte)(0x40 | local));
        _data.Add(0);
        _data.Add(bigEndian ? (byte)1 : (byte)0);
        _data.AddRange(bigEndian ? [(byte)(global >> 8), (byte)global] : [(byte)global, (byte)(global >> 8)]);
        _data.Add((byte)fields.Length);
        foreach (var (num, size, type) in fields)
        {
            _data.Add(num);
            _data.Add(size);
            _data.Add(type);
        }
    }

    public void Data(int local, byte[] body)
    {
        _data.Add((byte)local);
        _data.AddRange(body);
    }

    public void Compressed(int local, int timeOffset, byte[] body)
    {
        _data.Add((byte)(0x80 | (local << 5) | timeOffset));
        _data.AddRange(body);
    }

    public byte[] ToArray()
    {
        var header = new byte[14];
        header[0] = 14;
        header[1] = 0x20;
        header[2] = 0x08;
        header[3] = 0x08;
        BitConverter.TryWriteBytes(header.AsSpan(4), (uint)_data.Count);
        ".FIT"u8.CopyTo(header.AsSpan(8));
        var hc = Crc(header.AsSpan(0, 12));
        header[12] = (byte)hc;
        header[13] = (byte)(hc >> 8);
        var all = new List<byte>(header);
        all.AddRange(_data);
        var crc = Crc([.. all]);
        all.Add((byte)crc);
        all.Add((byte)(crc >> 8));
        return [.. all];
    }

    // Independent bitwise CRC-16/ARC (poly 0xA001 reflected, init 0), which the FIT nibble table implements.
    private static ushort Crc(ReadOnlySpan<byte> bytes)
    {
        ushort crc = 0;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++) crc = (ushort)((crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1);
        }

        return crc;
    }
}
