using System.Buffers.Binary;
using System.Globalization;

namespace HrResponse.Io;

/// <summary>
/// One Bluetooth Heart Rate Measurement characteristic value (UUID 0x2A37, Heart Rate Service 0x180D), decoded.
/// </summary>
/// <remarks>
/// <para>Layout (all multi-byte fields little-endian): flags (1 byte); heart rate as UINT8, or UINT16 when flags
/// bit 0 is set; energy expended in kJ (UINT16) when bit 3 is set; then zero or more RR intervals (UINT16, unit
/// 1/1024 s) when bit 4 is set. Bits 1–2 are the sensor contact status (bit 2 = supported, bit 1 = detected).
/// Bits 5–7 are reserved and ignored.</para>
/// <para>RR conversion: <c>ms = raw × 1000 / 1024</c>, e.g. 1024 → 1000 ms.</para>
/// </remarks>
public sealed record BleHeartRatePacket
{
    /// <summary>The flags byte as received.</summary>
    public required byte Flags { get; init; }

    /// <summary>Heart rate in bpm as reported by the sensor.</summary>
    public required int HeartRateBpm { get; init; }

    /// <summary>True when the heart rate was sent as UINT16 (flags bit 0).</summary>
    public bool HeartRateIs16Bit { get; init; }

    /// <summary>Sensor contact status (flags bits 1–2).</summary>
    public BleSensorContact SensorContact { get; init; }

    /// <summary>Accumulated energy expended in kJ, or <c>null</c> when the packet has none (flags bit 3 clear).</summary>
    public int? EnergyExpendedKilojoules { get; init; }

    /// <summary>RR intervals as sent, in units of 1/1024 s; empty when flags bit 4 is clear.</summary>
    public IReadOnlyList<int> RrIntervalsRaw { get; init; } = [];

    /// <summary>RR intervals in milliseconds (<c>raw × 1000 / 1024</c>), in order of arrival.</summary>
    public IReadOnlyList<double> RrIntervalsMs { get; init; } = [];

    /// <summary>Decodes one packet.</summary>
    /// <param name="packet">The characteristic value bytes.</param>
    /// <exception cref="HrDataFormatException">The packet is shorter than its flags require, or an RR field is cut in half;
    /// the column is the byte offset in the packet.</exception>
    public static BleHeartRatePacket Parse(ReadOnlySpan<byte> packet) =>
        TryParse(packet, out var result, out var offset, out var problem)
            ? result!
            : throw new HrDataFormatException("BLE packet", null, string.Create(CultureInfo.InvariantCulture, $"byte {offset}"),
                Convert.ToHexString(packet), string.Create(CultureInfo.InvariantCulture, $"at byte {offset}: {problem}"));

    /// <summary>Decodes one packet without throwing.</summary>
    /// <param name="packet">The characteristic value bytes.</param>
    /// <param name="result">The packet, or <c>null</c> when invalid.</param>
    /// <param name="errorOffset">Byte offset of the problem, or -1.</param>
    /// <param name="problem">What is wrong, or <c>null</c>.</param>
    /// <returns>True when the packet is valid.</returns>
    public static bool TryParse(ReadOnlySpan<byte> packet, out BleHeartRatePacket? result, out int errorOffset, out string? problem)
    {
        result = null;
        errorOffset = -1;
        problem = null;
        if (packet.IsEmpty)
        {
            errorOffset = 0;
            problem = "the packet is empty; it needs at least a flags byte and a heart rate";
            return false;
        }

        var flags = packet[0];
        var hr16 = (flags & 0x01) != 0;
        var energy = (flags & 0x08) != 0;
        var hasRr = (flags & 0x10) != 0;
        var pos = 1;
        var hrSize = hr16 ? 2 : 1;
        if (packet.Length < pos + hrSize)
        {
            errorOffset = pos;
            problem = $"flags 0x{flags:X2} declare a {(hr16 ? "16" : "8")}-bit heart rate but the packet has {packet.Length} bytes";
            return false;
        }

        int hr = hr16 ? BinaryPrimitives.ReadUInt16LittleEndian(packet.Slice(pos, 2)) : packet[pos];
        pos += hrSize;
        int? kj = null;
        if (energy)
        {
            if (packet.Length < pos + 2)
            {
                errorOffset = pos;
                problem = $"flags 0x{flags:X2} declare energy expended (2 bytes) but the packet ends at byte {packet.Length}";
                return false;
            }

            kj = BinaryPrimitives.ReadUInt16LittleEndian(packet.Slice(pos, 2));
            pos += 2;
        }

        var raw = Array.Empty<int>();
        var ms = Array.Empty<double>();
        var rest = packet.Length - pos;
        if (hasRr)
        {
            if (rest % 2 != 0)
            {
                errorOffset = packet.Length - 1;
                problem = $"the RR field holds {rest} bytes; RR intervals are 2 bytes each";
                return false;
            }

            raw = new int[rest / 2];
            ms = new double[raw.Length];
            for (var i = 0; i < raw.Length; i++)
            {
                raw[i] = BinaryPrimitives.ReadUInt16LittleEndian(packet.Slice(pos + (2 * i), 2));
                ms[i] = raw[i] * 1000.0 / 1024.0;
            }
        }
        else if (rest != 0)
        {
            errorOffset = pos;
            problem = $"{rest} bytes follow the fields that flags 0x{flags:X2} declare";
            return false;
        }

        result = new BleHeartRatePacket
        {
            Flags = flags,
            HeartRateBpm = hr,
            HeartRateIs16Bit = hr16,
            SensorContact = (flags & 0x04) == 0 ? BleSensorContact.NotSupported
                : (flags & 0x02) != 0 ? BleSensorContact.Detected : BleSensorContact.NotDetected,
            EnergyExpendedKilojoules = kj,
            RrIntervalsRaw = raw,
            RrIntervalsMs = ms,
        };
        return true;
    }
}
