using System.Globalization;
using HrResponse.Ecg;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>EDF, EDF+ and BDF: header, decoding, signal choice, annotations, damaged and partial files, and opening by content.</summary>
public class EdfReaderTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrr-edf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(byte[] bytes, string name = "test.edf")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int[] Ramp(int count, int from, int step) => Enumerable.Range(0, count).Select(i => from + (i * step)).ToArray();

    // ---- real data: MIT-BIH record 100 (MLII) re-encoded as EDF ----

    [Test]
    public void Mitdb100AsEdf_SamplesExactAndBeatsAsFromTheSameSamples()
    {
        var mv = File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        const int Records = 1805; // 1 s records at 360 Hz; the last 0.56 s of the 650,000 samples do not fill one
        var digital = mv.Take(Records * 360).Select(v => (int)Math.Round(v * 200)).ToArray();
        var path = Write(EdfTestEncoder.Encode(
            [new EdfTestSignal("MLII", "mV", -32768 / 200.0, 32767 / 200.0, -32768, 32767, 360, digital)], Records, 1));

        var record = EdfReader.ReadRecord(path);
        var opened = RecordingReader.Open(path);

        Assert.That(record.Ecg.SamplingRateHz, Is.EqualTo(360));
        Assert.That(record.Ecg.Unit, Is.EqualTo("mV"));
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(mv.Take(Records * 360).ToArray()).Within(1e-9));
        var expected = EcgRecording.FromEcg(EcgSignal.Create(mv.AsSpan(0, Records * 360), 360, "MLII", "mV")).Recording.Beats;
        Assert.That(opened.Format, Is.EqualTo(InputFormat.Edf));
        Assert.That(opened.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(expected.Milliseconds.ToArray()).Within(1e-9));
        // Against the cardiologists' beats in the same 1,805 s: within 2 of 2,270.
        var reference = Ecg.EcgTestData.MitdbBeatSamples().Count(s => s < Records * 360);
        Assert.That(opened.EdfReport!.Peaks.Count, Is.EqualTo(reference).Within(2));
    }

    // ---- decoding ----

    [Test]
    public void ReadRecord_SeveralSignalsAtTheirOwnRates_DecodesTheEcgOutOfEachRecord()
    {
        // EEG 4 samples per 0.5-s record (8 Hz), ECG 3 per record (6 Hz), then an annotation signal.
        var eeg = Ramp(4 * 5, 1000, 1);
        var ecg = Ramp(3 * 5, -30, 7);
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("EEG Fpz-Cz", "uV", -500, 500, -2048, 2047, 4, eeg),
            new EdfTestSignal("ECG", "uV", -3276.8, 3276.7, -32768, 32767, 3, ecg),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 30, Annotations: r => EdfTestEncoder.Tal(r * 0.5)),
        ], 5, 0.5, reserved: "EDF+C"));

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.SignalIndex, Is.EqualTo(1));
        Assert.That(record.Ecg.Name, Is.EqualTo("ECG"));
        Assert.That(record.Ecg.SamplingRateHz, Is.EqualTo(6));
        // 0.1 µV per unit, in mV.
        Assert.That(record.Ecg.Samples.ToArray(), Is.EqualTo(ecg.Select(d => d * 0.1 / 1000).ToArray()).Within(1e-12));
        Assert.That(record.Markers, Is.Empty, "time-keeping TALs are not markers");
        Assert.That(record.Header.IsPlus, Is.True);
        Assert.That(record.Header.Variant, Is.EqualTo("EDF+C"));
        Assert.That(record.Header.Signals.Select(s => s.IsAnnotation), Is.EqualTo(new[] { false, false, true }));
        Assert.That(record.Header.Signals[0].SamplingRateHz, Is.EqualTo(8));
        Assert.That(record.Header.StartTime, Is.EqualTo(new DateTime(2021, 3, 2, 10, 20, 30)));
    }

    [Test]
    public void ReadRecord_Bdf24Bit_SignExtendsAndScales()
    {
        var digital = new[] { -8388608, -1, 0, 1, 8388607, -70000, 70000, 123456 };
        var path = Write(EdfTestEncoder.Encode(
            [new EdfTestSignal("EKG", "uV", -262144, 262144, -8388608, 8388607, 4, digital)], 2, 1, bdf: true), "test.bdf");

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.Header.IsBdf, Is.True);
        Assert.That(record.Header.Variant, Is.EqualTo("BDF"));
        var scale = (262144.0 + 262144) / (8388607.0 + 8388608);
        Assert.That(record.Ecg.Samples.ToArray(),
            Is.EqualTo(digital.Select(d => (-262144 + ((d + 8388608) * scale)) / 1000).ToArray()).Within(1e-9));
    }

    [Test]
    public void ReadRecord_PhysicalRangeInverted_MapsLinearly()
    {
        // Some recorders store inverted polarity by swapping the physical limits.
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", 5, -5, -1000, 1000, 2, [-1000, 1000, 0, 500])], 2, 1));

        Assert.That(EdfReader.ReadRecord(path).Ecg.Samples.ToArray(), Is.EqualTo(new[] { 5.0, -5, 0, -2.5 }).Within(1e-12));
    }

    [Test]
    public void ReadRecord_VoltsAndUnknownUnit_ConvertedOrKeptWithANote()
    {
        var volts = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "V", -1, 1, -1000, 1000, 2, [500, -500, 0, 1000])], 2, 1), "v.edf");
        var other = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mmHg", -1, 1, -1000, 1000, 2, [500, -500, 0, 1000])], 2, 1), "o.edf");

        Assert.That(EdfReader.ReadRecord(volts).Ecg.Samples.ToArray(), Is.EqualTo(new[] { 500.0, -500, 0, 1000 }).Within(1e-9));
        var kept = EdfReader.ReadRecord(other);
        Assert.That(kept.Ecg.Unit, Is.EqualTo("mmHg"));
        Assert.That(kept.Notes, Has.Some.Contains("'mmHg' is not a voltage"));
    }

    // ---- signal choice ----

    [Test]
    public void ReadRecord_SignalOption_ByLabelOrIndex()
    {
        var path = Write(TwoSignals("EEG C3", "EOG left"));

        Assert.That(EdfReader.ReadRecord(path, new EdfReadOptions { Signal = "eog LEFT" }).SignalIndex, Is.EqualTo(1));
        Assert.That(EdfReader.ReadRecord(path, new EdfReadOptions { Signal = "0" }).SignalIndex, Is.Zero);
        var ex = Assert.Throws<ArgumentException>(() => EdfReader.ReadRecord(path, new EdfReadOptions { Signal = "ECG" }));
        Assert.That(ex!.Message, Does.Contain("0 'EEG C3', 1 'EOG left'"));
    }

    [Test]
    public void ReadRecord_NoSignalLabelledEcgAmongSeveral_RefusedNamingTheLabels()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(Write(TwoSignals("EEG C3", "EOG left"))));

        Assert.That(ex!.Message, Does.Contain("No signal of the EDF file is labelled as an ECG").And.Contain("EdfReadOptions.Signal"));
    }

    [Test]
    public void ReadRecord_OneUnlabelledSignal_IsTaken()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("", "mV", -1, 1, -100, 100, 2, [1, 2, 3, 4])], 2, 1));

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.Ecg.Name, Is.EqualTo("signal 0"));
        Assert.That(record.Ecg.Count, Is.EqualTo(4));
    }

    [Test]
    public void ReadRecord_AnnotationSignalAsEcg_Refused()
    {
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG", "mV", -1, 1, -100, 100, 2, [1, 2, 3, 4]),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 10, Annotations: r => EdfTestEncoder.Tal(r)),
        ], 2, 1, reserved: "EDF+C"));

        var ex = Assert.Throws<ArgumentException>(() => EdfReader.ReadRecord(path, new EdfReadOptions { Signal = "EDF Annotations" }));
        Assert.That(ex!.Message, Does.Contain("is the annotation signal"));
    }

    private static byte[] TwoSignals(string first, string second) => EdfTestEncoder.Encode(
    [
        new EdfTestSignal(first, "uV", -100, 100, -100, 100, 2, [1, 2, 3, 4]),
        new EdfTestSignal(second, "uV", -100, 100, -100, 100, 2, [5, 6, 7, 8]),
    ], 2, 1);

    // ---- EDF+ annotations and continuity ----

    [Test]
    public void ReadRecord_EdfPlusAnnotations_BecomeMarkersAtTheirOnsets()
    {
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG II", "mV", -10, 10, -32768, 32767, 4, Ramp(12, 0, 10)),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 40, Annotations: r => r switch
            {
                0 => EdfTestEncoder.Tal(0, (0.5, "Rest start")),
                2 => EdfTestEncoder.Tal(2) + "+2.75\u00155\u0014Stand up\u0014Dizzy\u0014\0",
                _ => EdfTestEncoder.Tal(r),
            }),
        ], 3, 1, reserved: "EDF+C"));

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.Markers, Is.EqualTo(new[] { new Marker(0.5, "Rest start"), new Marker(2.75, "Stand up"), new Marker(2.75, "Dizzy") }));
        Assert.That(record.Ecg.StartSeconds, Is.Zero);
    }

    [Test]
    public void ReadRecord_EdfPlusDiscontinuous_RefusedNamingTheGap()
    {
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG", "mV", -10, 10, -32768, 32767, 4, Ramp(12, 0, 10)),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 20, Annotations: r => EdfTestEncoder.Tal(r == 2 ? 30 : r)),
        ], 3, 1, reserved: "EDF+D"));

        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(path));

        Assert.That(ex!.Message, Does.Contain("discontinuous: data record 2 starts at 30 s, not at 2 s"));
    }

    [Test]
    public void ReadRecord_EdfPlusDMarkedButContiguous_Read()
    {
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG", "mV", -10, 10, -32768, 32767, 4, Ramp(12, 0, 10)),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 20, Annotations: r => EdfTestEncoder.Tal(0.25 + r)),
        ], 3, 1, reserved: "EDF+D"));

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.Ecg.Count, Is.EqualTo(12));
        Assert.That(record.Ecg.StartSeconds, Is.EqualTo(0.25), "sample 0 at the first record's onset");
    }

    [Test]
    public void ReadRecord_UnreadableAnnotationList_NotedNotFatal()
    {
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG", "mV", -10, 10, -32768, 32767, 4, Ramp(8, 0, 10)),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 20, Annotations: r => r == 1 ? EdfTestEncoder.Tal(1) + "garbage\0" : EdfTestEncoder.Tal(r)),
        ], 2, 1, reserved: "EDF+C"));

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.Notes, Has.Some.StartsWith("1 EDF+ annotation list(s) could not be read"));
    }

    // ---- partial and damaged files ----

    [Test]
    public void ReadRecord_FileEndsEarly_ReadsTheCompleteRecordsWithANote()
    {
        var bytes = EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -32768, 32767, 4, Ramp(40, 0, 1))], 10, 1);
        var path = Write(bytes[..(512 + (7 * 8) + 3)]);

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.DataRecordCount, Is.EqualTo(7));
        Assert.That(record.Ecg.Count, Is.EqualTo(28));
        Assert.That(record.Notes, Has.Some.Contains("ends after 7 complete data records of the 10 its header declares (3 s missing at the end)"));
    }

    [Test]
    public void ReadRecord_RecordCountMinusOne_CountsFromTheFileSize()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -32768, 32767, 4, Ramp(20, 0, 1))], 5, 1, declaredRecords: "-1"));

        var record = EdfReader.ReadRecord(path);

        Assert.That(record.DataRecordCount, Is.EqualTo(5));
        Assert.That(record.Notes, Has.Some.Contains("-1 (the recording was not closed)"));
    }

    [Test]
    public void ReadRecord_DigitalRangeEmpty_FailsNamingTheField()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, 100, 100, 2, [100, 100, 100, 100])], 2, 1));

        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(path));

        Assert.That(ex!.Message, Does.Contain("digital minimum and maximum of signal 0 'ECG' ('100 100') must satisfy -32768 ≤ minimum < maximum ≤ 32767"));
    }

    [Test]
    public void ReadRecord_RecordDurationNotANumber_FailsNamingTheField()
    {
        var bytes = EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 2, [1, 2, 3, 4])], 2, 1);
        "abc     "u8.CopyTo(bytes.AsSpan(244));

        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(Write(bytes)));

        Assert.That(ex!.Message, Does.Contain("duration of a data record ('abc')"));
    }

    [Test]
    public void ReadRecord_ZeroRecordDurationWithASignal_FailsAsAnnotationOnly()
    {
        // Found by fuzzing: a duration of 0 made the sampling rate NaN.
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 2, [1, 2, 3, 4])], 2, 0));

        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(path));

        Assert.That(ex!.Message, Does.Contain("duration of 0 s, which only an annotation-only EDF+ file may"));
    }

    [Test]
    public void ReadRecord_LabelOfWhiteSpace_NamedByIndex()
    {
        // Found by fuzzing: a label of control white space (U+0085) was refused as an ECG name.
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("\u0085", "mV", -10, 10, -100, 100, 2, [1, 2, 3, 4])], 2, 1));

        Assert.That(EdfReader.ReadRecord(path).Ecg.Name, Is.EqualTo("signal 0"));
    }

    [Test]
    public void ReadRecord_PhysicalRangeOverflows_FailsNamingIt()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "V", -9e307, 9e307, -100, 100, 2, [1, 2, 3, 4])], 2, 1));

        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(path));

        Assert.That(ex!.Message, Does.Contain("too large to map stored values to finite numbers"));
    }

    [Test]
    public void ReadRecord_HeaderSizeWrong_IsNotEdf()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 2, [1, 2, 3, 4])], 2, 1, headerBytesField: 700));

        Assert.That(EdfReader.IsEdf(File.ReadAllBytes(path)), Is.False);
        Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(path));
    }

    [Test]
    public void IsEdf_TextStartingLikeTheVersionField_NeedsTheWholeFixedPart()
    {
        var bytes = EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 2, [1, 2, 3, 4])], 2, 1);

        Assert.That(EdfReader.IsEdf(bytes), Is.True);
        Assert.That(EdfReader.IsEdf(bytes.AsSpan(0, 255)), Is.False);
        Assert.That(EdfReader.IsEdf("0       \n800\n810\n"u8), Is.False);
    }

    [Test]
    public void ReadRecord_NoCompleteRecord_Fails()
    {
        var bytes = EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 4, Ramp(8, 0, 1))], 2, 1);

        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(Write(bytes[..(512 + 5)])));

        Assert.That(ex!.Message, Does.Contain("holds no complete data record"));
    }

    [Test]
    public void ReadRecord_LargerThanTheLimit_RefusedNamingIt()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 4, Ramp(8, 0, 1))], 2, 1));

        var ex = Assert.Throws<HrDataFormatException>(() => EdfReader.ReadRecord(path, new EdfReadOptions { MaxFileBytes = 520 }));

        Assert.That(ex!.Message, Does.Contain("EdfReadOptions.MaxFileBytes"));
    }

    [Test]
    public void Header_EdfPlusStartdate_GivesTheFourDigitYear()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 2, [1, 2, 3, 4])], 2, 1,
            reserved: "EDF+C", startDate: "17.04.85", recordingId: "Startdate 17-APR-2085 X X X"));

        Assert.That(EdfReader.ReadRecord(path).Header.StartTime, Is.EqualTo(new DateTime(2085, 4, 17, 10, 20, 30)));
    }

    // ---- blood pressure ----

    [Test]
    public void Open_ValsalvaWithFingerPressureAsEdf_SameResultAsTheTable()
    {
        // Subject_1 of the Valsalva data (ECG in mV to 4 decimals, finger pressure in mmHg to 1 decimal, strain markers)
        // written as EDF+: ECG and pressure are stored exactly, the markers as annotations.
        var table = SharedData.Data("valsalva", "Subject_1_ecg_bp_250hz.csv");
        var rows = File.ReadLines(table).Skip(1).Select(l => l.Split(',')).ToArray();
        var records = rows.Length / 250;
        int[] Digital(int column, double perUnit) => rows.Take(records * 250).Select(c => (int)Math.Round(double.Parse(c[column], CultureInfo.InvariantCulture) * perUnit)).ToArray();
        var events = rows.Where(c => c.Length > 3 && c[3].Length > 0).Select(c => (Onset: double.Parse(c[0], CultureInfo.InvariantCulture), Text: c[3])).ToArray();
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG", "mV", -3.2768, 3.2767, -32768, 32767, 250, Digital(1, 10000)),
            new EdfTestSignal("Finger BP", "mmHg", -327.68, 327.67, -32768, 32767, 250, Digital(2, 100)),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 40,
                Annotations: r => EdfTestEncoder.Tal(r, [.. events.Where(e => e.Onset >= r && e.Onset < r + 1)])),
        ], records, 1, reserved: "EDF+C"));

        var fromEdf = HrResponse.Autonomic.ValsalvaAnalysis.Compute(RecordingReader.Open(path).Recording);
        var fromTable = HrResponse.Autonomic.ValsalvaAnalysis.Compute(RecordingReader.Open(table).Recording);

        Assert.That(RecordingReader.Open(path).Recording.Channels.Single().Name, Is.EqualTo("Finger BP"));
        Assert.That(fromEdf.HasPressure, Is.True);
        Assert.That(fromEdf.StrainSource, Is.EqualTo(fromTable.StrainSource));
        Assert.That(fromEdf.StrainStartSeconds, Is.EqualTo(fromTable.StrainStartSeconds).Within(1e-9));
        Assert.That(fromEdf.ValsalvaRatio, Is.EqualTo(fromTable.ValsalvaRatio).Within(1e-9));
        Assert.That(fromEdf.PhaseIV.SystolicMmHg, Is.EqualTo(fromTable.PhaseIV.SystolicMmHg).Within(1e-9));
        Assert.That(fromEdf.PressureRecoveryTimeSeconds, Is.EqualTo(fromTable.PressureRecoveryTimeSeconds).Within(1e-9));
    }

    // ---- opening by content ----

    [Test]
    public void Open_EdfUnderAnyName_DetectedByItsHeaderWithMarkersAndReport()
    {
        var mv = File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Take(360 * 60).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        var path = Write(EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG MLII", "uV", -163840, 163835, -32768, 32767, 360, mv.Select(v => (int)Math.Round(v * 200)).ToArray()),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 30, Annotations: r => r == 10 ? EdfTestEncoder.Tal(10, (10.5, "Exercise start")) : EdfTestEncoder.Tal(r)),
        ], 60, 1, reserved: "EDF+C"), "recording.dat");

        var opened = RecordingReader.Open(path);

        Assert.That(opened.Format, Is.EqualTo(InputFormat.Edf));
        Assert.That(opened.EdfReport!.SignalName, Is.EqualTo("ECG MLII"));
        Assert.That(opened.EdfReport.AnnotationCount, Is.EqualTo(1));
        Assert.That(opened.Recording.Markers, Is.EqualTo(new[] { new Marker(10.5, "Exercise start") }));
        Assert.That(opened.Recording.Ecg!.Count, Is.EqualTo(360 * 60));
        Assert.That(opened.Recording.Beats.Count, Is.InRange(70, 76), "record 100 beats about 74 times in its first minute");
    }

    [Test]
    public void Open_EdfLargerThanMaxInputBytes_ReadUnderItsOwnLimit()
    {
        var path = Write(EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -32768, 32767, 4, Ramp(40, 0, 1))], 10, 1));
        var csv = Path.Combine(_dir, "big.csv");
        File.WriteAllText(csv, "rr_ms\n" + string.Concat(Enumerable.Repeat("800\n", 300)));
        var small = new RecordingOpenOptions { MaxInputBytes = 550 };

        var ex = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(path, small with { Edf = new EdfReadOptions { MaxFileBytes = 550 } }));
        var csvEx = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(csv, small));

        Assert.That(EdfReader.ReadRecord(path).Ecg.Count, Is.EqualTo(40));
        Assert.That(ex!.Message, Does.Contain("EdfReadOptions.MaxFileBytes"));
        Assert.That(csvEx!.Message, Does.Contain("RecordingOpenOptions.MaxInputBytes"));
        // Within the EDF limit the same file gets past MaxInputBytes to the R-peak detection (too short here to find beats).
        var detection = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(path, small));
        Assert.That(detection!.Message, Does.Not.Contain("MaxInputBytes"));
    }

    [Test]
    public void Open_EdfAsText_RefusedAsBinary()
    {
        var bytes = EdfTestEncoder.Encode([new EdfTestSignal("ECG", "mV", -10, 10, -100, 100, 2, [1, 2, 3, 4])], 2, 1);

        var ex = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(System.Text.Encoding.Latin1.GetString(bytes)), "x.edf"));

        Assert.That(ex!.Message, Does.Contain("EDF is a binary format: open the file by path"));
    }
}
