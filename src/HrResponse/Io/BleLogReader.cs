using System.Globalization;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads a log of Bluetooth Heart Rate Measurement packets (see <see cref="BleHeartRatePacket"/>): one packet a line,
/// <c>TIME HEX</c>, where TIME is seconds (e.g. <c>12.250</c>) or an ISO 8601 date-time, and HEX the packet bytes
/// with optional spaces, colons or dashes and an optional <c>0x</c> prefix (<c>16 4E 00 04</c>, <c>164E0004</c>).
/// </summary>
/// <remarks>
/// <para>Heart-rate samples are the packets' heart rates at the packet times (seconds from the first packet).
/// Beats are the RR intervals in arrival order; the beat clock starts at the time of the first packet carrying RR
/// minus the sum of that packet's RR values, and advances by each RR (packet arrival times carry Bluetooth
/// jitter and are not beat times). Packets logged out of time order (batched delivery) are re-sorted by time, stably,
/// and an exact repeat of the previous packet (same time and bytes) is dropped; both are counted in the report.
/// Packets with no skin contact are kept and counted in the report; lines starting with <c>#</c> and empty lines are
/// ignored.</para>
/// </remarks>
public static class BleLogReader
{
    /// <summary>Reads a BLE packet log file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">A line has no time or no valid packet, or there is no heart data.</exception>
    public static DeviceReadResult Read(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads a BLE packet log.</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <exception cref="HrDataFormatException">A line has no time or no valid packet, or there is no heart data.</exception>
    public static DeviceReadResult Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var packets = new List<(double Seconds, DateTimeOffset? Absolute, string Payload, BleHeartRatePacket Packet)>();
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (!TrySplit(line, out _, out var payload, out var seconds, out var absolute))
                throw new HrDataFormatException(sourceName, lineNo, "1", line,
                    "A line of this BLE packet log is not 'TIME HEX' (a time in seconds or ISO 8601, then the packet bytes in hexadecimal).");
            byte[] bytes;
            try
            {
                bytes = Convert.FromHexString(payload);
            }
            catch (FormatException)
            {
                throw new HrDataFormatException(sourceName, lineNo, "2", payload, "A packet of this BLE packet log is not an even number of hexadecimal digits.");
            }

            if (!BleHeartRatePacket.TryParse(bytes, out var packet, out var offset, out var problem))
                throw new HrDataFormatException(sourceName, lineNo, string.Create(CultureInfo.InvariantCulture, $"byte {offset}"),
                    payload, string.Create(CultureInfo.InvariantCulture, $"Bad packet in this BLE packet log: invalid Heart Rate Measurement packet at byte {offset}: {problem}."));
            packets.Add((seconds, absolute, payload, packet!));
        }

        var b = new DeviceRecordingBuilder();
        var firstAbsolute = packets.Where(p => p.Absolute is not null).Select(p => p.Absolute).Min();
        var times = packets.Select(p => p.Absolute is { } abs ? (abs - firstAbsolute!.Value).TotalSeconds : p.Seconds).ToArray();
        var order = Enumerable.Range(0, packets.Count).ToArray();
        var outOfOrder = 0;
        for (var i = 1; i < times.Length; i++)
            if (times[i] < times[i - 1]) outOfOrder++;
        if (outOfOrder > 0)
        {
            order = [.. order.OrderBy(i => times[i])]; // stable: packets with equal times keep their logged order
            b.Skip("packets logged out of time order (all packets re-sorted by time)", outOfOrder);
        }

        var t0 = times.Length == 0 ? 0 : times.Min();
        double? beatClock = null;
        int noContact = 0, energyPackets = 0, duplicates = 0;
        for (var k = 0; k < order.Length; k++)
        {
            var (_, _, payload, packet) = packets[order[k]];
            var t = times[order[k]] - t0;
            if (k > 0 && times[order[k - 1]] == times[order[k]] && packets[order[k - 1]].Payload == payload)
            {
                duplicates++;
                continue;
            }

            if (packet.SensorContact == BleSensorContact.NotDetected) noContact++;
            if (packet.EnergyExpendedKilojoules is not null) energyPackets++;
            if (packet.HeartRateBpm == 0) b.Skip("packets with heart rate 0 (no reading)");
            else b.AddHeartRate(t, packet.HeartRateBpm);
            if (packet.RrIntervalsMs.Count > 0)
            {
                if (beatClock is null)
                {
                    double sum = 0;
                    foreach (var rr in packet.RrIntervalsMs) sum += rr;
                    beatClock = t - (sum / 1000.0);
                }

                foreach (var rr in packet.RrIntervalsMs)
                {
                    if (rr > 0) beatClock += rr / 1000.0;
                    b.AddBeat(beatClock!.Value, rr);
                }
            }
        }

        b.Skip("duplicate packets (same time and bytes as the previous one; dropped)", duplicates);
        b.Skip("packets whose sensor reported no skin contact (kept)", noContact);
        b.Skip("energy-expended values (not used)", energyPackets);
        return b.Build(DeviceFormat.BleLog, sourceName, firstAbsolute, false, null, null);
    }

    /// <summary>
    /// True when <paramref name="line"/> looks like one BLE log line: it decodes to a valid packet with reserved flag
    /// bits clear and, when the RR flag is set, at least one RR value (so <c>0 1036</c>, a two-column RR line, is not one).
    /// </summary>
    internal static bool IsPacketLine(string line) =>
        TrySplit(line.Trim(), out _, out var payload, out _, out _) && payload.Length >= 4 && payload.Length % 2 == 0 &&
        IsHex(payload) && BleHeartRatePacket.TryParse(Convert.FromHexString(payload), out var p, out _, out _) &&
        (p!.Flags & 0xE0) == 0 && ((p.Flags & 0x10) == 0 || p.RrIntervalsRaw.Count > 0);

    private static bool IsHex(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }

        return true;
    }

    private static bool TrySplit(string line, out string timeText, out string payload, out double seconds, out DateTimeOffset? absolute)
    {
        payload = string.Empty;
        seconds = 0;
        absolute = null;
        var space = line.IndexOfAny([' ', '\t', ',', ';']);
        timeText = space < 0 ? line : line[..space];
        if (space < 0) return false;
        var rest = line[(space + 1)..].Trim();
        if (rest.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) rest = rest[2..];
        payload = new string([.. rest.Where(c => c is not (' ' or '\t' or ':' or '-' or ','))]);
        if (payload.Length == 0) return false;
        if (timeText.Contains('.', StringComparison.Ordinal) || !timeText.Contains('-', StringComparison.Ordinal))
        {
            if (double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && double.IsFinite(seconds)) return true;
        }

        if (DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            absolute = t;
            return true;
        }

        return false;
    }
}
