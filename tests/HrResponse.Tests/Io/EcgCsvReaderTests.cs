using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

public class EcgCsvReaderTests
{
    private static EcgCsvContent Read(string text, EcgCsvOptions? options = null) =>
        EcgCsvReader.Read(new StringReader(text), "test.csv", options);

    [Test]
    public void Read_HeaderWithRate_TakesRateFromHeader()
    {
        var content = Read("ecg_360hz\n0.1\n0.2\n-0.3\n");
        Assert.That(content.SamplingRateHz, Is.EqualTo(360));
        Assert.That(content.SamplingRateSource, Is.EqualTo(EcgSamplingRateSource.Header));
        Assert.That(content.Signals.Single().Samples.ToArray(), Is.EqualTo(new[] { 0.1, 0.2, -0.3 }));
        Assert.That(content.Signals[0].Name, Is.EqualTo("ecg_360hz"));
    }

    [Test]
    public void Read_TimeColumnInMsAndTwoLeads_RateFromTimesStartFromFirstTime()
    {
        var content = Read("time_ms;ecg_mv;v5_mv\n1000;1;10\n1002;2;20\n1004;3;30\n1006;4;40\n");
        Assert.That(content.SamplingRateHz, Is.EqualTo(500).Within(1e-9));
        Assert.That(content.SamplingRateSource, Is.EqualTo(EcgSamplingRateSource.TimeColumn));
        Assert.That(content.TimeColumn, Is.EqualTo("time_ms"));
        Assert.That(content.Signals.Select(s => s.Name), Is.EqualTo(new[] { "ecg_mv", "v5_mv" }));
        Assert.That(content.Signals[1].Samples.ToArray(), Is.EqualTo(new[] { 10.0, 20, 30, 40 }));
        Assert.That(content.Signals[0].Unit, Is.EqualTo("mV"));
        Assert.That(content.Signals[0].StartSeconds, Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Read_TimeColumnWithRoundedTimes_RateIsWholeHertz()
    {
        var rows = string.Concat(Enumerable.Range(0, 3600).Select(i => FormattableString.Invariant($"{i / 360.0:F4},{i % 7}\n")));
        var content = Read("time_s,ecg\n" + rows);
        Assert.That(content.SamplingRateHz, Is.EqualTo(360));
    }

    [Test]
    public void Read_HeaderlessWithOption_UsesOptionAndDefaultName()
    {
        var content = Read("# exported\n1.5\n2.5\n\n3.5\n", new EcgCsvOptions { SamplingRateHz = 250 });
        Assert.That(content.SamplingRateSource, Is.EqualTo(EcgSamplingRateSource.Option));
        Assert.That(content.Signals[0].Name, Is.EqualTo("ecg"));
        Assert.That(content.Signals[0].Count, Is.EqualTo(3));
        Assert.That(content.SkippedLineCount, Is.EqualTo(2));
        Assert.That(content.Notes, Has.Count.EqualTo(1));
    }

    [Test]
    public void Read_OptionConflictsWithHeader_OptionWinsWithNote()
    {
        var content = Read("ecg_360hz\n1\n2\n", new EcgCsvOptions { SamplingRateHz = 1000 });
        Assert.That(content.SamplingRateHz, Is.EqualTo(1000));
        Assert.That(content.Notes.Single(), Does.Contain("360 Hz").And.Contain("1000 Hz"));
    }

    [Test]
    public void Read_SignalColumnOption_ReadsOnlyThatColumn()
    {
        var content = Read("ecg_100hz,ppg_100hz\n1,5\n2,6\n", new EcgCsvOptions { SignalColumn = "ECG_100HZ" });
        Assert.That(content.Signals.Single().Samples.ToArray(), Is.EqualTo(new[] { 1.0, 2 }));
    }

    [Test]
    public void Read_TextInCell_ThrowsWithLineColumnAndText()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("ecg_360hz\n0.1\nabc\n0.3\n"));
        Assert.That(ex!.Line, Is.EqualTo(3));
        Assert.That(ex.Column, Is.EqualTo("ecg_360hz"));
        Assert.That(ex.OffendingText, Is.EqualTo("abc"));
        Assert.That(ex.Source, Is.EqualTo("test.csv"));
    }

    [Test]
    public void Read_EmptyCell_ThrowsInsteadOfDroppingSample()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("time,ecg\n0,1\n0.01,\n0.02,3\n"));
        Assert.That(ex!.Line, Is.EqualTo(3));
        Assert.That(ex.Column, Is.EqualTo("ecg"));
    }

    [Test]
    public void Read_NoRateAnywhere_ThrowsSayingHowToGiveIt()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("ecg\n1\n2\n"));
        Assert.That(ex!.Message, Does.Contain("ecg_360hz").And.Contain("EcgCsvOptions.SamplingRateHz").And.Not.Contain("--"));
    }

    [Test]
    public void Read_IrregularTimeColumn_ThrowsAtOffendingLine()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("time,ecg\n0,1\n0.01,2\n0.05,3\n0.06,4\n0.07,5\n"));
        Assert.That(ex!.Line, Is.EqualTo(4));
        Assert.That(ex.Column, Is.EqualTo("time"));
    }

    [Test]
    public void Read_RowWithTooFewCells_ThrowsWithLine()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("ecg_250hz,v5\n1,2\n3\n"));
        Assert.That(ex!.Line, Is.EqualTo(3));
    }

    [Test]
    public void Read_HeaderOnly_Throws()
    {
        Assert.Throws<HrDataFormatException>(() => Read("ecg_250hz\n"));
        Assert.Throws<HrDataFormatException>(() => Read(""));
    }

    [TestCase("ecg_360hz", 360.0)]
    [TestCase("ECG (500 Hz)", 500.0)]
    [TestCase("ecg_1000Hz", 1000.0)]
    [TestCase("lead_ii_256.5hz", 256.5)]
    public void SamplingRateFromName_RecognisedNames(string name, double hz)
    {
        Assert.That(EcgCsvReader.SamplingRateFromName(name), Is.EqualTo(hz));
    }

    [TestCase("ecg")]
    [TestCase("rr_ms")]
    [TestCase("hzone")]
    public void SamplingRateFromName_OtherNames_IsNull(string name)
    {
        Assert.That(EcgCsvReader.SamplingRateFromName(name), Is.Null);
    }

    [TestCase("ecg_360hz", true)]
    [TestCase("time,ECG", true)]
    [TestCase("time_s;MLII", true)]
    [TestCase("rr_ms", false)]
    [TestCase("time,hr_bpm", false)]
    [TestCase("ECG (mV),time", true)]
    [TestCase("age,peak_hr,ecglvh,ecgmi,hrrecov", false)]
    public void IsEcgHeader_TellsEcgFromOtherFiles(string header, bool expected)
    {
        Assert.That(EcgCsvReader.IsEcgHeader(header), Is.EqualTo(expected));
    }

    [Test]
    public void Read_MitdbFile_Reads650000SamplesAt360Hz()
    {
        var content = EcgCsvReader.Read(SharedData.Data("mitdb", "100_mlii.csv"));
        Assert.That(content.SamplingRateHz, Is.EqualTo(360));
        Assert.That(content.Signals[0].Count, Is.EqualTo(650000));
        Assert.That(content.Signals[0].Samples[0], Is.EqualTo(-0.145));
        Assert.That(EcgCsvReader.LooksLikeEcg(SharedData.Data("mitdb", "100_mlii.csv")), Is.True);
    }

    [Test]
    public void Read_PolarSensorLoggerEcg_TimeFromTheMsColumnOtherClocksNotSignals()
    {
        // Polar Sensor Logger's H10 ECG export: phone clock, sensor clock in ns, time in ms, ECG in µV at 130 Hz.
        // Record 100's first 2 minutes taken at 130 Hz (nearest sample), in µV.
        var mv = File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Take(360 * 121).Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var text = new System.Text.StringBuilder("Phone timestamp;sensor timestamp [ns];timestamp [ms];ecg [uV]\n");
        var start = new DateTime(2026, 7, 26, 21, 56, 26, 765);
        for (var i = 0; i < 130 * 120; i++)
        {
            var ms = i * 1000.0 / 130;
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{start.AddMilliseconds(Math.Floor(i / 73.0) * 73 * 1000 / 130):yyyy-MM-dd'T'HH:mm:ss.fff};{838432586543515816 + (long)(ms * 1e6)};{ms:0.######};{Math.Round(mv[(int)(i * 360.0 / 130)] * 1000)}\n");
        }

        var content = EcgCsvReader.Read(new StringReader(text.ToString()), "psl_ECG.txt");
        var opened = RecordingReader.Open(new StringReader(text.ToString()), "psl_ECG.txt");

        Assert.That(content.Signals.Select(s => s.Name), Is.EqualTo(new[] { "ecg [uV]" }));
        Assert.That(content.Signals[0].Unit, Is.EqualTo("µV"));
        Assert.That(content.SamplingRateHz, Is.EqualTo(130));
        Assert.That(content.TimeColumn, Is.EqualTo("timestamp [ms]"));
        Assert.That(opened.Format, Is.EqualTo(InputFormat.Ecg));
        var reference = Ecg.EcgTestData.MitdbBeatSamples().Count(s => s < 360 * 120);
        Assert.That(opened.EcgReport!.Peaks.Count, Is.EqualTo(reference).Within(2));
    }
}
