using System.Globalization;
using System.Text;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

[TestFixture]
public sealed class XmlDeviceReaderTests
{
    private static (double Min, double Max) Range(ReadOnlySpan<double> v)
    {
        double min = double.MaxValue, max = double.MinValue;
        foreach (var x in v)
        {
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }

        return (min, max);
    }

    private static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);

    // Facts from shared/data/device-files/README.md and shared/data/cardiacprofiler/README.md.
    [TestCase("device-files", "2009_09_19_09_22_42.tcx", 1863, 78, 204, "2009-09-19T13:22:43Z", 8685)]
    [TestCase("device-files", "2020-02-05_17-25-14_Training-with-Notes.tcx", 6862, 75, 185, "2020-02-05T16:25:15.909Z", 6953)]
    [TestCase("device-files", "activity_165850259_multi-session.tcx", 1887, 67, 180, null, null)]
    [TestCase("cardiacprofiler", "Person1_Run1_Walk.tcx", 1012, 78, 150, "2018-01-30T12:18:12+11:00", 1017)]
    [TestCase("cardiacprofiler", "Person1_Run1_Speed_Walk.tcx", 1008, 78, 110, "2018-01-30T12:30:00+11:00", 1007)]
    [TestCase("cardiacprofiler", "Person1_Run1_Jog.tcx", 767, 79, 126, "2018-01-30T12:46:52+11:00", 980)]
    [TestCase("cardiacprofiler", "Person1_Run1_Sprint.tcx", 781, 88, 148, "2018-01-30T13:03:16+11:00", 976)]
    [TestCase("cardiacprofiler", "stair_climb.tcx", 910, 58, 160, "2018-01-18T11:40:30+11:00", 2564)]
    public void Tcx_File_MatchesReadme(string folder, string file, int points, double min, double max, string? start, double? duration)
    {
        var result = TcxReader.Read(SharedData.Data(folder, file));
        var hr = result.Recording.HeartRate;
        Assert.That(hr.Count, Is.EqualTo(points));
        Assert.That(Range(hr.Bpm), Is.EqualTo((min, max)));
        if (start is not null)
        {
            Assert.That(result.Report.StartTime, Is.EqualTo(Time(start)));
            Assert.That(result.Report.StartTime!.Value.Offset, Is.EqualTo(Time(start).Offset));
        }

        if (duration is { } d) Assert.That(hr.EndSeconds, Is.EqualTo(d).Within(1.0));
        Assert.That(hr.TimesSeconds[0], Is.Zero);
    }

    [Test]
    public void Tcx_Edge705_ReadsPowerExtension()
    {
        var result = TcxReader.Read(SharedData.Data("device-files", "2009_09_19_09_22_42.tcx"));
        Assert.That(Range(result.Recording.Load!.Values).Max, Is.EqualTo(484));
        Assert.That(result.Report.Sport, Is.EqualTo("Biking"));
    }

    [Test]
    public void Tcx_PolarVantage_ThreeLapsAndDevice()
    {
        var result = TcxReader.Read(SharedData.Data("device-files", "2020-02-05_17-25-14_Training-with-Notes.tcx"));
        Assert.That(result.Report.Laps, Has.Count.EqualTo(3));
        Assert.That(result.Report.Device, Does.Contain("Polar"));
        Assert.That(result.Recording.Load, Is.Null);
    }

    [Test]
    public void Tcx_MultiSession_FourActivitiesMarked()
    {
        var result = TcxReader.Read(SharedData.Data("device-files", "activity_165850259_multi-session.tcx"));
        var activities = result.Recording.Markers.Where(m => m.Label.StartsWith("activity", StringComparison.Ordinal)).ToArray();
        Assert.That(activities, Has.Length.EqualTo(4));
        Assert.That(activities[1].Label, Is.EqualTo("activity 2 Biking"));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("6 track points without heart rate"));
        Assert.That(result.Report.StartTime!.Value.UtcDateTime.Date, Is.EqualTo(new DateTime(2011, 11, 29)));
    }

    [Test]
    public void Gpx_Suunto_FractionalHeartRate()
    {
        var result = GpxReader.Read(SharedData.Data("device-files", "Move_2014_01_17_09_33_11.gpx"));
        var hr = result.Recording.HeartRate;
        Assert.That(hr.Count, Is.EqualTo(1405));
        Assert.That(Range(hr.Bpm).Min, Is.EqualTo(92));
        Assert.That(Range(hr.Bpm).Max, Is.EqualTo(181.33).Within(0.001));
        Assert.That(result.Report.StartTime, Is.EqualTo(Time("2014-01-17T08:33:11.150Z")));
        Assert.That(hr.EndSeconds, Is.EqualTo(4510).Within(1));
    }

    [Test]
    public void Gpx_UrbanBiker_HrAndPower()
    {
        var result = GpxReader.Read(SharedData.Data("device-files", "UrbanBiker2019-04-18_16-12.gpx"));
        Assert.That(result.Recording.HeartRate.Count, Is.EqualTo(2736));
        Assert.That(Range(result.Recording.HeartRate.Bpm), Is.EqualTo((31.0, 182.0)));
        Assert.That(Range(result.Recording.Load!.Values).Max, Is.EqualTo(727));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("134 track points without heart rate"));
        Assert.That(result.Report.StartTime, Is.EqualTo(Time("2019-04-18T14:12:19Z")));
    }

    [TestCase("device-files", "2009_09_19_09_22_42.tcx")]
    [TestCase("cardiacprofiler", "Person1_Run1_Jog.tcx")]
    [TestCase("device-files", "UrbanBiker2019-04-18_16-12.gpx")]
    public void Read_TruncatedXml_ThrowsFormatExceptionWithLine(string folder, string file)
    {
        var bytes = File.ReadAllBytes(SharedData.Data(folder, file));
        foreach (var fraction in new[] { 0.1, 0.5, 0.9 })
        {
            using var stream = new MemoryStream(bytes, 0, (int)(bytes.Length * fraction));
            var ex = Assert.Throws<HrDataFormatException>(() =>
            {
                if (file.EndsWith(".gpx", StringComparison.Ordinal)) GpxReader.Read(stream, "cut");
                else TcxReader.Read(stream, "cut");
            });
            Assert.That(ex!.Line, Is.Not.Null);
        }
    }

    [Test]
    public void Tcx_DoctypeRefused()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><TrainingCenterDatabase/>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        Assert.Throws<HrDataFormatException>(() => TcxReader.Read(stream, "dtd"));
    }

    [Test]
    public void Gpx_DeeplyNested_RefusedQuickly()
    {
        var xml = "<gpx>" + string.Concat(Enumerable.Repeat("<a>x", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</gpx>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var ex = Assert.Throws<HrDataFormatException>(() => GpxReader.Read(stream, "deep"));
        Assert.That(ex!.Message, Does.Contain("nested deeper"));
    }

    [Test]
    public void Tcx_BadTime_ThrowsWithText()
    {
        const string xml = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap StartTime=\"2020-01-01T00:00:00Z\"><Track>" +
            "<Trackpoint><Time>yesterday</Time><HeartRateBpm><Value>100</Value></HeartRateBpm></Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var ex = Assert.Throws<HrDataFormatException>(() => TcxReader.Read(stream, "t.tcx"));
        Assert.That(ex!.OffendingText, Is.EqualTo("yesterday"));
    }
}
