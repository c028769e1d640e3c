using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>
/// Long-format tables (several recordings one after another, an id column naming each row's recording):
/// <see cref="CsvReadOptions.RecordingIdColumn"/> / <see cref="CsvReadOptions.RecordingId"/> read one recording,
/// <see cref="LongFormatCsvTable"/> lists them and opens each from one read of the file.
/// </summary>
public class LongFormatCsvTests
{
    // Two subjects, time restarting at B; A's RR alternates 780/820 ms, B's 590/610 ms.
    private static string TwoSubjects(string bId = "B", string aBadCell = "")
    {
        var lines = new List<string> { "subject,time_s,rr_ms" };
        var t = 0.0;
        for (var i = 0; i < 50; i++)
        {
            var rr = i % 2 == 0 ? 780 : 820;
            t += rr / 1000.0;
            lines.Add($"A,{t:0.###},{(i == 10 && aBadCell.Length > 0 ? aBadCell : rr.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        }

        t = 0;
        for (var i = 0; i < 40; i++)
        {
            var rr = i % 2 == 0 ? 590 : 610;
            t += rr / 1000.0;
            lines.Add($"{bId},{t:0.###},{rr}");
        }

        return string.Join("\n", lines) + "\n";
    }

    private static RecordingReadResult Read(string text, string column, string id) =>
        RecordingCsvReader.Read(new StringReader(text), "long.csv", new CsvReadOptions { RecordingIdColumn = column, RecordingId = id });

    [Test]
    public void Read_RecordingId_ReadsOnlyThatRecordingsRows()
    {
        var b = Read(TwoSubjects(), "subject", "B");

        Assert.That(b.Recording.Beats.Count, Is.EqualTo(40));
        Assert.That(b.Recording.Beats.Milliseconds.ToArray().Distinct().Order(), Is.EqualTo(new[] { 590.0, 610.0 }));
        Assert.That(b.Report.DataRowCount, Is.EqualTo(40));
        Assert.That(b.Report.OtherRecordingsRowCount, Is.EqualTo(50));
        Assert.That(b.Report.RecordingIds, Is.EqualTo(new[] { "A", "B" }));
        Assert.That(b.Report.ColumnsUsed, Has.Some.StartsWith("subject: recording id (rows with subject = B: 40 of 90; 2 recordings"));
        Assert.That(b.Report.ColumnsIgnored, Has.None.StartsWith("subject"));

        var a = Read(TwoSubjects(), "SUBJECT", "A");
        Assert.That(a.Recording.Beats.Milliseconds.ToArray().Distinct().Order(), Is.EqualTo(new[] { 780.0, 820.0 }));
        Assert.That(a.Report.OtherRecordingsRowCount, Is.EqualTo(40));
    }

    [Test]
    public void Read_WholeLongTable_FailsWithAHintNamingTheOption()
    {
        // Heart-rate samples, whose times must increase (an RR table would leave a restarting time column unused).
        const string text = "subject,time_s,hr_bpm\nA,0,80\nA,10,82\nA,20,85\nA,30,88\nB,0,70\nB,10,72\n";
        var e = Assert.Throws<HrDataFormatException>(() => RecordingCsvReader.Read(new StringReader(text), "long.csv"))!;
        Assert.That(e.RecordingIdColumn, Is.EqualTo("subject"));
        Assert.That(e.Message, Does.Contain("column 'subject' changes from A to B here (2 values: A, B)")
            .And.Contain("RecordingIdColumn = 'subject' and RecordingId"));
        var b = RecordingCsvReader.Read(new StringReader(text), "long.csv", new CsvReadOptions { RecordingIdColumn = "subject", RecordingId = "B" });
        Assert.That(b.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(new[] { 70.0, 72.0 }));
    }

    [Test]
    public void Read_QuotedAndPaddedIds_MatchTheTrimmedValue_BothRowReaders()
    {
        // Quotes send the text through CsvHelper; the same table without them through the plain row reader.
        var quoted = Read(TwoSubjects("\" B \""), "subject", "B");
        var padded = Read(TwoSubjects(" B "), "subject", " B");
        Assert.That(quoted.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(padded.Recording.Beats.Milliseconds.ToArray()));
        Assert.That(quoted.Recording.Beats.Count, Is.EqualTo(40));
        Assert.That(quoted.Report.RecordingIds, Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Read_OtherRecordingsCellsAreNotChecked_ButTheChosenOnesAreWithTheFilesLineNumbers()
    {
        // Line 12 (A's eleventh row) holds text where a number belongs.
        var text = TwoSubjects(aBadCell: "oops");
        Assert.That(Read(text, "subject", "B").Recording.Beats.Count, Is.EqualTo(40));

        var e = Assert.Throws<HrDataFormatException>(() => Read(text, "subject", "A"))!;
        Assert.That(e.Line, Is.EqualTo(12));
        Assert.That(e.OffendingText, Is.EqualTo("oops"));
    }

    [Test]
    public void Read_IdNoRowHas_ListsTheValuesFound()
    {
        var e = Assert.Throws<HrDataFormatException>(() => Read(TwoSubjects(), "subject", "C"))!;
        Assert.That(e.Message, Does.Contain("no row has subject = C; the values in the file are A, B"));
        Assert.That(e.Column, Is.EqualTo("subject"));
    }

    [Test]
    public void Read_IdColumnTheFileDoesNotHave_ListsTheColumns()
    {
        var e = Assert.Throws<HrDataFormatException>(() => Read(TwoSubjects(), "patient", "B"))!;
        Assert.That(e.Message, Does.Contain("RecordingIdColumn names column 'patient'").And.Contain("'subject', 'time_s', 'rr_ms'"));
    }

    [Test]
    public void Table_RecordingIdsInOrderOfFirstAppearance_ByNameOrNumber()
    {
        var text = "id;rr_ms\n7;800\n7;810\n3;790\n7;805\n10;600\n";
        Assert.That(LongFormatCsvTable.Read(new StringReader(text), "t.csv", "ID").RecordingIds, Is.EqualTo(new[] { "7", "3", "10" }));
        Assert.That(LongFormatCsvTable.Read(new StringReader(text), "t.csv", "1").RecordingIds, Is.EqualTo(new[] { "7", "3", "10" }));
        Assert.That(LongFormatCsvTable.Read(new StringReader("id,rr_ms\n"), "t.csv", "id").RecordingIds, Is.Empty);
        var e = Assert.Throws<HrDataFormatException>(() => LongFormatCsvTable.Read(new StringReader(text), "t.csv", "subject"))!;
        Assert.That(e.Message, Does.Contain("'id', 'rr_ms'"));
        Assert.Throws<ArgumentException>(() => LongFormatCsvTable.Read(new StringReader(text), "t.csv", "rr_ms", new CsvReadOptions { RrColumn = "rr_ms" }));
    }

    [TestCase("B", TestName = "Table_OpenEqualsTheOptionRead_PlainRows")]
    [TestCase("\" B \"", TestName = "Table_OpenEqualsTheOptionRead_QuotedRows")]
    public void Table_OpenEqualsTheOptionRead(string bCell)
    {
        // Comments and a blank line inside A's and B's rows, and a bad cell in A's: each read reports the same lines.
        var lines = TwoSubjects(bCell, aBadCell: "oops").TrimEnd('\n').Split('\n').ToList();
        lines.Insert(70, "# note");
        lines.Insert(75, string.Empty);
        lines.Insert(20, "# inside A's rows");
        var text = string.Join("\n", lines) + "\n";
        var table = LongFormatCsvTable.Read(new StringReader(text), "long.csv", "subject");
        Assert.That(table.RecordingIds, Is.EqualTo(new[] { "A", "B" }));

        var fromTable = table.Open("B");
        var byOption = RecordingReader.Open(new StringReader(text), "long.csv",
            new RecordingOpenOptions { Csv = new CsvReadOptions { RecordingIdColumn = "subject", RecordingId = "B" } });
        Assert.That(fromTable.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(byOption.Recording.Beats.Milliseconds.ToArray()));
        Assert.That(fromTable.Recording.Beats.BeatTimesSeconds.ToArray(), Is.EqualTo(byOption.Recording.Beats.BeatTimesSeconds.ToArray()));
        Assert.That(fromTable.Notes, Is.EqualTo(byOption.Notes));
        var (r1, r2) = (fromTable.CsvReport!, byOption.CsvReport!);
        Assert.That(r1.Skipped.Select(k => (k.Line, k.Reason)), Is.EqualTo(r2.Skipped.Select(k => (k.Line, k.Reason))));
        Assert.That(r1.Skipped.Select(k => k.Line), Is.EqualTo(new[] { 21, 72, 77 }));
        Assert.That((r1.DataRowCount, r1.OtherRecordingsRowCount), Is.EqualTo((r2.DataRowCount, r2.OtherRecordingsRowCount)));
        Assert.That(r1.ColumnsUsed, Is.EqualTo(r2.ColumnsUsed));
        Assert.That(r1.RecordingIds, Is.EqualTo(r2.RecordingIds));

        var e = Assert.Throws<HrDataFormatException>(() => table.Open("A"))!;
        Assert.That(e.Line, Is.EqualTo(12));
        var missing = Assert.Throws<HrDataFormatException>(() => table.Open("C"))!;
        Assert.That(missing.Message, Does.Contain("no row has subject = C; the values in the file are A, B"));
    }

    [Test]
    public void Table_FileLargerThanTheLimit_RefusedBeforeReading()
    {
        var path = SharedData.Data("doremi", "cardio.csv");
        var e = Assert.Throws<HrDataFormatException>(() => LongFormatCsvTable.Read(path, "id", maxInputBytes: 1000))!;
        Assert.That(e.Message, Does.Contain("1,000 bytes").And.Contain("maxInputBytes"));
        Assert.Throws<ArgumentOutOfRangeException>(() => LongFormatCsvTable.Read(path, "id", maxInputBytes: 0));
        Assert.That(LongFormatCsvTable.Read(path, "id", maxInputBytes: new FileInfo(path).Length).RecordingIds, Has.Count.EqualTo(21));
    }

    [Test]
    public void Table_ThroughFileBatch_EveryRecordingAnalysedInTableOrder()
    {
        // As docs/library.md shows it.
        var table = LongFormatCsvTable.Read(SharedData.Data("doremi", "cardio.csv"), "id");
        var items = HrResponse.Batch.FileBatch.Run(table.RecordingIds, (id, ct) => RecordingAnalysis.Compute(table.Open(id).Recording), 2).ToList();
        Assert.That(items.Select(i => i.Path), Is.EqualTo(table.RecordingIds));
        Assert.That(items, Has.All.Matches<HrResponse.Batch.FileBatchItem<RecordingAnalysisResult>>(i => i!.Succeeded));
        var tenth = RecordingAnalysis.Compute(table.Open("10").Recording).Exercise!.PeakHeartRateBpm;
        Assert.That(items[9].Result!.Exercise!.PeakHeartRateBpm, Is.EqualTo(tenth));
    }

    [Test]
    public void Table_OpenInParallel_SameAsOneAtATime()
    {
        var table = LongFormatCsvTable.Read(SharedData.Data("doremi", "cardio.csv"), "id");
        var serial = table.RecordingIds.Select(id => table.Open(id).Recording.HeartRate.Bpm.ToArray()).ToArray();
        var parallel = new double[table.RecordingIds.Count][];
        Parallel.For(0, table.RecordingIds.Count, i => parallel[i] = table.Open(table.RecordingIds[i]).Recording.HeartRate.Bpm.ToArray());
        Assert.That(parallel, Is.EqualTo(serial));
    }

    [Test]
    public void Options_IdColumnWithoutId_IdWithoutColumn_OrIdColumnNamedTwice_AreRefused()
    {
        var text = TwoSubjects();
        var noId = Assert.Throws<ArgumentException>(() => RecordingCsvReader.Read(new StringReader(text), "t", new CsvReadOptions { RecordingIdColumn = "subject" }))!;
        Assert.That(noId.Message, Does.Contain("without RecordingId"));
        var noColumn = Assert.Throws<ArgumentException>(() => RecordingCsvReader.Read(new StringReader(text), "t", new CsvReadOptions { RecordingId = "B" }))!;
        Assert.That(noColumn.Message, Does.Contain("without RecordingIdColumn"));
        var twice = Assert.Throws<ArgumentException>(() => RecordingCsvReader.Read(new StringReader(text), "t",
            new CsvReadOptions { RecordingIdColumn = "rr_ms", RrColumn = "rr_ms", RecordingId = "B" }))!;
        Assert.That(twice.Message, Does.Contain("also named by another column option"));
    }

    [Test]
    public void Open_RecordingIdOnAFormatWithOneRecording_IsRefused()
    {
        var options = new RecordingOpenOptions { Csv = new CsvReadOptions { RecordingIdColumn = "id", RecordingId = "1" } };
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(SharedData.Data("device-files", "2009_09_19_09_22_42.tcx"), options))!;
        Assert.That(e.Message, Does.Contain("RecordingIdColumn 'id' selects the rows of one recording in a CSV table").And.Contain("Tcx"));
    }

    [Test]
    public void Open_Doremi_EachPatientEqualsItsRowsWrittenAlone()
    {
        var path = SharedData.Data("doremi", "cardio.csv");
        var table = LongFormatCsvTable.Read(path, "id");
        var ids = table.RecordingIds;
        Assert.That(ids, Is.EqualTo(Enumerable.Range(1, 21).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var lines = File.ReadAllLines(path);
        foreach (var id in new[] { "1", "10", "21" })
        {
            var alone = string.Join("\n", lines.Take(1).Concat(lines.Skip(1).Where(l => l.Split(',')[0] == id)));
            var expected = RecordingReader.Open(new StringReader(alone), "alone.csv").Recording;
            var opened = RecordingReader.Open(path, new RecordingOpenOptions { Csv = new CsvReadOptions { RecordingIdColumn = "id", RecordingId = id } });
            Assert.That(opened.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(expected.HeartRate.Bpm.ToArray()), id);
            Assert.That(opened.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(expected.HeartRate.TimesSeconds.ToArray()), id);
            Assert.That(opened.Recording.Load!.Values.ToArray(), Is.EqualTo(expected.Load!.Values.ToArray()), id);
            Assert.That(opened.Recording.Channels, Is.Empty, "the id column is not a channel");
            Assert.That(table.Open(id).Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(expected.HeartRate.Bpm.ToArray()), id);
        }
    }
}
