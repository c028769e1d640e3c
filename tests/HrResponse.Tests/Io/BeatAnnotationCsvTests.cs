using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>
/// Beat-annotation tables (<c>time_s,symbol</c>: a WFDB mnemonic per beat, as exported from an <c>atr</c> file) read
/// as beat times, with only NN intervals kept by default, as <see cref="WfdbReader"/> does.
/// </summary>
public class BeatAnnotationCsvTests
{
    private static RecordingReadResult Read(string text, CsvReadOptions? options = null) =>
        RecordingCsvReader.Read(new StringReader(text), "annotations.csv", options);

    private const string Table = "sample,time_s,symbol\n0,0.05,+\n1,1.0,N\n2,1.8,N\n3,2.3,V\n4,3.4,N\n5,4.2,N\n6,5.0,N\n7,5.5,A\n8,6.6,N\n9,7.4,N\n";

    [Test]
    public void Read_TimeAndSymbol_NnIntervalsOnlyWithGapsAfterTheLeftOut()
    {
        var r = Read(Table);

        Assert.That(r.Report.Content, Is.EqualTo(CsvContent.BeatTimes));
        var beats = r.Recording.Beats;
        // Beats at 1.0 1.8 [2.3 V] 3.4 4.2 5.0 [5.5 A] 6.6 7.4: intervals touching V or A are left out.
        Assert.That(beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 800, 800, 800 }).Within(1e-9));
        Assert.That(beats.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 1.8, 4.2, 5.0, 7.4 }).Within(1e-12));
        Assert.That(beats.GapBefore.ToArray(), Is.EqualTo(new[] { false, true, false, true }));
        Assert.That(r.Report.ColumnsUsed, Has.Some.EqualTo(
            "symbol: beat annotations (WFDB mnemonics) of 9 beats, 2 not normal; 1 annotation that is not a beat left out; " +
            "NN intervals only: 4 intervals that begin or end at a beat that is not normal left out"));
        Assert.That(r.Report.ColumnsIgnored, Has.Some.StartsWith("sample: sample numbers"));
        Assert.That(r.Recording.Channels, Is.Empty);
    }

    [Test]
    public void Read_NormalBeatsOnlyFalse_KeepsEveryIntervalBetweenBeats()
    {
        var r = Read(Table, new CsvReadOptions { NormalBeatsOnly = false });

        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 500, 1100, 800, 800, 500, 1100, 800 }).Within(1e-9));
        Assert.That(r.Recording.Beats.GapBefore.ToArray(), Has.None.True);
        Assert.That(r.Report.ColumnsUsed, Has.Some.Contains("every interval kept (NormalBeatsOnly = false)"));
    }

    [Test]
    public void Read_BeatTimeColumnWithBeatType_UsesTheSymbols()
    {
        var r = Read("beat_time,beat_type\n1.0,N\n1.8,N\n2.3,V\n3.4,N\n4.2,N\n");

        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 800 }).Within(1e-9));
        Assert.That(r.Recording.Beats.GapBefore.ToArray(), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void Read_SymbolsAreCaseSensitive_LowerCaseAIsAnAberratedBeat()
    {
        // 'a' (aberrated atrial premature) is a beat that is not normal; 'n' (supraventricular escape) is normal.
        var r = Read("time_s,symbol\n1.0,N\n1.8,a\n2.6,N\n3.4,n\n4.2,N\n");

        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 800 }).Within(1e-9));
        Assert.That(r.Recording.Beats.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 3.4, 4.2 }).Within(1e-12));
    }

    [Test]
    public void Read_SymbolThatIsNoMnemonic_FailsNamingLineColumnAndCell()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("time_s,symbol\n1.0,N\n1.8,N\n2.6,X\n3.4,N\n"));

        Assert.That(ex!.Line, Is.EqualTo(4));
        Assert.That(ex.Column, Is.EqualTo("symbol"));
        Assert.That(ex.OffendingText, Is.EqualTo("X"));
        Assert.That(ex.Message, Does.Contain("not a WFDB beat-annotation mnemonic"));
    }

    [Test]
    public void Read_EmptySymbol_RowSkippedAndReported()
    {
        var r = Read("time_s,symbol\n1.0,N\n1.8,N\n2.6,\n3.4,N\n4.2,N\n");

        Assert.That(r.Report.Skipped.Select(s => (s.Line, s.Reason)), Is.EqualTo(new[] { (4, "empty beat-annotation cell in 'symbol'") }));
        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 1600, 800 }).Within(1e-9));
    }

    [Test]
    public void Read_ExplicitBeatSymbolColumn_ReadsAColumnOfAnyName()
    {
        var r = Read("t,code\n1.0,N\n1.8,V\n2.6,N\n3.4,N\n", new CsvReadOptions { BeatSymbolColumn = "code" });

        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0 }).Within(1e-9));
    }

    [Test]
    public void Read_OnlyNonNormalBeats_FailsSayingHowToKeepThem()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("time_s,symbol\n1.0,V\n1.8,N\n2.6,V\n3.4,N\n"));

        Assert.That(ex!.Message, Does.Contain("no interval between two normal beats").And.Contain("NormalBeatsOnly = false"));
    }

    [Test]
    public void Read_RrIntervalsWithBeatTypes_NnIntervalsOnly()
    {
        // Each row's type is the beat that ends its interval: V ends row 1, so rows 1 and 2 touch it.
        var r = Read("rr_ms,beat_type\n800,N\n810,V\n790,N\n820,N\n805,N\n");

        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 820, 805 }));
        Assert.That(r.Recording.Beats.GapBefore.ToArray(), Is.EqualTo(new[] { false, true, false }));
        Assert.That(r.Report.ColumnsUsed, Has.Some.EqualTo(
            "beat_type: beat annotations (WFDB mnemonics) of 5 rows, 1 not normal; NN intervals only: 2 intervals that begin or end at a beat that is not normal left out"));
    }

    [Test]
    public void Read_RrIntervalsWithTimesAndBeatTypes_KeepsTheTimesOfTheKeptRows()
    {
        var r = Read("time_s,rr_ms,symbol\n0.8,800,N\n1.6,800,N\n2.1,500,A\n3.2,1100,N\n4.0,800,N\n4.8,800,\n5.6,800,N\n6.4,800,N\n");

        Assert.That(r.Recording.Beats.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 0.8, 1.6, 4.0, 6.4 }).Within(1e-12));
        Assert.That(r.Recording.Beats.GapBefore.ToArray(), Is.EqualTo(new[] { false, false, true, true }));
        Assert.That(r.Report.ColumnsUsed, Has.Some.Contains("1 empty (taken as not normal)"));
    }

    [Test]
    public void Read_RrIntervalsWithBeatTypesAllKept_WhenNormalBeatsOnlyIsFalse()
    {
        var r = Read("rr_ms,symbol\n800,N\n810,V\n790,N\n", new CsvReadOptions { NormalBeatsOnly = false });

        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 810, 790 }));
        Assert.That(r.Recording.Beats.GapBefore.ToArray(), Has.None.True);
    }

    [Test]
    public void Read_RrRowAnnotatedAsNoBeat_FailsNamingTheLine()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => Read("rr_ms,symbol\n800,N\n810,+\n790,N\n"));

        Assert.That(ex!.Line, Is.EqualTo(3));
        Assert.That(ex.Message, Does.Contain("not a beat, on a row of RR intervals"));
    }

    [Test]
    public void Read_SymbolBesideHeartRateSamples_IgnoredWithTheReason()
    {
        var r = Read("time_s,hr_bpm,symbol\n0,70,N\n1,71,N\n2,72,V\n");

        Assert.That(r.Report.ColumnsIgnored, Has.Some.StartsWith("symbol: beat annotations, which are used with beat times or RR intervals only"));
    }

    [Test]
    public void Options_BeatSymbolColumnAlsoNamedByAnotherOption_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Read(Table, new CsvReadOptions { BeatSymbolColumn = "time_s", TimeColumn = "time_s" }));

        Assert.That(ex!.Message, Does.Contain("BeatSymbolColumn 'time_s' is also named by another column option"));
    }

    [Test]
    public void Read_Mitdb100AnnotationTable_SameNnIntervalsAsTheReferenceBeats()
    {
        var rows = File.ReadLines(SharedData.Data("mitdb", "100_atr.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        // Independently: the beats (every symbol but '+'), and the intervals whose two beats are both 'N'.
        var beats = rows.Where(c => c[2] != "+").Select(c => (Sample: long.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture), Normal: c[2] == "N")).ToArray();
        var expected = Enumerable.Range(1, beats.Length - 1).Where(k => beats[k].Normal && beats[k - 1].Normal)
            .Select(k => (beats[k].Sample - beats[k - 1].Sample) / 360.0 * 1000).ToArray();

        var r = RecordingCsvReader.Read(SharedData.Data("mitdb", "100_atr.csv"));

        Assert.That(rows.Length, Is.EqualTo(2274));
        Assert.That(r.Recording.Beats.Count, Is.EqualTo(expected.Length));
        // time_s has 6 decimals: each interval within 1 µs of the sample difference at 360 Hz.
        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(expected).Within(0.0011));
        Assert.That(r.Recording.Beats.GapBefore.ToArray().Count(g => g), Is.EqualTo(34));
    }

    [Test]
    public void Open_Mitdb100AnnotationTable_IsReadAsBeatTimes()
    {
        var opened = RecordingReader.Open(SharedData.Data("mitdb", "100_atr.csv"));

        Assert.That(opened.CsvReport!.Content, Is.EqualTo(CsvContent.BeatTimes));
        Assert.That(opened.Recording.Beats.Count, Is.EqualTo(2204));
    }
}
