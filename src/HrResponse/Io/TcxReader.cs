using System.Globalization;
using System.Xml;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads Garmin Training Center XML (TCX) files: heart rate of each <c>Trackpoint</c>, power from the
/// <c>TPX/Watts</c> extension, laps (<c>StartTime</c>, <c>TotalTimeSeconds</c>, average and maximum HR), sport and
/// device (<c>Creator/Name</c>). Files with several <c>Activity</c> elements are read onto one time axis with an
/// <c>activity N</c> marker at each activity's start.
/// </summary>
/// <remarks>
/// Element names are matched by local name, so any namespace prefix works. Time 0 is the first track point's time;
/// <see cref="DeviceReadReport.StartTime"/> keeps that time with the file's own UTC offset. Track points without
/// heart rate, and points whose time does not advance, are skipped and counted. DTDs are refused.
/// </remarks>
public static class TcxReader
{
    /// <summary>Reads a TCX file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="HrDataFormatException">The XML is malformed, a time or number cannot be parsed, or no heart data exists.</exception>
    public static DeviceReadResult Read(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads TCX from a stream.</summary>
    /// <param name="stream">The XML stream; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <exception cref="HrDataFormatException">The XML is malformed, a time or number cannot be parsed, or no heart data exists.</exception>
    public static DeviceReadResult Read(Stream stream, string sourceName) => XmlInput.Read(stream, sourceName, ReadCore);

    private static DeviceReadResult ReadCore(XmlReader reader, string source)
    {
        var stack = new List<string>();
        var points = new List<(DateTimeOffset Time, double Hr, double Power)>();
        var laps = new List<(DateTimeOffset Start, double Duration, double Avg, double Max)>();
        var activities = new List<(DateTimeOffset? Start, string Sport)>();
        var sports = new List<string>();
        string? device = null;
        var sawRoot = false;
        DateTimeOffset? pointTime = null;
        double pointHr = double.NaN, pointPower = double.NaN;
        DateTimeOffset? lapStart = null;
        double lapDuration = double.NaN, lapAvg = double.NaN, lapMax = double.NaN;
        var pointsWithoutTime = 0;
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
                        if (name != "TrainingCenterDatabase")
                            throw XmlInput.Fail(source, reader, name, "The root element is not TrainingCenterDatabase; this is not a TCX file.");
                    }

                    if (name == "Activity")
                    {
                        var sport = reader.GetAttribute("Sport") ?? "unknown";
                        activities.Add((null, sport));
                        if (!sports.Contains(sport)) sports.Add(sport);
                    }
                    else if (name == "Lap")
                    {
                        var st = reader.GetAttribute("StartTime");
                        lapStart = st is null ? null : XmlInput.ParseTime(source, reader, st);
                        lapDuration = lapAvg = lapMax = double.NaN;
                        if (activities.Count > 0 && activities[^1].Start is null && lapStart is not null)
                            activities[^1] = (lapStart, activities[^1].Sport);
                    }
                    else if (name == "Trackpoint")
                    {
                        pointTime = null;
                        pointHr = pointPower = double.NaN;
                    }

                    if (!reader.IsEmptyElement) stack.Add(name);
                    if (stack.Count > XmlInput.MaxDepth)
                        throw XmlInput.Fail(source, reader, name, $"Elements are nested deeper than {XmlInput.MaxDepth} levels; this is not a device file.");
                    break;
                }

                case XmlNodeType.Text or XmlNodeType.CDATA:
                {
                    var n = stack.Count;
                    if (n == 0) break;
                    var top = stack[^1];
                    var parent = n > 1 ? stack[^2] : string.Empty;
                    var grand = n > 2 ? stack[^3] : string.Empty;
                    var text = reader.Value;
                    if (top == "Time" && parent == "Trackpoint") pointTime = XmlInput.ParseTime(source, reader, text);
                    else if (top == "Value" && parent == "HeartRateBpm" && grand == "Trackpoint")
                        pointHr = XmlInput.ParseNumber(source, reader, text, "heart rate");
                    else if (top == "Watts" && stack.Contains("Trackpoint"))
                        pointPower = XmlInput.ParseNumber(source, reader, text, "power");
                    else if (top == "TotalTimeSeconds" && parent == "Lap")
                        lapDuration = XmlInput.ParseNumber(source, reader, text, "lap time");
                    else if (top == "Value" && parent == "AverageHeartRateBpm" && grand == "Lap")
                        lapAvg = XmlInput.ParseNumber(source, reader, text, "lap average heart rate");
                    else if (top == "Value" && parent == "MaximumHeartRateBpm" && grand == "Lap")
                        lapMax = XmlInput.ParseNumber(source, reader, text, "lap maximum heart rate");
                    else if (top == "Name" && parent == "Creator" && device is null && stack.Contains("Activity"))
                        device = text.Trim();
                    break;
                }

                case XmlNodeType.EndElement:
                {
                    if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                    var name = reader.LocalName;
                    if (name == "Trackpoint")
                    {
                        if (pointTime is { } t) points.Add((t, pointHr, pointPower));
                        else pointsWithoutTime++;
                    }
                    else if (name == "Lap" && lapStart is { } ls)
                    {
                        laps.Add((ls, lapDuration, lapAvg, lapMax));
                    }

                    break;
                }
            }
        }

        if (!sawRoot) throw new HrDataFormatException(source, null, null, null, "The file holds no XML element.");
        var b = new DeviceRecordingBuilder();
        b.Skip("track points without a time", pointsWithoutTime);
        DateTimeOffset? origin = points.Count > 0 ? points[0].Time : laps.Count > 0 ? laps[0].Start : null;
        var o = origin ?? default;
        var withoutHr = 0;
        foreach (var (time, hr, power) in points)
        {
            var ts = (time - o).TotalSeconds;
            if (double.IsNaN(hr)) withoutHr++;
            else b.AddHeartRate(ts, hr);
            if (!double.IsNaN(power)) b.AddPower(ts, power);
        }

        b.Skip("track points without heart rate", withoutHr);
        for (var i = 0; i < laps.Count; i++)
        {
            b.AddLap(new DeviceLap
            {
                Number = i + 1,
                StartSeconds = (laps[i].Start - o).TotalSeconds,
                DurationSeconds = laps[i].Duration,
                AverageHeartRateBpm = laps[i].Avg,
                MaxHeartRateBpm = laps[i].Max,
            });
        }

        if (activities.Count > 1)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activities[i].Start is { } s)
                    b.AddMarker((s - o).TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"activity {i + 1} {activities[i].Sport}"));
            }
        }

        return b.Build(DeviceFormat.Tcx, source, origin, false, device,
            sports.Count == 0 ? null : string.Join(", ", sports));
    }
}
