using System.Buffers.Binary;
using System.Globalization;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads Garmin FIT activity files with our own decoder of the published FIT protocol: file header (12 or 14
/// bytes, header CRC when non-zero), definition and data messages (little- or big-endian), compressed-time-stamp
/// headers, developer fields (skipped by their declared size), chained FIT files, and the file CRC.
/// </summary>
/// <remarks>
/// <para>Used messages: <c>record</c> (20: timestamp 253, heart_rate 3 in bpm, power 7 in W) → heart-rate samples
/// and the <c>power_w</c> load channel; <c>hrv</c> (78: time 0, an array of RR in 1/1000 s) → RR intervals;
/// <c>lap</c> (19: start_time 2, total_elapsed_time 7, avg_heart_rate 15, max_heart_rate 16) → laps and
/// <c>lap N</c> markers; <c>event</c> (21: event 0, event_type 1) → markers such as <c>timer stop_all</c>;
/// <c>file_id</c> (0) and <c>session</c> (18) → device and sport. Everything else is skipped by size.</para>
/// <para>Time origin (0 s) is the session's start_time when it is at most an hour before the first <c>record</c>,
/// otherwise the first <c>record</c> time stamp (without records: the session start, else the first time stamp seen); FIT times count seconds from 1989-12-31 00:00:00 UTC. <c>hrv</c> messages carry no time: beat times are
/// the cumulative sum of the RR values from the origin. Invalid values (0xFF, 0xFFFF padding in <c>hrv</c>) are
/// skipped and counted in the report.</para>
/// <para>Errors raise <see cref="HrDataFormatException"/> whose <see cref="HrDataFormatException.Column"/> is
/// <c>byte N</c> (0-based offset of the problem) and whose message repeats it. Every loop advances through the
/// buffer with bounds checks, so truncated or hostile input cannot hang or overrun.</para>
/// </remarks>
public static class FitReader
{
    /// <summary>Seconds from the Unix epoch to the FIT epoch, 1989-12-31 00:00:00 UTC.</summary>
    public const long FitEpochUnixSeconds = 631_065_600;

    private const ushort MsgFileId = 0;
    private const ushort MsgSession = 18;
    private const ushort MsgLap = 19;
    private const ushort MsgRecord = 20;
    private const ushort MsgEvent = 21;
    private const ushort MsgHrv = 78;

    /// <summary>True when <paramref name="head"/> (the first bytes of a file) starts with a FIT file header.</summary>
    /// <param name="head">At least the first 12 bytes of the file.</param>
    public static bool IsFit(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[0] >= 12 && head.Slice(8, 4).SequenceEqual(".FIT"u8);

    /// <summary>Reads a FIT file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">The file is not valid FIT, is truncated, fails its CRC, or has no heart data.</exception>
    public static DeviceReadResult Read(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads FIT data held in memory.</summary>
    /// <param name="data">The whole file's bytes.</param>
    /// <param name="sourceName">Name used in messages and the report (e.g. the file path).</param>
    /// <exception cref="HrDataFormatException">The data is not valid FIT, is truncated, fails its CRC, or has no heart data.</exception>
    public static DeviceReadResult Read(ReadOnlySpan<byte> data, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var state = new DecodeState(sourceName);
        var pos = 0;
        var files = 0;
        while (true)
        {
            pos = DecodeFile(data, pos, state);
            files++;
            if (pos >= data.Length) break;
            if (!IsFit(data[pos..]))
            {
                state.Builder.Skip($"trailing bytes after the last FIT file's CRC (from byte {pos})", data.Length - pos);
                break;
            }
        }

        return state.Finish(files);
    }

    private static int DecodeFile(ReadOnlySpan<byte> data, int pos, DecodeState state)
    {
        var remaining = data.Length - pos;
        if (remaining < 12)
            throw state.Fail(pos, $"the FIT file header needs 12 bytes; only {remaining} remain (file truncated?)");
        int headerSize = data[pos];
        if (headerSize < 12)
            throw state.Fail(pos, $"the FIT header size is {headerSize}; it must be at least 12 (not a FIT file?)");
        if (remaining < headerSize)
            throw state.Fail(pos, $"the FIT header declares {headerSize} bytes; only {remaining} remain (file truncated)");
        if (!data.Slice(pos + 8, 4).SequenceEqual(".FIT"u8))
            throw state.Fail(pos + 8, "the FIT header lacks its '.FIT' signature (not a FIT file?)");
        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(pos + 4, 4));
        if (headerSize >= 14)
        {
            var headerCrc = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(pos + 12, 2));
            var computed = FitCrc.Compute(data.Slice(pos, 12));
            if (headerCrc != 0 && headerCrc != computed)
                throw state.Fail(pos + 12,
                    $"the FIT header CRC is 0x{headerCrc:X4} but the header's bytes give 0x{computed:X4} (corrupted file)");
        }

        var end = (long)pos + headerSize + dataSize;
        if (end + 2 > data.Length)
            throw state.Fail(data.Length,
                $"the file is truncated: its header declares {dataSize} data bytes plus a 2-byte CRC, which end at byte {end + 2}, " +
                $"but the file ends at byte {data.Length}");
        var dataEnd = (int)end;
        DecodeRecords(data, pos + headerSize, dataEnd, state);
        var storedCrc = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(dataEnd, 2));
        var fileCrc = FitCrc.Compute(data[pos..dataEnd]);
        if (storedCrc != fileCrc)
            throw state.Fail(dataEnd,
                $"the file CRC is 0x{storedCrc:X4} but bytes {pos}–{dataEnd - 1} give 0x{fileCrc:X4} (corrupted file)");
        return dataEnd + 2;
    }

    private static void DecodeRecords(ReadOnlySpan<byte> data, int pos, int end, DecodeState state)
    {
        var defs = new FitDefinition?[16];
        while (pos < end)
        {
            var at = pos;
            var header = data[pos++];
            if ((header & 0x80) != 0)
            {
                var local = (header >> 5) & 0x3;
                var offset = (uint)(header & 0x1F);
                var def = defs[local] ?? throw state.Fail(at,
                    $"a compressed-time-stamp data message uses local message type {local}, which has no definition yet");
                if (state.LastTimestamp is not { } last)
                    throw state.Fail(at, "a compressed-time-stamp message comes before any full time stamp");
                var ts = (last & 0xFFFFFFE0u) + offset;
                if (offset < (last & 0x1F)) ts += 0x20;
                state.LastTimestamp = ts;
                pos = DecodeData(data, at, pos, end, def, ts, state);
            }
            else if ((header & 0x40) != 0)
            {
                var local = header & 0x0F;
                defs[local] = ReadDefinition(data, at, ref pos, end, (header & 0x20) != 0, state);
            }
            else
            {
                var local = header & 0x0F;
                var def = defs[local] ?? throw state.Fail(at,
                    $"a data message uses local message type {local}, which has no definition (corrupted file?)");
                pos = DecodeData(data, at, pos, end, def, null, state);
            }
        }
    }

    private static FitDefinition ReadDefinition(
        ReadOnlySpan<byte> data, int at, ref int pos, int end, bool hasDeveloperFields, DecodeState state)
    {
        if (end - pos < 5)
            throw state.Fail(at, $"a definition message needs 5 bytes after its header; only {end - pos} remain before the CRC");
        var architecture = data[pos + 1];
        if (architecture > 1)
            throw state.Fail(pos + 1, $"the definition's architecture byte is {architecture}; it must be 0 (little-endian) or 1 (big-endian)");
        var bigEndian = architecture == 1;
        var global = bigEndian
            ? BinaryPrimitives.ReadUInt16BigEndian(data.Slice(pos + 2, 2))
            : BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(pos + 2, 2));
        int fieldCount = data[pos + 4];
        pos += 5;
        if (end - pos < fieldCount * 3)
            throw state.Fail(at, $"a definition message declares {fieldCount} fields but its field list runs past the data end at byte {end}");
        var nums = new byte[fieldCount];
        var sizes = new byte[fieldCount];
        var types = new byte[fieldCount];
        var size = 0;
        for (var i = 0; i < fieldCount; i++)
        {
            nums[i] = data[pos];
            sizes[i] = data[pos + 1];
            types[i] = data[pos + 2];
            size += sizes[i];
            pos += 3;
        }

        if (hasDeveloperFields)
        {
            if (end - pos < 1)
                throw state.Fail(pos, "a definition message with developer fields ends before its developer field count");
            int devCount = data[pos++];
            if (end - pos < devCount * 3)
                throw state.Fail(at, $"a definition message declares {devCount} developer fields but their list runs past the data end at byte {end}");
            for (var i = 0; i < devCount; i++)
            {
                size += data[pos + 1];
                pos += 3;
            }

            if (devCount > 0) state.DeveloperDefinitions++;
        }

        return new FitDefinition(global, bigEndian, nums, sizes, types, size);
    }

    private static int DecodeData(
        ReadOnlySpan<byte> data, int at, int pos, int end, FitDefinition def, uint? compressedTimestamp, DecodeState state)
    {
        if (end - pos < def.Size)
            throw state.Fail(at,
                $"a data message of global type {def.Global} needs {def.Size} bytes but only {end - pos} remain before the CRC at byte {end}");
        var body = data.Slice(pos, def.Size);
        state.Messages++;
        uint? ts = compressedTimestamp;
        double hr = double.NaN, power = double.NaN, f0 = double.NaN, f1 = double.NaN, f2 = double.NaN, f4 = double.NaN;
        double f5 = double.NaN, f7 = double.NaN, f15 = double.NaN, f16 = double.NaN;
        string? productName = null;
        var offset = 0;
        for (var i = 0; i < def.Nums.Length; i++)
        {
            var field = body.Slice(offset, def.Sizes[i]);
            offset += def.Sizes[i];
            var num = def.Nums[i];
            var type = def.Types[i];
            if (num == 253)
            {
                if (FitValue.TryRead(field, type, def.BigEndian, 0, out var t) && t is >= 0 and <= uint.MaxValue)
                {
                    ts = (uint)t;
                    state.LastTimestamp = ts;
                }

                continue;
            }

            switch (def.Global)
            {
                case MsgRecord:
                    if (num == 3) _ = FitValue.TryRead(field, type, def.BigEndian, 0, out hr);
                    else if (num == 7) _ = FitValue.TryRead(field, type, def.BigEndian, 0, out power);
                    break;
                case MsgHrv:
                    if (num == 0) ReadHrv(field, type, def.BigEndian, state);
                    break;
                case MsgFileId:
                    if (num == 8) productName = FitValue.ReadString(field);
                    else ReadSmallField(field, type, def.BigEndian, num, ref f0, ref f1, ref f2, ref f4, ref f5, ref f7, ref f15, ref f16);
                    break;
                case MsgLap or MsgEvent or MsgSession:
                    ReadSmallField(field, type, def.BigEndian, num, ref f0, ref f1, ref f2, ref f4, ref f5, ref f7, ref f15, ref f16);
                    break;
            }
        }

        switch (def.Global)
        {
            case MsgRecord:
                state.AddRecord(ts, hr, power);
                break;
            case MsgLap:
                state.Laps.Add((double.IsNaN(f2) ? null : (uint)f2, ts, f7 / 1000.0, f15, f16));
                break;
            case MsgEvent:
                if (ts is { } et)
                    state.Events.Add((et, $"{FitNames.Event(double.IsNaN(f0) ? 999u : (uint)f0)} {FitNames.EventType(double.IsNaN(f1) ? 999u : (uint)f1)}"));
                else state.Builder.Skip("event messages without a time stamp");
                break;
            case MsgSession:
                if (!double.IsNaN(f5)) state.Sport ??= FitNames.Sport((uint)f5);
                if (!double.IsNaN(f2)) state.SessionStart ??= (uint)f2;
                break;
            case MsgFileId:
                if (state.Device is null && !double.IsNaN(f1))
                {
                    var maker = FitNames.Manufacturer((uint)f1);
                    state.Device = productName is not null ? $"{maker} {productName}"
                        : double.IsNaN(f2) ? maker : string.Create(CultureInfo.InvariantCulture, $"{maker} product {f2}");
                }

                if (!double.IsNaN(f4)) state.TimeCreated ??= (uint)f4;
                break;
        }

        return pos + def.Size;
    }

    private static void ReadSmallField(
        ReadOnlySpan<byte> field, byte type, bool bigEndian, byte num,
        ref double f0, ref double f1, ref double f2, ref double f4, ref double f5, ref double f7, ref double f15, ref double f16)
    {
        switch (num)
        {
            case 0: _ = FitValue.TryRead(field, type, bigEndian, 0, out f0); break;
            case 1: _ = FitValue.TryRead(field, type, bigEndian, 0, out f1); break;
            case 2: _ = FitValue.TryRead(field, type, bigEndian, 0, out f2); break;
            case 4: _ = FitValue.TryRead(field, type, bigEndian, 0, out f4); break;
            case 5: _ = FitValue.TryRead(field, type, bigEndian, 0, out f5); break;
            case 7: _ = FitValue.TryRead(field, type, bigEndian, 0, out f7); break;
            case 15: _ = FitValue.TryRead(field, type, bigEndian, 0, out f15); break;
            case 16: _ = FitValue.TryRead(field, type, bigEndian, 0, out f16); break;
        }
    }

    private static void ReadHrv(ReadOnlySpan<byte> field, byte type, bool bigEndian, DecodeState state)
    {
        var size = FitValue.ElementSize(type);
        if (size == 0) return;
        var count = field.Length / size;
        for (var k = 0; k < count; k++)
        {
            if (FitValue.TryRead(field, type, bigEndian, k, out var v)) state.RrMs.Add(v);
            else state.HrvPadding++;
        }
    }

    private sealed record FitDefinition(ushort Global, bool BigEndian, byte[] Nums, byte[] Sizes, byte[] Types, int Size);

    private sealed class DecodeState(string source)
    {
        public string Source { get; } = source;

        public DeviceRecordingBuilder Builder { get; } = new();

        public uint? LastTimestamp { get; set; }

        public int Messages { get; set; }

        public int DeveloperDefinitions { get; set; }

        public List<(uint Ts, double Hr, double Power)> Records { get; } = [];

        public List<double> RrMs { get; } = [];

        public List<(uint? Start, uint? End, double ElapsedSeconds, double AvgHr, double MaxHr)> Laps { get; } = [];

        public List<(uint Ts, string Label)> Events { get; } = [];

        public string? Device { get; set; }

        public string? Sport { get; set; }

        public uint? SessionStart { get; set; }

        public uint? TimeCreated { get; set; }

        public int RecordsWithoutTime { get; set; }

        public int HrvPadding { get; set; }

        public void AddRecord(uint? ts, double hr, double power)
        {
            if (ts is { } t) Records.Add((t, hr, power));
            else RecordsWithoutTime++;
        }

        public HrDataFormatException Fail(long offset, string problem) =>
            new(Source, null, string.Create(CultureInfo.InvariantCulture, $"byte {offset}"), null,
                string.Create(CultureInfo.InvariantCulture, $"at byte {offset}: {problem}."));

        public DeviceReadResult Finish(int files)
        {
            uint? origin = Records.Count > 0 ? Records[0].Ts : SessionStart ?? (Events.Count > 0 ? Events[0].Ts : TimeCreated);
            if (origin is { } first && SessionStart is { } session && session < first && first - session < 3600) origin = session;
            var o = (double)(origin ?? 0);
            var b = Builder;
            var recordsWithoutHr = 0;
            foreach (var (ts, hr, power) in Records)
            {
                var t = ts - o;
                if (double.IsNaN(hr)) recordsWithoutHr++;
                else b.AddHeartRate(t, hr);
                if (!double.IsNaN(power)) b.AddPower(t, power);
            }

            b.Skip("record messages without heart rate", recordsWithoutHr);
            b.Skip("record messages without a time stamp", RecordsWithoutTime);
            b.Skip("unused hrv time slots holding the invalid value (padding)", HrvPadding);
            double sum = 0;
            foreach (var rr in RrMs)
            {
                if (rr > 0) sum += rr;
                b.AddBeat(sum / 1000.0, rr);
            }

            var number = 0;
            foreach (var (start, end, elapsed, avg, max) in Laps)
            {
                number++;
                double startSeconds = start is { } s ? s - o
                    : end is { } e && double.IsFinite(elapsed) ? e - o - elapsed : double.NaN;
                if (!double.IsFinite(startSeconds))
                {
                    b.Skip("lap messages without a start time");
                    continue;
                }

                b.AddLap(new DeviceLap
                {
                    Number = number,
                    StartSeconds = startSeconds,
                    DurationSeconds = elapsed,
                    AverageHeartRateBpm = avg,
                    MaxHeartRateBpm = max,
                });
            }

            foreach (var (ts, label) in Events) b.AddMarker(ts - o, label);
            if (DeveloperDefinitions > 0)
                b.Skip("definitions with developer fields (their values were skipped by size)", DeveloperDefinitions);
            if (files > 1) b.Skip("chained FIT files after the first (read and appended, not skipped)", files - 1);
            DateTimeOffset? start0 = origin is { } og ? DateTimeOffset.FromUnixTimeSeconds(FitEpochUnixSeconds + og) : null;
            return b.Build(DeviceFormat.Fit, Source, start0, false, Device, Sport);
        }
    }
}
