using System.Text;

namespace HrResponse.Io;

/// <summary>
/// Opens a device or app recording by looking at its content, not only its extension: FIT by its header signature,
/// TCX and GPX by the XML root element, Polar HRM by its <c>[Params]</c> section, BLE packet logs by lines that
/// decode as Heart Rate Measurement packets, RR text logs by numeric lines or a header naming an RR column, WFDB
/// headers by a record line followed by a signal line (a <c>.hea</c> file needs only the record line).
/// </summary>
/// <remarks>
/// Detection reads at most the first 64 KiB. CSV recordings (time/RR/HR/power tables) are not a device format: for
/// them <see cref="Detect(string)"/> returns <c>null</c> and <see cref="Open(string)"/> throws; read them with the CSV reader.
/// </remarks>
public static class RecordingReader
{
    private const int HeadBytes = 64 * 1024;

    /// <summary>Reads a device file with the reader its content calls for; the report's format says which was used.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">The content is not a known device format, or the chosen reader rejects it.</exception>
    public static DeviceReadResult Open(string path)
    {
        var format = Detect(path) ?? throw new HrDataFormatException(path, null, null, null,
            "The content is not a known device format (FIT, TCX, GPX, Polar HRM, RR text, BLE packet log, WFDB header); " +
            "if it is a CSV table, read it with the CSV reader.");
        return Open(path, format);
    }

    /// <summary>Reads a file with the reader for a given format.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="format">The format to read it as.</param>
    /// <exception cref="HrDataFormatException">The reader rejects the content.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static DeviceReadResult Open(string path, DeviceFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return format switch
        {
            DeviceFormat.Fit => FitReader.Read(path),
            DeviceFormat.Tcx => TcxReader.Read(path),
            DeviceFormat.Gpx => GpxReader.Read(path),
            DeviceFormat.PolarHrm => PolarHrmReader.Read(path),
            DeviceFormat.RrText => RrTextReader.Read(path),
            DeviceFormat.BleLog => BleLogReader.Read(path),
            DeviceFormat.Wfdb => WfdbReader.Read(path),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"Must be a defined DeviceFormat; it is {format}."),
        };
    }

    /// <summary>The device format of a file judged by its content, or <c>null</c> when it is none of them (e.g. a CSV table).</summary>
    /// <param name="path">Path of the file.</param>
    public static DeviceFormat? Detect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        var buffer = new byte[HeadBytes];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (path.EndsWith(".hea", StringComparison.OrdinalIgnoreCase) && !FitReader.IsFit(buffer.AsSpan(0, n))
            && WfdbReader.LooksLikeHeader(Encoding.UTF8.GetString(buffer, 0, n).Split('\n'), requireSignalLines: false))
            return DeviceFormat.Wfdb;
        return Detect(buffer.AsSpan(0, n));
    }

    /// <summary>The device format of content judged from its first bytes, or <c>null</c> when it is none of them.</summary>
    /// <param name="head">The first bytes of the content (up to 64 KiB are enough).</param>
    public static DeviceFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (FitReader.IsFit(head)) return DeviceFormat.Fit;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = Encoding.UTF8.GetString(head);
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('<')) return DetectXml(trimmed);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (head.Length == HeadBytes && lines.Length > 1) lines = lines[..^1];
        var content = lines.Where(l => l[0] != '#').Take(50).ToArray();
        if (content.Length == 0) return null;
        if (content.Any(l => l.StartsWith("[Params]", StringComparison.OrdinalIgnoreCase))) return DeviceFormat.PolarHrm;
        if (WfdbReader.LooksLikeHeader(content, requireSignalLines: true)) return DeviceFormat.Wfdb;
        if (content.All(BleLogReader.IsPacketLine)) return DeviceFormat.BleLog;
        return LooksLikeRrText(content) ? DeviceFormat.RrText : null;
    }

    private static DeviceFormat? DetectXml(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length) return null;
            var c = text[lt + 1];
            if (c is '?' or '!')
            {
                var close = text.IndexOf('>', lt);
                if (close < 0) return null;
                i = close + 1;
                continue;
            }

            var end = lt + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/')) end++;
            var name = text[(lt + 1)..end];
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0) name = name[(colon + 1)..];
            return name switch
            {
                "TrainingCenterDatabase" => DeviceFormat.Tcx,
                "gpx" => DeviceFormat.Gpx,
                _ => null,
            };
        }

        return null;
    }

    private static bool LooksLikeRrText(string[] lines)
    {
        static string[] Cells(string l) => l.Split([',', ';', '\t', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = Cells(lines[0]);
        var start = 0;
        if (!RrTextReader.IsNumber(first[0]))
        {
            static string Norm(string h) => h.Trim('"').ToUpperInvariant().Replace("_", string.Empty, StringComparison.Ordinal)
                .Replace(" ", string.Empty, StringComparison.Ordinal);
            var hasRr = first.Any(h => Norm(h) is "RR" or "RRMS" or "RRI" or "RRINTERVAL" or "IBI");
            var allKnown = first.All(h => Norm(h) is "RR" or "RRMS" or "RRI" or "RRINTERVAL" or "IBI" or "TIMESTAMP" or "TIME"
                or "DATE" or "DATETIME" or "SINCESTART");
            if (!hasRr || !allKnown) return false;
            start = 1;
            return lines.Skip(start).All(l => Cells(l).All(RrTextReader.IsNumber));
        }

        return lines.Skip(start).All(l => Cells(l) is { Length: 1 or 2 } c && c.All(RrTextReader.IsNumber));
    }
}
