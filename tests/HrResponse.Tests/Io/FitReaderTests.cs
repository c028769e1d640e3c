using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

[TestFixture]
public sealed class FitReaderTests
{
    private static string Device(string name) => SharedData.Data("device-files", name);

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

    private static double Sum(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (var x in v) s += x;
        return s;
    }

    // Facts from shared/data/device-files/README.md (decoded there with the Garmin FIT JavaScript SDK).
    // records = HR samples + records without HR + duplicate-time records (each reported in Skipped).
    [TestCase("HRV-Data.fit", 4242, 94, 143, 9350, 4241.0, "2017-03-04T17:41:40Z", 4, 0)]
    [TestCase("2017_hrv.FIT", 3822, 98, 170, 8174, 3821.6, "2017-01-26T20:58:15Z", 1, 53)]
    [TestCase("IpBike-HRV-Data.fit", 2763, 116, 193, 7033, 2762.1, "2017-03-02T16:03:04Z", 10, 5)]
    [TestCase("Garmin920_withFirstbeat.fit", 2125, 95, 156, 0, 0.0, "2019-01-01T15:37:12Z", 1, 0)]
    public void Read_DeviceFile_MatchesReadme(
        string file, int records, double hrMin, double hrMax, int rrCount, double rrSumSeconds, string start, int laps, int longRr)
    {
        var result = FitReader.Read(Device(file));
        var rec = result.Recording;
        var report = result.Report;
        Assert.That(report.Format, Is.EqualTo(DeviceFormat.Fit));
        var skippedRecords = report.Skipped
            .Where(s => s.Contains("record messages without heart rate", StringComparison.Ordinal) ||
                        s.Contains("heart-rate samples whose time", StringComparison.Ordinal))
            .Sum(s => int.Parse(s.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(report.HeartRateSampleCount + skippedRecords, Is.EqualTo(records));
        Assert.That(rec.HeartRate.Count, Is.EqualTo(report.HeartRateSampleCount));
        var (min, max) = Range(rec.HeartRate.Bpm);
        Assert.That(min, Is.EqualTo(hrMin));
        Assert.That(max, Is.EqualTo(hrMax));
        Assert.That(rec.Beats.Count, Is.EqualTo(rrCount));
        Assert.That(Sum(rec.Beats.Milliseconds) / 1000.0, Is.EqualTo(rrSumSeconds).Within(0.06));
        Assert.That(report.StartTime, Is.EqualTo(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(rec.HeartRate.EndSeconds - rec.HeartRate.StartSeconds, Is.LessThanOrEqualTo(records));
        Assert.That(report.Laps, Has.Count.EqualTo(laps));
        var over2s = 0;
        foreach (var rr in rec.Beats.Milliseconds) if (rr > 2000) over2s++;
        if (file != "HRV-Data.fit") Assert.That(over2s, Is.EqualTo(longRr));
    }

    [Test]
    public void Read_HrvDataFit_ReportsPaddingDeviceSportAndPower()
    {
        var result = FitReader.Read(Device("HRV-Data.fit"));
        Assert.That(result.Report.Device, Does.StartWith("stryd"));
        Assert.That(result.Report.Sport, Is.EqualTo("running"));
        Assert.That(result.Recording.Load, Is.Not.Null);
        Assert.That(result.Recording.Load!.Name, Is.EqualTo("power_w"));
        Assert.That(result.Report.Skipped, Has.Some.Contains("padding"));
        Assert.That(result.Report.Skipped, Has.Some.Contains("developer"));
        // Last record is 4,241 s after the first (README: 4,241 s at 1 s).
        Assert.That(result.Recording.HeartRate.EndSeconds, Is.EqualTo(4241).Within(1e-9));
    }

    [Test]
    public void Read_IpBike_LapsMatchReadmeTable()
    {
        var laps = FitReader.Read(Device("IpBike-HRV-Data.fit")).Report.Laps;
        double[] duration = [300, 360, 180, 360, 180, 360, 180, 360, 180, 302];
        double[] avg = [129, 173, 155, 184, 163, 187, 162, 184, 146, 130];
        double[] max = [145, 184, 182, 193, 189, 191, 188, 189, 188, 135];
        Assert.That(laps, Has.Count.EqualTo(10));
        for (var i = 0; i < 10; i++)
        {
            Assert.That(laps[i].DurationSeconds, Is.EqualTo(duration[i]).Within(1.0), $"lap {i + 1}");
            Assert.That(laps[i].AverageHeartRateBpm, Is.EqualTo(avg[i]), $"lap {i + 1}");
            Assert.That(laps[i].MaxHeartRateBpm, Is.EqualTo(max[i]), $"lap {i + 1}");
        }

        Assert.That(laps[1].StartSeconds - laps[0].StartSeconds, Is.EqualTo(300).Within(1.0));
    }

    [Test]
    public void Read_IpBike_OriginIsSessionStartAndDuplicateRecordReported()
    {
        var result = FitReader.Read(Device("IpBike-HRV-Data.fit"));
        Assert.That(result.Recording.HeartRate.TimesSeconds[0], Is.EqualTo(1.0));
        Assert.That(result.Recording.HeartRate.EndSeconds, Is.EqualTo(2762.0));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("1 heart-rate samples whose time is not after"));
        Assert.That(result.Report.Laps[0].StartSeconds, Is.Zero);
    }

    [Test]
    public void Read_Garmin920_DeveloperFieldsSkippedNoBeats()
    {
        var result = FitReader.Read(Device("Garmin920_withFirstbeat.fit"));
        Assert.That(result.Recording.HasBeats, Is.False);
        Assert.That(result.Report.Device, Does.StartWith("garmin"));
        Assert.That(result.Report.Skipped, Has.Some.Contains("developer"));
    }

    [Test]
    public void Read_TruncatedCopies_ThrowFormatExceptionWithByteOffset()
    {
        var bytes = File.ReadAllBytes(Device("2017_hrv.FIT"));
        for (var length = 0; length < bytes.Length; length += 997)
        {
            var ex = Assert.Throws<HrDataFormatException>(() => FitReader.Read(bytes.AsSpan(0, length), "cut"), $"length {length}");
            Assert.That(ex!.Column, Does.StartWith("byte "), $"length {length}");
            Assert.That(ex.Message, Does.Contain("byte "));
        }
    }

    [Test]
    public void Read_CorruptedCopies_ThrowFormatExceptionNeverCrash()
    {
        var original = File.ReadAllBytes(Device("IpBike-HRV-Data.fit"));
        var random = new Random(1234);
        for (var k = 0; k < 60; k++)
        {
            var bytes = (byte[])original.Clone();
            var at = random.Next(bytes.Length);
            bytes[at] ^= (byte)(1 + random.Next(255));
            Assert.Throws<HrDataFormatException>(() => FitReader.Read(bytes, "flip"), $"flipped byte {at}");
        }
    }

    [Test]
    public void Read_RandomGarbageAfterValidHeader_ThrowsFormatException()
    {
        var random = new Random(99);
        for (var k = 0; k < 100; k++)
        {
            var bytes = new byte[14 + random.Next(2000) + 2];
            random.NextBytes(bytes);
            bytes[0] = 14;
            ".FIT"u8.CopyTo(bytes.AsSpan(8));
            BitConverter.TryWriteBytes(bytes.AsSpan(4), (uint)(bytes.Length - 16));
            bytes[12] = 0;
            bytes[13] = 0;
            Assert.Throws<HrDataFormatException>(() => FitReader.Read(bytes, "garbage"));
        }
    }

    [Test]
    public void Read_HandMadeFile_DecodesCompressedTimestampsBigEndianAndHrv()
    {
        var fit = new FitFileBuilder();
        // file_id (global 0), little-endian: manufacturer 1 = garmin.
        fit.Definition(local: 0, global: 0, bigEndian: false, (1, 2, 0x84));
        fit.Data(0, [0x01, 0x00]);
        // record (global 20), big-endian: timestamp, heart_rate, power.
        fit.Definition(local: 1, global: 20, bigEndian: true, (253, 4, 0x86), (3, 1, 0x02), (7, 2, 0x84));
        fit.Data(1, [0x3B, 0x9A, 0xCA, 0x00, 100, 0x00, 0xC8]); // ts 1e9, 100 bpm, 200 W
        // record without timestamp field (for compressed headers): heart_rate only.
        fit.Definition(local: 2, global: 20, bigEndian: false, (3, 1, 0x02));
        fit.Compressed(2, timeOffset: 0x05, [101]); // last ts 1e9 = ...00 (low 5 bits 0) → +5 s
        fit.Compressed(2, timeOffset: 0x02, [102]); // offset 2 < 5 → rollover: +32 - 5 + 2 = +29 s
        // hrv (global 78): five uint16 RR in ms, two padding slots.
        fit.Definition(local: 3, global: 78, bigEndian: false, (0, 10, 0x84));
        fit.Data(3, [0xE8, 0x03, 0x20, 0x03, 0x84, 0x03, 0xFF, 0xFF, 0xFF, 0xFF]); // 1000, 800, 900
        var result = FitReader.Read(fit.ToArray(), "handmade");
        var hr = result.Recording.HeartRate;
        Assert.That(hr.Bpm.ToArray(), Is.EqualTo(new double[] { 100, 101, 102 }));
        Assert.That(hr.TimesSeconds.ToArray(), Is.EqualTo(new double[] { 0, 5, 34 }));
        Assert.That(result.Recording.Load!.Values.ToArray(), Is.EqualTo(new double[] { 200 }));
        Assert.That(result.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new double[] { 1000, 800, 900 }));
        Assert.That(result.Recording.Beats.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 1.0, 1.8, 2.7 }).Within(1e-12));
        Assert.That(result.Report.StartTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(631_065_600L + 1_000_000_000L)));
        Assert.That(result.Report.Device, Is.EqualTo("garmin"));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("2 unused hrv"));
    }

    [Test]
    public void Read_DataMessageWithoutDefinition_ReportsItsOffset()
    {
        var fit = new FitFileBuilder();
        fit.Data(5, [1, 2, 3]);
        var ex = Assert.Throws<HrDataFormatException>(() => FitReader.Read(fit.ToArray(), "nodef"));
        Assert.That(ex!.Column, Is.EqualTo("byte 14"));
    }

    [Test]
    public void Read_BadFileCrc_Throws()
    {
        var fit = new FitFileBuilder();
        fit.Definition(local: 0, global: 20, bigEndian: false, (253, 4, 0x86), (3, 1, 0x02));
        fit.Data(0, [0, 0, 0, 1, 80]);
        var bytes = fit.ToArray();
        bytes[^1] ^= 0x55;
        var ex = Assert.Throws<HrDataFormatException>(() => FitReader.Read(bytes, "crc"));
        Assert.That(ex!.Message, Does.Contain("CRC"));
        Assert.That(ex.Column, Is.EqualTo($"byte {bytes.Length - 2}"));
    }

    [Test]
    public void Read_ChainedFiles_ReadsBothAndReportsTrailingBytes()
    {
        static byte[] One(uint ts, byte hr)
        {
            var fit = new FitFileBuilder();
            fit.Definition(local: 0, global: 20, bigEndian: false, (253, 4, 0x86), (3, 1, 0x02));
            fit.Data(0, [.. BitConverter.GetBytes(ts), hr]);
            return fit.ToArray();
        }

        byte[] bytes = [.. One(1000, 90), .. One(1010, 95), 0x00, 0x01];
        var result = FitReader.Read(bytes, "chain");
        Assert.That(result.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(new double[] { 90, 95 }));
        Assert.That(result.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new double[] { 0, 10 }));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("1 chained FIT files"));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("2 trailing bytes"));
    }

    [Test]
    public void IsFit_TextFile_False()
    {
        Assert.That(FitReader.IsFit("<?xml version=\"1.0\"?><gpx/>"u8), Is.False);
    }
}
