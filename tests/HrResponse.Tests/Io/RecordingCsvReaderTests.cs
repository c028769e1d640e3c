using System.Globalization;
using System.Text;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Hand-made fixtures for layouts, units, content kinds and extra columns.</summary>
public class RecordingCsvReaderTests
{
    private static RecordingReadResult Read(string text, CsvReadOptions? options = null) =>
        RecordingCsvReader.Read(new StringReader(text), "fixture.csv", options);

    private static double[] Ms(RecordingReadResult r) => r.Recording.Beats.Milliseconds.ToArray();

    private static double[] Times(RecordingReadResult r) => r.Recording.Beats.BeatTimesSeconds.ToArray();

    [Test]
    public void Read_SingleColumnWithoutHeader_ReadsMillisecondsFromMedian()
    {
        var r = Read("800\n810\n790\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810, 790 }));
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.61, 2.4 }).Within(1e-12));
        Assert.That(r.Report.HasHeader, Is.False);
        Assert.That(r.Report.Content, Is.EqualTo(CsvContent.RrIntervals));
        Assert.That(r.Report.RrUnit, Is.EqualTo(RrUnit.Milliseconds));
        Assert.That(r.Report.RrUnitReason, Is.EqualTo("median value 800 >= 20, so milliseconds"));
        Assert.That(r.Report.DataRowCount, Is.EqualTo(3));
    }

    [Test]
    public void Read_SingleColumnInSecondsWithoutUnit_DetectsSeconds()
    {
        var r = Read("rr\n0.8\n0.81\n0.79\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810, 790 }).Within(1e-9));
        Assert.That(r.Report.HasHeader, Is.True);
        Assert.That(r.Report.RrUnit, Is.EqualTo(RrUnit.Seconds));
        Assert.That(r.Report.RrUnitReason, Is.EqualTo("median value 0.8 < 20, so seconds"));
    }

    [Test]
    public void Read_HeaderUnitSeconds_SaysHeader()
    {
        var r = Read("rr_s\n0.8\n0.9\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 900 }).Within(1e-9));
        Assert.That(r.Report.RrUnitReason, Is.EqualTo("header 'rr_s' says seconds"));
    }

    [Test]
    public void Read_ExplicitUnitOverridesHeader_SaysOption()
    {
        var r = Read("rr_s\n800\n810\n", new CsvReadOptions { RrUnit = RrUnit.Milliseconds });
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
        Assert.That(r.Report.RrUnit, Is.EqualTo(RrUnit.Milliseconds));
        Assert.That(r.Report.RrUnitReason, Does.StartWith("set by option"));
    }

    [TestCase("\"RR (ms)\"", RrUnit.Milliseconds)]
    [TestCase("RR interval", RrUnit.Milliseconds)]
    [TestCase("IBI", RrUnit.Milliseconds)]
    [TestCase("nn", RrUnit.Milliseconds)]
    [TestCase("rri", RrUnit.Milliseconds)]
    [TestCase("interval", RrUnit.Milliseconds)]
    public void Read_RrHeaderNames_AreRecognised(string header, RrUnit unit)
    {
        var r = Read($"{header}\n800\n810\n");
        Assert.That(r.Report.RrUnit, Is.EqualTo(unit));
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
        Assert.That(r.Report.ColumnsUsed, Has.Count.EqualTo(1));
    }

    [TestCase(',', "time_s,rr_ms\n0.8,800\n1.61,810\n")]
    [TestCase(';', "time_s;rr_ms\n0.8;800\n1.61;810\n")]
    [TestCase('\t', "time_s\trr_ms\n0.8\t800\n1.61\t810\n")]
    public void Read_EachDelimiter_IsDetected(char delimiter, string text)
    {
        var r = Read(text);
        Assert.That(r.Report.Delimiter, Is.EqualTo(delimiter));
        Assert.That(r.Report.DecimalComma, Is.False);
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.61 }).Within(1e-12));
    }

    [Test]
    public void Read_ExplicitDelimiter_IsUsed()
    {
        var r = Read("time_s|rr_ms\n0.8|800\n1.61|810\n", new CsvReadOptions { Delimiter = '|' });
        Assert.That(r.Report.Delimiter, Is.EqualTo('|'));
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
    }

    [Test]
    public void Read_ExcelSeparatorLine_SetsDelimiterAndIsReported()
    {
        var r = Read("sep=;\ntime_s;rr_ms\n0,8;800\n1,6;800\n");
        Assert.That(r.Report.Delimiter, Is.EqualTo(';'));
        Assert.That(r.Report.DecimalComma, Is.True);
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.6 }));
        Assert.That(r.Report.Skipped.Single(), Is.EqualTo(new SkippedLine(1, "sep=;", "separator line (Excel's sep=)")));
    }

    [Test]
    public void Read_ExcelSeparatorLineTab_SetsTab()
    {
        var r = Read("sep=\t\ntime_s\trr_ms\n0.8\t800\n1.6\t800\n");
        Assert.That(r.Report.Delimiter, Is.EqualTo('\t'));
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 800 }));
    }

    [TestCase("time_s;rr_s\n0,8;0,8\n1,61;0,81\n")]
    [TestCase("time_s\trr_s\n0,8\t0,8\n1,61\t0,81\n")]
    public void Read_DecimalCommaWithSemicolonOrTab_IsDetected(string text)
    {
        var r = Read(text);
        Assert.That(r.Report.DecimalComma, Is.True);
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }).Within(1e-9));
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.61 }).Within(1e-12));
    }

    [Test]
    public void Read_SingleColumnDecimalComma_IsDetected()
    {
        var r = Read("rr_s\n0,8\n0,81\n");
        Assert.That(r.Report.DecimalComma, Is.True);
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }).Within(1e-9));
    }

    [Test]
    public void Read_HeaderlessDecimalCommaLines_AreOneColumnNotTwo()
    {
        var r = Read("0,8\n0,81\n0,79\n");
        Assert.That(r.Report.DecimalComma, Is.True);
        Assert.That(r.Report.RrUnit, Is.EqualTo(RrUnit.Seconds));
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810, 790 }).Within(1e-9));
    }

    [Test]
    public void Read_CultureOption_IsUsedForNumbers()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = " ";
        var r = Read("time_s;rr_ms\n0,8;800,5\n1,6;799,5\n", new CsvReadOptions { Culture = culture });
        Assert.That(r.Report.DecimalComma, Is.True);
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.5, 799.5 }));
    }

    [Test]
    public void Read_ByteOrderMarkInText_HeaderStillRecognised()
    {
        var r = Read("\uFEFFrr_ms\n800\n810\n");
        Assert.That(r.Report.HasHeader, Is.True);
        Assert.That(r.Report.RrUnitReason, Is.EqualTo("header 'rr_ms' says milliseconds"));
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
    }

    [Test]
    public void Read_FileWithUtf8ByteOrderMarkAndCrLf_ReadsByPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrresponse-io-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "rr_ms\r\n800\r\n810\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var r = RecordingCsvReader.Read(path);
            Assert.That(r.Report.Source, Is.EqualTo(path));
            Assert.That(r.Report.HasHeader, Is.True);
            Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_CrLfWithBlankLine_ReportsBlankLineNumber()
    {
        var r = Read("rr_ms\r\n800\r\n\r\n810\r\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
        Assert.That(r.Report.Skipped, Is.EqualTo(new[] { new SkippedLine(3, string.Empty, "blank line") }));
    }

    [Test]
    public void Read_CommentLines_AreSkippedAndReported()
    {
        var r = Read("# Polar H10, 2021-06-06\nrr_ms\n800\n  # pause, \"quoted\"\n810\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810 }));
        Assert.That(r.Report.Skipped.Select(s => s.Line), Is.EqualTo(new[] { 1, 4 }));
        Assert.That(r.Report.Skipped[1].Text, Is.EqualTo("  # pause, \"quoted\""));
        Assert.That(r.Report.Skipped.Select(s => s.Reason), Has.All.Contain("comment"));
    }

    [Test]
    public void Read_QuotedCells_AreUnquoted()
    {
        var r = Read("\"time_s\",\"rr_ms\"\n\"0.8\",\"800\"\n\"1.6\",\"800\"\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 800 }));
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.6 }));
    }

    [Test]
    public void Read_BeatTimesColumn_GivesDifferencesEndingAtLaterBeat()
    {
        var r = Read("beat_time\n0.5\n1.3\n2.2\n");
        Assert.That(r.Report.Content, Is.EqualTo(CsvContent.BeatTimes));
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 900 }).Within(1e-9));
        Assert.That(Times(r), Is.EqualTo(new[] { 1.3, 2.2 }));
        Assert.That(r.Report.RrUnit, Is.EqualTo(RrUnit.Seconds));
    }

    [Test]
    public void Read_LoneTimeColumnWithBeatTimesContent_ReadsBeats()
    {
        var r = Read("time\n500\n1300\n2200\n", new CsvReadOptions { Content = CsvContent.BeatTimes });
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 900 }).Within(1e-9));
        Assert.That(Times(r), Is.EqualTo(new[] { 1.3, 2.2 }).Within(1e-12));
        Assert.That(r.Report.RrUnit, Is.EqualTo(RrUnit.Milliseconds));
        Assert.That(r.Report.RrUnitReason, Does.Contain("median step between beat times 850"));
    }

    [Test]
    public void Read_IrregularHeartRateSamples_KeepsTimesAndValues()
    {
        var r = Read("time (s),HR (bpm)\n0,80\n1,82\n4,90\n10,100\n");
        Assert.That(r.Report.Content, Is.EqualTo(CsvContent.HeartRateSamples));
        Assert.That(r.Recording.HasBeats, Is.False);
        Assert.That(r.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0.0, 1, 4, 10 }));
        Assert.That(r.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(new[] { 80.0, 82, 90, 100 }));
        Assert.That(r.Report.TimeColumnUnitReason, Does.Contain("header says seconds"));
    }

    [Test]
    public void Read_HeartRateSamplesTimeInMillisecondsWithoutUnit_DetectedFromStep()
    {
        var r = Read("timestamp,heart_rate\n0,80\n1000,82\n2000,84\n");
        Assert.That(r.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0.0, 1, 2 }));
        Assert.That(r.Report.TimeColumnUnitReason, Does.Contain("median step 1000 >= 200, so milliseconds"));
    }

    [Test]
    public void Read_HeartRateWithEmptyCell_SkipsAndReportsRow()
    {
        var r = Read("time_s,hr\n0,80\n1,\n2,84\n");
        Assert.That(r.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(new[] { 80.0, 84 }));
        Assert.That(r.Report.Skipped.Single().Line, Is.EqualTo(3));
    }

    [Test]
    public void Read_TimeMarksEndOfInterval_KeepsTimes()
    {
        var r = Read("time_s,rr_ms\n-1.0,800\n-0.2,800\n0.7,900\n");
        Assert.That(Times(r), Is.EqualTo(new[] { -1.0, -0.2, 0.7 }));
        Assert.That(r.Report.TimeColumnUnitReason, Does.Contain("END"));
    }

    [Test]
    public void Read_TimeMarksStartOfInterval_ConvertsToEndTimes()
    {
        var r = Read("since_start,rr\n0,800\n800,900\n1700,700\n2400,750\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 900, 700, 750 }));
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.7, 2.4, 3.15 }).Within(1e-12));
        Assert.That(r.Report.TimeColumnUnitReason, Does.Contain("milliseconds").And.Contain("START"));
    }

    [Test]
    public void Read_TimeUnitWithoutSuffix_DetectedFromAgreementWithRr()
    {
        var r = Read("t,rr_ms\n0.8,800\n1.7,900\n2.4,700\n");
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.7, 2.4 }));
        Assert.That(r.Report.TimeColumnUnitReason, Does.Contain("so seconds"));
    }

    [Test]
    public void Read_NonMonotonicTimestampBesideSinceStart_UsesSinceStart()
    {
        var r = Read("timestamp,rr,since_start\n1000500,800,0\n1000400,900,800\n1001300,700,1700\n");
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.7, 2.4 }).Within(1e-12));
        Assert.That(r.Report.ColumnsIgnored, Has.Count.EqualTo(1));
        Assert.That(r.Report.ColumnsIgnored[0], Does.StartWith("timestamp:"));
    }

    [Test]
    public void Read_NonMonotonicOnlyTimeColumnBesideRr_IgnoredAndRrSummed()
    {
        var r = Read("timestamp,rr\n1000500,800\n1000400,900\n");
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.7 }).Within(1e-12));
        Assert.That(r.Report.TimeColumnUnitReason, Is.Null);
        Assert.That(r.Report.ColumnsIgnored.Single(), Does.Contain("not increasing"));
    }

    [Test]
    public void Read_EmptyRrWithTime_RebuiltFromTimeDifference()
    {
        var r = Read("time_s,rr_ms\n0.8,800\n1.61,\n2.41,800\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810, 800 }).Within(1e-9));
        Assert.That(r.Report.RebuiltRrLines, Is.EqualTo(new[] { 3 }));
        Assert.That(r.Report.Skipped, Is.Empty);
        Assert.That(r.Recording.Beats.Reconstructed.ToArray(), Is.EqualTo(new[] { false, true, false }));
    }

    [Test]
    public void Read_EmptyRrOnFirstRow_SkippedAndReported()
    {
        var r = Read("time_s,rr_ms\n0.8,\n1.61,810\n2.41,800\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 810.0, 800 }));
        Assert.That(r.Report.Skipped.Single().Line, Is.EqualTo(2));
    }

    [Test]
    public void Read_EmptyRrWithSkipPolicy_SkipsAndMarksGap()
    {
        var r = Read("time_s,rr_ms\n0.8,800\n1.61,\n2.41,800\n", new CsvReadOptions { MissingRr = MissingRrPolicy.Skip });
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 800 }));
        Assert.That(r.Recording.Beats.GapBefore.ToArray(), Is.EqualTo(new[] { false, true }));
        Assert.That(r.Report.Skipped.Single().Line, Is.EqualTo(3));
        Assert.That(r.Report.RebuiltRrLines, Is.Empty);
        Assert.That(r.Recording.Beats.ReconstructedCount, Is.Zero);
    }

    [Test]
    public void Read_MarkerColumn_MarkerAtEachLabelChange()
    {
        var r = Read("time_s,rr_ms,phase\n0.8,800,rest\n1.6,800,rest\n2.4,800,\n3.2,800,exercise\n4.0,800,exercise\n4.8,800,rest\n");
        Assert.That(r.Recording.Markers, Is.EqualTo(new[]
        {
            new Marker(0.8, "rest"), new Marker(3.2, "exercise"), new Marker(4.8, "rest"),
        }));
    }

    [Test]
    public void Read_LoadAndOtherNumericColumns_BecomeLoadAndChannels()
    {
        var r = Read("rr_ms,power_w,vo2_l_min,note_text\n800,50,1.1,ok\n800,65,,fine\n");
        Assert.That(r.Recording.Load!.Unit, Is.EqualTo("W"));
        Assert.That(r.Recording.Load.Values.ToArray(), Is.EqualTo(new[] { 50.0, 65 }));
        Assert.That(r.Recording.Load.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0.8, 1.6 }).Within(1e-12));
        var vo2 = r.Recording.Channels.Single();
        Assert.That(vo2.Name, Is.EqualTo("vo2_l_min"));
        Assert.That(vo2.Unit, Is.EqualTo("L/min"));
        Assert.That(vo2.Values[0], Is.EqualTo(1.1));
        Assert.That(vo2.Values[1], Is.NaN);
        Assert.That(r.Report.ColumnsIgnored.Single(), Does.StartWith("note_text: not numeric (line 2: 'ok')"));
        Assert.That(r.Report.ColumnsUsed, Has.Count.EqualTo(3));
    }

    [Test]
    public void Read_MetsColumn_LoadInMets()
    {
        var r = Read("rr_ms,mets\n800,1\n800,2\n");
        Assert.That(r.Recording.Load!.Unit, Is.EqualTo("METs"));
    }

    [Test]
    public void Read_ExplicitColumnsWithoutHeader_UseColumnNumbers()
    {
        var r = Read("0.8,800\n1.6,800\n", new CsvReadOptions { TimeColumn = "1", RrColumn = "2" });
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 800 }));
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.6 }));
    }

    [Test]
    public void Read_SubjectOption_IsAttached()
    {
        var subject = new SubjectInfo { AgeYears = 40, Sex = Sex.Female };
        var r = Read("rr_ms\n800\n", new CsvReadOptions { Subject = subject });
        Assert.That(r.Recording.Subject, Is.EqualTo(subject));
    }

    [Test]
    public void Read_AllEmptyCellsRow_SkippedAndReported()
    {
        var r = Read("time_s,rr_ms\n0.8,800\n,\n1.6,800\n");
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 800 }));
        Assert.That(r.Report.Skipped.Single(), Is.EqualTo(new SkippedLine(3, ",", "no value in any cell")));
        Assert.That(r.Report.DataRowCount, Is.EqualTo(2));
    }

    [Test]
    public void Read_HeartRateColumnBesideRr_KeptAsChannelInBpm()
    {
        var r = Read("rr_ms,hr\n800,75\n810,74\n");
        Assert.That(r.Report.Content, Is.EqualTo(CsvContent.RrIntervals));
        Assert.That(r.Recording.Channels.Single().Unit, Is.EqualTo("bpm"));
        Assert.That(r.Recording.HeartRateIsFromBeats, Is.True);
    }

    [TestCase('"')]
    [TestCase('\n')]
    [TestCase('5')]
    [TestCase('\u00A7')]
    public void Read_InvalidDelimiterOption_ThrowsNamingOptions(char delimiter)
    {
        Assert.That(
            () => Read("800\n", new CsvReadOptions { Delimiter = delimiter }),
            Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("options")
                .And.Message.Contains("Delimiter"));
    }

    [Test]
    public void Read_MarkerColumnAlsoNamedAsRr_ThrowsNamingOptions()
    {
        Assert.That(
            () => Read("a,b\n800,x\n", new CsvReadOptions { RrColumn = "a", MarkerColumn = "A" }),
            Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("options")
                .And.Message.Contains("MarkerColumn"));
    }

    [Test]
    public void Read_ExplicitMarkerColumn_UsedForLabels()
    {
        var r = Read("rr_ms,stage\n800,warm\n800,warm\n800,load\n", new CsvReadOptions { MarkerColumn = "stage" });
        Assert.That(r.Recording.Markers, Is.EqualTo(new[] { new Marker(0.8, "warm"), new Marker(2.4, "load") }));
    }

    [Test]
    public void Read_TestDataExportFile_ReadsEverything()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Io", "semicolon_decimal_comma.csv");
        var r = RecordingCsvReader.Read(path);
        var report = r.Report;
        Assert.That(report.Delimiter, Is.EqualTo(';'));
        Assert.That(report.DecimalComma, Is.True);
        Assert.That(report.HasHeader, Is.True);
        Assert.That(report.Skipped.Select(s => s.Line), Is.EqualTo(new[] { 1, 5, 8 }));
        Assert.That(report.DataRowCount, Is.EqualTo(5));
        Assert.That(Ms(r), Is.EqualTo(new[] { 800.0, 810, 790, 750, 700 }));
        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.61, 2.4, 3.15, 3.85 }).Within(1e-12));
        Assert.That(report.TimeColumnUnitReason, Does.Contain("header says seconds").And.Contain("END"));
        Assert.That(r.Recording.Load!.Unit, Is.EqualTo("W"));
        Assert.That(r.Recording.Load.Values.ToArray(), Is.EqualTo(new[] { 0.0, 0, 50, 50, 0 }));
        Assert.That(r.Recording.Markers, Is.EqualTo(new[]
        {
            new Marker(0.8, "rest"), new Marker(2.4, "exercise"), new Marker(3.85, "recovery"),
        }));
    }

    [Test]
    public void Read_NullArguments_Throw()
    {
        Assert.That(() => RecordingCsvReader.Read((TextReader)null!, "x"), Throws.ArgumentNullException);
        Assert.That(() => RecordingCsvReader.Read(new StringReader("800"), " "), Throws.ArgumentException);
        Assert.That(() => RecordingCsvReader.Read(" "), Throws.ArgumentException);
    }

    [Test]
    public void Read_HeartRateWithIsoDateTimes_SecondsFromTheFirstStamp()
    {
        var r = Read("time,hr\n2024-05-02T10:42:01.500Z,70\n2024-05-02 10:42:02.5,71\n2024-05-02T10:47:02.5+00:00,80\n2024-05-02T10:52:02.500Z,82\n");

        // Five-minute steps: seconds from the stamps, not milliseconds from a step of 300.
        Assert.That(r.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0.0, 1, 301, 601 }).Within(1e-9));
        Assert.That(r.Report.ColumnsUsed, Has.Some.EqualTo("time: date-time stamps, read as seconds from the first (2024-05-02T10:42:01.5)"));
        Assert.That(r.Report.TimeColumnUnitReason, Is.EqualTo("time column 'time': date-time stamps, seconds from the first"));
    }

    [Test]
    public void Read_PhoneTimestampBesideHeartRate_IsTheTimeAxis()
    {
        // Polar Sensor Logger's layout: the phone's clock as ISO text.
        var r = Read("Phone timestamp;HR [bpm]\n2026-07-26T21:56:27.765;70\n2026-07-26T21:56:28.766;71\n2026-07-26T21:56:29.768;72\n");

        Assert.That(r.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0.0, 1.001, 2.003 }).Within(1e-9));
    }

    [Test]
    public void Read_PhoneTimestampBesideRrIntervals_BeatTimesFromTheValues()
    {
        // Arrival stamps of BLE packets are not beat times: the RR values time the beats, the stamps are noted.
        var r = Read("Phone timestamp;RR-interval [ms]\n2026-07-26T21:56:27.765;800\n2026-07-26T21:56:27.765;810\n2026-07-26T21:56:29.400;790\n");

        Assert.That(Times(r), Is.EqualTo(new[] { 0.8, 1.61, 2.4 }).Within(1e-12));
        Assert.That(r.Report.ColumnsIgnored, Has.Some.StartsWith("Phone timestamp: not usable as the time axis"));
    }

    [Test]
    public void Read_ClockTimesWithoutADate_NotTakenForDateTimes()
    {
        Assert.Throws<HrDataFormatException>(() => Read("time,hr\n10:42:01,70\n10:42:02,71\n"));
    }
}
