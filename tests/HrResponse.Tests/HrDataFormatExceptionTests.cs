using NUnit.Framework;

namespace HrResponse.Tests;

public class HrDataFormatExceptionTests
{
    [Test]
    public void Message_NamesSourceLineColumnAndText()
    {
        var ex = new HrDataFormatException("a.csv", 4, "rr_ms", "abc", "not a number");
        Assert.That(ex.Message, Is.EqualTo("a.csv, line 4, column 'rr_ms': not a number (text: 'abc')"));
        Assert.That(ex.Line, Is.EqualTo(4));
        Assert.That(ex.OffendingText, Is.EqualTo("abc"));
    }

    [Test]
    public void Message_BinaryOrLongText_IsPrintableAndCut()
    {
        var garbage = "\u0001\u0002\uFFFD" + new string('x', 200);
        var ex = new HrDataFormatException("g.csv", 2, garbage, garbage, "bad row");
        Assert.That(ex.Message, Does.Not.Contain("\u0001").And.Not.Contain("\uFFFD"));
        Assert.That(ex.Message, Does.Contain("???x").And.Contain("…"));
        Assert.That(ex.Message.Length, Is.LessThan(250));
        Assert.That(ex.OffendingText, Is.EqualTo(garbage), "the property keeps the exact text");
    }
}
