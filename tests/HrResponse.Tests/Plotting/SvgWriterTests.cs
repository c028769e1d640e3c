using HrResponse.Plotting.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class SvgWriterTests
{
    [Test]
    public void Escape_MarkupAndControlCharacters_EscapedOrDropped()
    {
        Assert.That(SvgWriter.Escape("a<b & \"c\" 'd'>\u0001\u0007e"), Is.EqualTo("a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;e"));
    }

    [Test]
    public void Escape_SurrogatePairKept_LoneSurrogateDropped()
    {
        Assert.That(SvgWriter.Escape("x\uD83D\uDC93y\uD800z"), Is.EqualTo("x\uD83D\uDC93yz"));
    }

    [Test]
    public void Num_RoundsToTwoDecimalsInvariant()
    {
        Assert.That(SvgWriter.Num(1234.5678), Is.EqualTo("1234.57"));
        Assert.That(SvgWriter.Num(-0.001), Is.EqualTo("0"));
        Assert.That(SvgWriter.Num(2), Is.EqualTo("2"));
    }

    [Test]
    public void Num_NonFinite_Throws()
    {
        Assert.That(() => SvgWriter.Num(double.NaN), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Text_HostileTitle_DocumentStillParses()
    {
        var svg = new SvgWriter(300, 200, 14, "</title><script>alert(1)</script>");
        svg.Text(10, 10, "]]> & <!-- -->");
        var doc = Svg.Parse(svg.Finish());
        Assert.That(doc.Root!.Element(Svg.Ns + "title")!.Value, Is.EqualTo("</title><script>alert(1)</script>"));
        Assert.That(doc.Descendants(Svg.Ns + "script"), Is.Empty);
    }
}
