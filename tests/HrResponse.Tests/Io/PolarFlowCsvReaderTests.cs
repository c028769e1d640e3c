using System.Globalization;
using System.Text;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Polar Flow session CSV exports: summary lines, then one heart-rate sample a second.</summary>
public class PolarFlowCsvReaderTests
{
    private const string Summary =
        "Name,Sport,Date,Start time,Duration,Total distance (km),Average heart rate (bpm),Average speed (km/h),Max speed (km/h),Average pace (min/km),Max pace (min/km),Calories,Fat percentage of calories(%),Average cadence (rpm),Average stride length (cm),Running index,Training load,Ascent (m),Descent (m),Notes,Height (cm),Weight (kg),HR max,HR sit,VO2max,\n" +
        "\"Doe, Jane\",RUNNING,13-05-2019,18:18:27,00:00:05,0.02,96,10.1,12.0,05:56,05:00,4,30,80,,52,1,,,,170,60,190,55,50,\n";

    private const string SampleHeader =
        "Sample rate,Time,HR (bpm),Speed (km/h),Pace (min/km),Cadence,Altitude (m),Stride length (m),Distances (m),Temperatures (C),Power (W),\n";

    private static DeviceReadResult Read(string text) => PolarFlowCsvReader.Read(new StringReader(text), "session.csv");

    [Test]
    public void Read_Session_HeartRateEachSecondStartAndSport()
    {
        var r = Read(Summary + SampleHeader +
            "1,00:00:00,95,0.0,00:00,0,,,0.00,24.0,,\n,00:00:01,96,8.0,07:30,80,,,2.2,24.0,,\n,00:00:02,,8.5,,80,,,4.6,24.0,,\n" +
            ",00:00:03,0,9.0,,80,,,7.1,24.0,,\n,00:00:04,98,9.5,,80,,,9.7,24.0,,\n");

        Assert.That(r.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0.0, 1, 4 }));
        Assert.That(r.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(new[] { 95.0, 96, 98 }));
        Assert.That(r.Recording.Beats.Count, Is.Zero);
        Assert.That(r.Report.Format, Is.EqualTo(DeviceFormat.PolarFlowCsv));
        Assert.That(r.Report.StartTime, Is.EqualTo(new DateTimeOffset(2019, 5, 13, 18, 18, 27, TimeSpan.Zero)));
        Assert.That(r.Report.StartTimeIsLocal, Is.True);
        Assert.That(r.Report.Sport, Is.EqualTo("RUNNING"));
        Assert.That(r.Report.Skipped, Is.EqualTo(new[]
        {
            "1 samples without a heart rate (empty cell)",
            $"1 heart-rate values outside (0, {HeartRateSeries.MaxPlausibleBpm}] bpm (device 'no reading')",
        }));
    }

    [Test]
    public void Read_PowerColumnWithValues_IsTheLoad()
    {
        var r = Read(Summary + "\n" + SampleHeader + "1,00:00:00,95,,,,,,,,100,\n,00:00:01,96,,,,,,,,150,\n,00:00:02,97,,,,,,,,,\n");

        Assert.That(r.Recording.Load!.Values.ToArray(), Is.EqualTo(new[] { 100.0, 150 }));
        Assert.That(r.Report.PowerSampleCount, Is.EqualTo(2));
    }

    [Test]
    public void Read_LongSessionHoursBeyond24_Read()
    {
        var r = Read(Summary + SampleHeader + "1,25:59:58,95,\n,25:59:59,96,\n");

        Assert.That(r.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 93598.0, 93599 }));
    }

    [Test]
    public void Read_BadTime_FailsNamingTheLine()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read(Summary + SampleHeader + "1,00:00:00,95,\n,0:61:00,96,\n"));

        Assert.That(ex!.Line, Is.EqualTo(5));
        Assert.That(ex.Column, Is.EqualTo("Time"));
        Assert.That(ex.OffendingText, Is.EqualTo("0:61:00"));
    }

    [Test]
    public void Read_NoSampleHeader_FailsSayingWhatIsExpected()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read(Summary + "1,00:00:00,95\n"));

        Assert.That(ex!.Message, Does.Contain("'Time' and 'HR (bpm)'"));
    }

    [Test]
    public void Read_StartTimeUnreadable_NotedNotFatal()
    {
        var r = Read(Summary.Replace("13-05-2019", "2019/05/13", StringComparison.Ordinal) + SampleHeader + "1,00:00:00,95,\n,00:00:01,96,\n");

        Assert.That(r.Report.StartTime, Is.Null);
        Assert.That(r.Report.StartTimeIsLocal, Is.False);
        Assert.That(r.Report.Skipped, Has.Some.Contains("start date and time in the summary (line 2)"));
    }

    [Test]
    public void Open_RunningSessionAsPolarFlowCsv_SameHeartRateAsTheSource()
    {
        // A real running session (tcx_exercise_hr/running_activity_1.csv, one sample a second) written as a Polar Flow export.
        var rows = File.ReadLines(SharedData.Data("tcx_exercise_hr", "running_activity_1.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (T: int.Parse(c[0], CultureInfo.InvariantCulture), Hr: c[1])).ToArray();
        var text = new StringBuilder(Summary + SampleHeader);
        foreach (var (t, hr) in rows) text.Append(CultureInfo.InvariantCulture, $"1,{t / 3600:00}:{t / 60 % 60:00}:{t % 60:00},{hr},,,,,,,,,\n");
        var path = Path.Combine(Path.GetTempPath(), $"hrr-polarflow-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text.ToString());
        try
        {
            var opened = RecordingReader.Open(path);
            var source = RecordingReader.Open(SharedData.Data("tcx_exercise_hr", "running_activity_1.csv"));

            Assert.That(opened.Format, Is.EqualTo(InputFormat.PolarFlowCsv));
            Assert.That(opened.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(source.Recording.HeartRate.TimesSeconds.ToArray()));
            Assert.That(opened.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(source.Recording.HeartRate.Bpm.ToArray()));
            Assert.That(RecordingReader.Open(new StringReader(text.ToString()), "session.csv").Format, Is.EqualTo(InputFormat.PolarFlowCsv));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
