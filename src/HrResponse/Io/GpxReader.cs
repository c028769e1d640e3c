using System.Xml;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads GPX tracks with heart rate in the track-point extensions: Garmin's <c>gpxtpx:hr</c>, Cluetrust's
/// <c>gpxdata:hr</c> or any extension element named <c>hr</c> or <c>heartrate</c>; power from an extension named
/// <c>PowerInWatts</c> or <c>power</c>. Each <c>trkseg</c> after the first adds a <c>segment N</c> marker.
/// </summary>
/// <remarks>
/// Names are matched by local name, whatever the namespace. Time 0 is the first track point's <c>time</c>;
/// fractional heart rates (Suunto exports) are kept. The creator attribute of <c>gpx</c> is reported as the device.
/// Points without heart rate or time, and points whose time does not advance, are skipped and counted.
/// </remarks>
public static class GpxReader
{
    /// <summary>Reads a GPX file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">The XML is malformed, a time or number cannot be parsed, or no heart data exists.</exception>
    public static DeviceReadResult Read(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads GPX from a stream.</summary>
    /// <param name="stream">The XML stream; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <exception cref="HrDataFormatException">The XML is malformed, a time or number cannot be parsed, or no heart data exists.</exception>
    public static DeviceReadResult Read(Stream stream, string sourceName) => XmlInput.Read(stream, sourceName, ReadCore);

    private static DeviceReadResult ReadCore(XmlReader reader, string source)
    {
        var stack = new List<string>();
        var points = new List<(DateTimeOffset Time, double Hr, double Power)>();
        var segmentStarts = new List<int>();
        string? device = null, sport = null;
        var sawRoot = false;
        DateTimeOffset? time = null;
        double hr = double.NaN, power = double.NaN;
        var withoutTime = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var name = reader.LocalName;
                    if (!sawRoot)
                    {
                        sawRoot = true;
                        if (name != "gpx") throw XmlInput.Fail(source, reader, name, "The root element is not gpx; this is not a GPX file.");
                        device = reader.GetAttribute("creator");
                    }

                    if (name == "trkpt")
                    {
                        time = null;
                        hr = power = double.NaN;
                    }
                    else if (name == "trkseg") segmentStarts.Add(points.Count);

                    if (!reader.IsEmptyElement) stack.Add(name);
                    if (stack.Count > XmlInput.MaxDepth)
                        throw XmlInput.Fail(source, reader, name, $"Elements are nested deeper than {XmlInput.MaxDepth} levels; this is not a device file.");
                    break;
                }

                case XmlNodeType.Text or XmlNodeType.CDATA:
                {
                    if (stack.Count < 2) break;
                    var top = stack[^1];
                    var parent = stack[^2];
                    var inPoint = stack.Contains("trkpt");
                    if (top == "time" && parent == "trkpt") time = XmlInput.ParseTime(source, reader, reader.Value);
                    else if (inPoint && top is "hr" or "heartrate" && stack.Contains("extensions"))
                        hr = XmlInput.ParseNumber(source, reader, reader.Value, "heart rate");
                    else if (inPoint && top is "PowerInWatts" or "power" && stack.Contains("extensions"))
                        power = XmlInput.ParseNumber(source, reader, reader.Value, "power");
                    else if (top == "type" && parent == "trk") sport ??= reader.Value.Trim();
                    break;
                }

                case XmlNodeType.EndElement:
                    if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                    if (reader.LocalName == "trkpt")
                    {
                        if (time is { } t) points.Add((t, hr, power));
                        else withoutTime++;
                    }

                    break;
            }
        }

        if (!sawRoot) throw new HrDataFormatException(source, null, null, null, "The file holds no XML element.");
        var b = new DeviceRecordingBuilder();
        b.Skip("track points without a time", withoutTime);
        DateTimeOffset? origin = points.Count > 0 ? points[0].Time : null;
        var o = origin ?? default;
        var withoutHr = 0;
        foreach (var (t, h, p) in points)
        {
            var ts = (t - o).TotalSeconds;
            if (double.IsNaN(h)) withoutHr++;
            else b.AddHeartRate(ts, h);
            if (!double.IsNaN(p)) b.AddPower(ts, p);
        }

        b.Skip("track points without heart rate", withoutHr);
        for (var i = 1; i < segmentStarts.Count; i++)
        {
            if (segmentStarts[i] < points.Count)
                b.AddMarker((points[segmentStarts[i]].Time - o).TotalSeconds, "segment " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return b.Build(DeviceFormat.Gpx, source, origin, false, device, sport);
    }
}
