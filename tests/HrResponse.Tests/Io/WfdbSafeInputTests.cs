using HrResponse.Io;
using NUnit.Framework;
using static HrResponse.Tests.Io.WfdbTestEncoder;

namespace HrResponse.Tests.Io;

/// <summary>Issue 15: WFDB headers cannot reach files outside their folder, endless files are bounded, 0 Hz is refused.</summary>
public class WfdbSafeInputTests : TemporaryFolderTest
{
    private string Write(string name, string[] header, (string File, byte[] Bytes)[] files)
    {
        var folder = Path.Combine(Folder, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, bytes) in files) File.WriteAllBytes(Path.Combine(folder, file), bytes);
        var path = Path.Combine(folder, "r.hea");
        File.WriteAllLines(path, header);
        return path;
    }

    private static readonly int[] Adc = [1, 2, 3, 4, 5, 6];

    [TestCase("../outside.dat")]
    [TestCase("../../../../../../etc/passwd")]
    [TestCase("/etc/passwd")]
    public void ReadRecord_SignalFileOutsideFolder_RefusedNamingHeader(string name)
    {
        File.WriteAllBytes(Path.Combine(Folder, "outside.dat"), Format16(Adc));
        var path = Write("esc", ["r 1 100 6", $"{name} 16 200 16 0 0 0 0 ECG"], []);
        var e = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path))!;
        Assert.That(e.Message, Does.StartWith(path).And.Contain("outside the record's folder").And.Contain("AllowSignalFilesOutsideRecordFolder"));
    }

    [Test]
    public void ReadRecord_SignalFileOutsideFolderAllowed_Read()
    {
        File.WriteAllBytes(Path.Combine(Folder, "outside.dat"), Format16(Adc));
        var path = Write("esc", ["r 1 100 6", "../outside.dat 16 200 16 0 0 0 0 ECG"], []);
        var record = WfdbReader.ReadRecord(path, new WfdbReadOptions { AllowSignalFilesOutsideRecordFolder = true });
        Assert.That(record.Ecg.Samples.Length, Is.EqualTo(6));
    }

    [TestCase("104000100000000000001000000000000")]
    [TestCase("24:00:00")]
    [TestCase("1e308:00:00")]
    public void ReadRecord_BaseTimeNotATimeOfDay_RefusedAsFormatError(string baseTime)
    {
        // Found by AFL++ (second run): a huge base time overflowed TimeSpan and escaped as OverflowException.
        var path = Write("basetime", [$"r 1 100 6 {baseTime}", "r.dat 16 200 16 0 0 0 0 ECG"], [("r.dat", Format16(Adc))]);
        var e = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path))!;
        Assert.That(e.Message, Does.StartWith(path).And.Contain("time of day"));
    }

    [Test]
    public void ReadRecord_SamplingFrequencyZero_RefusedNotTakenAs250()
    {
        var path = Write("fs0", ["r 1 0 6", "r.dat 16 200 16 0 0 0 0 ECG"], [("r.dat", Format16(Adc))]);
        var e = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path))!;
        Assert.That(e.Message, Does.StartWith(path).And.Contain("0 Hz").And.Contain("250 Hz"));
    }

    [Test]
    public void ReadRecord_SignalFileLongerThanHeaderSays_ReadsOnlyWhatTheHeaderDeclares()
    {
        var bytes = Format16(Adc).Concat(new byte[1 << 20]).ToArray();
        var path = Write("long", ["r 1 100 6", "r.dat 16 200 16 0 0 0 0 ECG"], [("r.dat", bytes)]);
        var record = WfdbReader.ReadRecord(path, new WfdbReadOptions { MaxFileBytes = 1000 });
        Assert.That(record.Ecg.Samples.Length, Is.EqualTo(6));
    }

    [Test]
    public void ReadRecord_SignalFileWithoutCountOverLimit_RefusedNamingTheLimit()
    {
        var path = Write("nocount", ["r 1 100", "r.dat 16 200 16 0 0 0 0 ECG"], [("r.dat", new byte[5000])]);
        var e = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path, new WfdbReadOptions { MaxFileBytes = 1000 }))!;
        Assert.That(e.Message, Does.Contain("MaxFileBytes").And.Contain("1,000 bytes"));
    }

    [Test]
    public void ReadRecord_HeaderOverLimit_RefusedNamingTheLimit()
    {
        var header = new[] { "r 1 100 6", "r.dat 16 200 16 0 0 0 0 ECG" }.Concat(Enumerable.Repeat("# " + new string('x', 1000), 2000)).ToArray();
        var path = Write("bighea", header, [("r.dat", Format16(Adc))]);
        var e = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path))!;
        Assert.That(e.Message, Does.Contain("MaxHeaderBytes"));
        Assert.That(e.Message.Length, Is.LessThan(2000));
    }

    [Test]
    [Platform(Include = "Linux,MacOsX")]
    public void ReadRecord_EndlessSignalFile_BoundedByHeaderCount()
    {
        var path = Write("zero", ["r 1 100 6", "/dev/zero 16 200 16 0 0 0 0 ECG"], []);
        var record = WfdbReader.ReadRecord(path, new WfdbReadOptions { AllowSignalFilesOutsideRecordFolder = true });
        Assert.That(record.Ecg.Samples.Length, Is.EqualTo(6));
        var noCount = Write("zero2", ["r 1 100", "/dev/zero 16 200 16 0 0 0 0 ECG"], []);
        Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(
            noCount, new WfdbReadOptions { AllowSignalFilesOutsideRecordFolder = true, MaxFileBytes = 1 << 16 }));
    }

    private string AnnotatedRecord(string name, IReadOnlyList<long> beatSamples)
    {
        var samples = (int)beatSamples[^1] + 100;
        var folder = Path.Combine(Folder, name);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "r.dat"), Format16(new int[samples]));
        File.WriteAllBytes(Path.Combine(folder, "r.atr"), Annotations(beatSamples.Select(s => new Ann(s, Code("N")))));
        var path = Path.Combine(folder, "r.hea");
        File.WriteAllLines(path, [Inv($"r 1 250 {samples}"), "r.dat 16 200 16 0 0 0 0 MLII"]);
        return path;
    }

    [Test]
    public void Open_AnnotatedIntervalsOutOfRange_LeftOutWithNote()
    {
        // 250 Hz, beats 200 samples (800 ms) apart; one interval of 10 samples (40 ms) and one of 20,000 (80 s).
        var beats = new List<long>();
        long sample = 100;
        for (var i = 0; i < 200; i++)
        {
            beats.Add(sample);
            sample += i == 50 ? 10 : i == 120 ? 20_000 : 200;
        }

        var opened = RecordingReader.Open(AnnotatedRecord("range", beats));
        var ms = opened.Recording.Beats.Milliseconds.ToArray();
        Assert.That(ms, Has.All.InRange(CsvReadOptions.Default.MinRrMs, CsvReadOptions.Default.MaxRrMs));
        Assert.That(ms, Has.Length.EqualTo(beats.Count - 1 - 2));
        Assert.That(opened.Notes, Has.Some.Contains("2 RR interval(s) outside the physiological range"));
    }

    [Test]
    public void Open_AnnotatedIntervalsAllTooShort_RefusedNamingAnnotationFile()
    {
        // 250 Hz, beats 10 samples (40 ms, 1,500 bpm) apart: not heartbeats.
        var beats = Enumerable.Range(0, 300).Select(i => 100L + (10L * i)).ToList();
        var path = AnnotatedRecord("fast", beats);
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(path))!;
        Assert.That(e.Message, Does.StartWith(Path.ChangeExtension(path, ".atr")).And.Contain("outside the physiological range"));
    }
}
