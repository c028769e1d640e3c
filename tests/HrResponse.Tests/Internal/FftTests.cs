using HrResponse.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Internal;

/// <summary>The mixed-radix and Bluestein transforms against a direct O(N²) DFT in extended care (compensated sums).</summary>
[TestFixture]
public class FftTests
{
    private static readonly int[] Lengths =
        [2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 25, 30, 49, 60, 64, 97, 101, 120, 127, 128, 194, 202, 243, 360, 625, 1000, 1024, 1031, 2048, 3600];

    [TestCaseSource(nameof(Lengths))]
    public void Forward_RandomInput_MatchesDirectDft(int n)
    {
        var rng = new Random(n);
        var re = new double[n];
        var im = new double[n];
        for (var i = 0; i < n; i++)
        {
            re[i] = rng.NextDouble() - 0.5;
            im[i] = rng.NextDouble() - 0.5;
        }

        var (er, ei) = DirectDft(re, im);
        Fft.Forward(re, im);
        var scale = Math.Sqrt(n);
        for (var k = 0; k < n; k++)
        {
            Assert.That(re[k], Is.EqualTo(er[k]).Within(1e-13 * scale), $"re[{k}] of {n}");
            Assert.That(im[k], Is.EqualTo(ei[k]).Within(1e-13 * scale), $"im[{k}] of {n}");
        }
    }

    [TestCase(2), TestCase(6), TestCase(202), TestCase(360), TestCase(1024), TestCase(2062)]
    public void ForwardReal_RandomInput_MatchesComplexTransform(int n)
    {
        var rng = new Random(n);
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = rng.NextDouble() - 0.5;
        var bins = (n / 2) + 1;
        var re = new double[bins];
        var im = new double[bins];
        Fft.ForwardReal(x, re, im);
        var (er, ei) = DirectDft(x, new double[n]);
        for (var k = 0; k < bins; k++)
        {
            Assert.That(re[k], Is.EqualTo(er[k]).Within(1e-12), $"re[{k}]");
            Assert.That(im[k], Is.EqualTo(ei[k]).Within(1e-12), $"im[{k}]");
        }
    }

    [TestCase(360, true)]
    [TestCase(2 * 97, true)]
    [TestCase(2 * 3 * 5 * 7 * 11 * 13, true)]
    [TestCase(2 * 103, false)]
    [TestCase(64 * 101, true)]
    [TestCase(8209, false)]
    public void Factor_Length_MixedRadixUnlessLargePrime(int n, bool mixed)
    {
        var factors = Fft.MixedRadixPlan.Factor(n);
        Assert.That(factors is not null, Is.EqualTo(mixed));
        if (factors is null) return;
        var product = 1;
        foreach (var f in factors) product *= f;
        Assert.That(product, Is.EqualTo(n));
    }

    [Test]
    public void Forward_LengthWithLargePrimeFactor_BluesteinStageMatchesDirectDft()
    {
        // 6,464 = 64 · 101: radix-4 stages, then one radix-101 stage whose short DFTs use Bluestein.
        const int n = 64 * 101;
        var rng = new Random(5);
        var re = new double[n];
        var im = new double[n];
        for (var i = 0; i < n; i++) re[i] = rng.NextDouble() - 0.5;
        var x = (double[])re.Clone();
        Fft.Forward(re, im);
        foreach (var k in new[] { 0, 1, 7, 100, 101, 3000, 3232, n - 1 })
        {
            double sr = 0, si = 0;
            for (var j = 0; j < n; j++)
            {
                var (s, c) = Math.SinCos(-2 * Math.PI * ((long)k * j % n) / n);
                sr += x[j] * c;
                si += x[j] * s;
            }

            Assert.That(re[k], Is.EqualTo(sr).Within(1e-10), $"re[{k}]");
            Assert.That(im[k], Is.EqualTo(si).Within(1e-10), $"im[{k}]");
        }
    }

    private static (double[] Re, double[] Im) DirectDft(double[] re, double[] im)
    {
        var n = re.Length;
        var or = new double[n];
        var oi = new double[n];
        for (var k = 0; k < n; k++)
        {
            decimal sr = 0, si = 0;
            for (var j = 0; j < n; j++)
            {
                var idx = (long)k * j % n;
                var (s, c) = Math.SinCos(-2 * Math.PI * idx / n);
                sr += (decimal)((re[j] * c) - (im[j] * s));
                si += (decimal)((re[j] * s) + (im[j] * c));
            }

            or[k] = (double)sr;
            oi[k] = (double)si;
        }

        return (or, oi);
    }
}
