using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>
/// Issue 15, unclear messages: zero or negative RR values name the line and value and say that an RR interval is
/// positive (in ms or s), on every reader path the tool opens text with (CSV table, RR text log, RR text fallback);
/// a table with only a header says "no data rows" and names the file, instead of a fallback reader's message.
/// </summary>
public class ClearInputMessageTests
{
    private static HrDataFormatException OpenFails(string text, string name) =>
        Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(text), name))!;

    [Test]
    public void RrTextReader_AllNegative_RefusedNamingLineAndValue()
    {
        var e = Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("rr_ms\n-800\n-810\n-790\n"), "neg.txt"))!;
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.OffendingText, Is.EqualTo("-800"));
        Assert.That(e.Message, Does.StartWith("neg.txt").And.Contain("must be positive").And.Contain("is negative")
            .And.Contain("3 of 3").And.Contain("milliseconds or seconds").And.Not.Contain("look like seconds"));
    }

    [Test]
    public void RrTextReader_MostlyZeroTwoColumns_RefusedNamingTheFirstZero()
    {
        var e = Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("0.8 0.8\n1.6 0\n2.4 0\n"), "zero.txt"))!;
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.OffendingText, Is.EqualTo("0"));
        Assert.That(e.Message, Does.Contain("is zero").And.Contain("2 of 3"));
    }

    [Test]
    public void RrTextReader_FewNegative_LeftOutWithNoteAndUnitFromThePositiveValues()
    {
        // The negatives would pull the median below 20 (seconds) if they took part in choosing the unit.
        var read = RrTextReader.Read(new StringReader("800\n-800\n810\n-800\n790\n820\n"), "few.txt");
        Assert.That(read.Report.RrUnit, Is.EqualTo(RrUnit.Milliseconds));
        Assert.That(read.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 810, 790, 820 }));
        Assert.That(read.Report.Skipped, Has.Some.Contain("2 RR values that are zero or negative (first on line 2: '-800'"));
    }

    [Test]
    public void Open_NegativeSpaceSeparatedLog_RrTextPathSaysPositive()
    {
        var e = OpenFails("time rr\n0.8 -0.8\n1.6 -0.81\n2.4 -0.79\n3.2 0.8\n", "log.txt");
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.Message, Does.StartWith("log.txt").And.Contain("must be positive").And.Contain("-0.8"));
    }

    [Test]
    public void Open_NegativeCsvColumn_SaysPositiveNotSeconds()
    {
        var e = OpenFails("rr_ms\n-800\n-800\n-800\n", "neg.csv");
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.Message, Does.StartWith("neg.csv").And.Contain("must be positive").And.Not.Contain("look like seconds"));
    }

    [TestCase("rr_ms\n")]
    [TestCase("time rr\n")]
    [TestCase("timestamp,rr\n\n\n")]
    public void Open_HeaderOnly_SaysNoDataRowsNotAFallbackReader(string text)
    {
        var e = OpenFails(text, "header.csv");
        Assert.That(e.Message, Does.StartWith("header.csv").And.Contain("no data rows").And.Not.Contain("RrText"));
    }
}
