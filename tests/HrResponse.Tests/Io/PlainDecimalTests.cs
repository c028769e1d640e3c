using System.Globalization;
using System.Text;
using HrResponse.Io.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>The CSV reader's fast decimal parse gives exactly double.Parse's value, or refuses the text.</summary>
public class PlainDecimalTests
{
    [TestCase("927.7", 927.7)]
    [TestCase("-179.072", -179.072)]
    [TestCase("0", 0.0)]
    [TestCase("0.1", 0.1)]
    [TestCase("123456789012345", 123456789012345.0)]
    [TestCase("0.00000000000001", 1e-14)]
    [TestCase("9.99999999999999", 9.99999999999999)]
    public void TryParse_PlainDecimal_IsDoubleParse(string text, double expected)
    {
        Assert.That(PlainDecimal.TryParse(text.AsSpan(), '.', out var v), Is.True);
        Assert.That(v, Is.EqualTo(expected));
        Assert.That(BitConverter.DoubleToInt64Bits(v), Is.EqualTo(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture))));
        Assert.That(PlainDecimal.TryParse<byte>(Encoding.UTF8.GetBytes(text), '.', out var b), Is.True);
        Assert.That(b, Is.EqualTo(v));
    }

    [TestCase("")]
    [TestCase("-")]
    [TestCase("-0")]
    [TestCase("-0.0")]
    [TestCase("+1")]
    [TestCase(" 1")]
    [TestCase("1 ")]
    [TestCase("1.")]
    [TestCase(".5")]
    [TestCase("1.2.3")]
    [TestCase("1e3")]
    [TestCase("NaN")]
    [TestCase("1234567890123456")]
    [TestCase("0.1234567890123456")]
    [TestCase("1,5")]
    public void TryParse_OtherText_IsRefused(string text)
    {
        Assert.That(PlainDecimal.TryParse(text.AsSpan(), '.', out _), Is.False);
        Assert.That(PlainDecimal.TryParse<byte>(Encoding.UTF8.GetBytes(text), '.', out _), Is.False);
    }

    [Test]
    public void TryParse_DecimalComma_IsDecimalCommaParse()
    {
        Assert.That(PlainDecimal.TryParse("0,812".AsSpan(), ',', out var v), Is.True);
        Assert.That(v, Is.EqualTo(double.Parse("0,812", NumberStyles.Float, CsvText.DecimalCommaFormat)));
        Assert.That(PlainDecimal.TryParse("0.812".AsSpan(), ',', out _), Is.False);
        Assert.That(PlainDecimal.TryParse("0.812".AsSpan(), '\0', out _), Is.False);
    }

    [Test]
    public void SeparatorFor_OnlyTheReadersTwoFormats()
    {
        Assert.That(PlainDecimal.SeparatorFor(CultureInfo.InvariantCulture), Is.EqualTo('.'));
        Assert.That(PlainDecimal.SeparatorFor(CsvText.DecimalCommaFormat), Is.EqualTo(','));
        Assert.That(PlainDecimal.SeparatorFor(CultureInfo.InvariantCulture.NumberFormat), Is.EqualTo('\0'));
    }

    [Test]
    public void TryParse_RandomDecimals_BitForBitDoubleParse()
    {
        var rng = new Random(16);
        var sb = new StringBuilder();
        var accepted = 0;
        for (var n = 0; n < 300_000; n++)
        {
            sb.Clear();
            if (rng.Next(4) == 0) sb.Append('-');
            var digits = rng.Next(1, 18);
            var point = rng.Next(-1, digits);
            for (var d = 0; d < digits; d++)
            {
                if (d == point && d > 0) sb.Append('.');
                sb.Append((char)('0' + rng.Next(10)));
            }

            var text = sb.ToString();
            if (PlainDecimal.TryParse(text.AsSpan(), '.', out var v))
            {
                accepted++;
                var expected = double.Parse(text, CultureInfo.InvariantCulture);
                if (BitConverter.DoubleToInt64Bits(v) != BitConverter.DoubleToInt64Bits(expected))
                    Assert.Fail($"'{text}': {v:R} but double.Parse gives {expected:R}");
            }
        }

        Assert.That(accepted, Is.GreaterThan(150_000));
    }
}
