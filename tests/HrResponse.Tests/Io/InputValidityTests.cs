using System.Globalization;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Issue 15: physiological limits before analysis, epoch milliseconds, commas-only files, bounded messages.</summary>
public class InputValidityTests
{
    private const string Source = "validity.csv";

    private static string Lines(string header, IEnumerable<double> values) =>
        header + "\n" + string.Join("\n", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n";

    private static HrDataFormatException ReadFails(string text, CsvReadOptions? options = null) =>
        Assert.Throws<HrDataFormatException>(() => RecordingCsvReader.Read(new StringReader(text), Source, options))!;

    private static IEnumerable<double> Normal(int n) => Enumerable.Range(0, n).Select(i => 800.0 + (10 * (i % 7)));

    [Test]
    public void Read_ThreeHundredValuesOf25Ms_RefusedAsOutsideHeartRateRange()
    {
        var e = ReadFails(Lines("rr_ms", Enumerable.Repeat(25.0, 300)));
        Assert.That(e.Message, Does.Contain("2400 bpm").And.Contain("MaxMedianHeartRateBpm"));
        Assert.That(e.Line, Is.EqualTo(2));
    }

    [Test]
    public void Read_ThreeHundredValuesOf60000Ms_RefusedAsOutsideHeartRateRange()
    {
        var e = ReadFails(Lines("rr_ms", Enumerable.Repeat(60000.0, 300)));
        Assert.That(e.Message, Does.Contain("1 bpm").And.Contain("MinMedianHeartRateBpm"));
    }

    [Test]
    public void Read_HalfSecondsHalfMilliseconds_RefusedAsMixedUnits()
    {
        var values = Normal(150).Concat(Normal(150).Select(v => v / 1000.0));
        var e = ReadFails(Lines("rr", values));
        Assert.That(e.Message, Does.Contain("mixed units"));
        Assert.That(e.Line, Is.EqualTo(152));
    }

    [Test]
    public void Read_One1e308InNormalFile_SkippedReportedAndGapMarked()
    {
        var values = Normal(100).ToList();
        values[50] = 1e308;
        var result = RecordingCsvReader.Read(new StringReader(Lines("rr_ms", values)), Source);
        var beats = result.Recording.Beats!;
        Assert.That(beats.Count, Is.EqualTo(99));
        Assert.That(beats.Milliseconds.ToArray().Max(), Is.LessThan(1000));
        var skipped = result.Report.Skipped.Single();
        Assert.That(skipped.Line, Is.EqualTo(52));
        Assert.That(skipped.Reason, Does.Contain("physiological range").And.Contain("MaxRrMs"));
        Assert.That(beats.GapBefore[50], Is.True);
    }

    [Test]
    public void Read_One1e308WithTimeColumn_SkippedAndReported()
    {
        var text = "time_s,rr_ms\n" + string.Join("\n", Enumerable.Range(1, 60).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{i * 0.8},{(i == 30 ? "1e308" : "800")}"))) + "\n";
        var result = RecordingCsvReader.Read(new StringReader(text), Source);
        Assert.That(result.Recording.Beats!.Count, Is.EqualTo(59));
        Assert.That(result.Report.Skipped.Single().Line, Is.EqualTo(31));
    }

    [Test]
    public void Read_LimitsAreOptions_WiderRangeKeepsValue()
    {
        var values = Normal(100).ToList();
        values[10] = 90_000;
        var strict = RecordingCsvReader.Read(new StringReader(Lines("rr_ms", values)), Source);
        var wide = RecordingCsvReader.Read(new StringReader(Lines("rr_ms", values)), Source, new CsvReadOptions { MaxRrMs = 100_000 });
        Assert.That(strict.Recording.Beats!.Count, Is.EqualTo(99));
        Assert.That(wide.Recording.Beats!.Count, Is.EqualTo(100));
    }

    [Test]
    public void Read_BadLimits_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => RecordingCsvReader.Read(new StringReader("rr_ms\n800\n"), Source, new CsvReadOptions { MinRrMs = 0 }));
        Assert.Throws<ArgumentException>(() => RecordingCsvReader.Read(
            new StringReader("rr_ms\n800\n"), Source, new CsvReadOptions { MinMedianHeartRateBpm = 200, MaxMedianHeartRateBpm = 100 }));
    }

    [Test]
    public void Read_EpochMillisecondsInTimeSecondsColumn_SaysEpochMilliseconds()
    {
        var text = "time_s,hr\n" + string.Join("\n", Enumerable.Range(0, 100).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{1_700_000_000_000L + (i * 1000L)},{100 + (i % 5)}"))) + "\n";
        var e = ReadFails(text);
        Assert.That(e.Message, Does.Contain("Unix epoch milliseconds").And.Contain("2023-11-14"));
        Assert.That(e.Line, Is.EqualTo(2));
    }

    [Test]
    public void Read_EpochMillisecondsInTimeSecondsColumnBesideRr_SaysEpochMilliseconds()
    {
        var text = "time_s,rr_ms\n" + string.Join("\n", Enumerable.Range(0, 100).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{1_700_000_000_000L + (i * 800L)},800"))) + "\n";
        Assert.That(ReadFails(text).Message, Does.Contain("Unix epoch milliseconds"));
    }

    [TestCase(",,,\n,,,\n,,\n")]
    [TestCase(",\n")]
    [TestCase(";;;\n\t\t\n")]
    public void Open_OnlySeparators_FormatErrorNotCrash(string text)
    {
        Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(text), "commas.csv"));
        var path = Path.Combine(Path.GetTempPath(), "hrresponse-commas-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        try
        {
            Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Message_HugeProblemText_CutWithLength()
    {
        var e = new HrDataFormatException("f.csv", 1, null, null, new string('x', 1_000_000));
        Assert.That(e.Message.Length, Is.LessThan(HrDataFormatException.MaxProblemLength + 200));
        Assert.That(e.Message, Does.Contain("1,000,000 characters"));
        Assert.That(e.Problem!.Length, Is.EqualTo(1_000_000));
    }

    [Test]
    public void Read_HugeHeader_MessageBounded()
    {
        var header = string.Join(",", Enumerable.Range(0, 100_000).Select(i => "col" + i.ToString(CultureInfo.InvariantCulture)));
        var e = ReadFails(header + "\n" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "\n");
        Assert.That(e.Message.Length, Is.LessThan(2000));
    }

    [Test]
    public void Open_RrTextOf25Ms_RefusedNotReadByFallback()
    {
        var text = string.Join("\n", Enumerable.Repeat("25", 300)) + "\n";
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(text), "fast.txt"))!;
        Assert.That(e.Message, Does.StartWith("fast.txt").And.Contain("bpm"));
    }

    [Test]
    public void RrLimitCheck_OneHugeIntervalFromADevice_LeftOutGapMarkedAndNoted()
    {
        var ms = Normal(100).ToArray();
        ms[40] = 1e308;
        var times = new double[ms.Length];
        for (var i = 0; i < ms.Length; i++) times[i] = (i + 1) * 0.8;
        var recording = Recording.Create(RrIntervals.CreateTrusted(ms, times));
        var notes = new List<string>();
        var checkedRecording = HrResponse.Io.Internal.RrLimitCheck.Apply(recording, CsvReadOptions.Default, "dev.fit", notes);
        Assert.That(checkedRecording.Beats.Count, Is.EqualTo(99));
        Assert.That(checkedRecording.Beats.GapBefore[40], Is.True);
        Assert.That(notes.Single(), Does.Contain("#41").And.Contain("MaxRrMs"));
    }

    [Test]
    public void Open_FileOverMaxInputBytes_RefusedNamingTheLimit()
    {
        var path = Path.Combine(Path.GetTempPath(), "hrresponse-big-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "rr_ms\n" + string.Join("\n", Enumerable.Repeat("800", 1000)) + "\n");
        try
        {
            var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(path, new RecordingOpenOptions { MaxInputBytes = 1000 }))!;
            Assert.That(e.Message, Does.StartWith(path).And.Contain("MaxInputBytes").And.Contain("1,000 bytes"));
            Assert.That(RecordingReader.Open(path).Recording.Beats.Count, Is.EqualTo(1000));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    [Platform(Include = "Linux,MacOsX")]
    public void Open_EndlessDevice_RefusedWithinTheLimit()
    {
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open("/dev/zero", new RecordingOpenOptions { MaxInputBytes = 1 << 20 }))!;
        Assert.That(e.Message, Does.Contain("MaxInputBytes").And.Contain("does not end"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Open_EmptyPath_MessageInLibraryTerms(string path)
    {
        var e = Assert.Throws<ArgumentException>(() => RecordingReader.Open(path))!;
        Assert.That(e.Message, Does.Contain("input path is empty").And.Not.Contain("cannot be an empty string"));
        Assert.Throws<ArgumentException>(() => WfdbReader.ReadRecord(path));
        Assert.Throws<ArgumentException>(() => RecordingCsvReader.Read(path));
    }

    [Test]
    public void Open_XmlWithDoctype_MessageSaysRemoveDoctypeNotDtdProcessing()
    {
        const string Xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<TrainingCenterDatabase></TrainingCenterDatabase>\n";
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(Xml), "dtd.tcx"))!;
        Assert.That(e.Message, Does.StartWith("dtd.tcx").And.Contain("<!DOCTYPE").And.Not.Contain("DtdProcessing"));
    }

    [Test]
    public void Open_EcgSampledAt1Hz_RefusedNamingFileAndLimit()
    {
        var text = "time_s,ecg\n" + string.Join("\n", Enumerable.Range(0, 600).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{i},{Math.Sin(i)}"))) + "\n";
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(text), "slow.csv"))!;
        Assert.That(e.Message, Does.StartWith("slow.csv").And.Contain("MinEcgSamplingRateHz"));
    }

    [Test]
    public void Open_SingleColumnHalfSecondsHalfMilliseconds_RefusedAsMixedUnitsEvenAfterFallback()
    {
        var values = Normal(150).Concat(Normal(150).Select(v => v / 1000.0));
        var text = string.Join("\n", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n";
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(text), "mixed.txt"))!;
        Assert.That(e.Message, Does.StartWith("mixed.txt").And.Contain("mixed units"));
    }
}
