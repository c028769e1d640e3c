using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Every bad-input case: the exception names the source, line, column and offending text, and the problem.</summary>
public class RecordingCsvReaderBadInputTests
{
    private const string Source = "fixture.csv";

    private static HrDataFormatException Fails(string text, CsvReadOptions? options = null)
    {
        HrDataFormatException? caught = null;
        try
        {
            RecordingCsvReader.Read(new StringReader(text), Source, options);
        }
        catch (HrDataFormatException e)
        {
            caught = e;
        }

        Assert.That(caught, Is.Not.Null, "expected an HrDataFormatException");
        Assert.That(caught!.Message, Does.StartWith(Source));
        Assert.That(caught.Source, Is.EqualTo(Source));
        return caught;
    }

    private static void AssertLocation(HrDataFormatException e, int? line, string? column, string? text)
    {
        Assert.That(e.Line, Is.EqualTo(line));
        Assert.That(e.Column, Is.EqualTo(column));
        Assert.That(e.OffendingText, Is.EqualTo(text));
        if (line is not null) Assert.That(e.Message, Does.Contain($"line {line}"));
        if (column is not null) Assert.That(e.Message, Does.Contain($"column '{column}'"));
        if (text is not null) Assert.That(e.Message, Does.Contain($"(text: '{text}')"));
    }

    [Test]
    public void Read_EmptyText_SaysEmptyWithoutLocation()
    {
        var e = Fails(string.Empty);
        AssertLocation(e, null, null, null);
        Assert.That(e.Message, Does.Contain("empty"));
    }

    [Test]
    public void Read_OnlyBlankLinesAndComments_SaysNoHeaderAndNoData()
    {
        var e = Fails("# exported by device\n\n# nothing else\n");
        AssertLocation(e, null, null, null);
        Assert.That(e.Message, Does.Contain("all 3 lines are blank or comments"));
    }

    [Test]
    public void Read_HeaderOnly_NamesHeaderLine()
    {
        var e = Fails("# comment\nrr_ms\n");
        AssertLocation(e, 2, null, "rr_ms");
        Assert.That(e.Message, Does.Contain("header but no data rows"));
    }

    [Test]
    public void Read_NoUsableColumn_ListsColumnsFoundAndNamesAccepted()
    {
        var e = Fails("foo,bar\n1,2\n");
        AssertLocation(e, 1, null, "foo,bar");
        Assert.That(e.Message, Does.Contain("'foo', 'bar'"));
        Assert.That(e.Message, Does.Contain("rr_ms").And.Contain("hr_bpm").And.Contain("time_s"));
    }

    [Test]
    public void Read_LoneTimeColumnWithAutoContent_SuggestsBeatTimes()
    {
        var e = Fails("time_s\n0.5\n1.3\n");
        AssertLocation(e, 1, null, "time_s");
        Assert.That(e.Message, Does.Contain("Content = BeatTimes"));
    }

    [Test]
    public void Read_HeartRateWithoutTimeColumn_SaysTimeIsMissing()
    {
        var e = Fails("hr_bpm\n80\n82\n");
        AssertLocation(e, 1, null, "hr_bpm");
        Assert.That(e.Message, Does.Contain("no time column"));
    }

    [Test]
    public void Read_TextInRrColumn_NamesLineColumnAndText()
    {
        var e = Fails("rr_ms\n800\nabc\n810\n");
        AssertLocation(e, 3, "rr_ms", "abc");
        Assert.That(e.Message, Does.Contain("a number"));
    }

    [Test]
    public void Read_DecimalCommaInCommaSeparatedFile_SaysDecimalCommaFix()
    {
        var e = Fails("time_s,rr_ms\n0.8,800\n1.6,\"800,5\"\n");
        AssertLocation(e, 3, "rr_ms", "800,5");
        Assert.That(e.Message, Does.Contain("decimal comma"));
    }

    [Test]
    public void Read_TextInTimeColumnOfHeartRateFile_NamesTimeColumn()
    {
        var e = Fails("time_s,hr_bpm\n0,80\nnoon,82\n");
        AssertLocation(e, 3, "time_s", "noon");
    }

    [TestCase("NaN", "NaN")]
    [TestCase("Infinity", "infinity")]
    [TestCase("-Infinity", "infinity")]
    public void Read_NonFiniteRr_NamesLineAndValue(string value, string word)
    {
        var e = Fails($"rr_ms\n800\n{value}\n810\n");
        AssertLocation(e, 3, "rr_ms", value);
        Assert.That(e.Problem, Does.Contain(word));
    }

    [TestCase("0")]
    [TestCase("-5")]
    public void Read_ZeroOrNegativeInterval_NamesLineAndValue(string value)
    {
        var e = Fails($"rr_ms,power_w\n800,0\n{value},0\n810,0\n");
        AssertLocation(e, 3, "rr_ms", value);
        Assert.That(e.Message, Does.Contain("must be positive").And.Contain(value == "0" ? "is zero" : "is negative")
            .And.Contain("milliseconds or seconds"));
    }

    [Test]
    public void Read_HeartRateTimesGoBack_NamesBothLinesAndValues()
    {
        var e = Fails("time_s,hr_bpm\n0,80\n5,82\n4,83\n");
        AssertLocation(e, 4, "time_s", "4");
        Assert.That(e.Message, Does.Contain("4 on line 4 is not after 5 on line 3"));
    }

    [Test]
    public void Read_TimeRestartsWhereSubjectIdChanges_SaysToSplitByThatColumn()
    {
        // Long format (as doremi's cardio.csv): the load column also changes there, but 'id' is the likely key.
        var e = Fails("time_s,load_w,hr_bpm,id\n0,25,80,1\n10,25,82,1\n20,25,85,1\n30,25,88,1\n0,0,70,2\n10,0,72,2\n");
        AssertLocation(e, 6, "time_s", "0");
        Assert.That(e.Message, Does.Contain("column 'id' changes from 1 to 2 here").And.Contain("one file per 'id' value"));
    }

    [Test]
    public void Read_TimeGoesBackWithNothingElseChanging_NoSplitHint()
    {
        var e = Fails("time_s,hr_bpm,id\n0,80,1\n5,82,1\n4,83,1\n");
        Assert.That(e.Message, Does.Not.Contain("split"));
        Assert.That(e.RecordingIdColumn, Is.Null);
    }

    [Test]
    public void Read_BeatTimesRepeat_NamesBothLines()
    {
        var e = Fails("beat_time\n0.5\n1.3\n1.3\n", CsvReadOptions.Default);
        AssertLocation(e, 4, "beat_time", "1.3");
        Assert.That(e.Message, Does.Contain("1.3 on line 4 is not after 1.3 on line 3"));
    }

    [Test]
    public void Read_ExplicitTimeColumnNotIncreasing_NamesBothLines()
    {
        var e = Fails("t,rr_ms\n0.8,800\n1.6,800\n1.5,800\n", new CsvReadOptions { TimeColumn = "t" });
        AssertLocation(e, 4, "t", "1.5");
        Assert.That(e.Message, Does.Contain("1.5 on line 4 is not after 1.6 on line 3"));
    }

    [Test]
    public void Read_RowWithExtraCell_NamesLineAndCellCount()
    {
        var e = Fails("time_s,rr_ms\n0.8,800\n1.6,800,7\n");
        AssertLocation(e, 3, "3", "1.6,800,7");
        Assert.That(e.Message, Does.Contain("3 cells").And.Contain("has 2"));
    }

    [Test]
    public void Read_RowWithMissingCell_NamesMissingColumn()
    {
        var e = Fails("time_s;rr_ms\n0.8;800\n1.6\n");
        AssertLocation(e, 3, "rr_ms", "1.6");
        Assert.That(e.Message, Does.Contain("1 cells").And.Contain("semicolon"));
    }

    [Test]
    public void Read_HeartRateValuesLikeSeconds_SaysTheFix()
    {
        var e = Fails("time_s,hr\n0,0.8\n1,0.82\n2,0.81\n");
        AssertLocation(e, 2, "hr", "0.8");
        Assert.That(e.Message, Does.Contain("RR intervals in seconds").And.Contain("rr_s"));
    }

    [Test]
    public void Read_HeartRateValuesLikeMilliseconds_SaysTheFix()
    {
        var e = Fails("time_s,bpm\n0,800\n1,820\n");
        AssertLocation(e, 2, "bpm", "800");
        Assert.That(e.Message, Does.Contain("milliseconds").And.Contain("rr_ms"));
    }

    [Test]
    public void Read_HeartRateOutOfRange_NamesValue()
    {
        var e = Fails("time_s,hr_bpm\n0,80\n1,0\n2,82\n");
        AssertLocation(e, 3, "hr_bpm", "0");
        Assert.That(e.Message, Does.Contain("outside (0, 400]"));
    }

    [Test]
    public void Read_HeaderSaysMillisecondsButValuesAreSeconds_SaysTheFix()
    {
        var e = Fails("rr_ms\n0.8\n0.81\n");
        AssertLocation(e, 2, "rr_ms", "0.8");
        Assert.That(e.Message, Does.Contain("look like seconds").And.Contain("RrUnit = Seconds"));
    }

    [Test]
    public void Read_EmptyRrCellWithoutTimeColumn_IsFormatError()
    {
        var e = Fails("rr_ms,power_w\n800,100\n,100\n810,100\n");
        AssertLocation(e, 3, "rr_ms", string.Empty);
        Assert.That(e.Message, Does.Contain("no time column"));
    }

    [Test]
    public void Read_OptionNamesMissingColumn_ListsColumnsFound()
    {
        var e = Fails("time_s,rr_ms\n0.8,800\n", new CsvReadOptions { RrColumn = "ibi" });
        AssertLocation(e, 1, "ibi", "time_s,rr_ms");
        Assert.That(e.Message, Does.Contain("RrColumn").And.Contain("'time_s', 'rr_ms'"));
    }

    [Test]
    public void Read_SingleBeatTime_SaysTwoAreNeeded()
    {
        var e = Fails("beat_time\n0.5\n");
        AssertLocation(e, 2, "beat_time", "0.5");
        Assert.That(e.Message, Does.Contain("at least two"));
    }
}
