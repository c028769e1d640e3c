using System.Globalization;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

[TestFixture]
public sealed class TextDeviceReaderTests
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

    // Facts from shared/data/device-files/README.md.
    [TestCase("04010301.hrm", 3894, 51, 105, "2004-01-03T02:16:26Z", 1, 19469.9)]
    [TestCase("06021201.hrm", 2150, 72, 168, "2006-02-12T07:06:45Z", 3, 10748.6)]
    [TestCase("09052101.hrm", 843, 74, 159, "2009-05-21T08:14:11Z", 4, 4212.0)]
    [TestCase("10091901.hrm", 811, 91, 185, "2010-09-19T13:51:36Z", 1, 4054.9)]
    [TestCase("10092501.hrm", 1012, 87, 192, "2010-09-25T11:38:23Z", 7, 5058.8)]
    public void PolarHrm_DeviceFile_MatchesReadme(string file, int rows, double min, double max, string start, int laps, double lengthSeconds)
    {
        var result = PolarHrmReader.Read(SharedData.Data("device-files", file));
        var hr = result.Recording.HeartRate;
        Assert.That(hr.Count, Is.EqualTo(rows));
        Assert.That(Range(hr.Bpm), Is.EqualTo((min, max)));
        Assert.That(hr.TimesSeconds[1] - hr.TimesSeconds[0], Is.EqualTo(5));
        Assert.That(hr.EndSeconds + 5, Is.EqualTo(lengthSeconds).Within(5.1), "Length = rows × 5 s within one sample");
        Assert.That(result.Report.StartTime, Is.EqualTo(Time(start)));
        Assert.That(result.Report.StartTimeIsLocal, Is.True);
        Assert.That(result.Report.Laps, Has.Count.EqualTo(laps));
        Assert.That(result.Recording.HasBeats, Is.False);
    }

    [Test]
    public void PolarHrm_FirstLapOf10092501_FromIntTimes()
    {
        var lap = PolarHrmReader.Read(SharedData.Data("device-files", "10092501.hrm")).Report.Laps[0];
        // [IntTimes] first row: 00:36:10.0  113  87  154  190
        Assert.That(lap.DurationSeconds, Is.EqualTo(2170));
        Assert.That(lap.AverageHeartRateBpm, Is.EqualTo(154));
        Assert.That(lap.MaxHeartRateBpm, Is.EqualTo(190));
    }

    [Test]
    public void PolarHrm_RrMode_ReadsIntervalsAndPower()
    {
        const string text = "[Params]\nVersion=106\nMonitor=12\nSMode=000100000\nDate=20200102\nStartTime=10:00:00.0\nInterval=238\n\n[HRData]\n800\t120\n1000\t130\n0\t0\n900\t110\n";
        var result = PolarHrmReader.Read(new StringReader(text), "rr.hrm");
        Assert.That(result.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new double[] { 800, 1000, 900 }));
        Assert.That(result.Recording.Beats.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 0.8, 1.8, 2.7 }).Within(1e-12));
        Assert.That(result.Report.Skipped, Has.Some.Contains("RR intervals that are zero"));
    }

    [Test]
    public void PolarHrm_HrModeWithPower_ReadsPowerColumn()
    {
        const string text = "[Params]\nVersion=106\nSMode=110100000\nInterval=1\n[HRData]\n100\t250\t80\t200\n101\t251\t81\t210\n";
        var result = PolarHrmReader.Read(new StringReader(text), "p.hrm");
        Assert.That(result.Recording.Load!.Values.ToArray(), Is.EqualTo(new double[] { 200, 210 }));
    }

    [Test]
    public void PolarHrm_BadNumber_ThrowsWithLine()
    {
        const string text = "[Params]\nInterval=5\n[HRData]\n100\n1x0\n";
        var ex = Assert.Throws<HrDataFormatException>(() => PolarHrmReader.Read(new StringReader(text), "bad.hrm"));
        Assert.That(ex!.Line, Is.EqualTo(5));
        Assert.That(ex.OffendingText, Is.EqualTo("1x0"));
    }

    [Test]
    public void RrText_TwoColumnGoldenCheetah_MatchesReadme()
    {
        var result = RrTextReader.Read(SharedData.Data("device-files", "rr-George_Ron_2017-08-03_08-28-50.txt"));
        var beats = result.Recording.Beats;
        Assert.That(beats.Count, Is.EqualTo(979));
        Assert.That(beats.BeatTimesSeconds[0], Is.Zero);
        Assert.That(beats.EndSeconds, Is.EqualTo(774).Within(0.5));
        Assert.That(Range(beats.Milliseconds), Is.EqualTo((507.0, 2201.0)));
        Assert.That(beats.Milliseconds[3], Is.EqualTo(2201).Within(1e-9));
        Assert.That(beats.BeatTimesSeconds[3], Is.EqualTo(3.786));
    }

    [Test]
    public void RrText_OneColumnMilliseconds_MatchesReadme()
    {
        var result = RrTextReader.Read(SharedData.Data("device-files", "2017-07-19_07-50-42.txt"));
        var beats = result.Recording.Beats;
        Assert.That(beats.Count, Is.EqualTo(150));
        Assert.That(beats.Milliseconds[0], Is.EqualTo(1271));
        Assert.That(beats.BeatTimesSeconds[0], Is.EqualTo(1.271).Within(1e-12));
        Assert.That(Range(beats.Milliseconds), Is.EqualTo((1036.0, 1405.0)));
        Assert.That(beats.EndSeconds, Is.EqualTo(189).Within(0.5));
    }

    [Test]
    public void RrText_FatMaxxerCsv_UsesCumulativeRrAndReportsBackwardStamps()
    {
        var result = RrTextReader.Read(SharedData.Data("fatmaxxer", "FatMaxOptimiser.20210606_161059.rr.csv"));
        var beats = result.Recording.Beats;
        Assert.That(beats.Count, Is.EqualTo(11463));
        Assert.That(Range(beats.Milliseconds), Is.EqualTo((282.0, 4189.0)));
        Assert.That(beats.Milliseconds[^1], Is.EqualTo(4189));
        Assert.That(beats.EndSeconds, Is.EqualTo(6120).Within(5));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("205 arrival time stamps that step backwards"));
        // First epoch time stamp 1622959867016 ms (06:11:07 UTC) is the arrival of the first RR (615 ms).
        Assert.That(result.Report.StartTime, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1622959867016 - 615)));
    }

    [Test]
    public void RrText_SecondsOneColumn_ConvertsToMilliseconds()
    {
        var result = RrTextReader.Read(new StringReader("0.8\n0.9\n\n# comment\n1.0\n"), "s.txt");
        Assert.That(result.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new double[] { 800, 900, 1000 }).Within(1e-9));
    }

    [Test]
    public void RrText_HeaderWithoutRrColumn_Throws()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("a,b\n1,2\n"), "x.csv"));
        Assert.That(ex!.Line, Is.EqualTo(1));
    }

    [Test]
    public void RrText_NotANumber_ThrowsWithLineAndText()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("800\n900\nabc\n"), "x.txt"));
        Assert.That(ex!.Line, Is.EqualTo(3));
        Assert.That(ex.OffendingText, Is.EqualTo("abc"));
    }
}
