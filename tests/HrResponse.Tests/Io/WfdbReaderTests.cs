using System.Globalization;
using HrResponse.Io;
using NUnit.Framework;
using static HrResponse.Tests.Io.WfdbTestEncoder;

namespace HrResponse.Tests.Io;

[TestFixture]
public sealed class WfdbReaderTests
{
    private string _dir = string.Empty;
    private string? _mitdb;
    private double[] _mitdbMv = [];
    private (long Sample, string Symbol)[] _mitdbAtr = [];

    [OneTimeSetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"hrr-wfdb-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dir);
    }

    [OneTimeTearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    // ---- real data: record 100 of the MIT-BIH Arrhythmia Database re-encoded from the shared CSV files ----

    /// <summary>
    /// Writes record 100 as a 2-signal format-212 record: signal 0 = MLII from 100_mlii.csv (ADC = mV·200 + 1024,
    /// exact because values are multiples of 0.005 mV), signal 1 = a synthetic lead, and 100.atr from 100_atr.csv.
    /// </summary>
    private string Mitdb100()
    {
        if (_mitdb is not null) return _mitdb;
        _mitdbMv = [.. File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1)
            .Select(l => double.Parse(l, CultureInfo.InvariantCulture))];
        _mitdbAtr = [.. File.ReadLines(SharedData.Data("mitdb", "100_atr.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (long.Parse(c[0], CultureInfo.InvariantCulture), c[2]))];
        var mlii = _mitdbMv.Select(v => (int)Math.Round((v * 200) + 1024)).ToArray();
        var synthetic = Enumerable.Range(0, mlii.Length).Select(i => ((i * 37) % 4001) - 2000).ToArray();
        var folder = Path.Combine(_dir, "mitdb");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "100.dat"), Format212(Interleave([mlii, synthetic])));
        File.WriteAllLines(Path.Combine(folder, "100.hea"),
        [
            Inv($"100 2 360 {mlii.Length} 00:00:00 01/01/1975"),
            Inv($"100.dat 212 200 11 1024 995 {Checksum(mlii)} 0 MLII"),
            Inv($"100.dat 212 100(0)/mV 12 0 {synthetic[0]} {Checksum(synthetic)} 0 synthetic lead"),
            "# 69 M 1085 1629 x1",
        ]);
        File.WriteAllBytes(Path.Combine(folder, "100.atr"),
            Annotations(_mitdbAtr.Select(a => a.Symbol == "+" ? new Ann(a.Sample, 28, "(N") : new Ann(a.Sample, Code(a.Symbol)))));
        _mitdb = Path.Combine(folder, "100.hea");
        return _mitdb;
    }

    [Test]
    public void ReadRecord_Mitdb100_EcgEqualsCsvExactlyAndHeaderChecksPass()
    {
        var record = WfdbReader.ReadRecord(Mitdb100());
        Assert.That(record.SignalIndex, Is.Zero);
        Assert.That(record.Ecg.Name, Is.EqualTo("MLII"));
        Assert.That(record.Ecg.Unit, Is.EqualTo("mV"));
        Assert.That(record.Ecg.SamplingRateHz, Is.EqualTo(360));
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(_mitdbMv));
        Assert.That(record.Header.Signals[0].InitialValue, Is.EqualTo(995));
        Assert.That(record.Ecg.Samples[0], Is.EqualTo((995 - 1024) / 200.0));
        Assert.That(record.Notes, Has.None.Contains("mismatch"));
        Assert.That(record.Header.Comments, Is.EqualTo(new[] { "69 M 1085 1629 x1" }));
    }

    [Test]
    public void ReadRecord_Mitdb100_BeatsAndNonNormalIntervalsLeftOutWithGaps()
    {
        var record = WfdbReader.ReadRecord(Mitdb100());
        Assert.That(record.BeatCount, Is.EqualTo(2273));
        Assert.That(record.NonNormalBeatCount, Is.EqualTo(34));
        Assert.That(record.Annotations, Has.Count.EqualTo(2274));
        Assert.That(record.Markers.Select(m => m.Label), Is.EqualTo(new[] { "rhythm (N" }));

        // Oracle from the CSV: keep an interval only when both of its beats are N; a kept interval after a left-out one has a gap.
        var beats = _mitdbAtr.Where(a => a.Symbol != "+").ToArray();
        var ms = new List<double>();
        var times = new List<double>();
        var gaps = new List<int>();
        var leftOut = 0;
        var pending = false;
        for (var i = 1; i < beats.Length; i++)
        {
            if (beats[i].Symbol != "N" || beats[i - 1].Symbol != "N")
            {
                leftOut++;
                pending = true;
                continue;
            }

            if (pending && ms.Count > 0) gaps.Add(ms.Count);
            pending = false;
            ms.Add((beats[i].Sample - beats[i - 1].Sample) / 360.0 * 1000);
            times.Add(beats[i].Sample / 360.0);
        }

        Assert.That(record.Beats.Count, Is.EqualTo(ms.Count));
        Assert.That(record.Beats.Milliseconds.ToArray(), Is.EqualTo(ms).Within(1e-9));
        Assert.That(record.Beats.BeatTimesSeconds.ToArray(), Is.EqualTo(times).Within(1e-12));
        var gapIndices = Enumerable.Range(0, record.Beats.Count).Where(i => record.Beats.GapBefore[i]).ToArray();
        Assert.That(gapIndices, Is.EqualTo(gaps));
        Assert.That(record.LeftOutIntervalCount, Is.EqualTo(leftOut));
        // 34 isolated non-normal beats each remove the interval before and after them.
        Assert.That(leftOut, Is.EqualTo(2272 - ms.Count));
        Assert.That(record.Notes, Has.Some.StartsWith(leftOut.ToString(CultureInfo.InvariantCulture) + " RR intervals"));
    }

    [Test]
    public void Read_Mitdb100_RecordingHasEcgBeatsAndStartTime()
    {
        var result = WfdbReader.Read(Path.ChangeExtension(Mitdb100(), null));
        Assert.That(result.Report.Format, Is.EqualTo(DeviceFormat.Wfdb));
        Assert.That(result.Report.StartTime, Is.EqualTo(new DateTimeOffset(1975, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(result.Report.StartTimeIsLocal, Is.True);
        Assert.That(result.Recording.Ecg, Is.Not.Null);
        Assert.That(result.Recording.Ecg!.Count, Is.EqualTo(650000));
        Assert.That(result.Report.BeatCount, Is.EqualTo(result.Recording.Beats.Count));
        Assert.That(result.Report.Skipped, Has.Count.EqualTo(1));
    }

    [Test]
    public void ReadRecord_AllBeats_KeepsEveryInterval()
    {
        var record = WfdbReader.ReadRecord(Mitdb100(), new WfdbReadOptions { NormalBeatsOnly = false });
        Assert.That(record.Beats.Count, Is.EqualTo(2272));
        Assert.That(record.Beats.HasGaps, Is.False);
        Assert.That(record.LeftOutIntervalCount, Is.Zero);
    }

    [Test]
    public void ReadRecord_SignalByNameOrIndex_ReadsSecondLeadScaledWithItsOwnGainAndBaseline()
    {
        var byName = WfdbReader.ReadRecord(Mitdb100(), new WfdbReadOptions { Signal = "Synthetic Lead" });
        var byIndex = WfdbReader.ReadRecord(Mitdb100(), new WfdbReadOptions { Signal = "1" });
        Assert.That(byName.SignalIndex, Is.EqualTo(1));
        Assert.That(byIndex.Ecg.Samples.ToArray(), Is.EqualTo(byName.Ecg.Samples.ToArray()));
        for (var i = 0; i < 1000; i++)
            Assert.That(byName.Ecg.Samples[i], Is.EqualTo((((i * 37) % 4001) - 2000) / 100.0));
        Assert.That(() => WfdbReader.ReadRecord(Mitdb100(), new WfdbReadOptions { Signal = "V9" }),
            Throws.ArgumentException.With.Message.Contains("'V9'"));
    }

    [Test]
    public void Detect_Mitdb100Header_IsWfdbAndOpenReadsIt()
    {
        var path = Mitdb100();
        Assert.That(RecordingReader.Detect(path), Is.EqualTo(DeviceFormat.Wfdb));
        Assert.That(RecordingReader.Open(path).Format, Is.EqualTo(InputFormat.Wfdb));
    }

    // ---- hand-made records ----

    private string Write(string name, string[] header, (string File, byte[] Bytes)[] files)
    {
        var folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, bytes) in files) File.WriteAllBytes(Path.Combine(folder, file), bytes);
        var path = Path.Combine(folder, "r.hea");
        File.WriteAllLines(path, header);
        return path;
    }

    [Test]
    public void ReadRecord_Format212NegativeSamplesOddCount_DecodesTwosComplement()
    {
        int[] adc = [-2047, -1, 0, 1, 2047, -100, 5];
        var path = Write("f212", ["r 1 100 7", Inv($"r.dat 212 50(-10)/uV 12 0 -2047 {Checksum(adc)} 0 ECG")], [("r.dat", Format212(adc))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(adc.Select(a => (a + 10) / 50.0).ToArray()));
        Assert.That(record.Ecg.Unit, Is.EqualTo("uV"));
        Assert.That(record.Notes, Has.None.Contains("mismatch"));
    }

    [Test]
    public void ReadRecord_Format16TwoSignals_DeinterleavesLittleEndian()
    {
        int[] a = [-32767, 1234, -1, 32767];
        int[] b = [7, -8, 9, -10];
        var path = Write("f16", ["r 2 500", "r.dat 16 1000 16 0 0 0 0 ABP", "r.dat 16 1000 16 0 7 0 0 II"], [("r.dat", Format16(Interleave([a, b])))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.SignalIndex, Is.EqualTo(1), "the first ECG lead (II) is chosen, not ABP");
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(b.Select(v => v / 1000.0).ToArray()));
        var abp = WfdbReader.ReadRecord(path, new WfdbReadOptions { Signal = "0" });
        Assert.That(abp.Ecg.Samples.ToArray(), Is.EqualTo(a.Select(v => v / 1000.0).ToArray()));
    }

    [Test]
    public void ReadRecord_Format80_OffsetBinary()
    {
        int[] adc = [-127, -1, 0, 1, 127];
        var path = Write("f80", ["r 1 128 5", "r.dat 80 10 8 0 -127 0 0 V1"], [("r.dat", Format80(adc))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(adc.Select(v => v / 10.0).ToArray()));
    }

    [Test]
    public void ReadRecord_SamplesPerFrameSkewAndByteOffset_AreApplied()
    {
        // Signal 0 has 2 samples per frame (x2), signal 1 is skewed by one frame; 4 header bytes precede the samples.
        int[] s0 = [10, 11, 20, 21, 30, 31, 40, 41];
        int[] s1 = [99, 1, 2, 3];
        var data = Format16(Interleave([s0, s1], [2, 1]));
        var path = Write("xn", ["r 2 250 3", "r.dat 16x2+4 200 12 0", "r.dat 16:1+4 200 12 0 0 0 0 V2"],
            [("r.dat", [0xDE, 0xAD, 0xBE, 0xEF, .. data])]);
        var fast = WfdbReader.ReadRecord(path, new WfdbReadOptions { Signal = "0" });
        Assert.That(fast.Ecg.SamplingRateHz, Is.EqualTo(500));
        Assert.That(fast.Ecg.Samples.ToArray(), Is.EqualTo(s0.Take(6).Select(v => v / 200.0).ToArray()));
        var skewed = WfdbReader.ReadRecord(path);
        Assert.That(skewed.Ecg.Samples.ToArray(), Is.EqualTo(new[] { 1 / 200.0, 2 / 200.0, 3 / 200.0 }));
    }

    [TestCase("r.dat 16 0 12 0 0 0 0 II")]
    [TestCase("r.dat 16")]
    public void ReadRecord_GainZeroOrMissing_Uses200AdcUnitsPerMv(string signalLine)
    {
        var path = Write("gain" + signalLine.Length, ["r 1 360 2", signalLine], [("r.dat", Format16([400, -100]))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(new[] { 2.0, -0.5 }));
        Assert.That(record.Ecg.Unit, Is.EqualTo("mV"));
        Assert.That(record.Notes, Has.Some.Contains("default 200"));
    }

    [Test]
    public void ReadRecord_InitialValueAndChecksumWrong_AreNoted()
    {
        var path = Write("badinit", ["r 1 360 2", "r.dat 16 200 12 0 5 77 0 II"], [("r.dat", Format16([4, 6]))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.Notes, Has.Some.Contains("initial-value mismatch").And.Contains("starts at 4"));
        Assert.That(record.Notes, Has.Some.Contains("checksum mismatch").And.Contains("sums to 10"));
    }

    [Test]
    public void ReadRecord_InvalidSampleCode_ReplacedByPreviousAndCounted()
    {
        var path = Write("invalid", ["r 1 360 3", "r.dat 16 200 12 0"], [("r.dat", Format16([10, -32768, 30]))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(new[] { 0.05, 0.05, 0.15 }));
        Assert.That(record.Notes, Has.Some.StartsWith("1 invalid samples"));
    }

    [Test]
    public void ReadRecord_MissingSignalFile_ThrowsNamingTheFile()
    {
        var path = Write("nodat", ["r 1 360 2", "missing.dat 16 200 12 0"], []);
        var ex = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path));
        Assert.That(ex!.Message, Does.Contain("missing.dat"));
    }

    [Test]
    public void ReadRecord_SignalFileShorterThanHeaderSays_Throws()
    {
        var path = Write("shortdat", ["r 1 360 10", "r.dat 16 200 12 0"], [("r.dat", Format16([1, 2, 3]))]);
        var ex = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path));
        Assert.That(ex!.Message, Does.Contain("holds 3 frames").And.Contain("truncated"));
    }

    [TestCase(310)]
    [TestCase(24)]
    public void ReadRecord_UnsupportedFormat_ThrowsNamingTheFormat(int format)
    {
        var path = Write("fmt" + format, ["r 1 360 2", Inv($"r.dat {format} 200 12 0")], [("r.dat", new byte[12])]);
        var ex = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path));
        Assert.That(ex!.Message, Does.Contain(Inv($"format {format} is not supported")));
    }

    [Test]
    public void ReadRecord_MultiSegmentRecord_ThrowsNotSupported()
    {
        var path = Write("multi", ["r/2 1 360 20", "seg1 10", "seg2 10"], []);
        var ex = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path));
        Assert.That(ex!.Message, Does.Contain("not supported"));
    }

    [Test]
    public void ReadRecord_CounterFrequencyAndBaseTime_Parsed()
    {
        var path = Write("counter", ["# comment first", "r 1 128/1000(-5) 2 13:05:07.5", "r.dat 80 10 8 0"], [("r.dat", Format80([1, 2]))]);
        var header = WfdbReader.ReadRecord(path).Header;
        Assert.That(header.SamplingFrequencyHz, Is.EqualTo(128));
        Assert.That(header.CounterFrequencyHz, Is.EqualTo(1000));
        Assert.That(header.BaseCounter, Is.EqualTo(-5));
        Assert.That(header.BaseTime, Is.EqualTo(new TimeSpan(0, 13, 5, 7, 500)));
        Assert.That(header.BaseDate, Is.Null);
    }

    [Test]
    public void ReadRecord_AnnotationsWithSkipAuxSubChnNum_Decoded()
    {
        // The encoder writes CHN and NUM only when they change, so the decoder must carry them forward.
        Ann[] anns =
        [
            new(5, 28, "(AFIB"),
            new(100, 1),
            new(5000, 5, SubType: 2, Channel: 1),
            new(70000, 1, Channel: 1, Number: 3),
            new(70300, 14, "noise", Channel: 1, Number: 3),
            new(70600, 1, Channel: 1, Number: 3),
        ];
        var path = Write("ann", ["r 1 100 80000", "r.dat 80 10 8 0"],
            [("r.dat", new byte[80000]), ("r.atr", Annotations(anns)), ("r.qrs", Annotations([new Ann(10, 1), new Ann(20, 1)]))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.Annotations.Select(a => a.Sample), Is.EqualTo(anns.Select(a => a.Sample)));
        Assert.That(record.Annotations.Select(a => a.Symbol), Is.EqualTo(new[] { "+", "N", "V", "N", "~", "N" }));
        Assert.That(record.Annotations.Select(a => a.Aux), Is.EqualTo(new[] { "(AFIB", null, null, null, "noise", null }));
        Assert.That(record.Annotations[2].SubType, Is.EqualTo(2));
        Assert.That(record.Annotations.Select(a => a.Channel), Is.EqualTo(new[] { 0, 0, 1, 1, 1, 1 }));
        Assert.That(record.Annotations.Select(a => a.Number), Is.EqualTo(new[] { 0, 0, 0, 3, 3, 3 }));
        Assert.That(record.BeatCount, Is.EqualTo(4));
        // N–V and V–N are left out; only N(70000)–N(70600) = 6000 ms remains, the noise annotation is not a beat.
        Assert.That(record.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 6000.0 }).Within(1e-9));
        Assert.That(record.Beats.GapBefore[0], Is.False);
        Assert.That(record.Markers.Single().TimeSeconds, Is.EqualTo(0.05));

        var other = WfdbReader.ReadRecord(path, new WfdbReadOptions { Annotator = "qrs" });
        Assert.That(other.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 100.0 }).Within(1e-9));
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(6)]
    public void ReadRecord_TruncatedAnnotationFile_Throws(int bytesCut)
    {
        var full = Annotations([new Ann(10, 1), new Ann(3000, 1, "(N")]);
        var path = Write("trunc" + bytesCut, ["r 1 100 4000", "r.dat 80 10 8 0"], [("r.dat", new byte[4000]), ("r.atr", full[..^bytesCut])]);
        var ex = Assert.Throws<HrDataFormatException>(() => WfdbReader.ReadRecord(path));
        Assert.That(ex!.Message, Does.Contain("truncated"));
    }

    [Test]
    public void ReadAndReadRecord_NoAnnotationFile_NoBeatsNotedAndReadThrows()
    {
        var path = Write("noatr", ["r 1 100 4", "r.dat 80 10 8 0"], [("r.dat", Format80([1, 2, 3, 4]))]);
        var record = WfdbReader.ReadRecord(path);
        Assert.That(record.Beats.Count, Is.Zero);
        Assert.That(record.AnnotationPath, Is.Null);
        Assert.That(record.Notes, Has.Some.Contains("no annotation file 'r.atr'"));
        var ex = Assert.Throws<HrDataFormatException>(() => WfdbReader.Read(path));
        Assert.That(ex!.Message, Does.Contain("r.atr"));
    }

    // ---- detection ----

    [TestCase("100 2 360 650000\n100.dat 212 200 11 1024 995 -22131 0 MLII\n", DeviceFormat.Wfdb)]
    [TestCase("# header\nrec 1\nrec.dat 16\n", DeviceFormat.Wfdb)]
    [TestCase("100 2\n800 212\n", DeviceFormat.RrText)]
    [TestCase("812\n800\n795\n", DeviceFormat.RrText)]
    [TestCase("0.5 812\n1.3 800\n", DeviceFormat.RrText)]
    public void Detect_Content_WfdbHeaderOnlyWithSignalLine(string content, DeviceFormat expected)
    {
        Assert.That(RecordingReader.Detect(System.Text.Encoding.UTF8.GetBytes(content)), Is.EqualTo(expected));
    }

    [Test]
    public void Detect_RrTextWithHeaExtension_IsNotWfdb()
    {
        var path = Path.Combine(_dir, "rr.hea");
        File.WriteAllText(path, "812 800\n795 790\n");
        Assert.That(RecordingReader.Detect(path), Is.EqualTo(DeviceFormat.RrText));
    }
}
