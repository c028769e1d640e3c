using HrResponse.Internal;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Internal;

/// <summary>The pruned low-bin DFT against a direct DFT, and the band-limited Welch spectrum against the full one.</summary>
[TestFixture]
public class LowBinDftTests
{
    [TestCase(20_011, 10_000, 50, 3)] // prime N, several blocks, three inputs
    [TestCase(4_096, 4_096, 300, 1)] // L = N, one block
    [TestCase(30_000, 9_001, 1_200, 2)] // K large against the block
    public void Transform_RandomInputs_MatchesDirectDft(int n, int length, int bins, int inputs)
    {
        var rng = new Random(n + bins);
        var step = length / 2;
        var values = new double[length + ((inputs - 1) * step)];
        for (var i = 0; i < values.Length; i++) values[i] = rng.NextDouble() - 0.3;
        var window = new double[length];
        for (var i = 0; i < length; i++) window[i] = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / length));
        var starts = Enumerable.Range(0, inputs).Select(j => j * step).ToArray();
        var offsets = Enumerable.Range(0, inputs).Select(j => 0.1 * j).ToArray();
        var re = Enumerable.Range(0, inputs).Select(_ => new double[bins]).ToArray();
        var im = Enumerable.Range(0, inputs).Select(_ => new double[bins]).ToArray();

        new LowBinDft(n, length, bins).Transform(values, starts, offsets, window, re, im);

        for (var j = 0; j < inputs; j++)
        {
            var x = new double[length];
            for (var i = 0; i < length; i++) x[i] = (values[starts[j] + i] - offsets[j]) * window[i];
            var scale = Math.Sqrt(length);
            foreach (var k in new[] { 0, 1, 2, bins / 3, bins / 2, bins - 2, bins - 1 })
            {
                // Direct sum with the angle reduced exactly (k·i mod N).
                double sr = 0, si = 0;
                for (var i = 0; i < length; i++)
                {
                    var (s, c) = Math.SinCos(-2 * Math.PI * ((long)k * i % n) / n);
                    sr += x[i] * c;
                    si += x[i] * s;
                }

                Assert.That(re[j][k], Is.EqualTo(sr).Within(1e-11 * scale), $"re[{j}][{k}]");
                Assert.That(im[j][k], Is.EqualTo(si).Within(1e-11 * scale), $"im[{j}][{k}]");
            }
        }
    }

    [Test]
    public void ComputeLowBins_LongLowPassSeries_EqualsFullWelchUpToTheEdgeAndCertifiesItsMaximum()
    {
        // 2^20 + 37 samples at 4 Hz of a slow random walk: NeuroKit2's segment rule gives nfft = 2 · 524,306 (half-length
        // 2 · 262,153, a Bluestein stage); the bins up to 0.1 Hz are 1/20 of all.
        var values = RandomWalk((1 << 20) + 37, 7);
        var options = WelchOptions.NeuroKit2;
        var full = WelchSpectrum.Compute(values, 4, options);
        var low = WelchSpectrum.ComputeLowBins(values, 4, options, 0.1, out var maximum);

        Assert.That(low, Is.Not.Null);
        var fullMax = full.Density.Max();
        Assert.That(maximum, Is.EqualTo(fullMax).Within(1e-9 * fullMax));
        Assert.That(low!.Frequencies[^1], Is.GreaterThan(0.1));
        Assert.That(low.Settings, Is.EqualTo(full.Settings));
        for (var k = 0; k < low.Count; k++)
        {
            Assert.That(low.Frequencies[k], Is.EqualTo(full.Frequencies[k]), $"f[{k}]");
            Assert.That(low.Density[k], Is.EqualTo(full.Density[k]).Within(1e-9 * fullMax), $"P[{k}]");
        }
    }

    [Test]
    public void ComputeLowBins_WhiteNoise_DoesNotCertifyAMaximum()
    {
        // A flat spectrum: the power above the edge is most of the total, so no computed bin is certified the largest.
        var rng = new Random(11);
        var values = new double[(1 << 20) + 37];
        for (var i = 0; i < values.Length; i++) values[i] = rng.NextDouble() - 0.5;
        var low = WelchSpectrum.ComputeLowBins(values, 4, WelchOptions.NeuroKit2, 0.1, out var maximum);
        Assert.That(low, Is.Not.Null);
        Assert.That(maximum, Is.NaN);
    }

    [Test]
    public void ComputeLowBins_OneHourNeuroKit2Layout_AppliesAndEqualsFullWelch()
    {
        // The 1-h series of issue 16 resampled at 100 Hz has 359,878 samples: NeuroKit2's nfft is 359,878 = 2 · 179,939
        // (prime, a whole-length Bluestein transform), below 2^20; the bins up to 0.5 Hz are 1,801 of 179,940.
        var values = RandomWalk(359_878, 5);
        var options = WelchOptions.NeuroKit2;
        var full = WelchSpectrum.Compute(values, 100, options);
        var low = WelchSpectrum.ComputeLowBins(values, 100, options, 0.5, out _);

        Assert.That(low, Is.Not.Null, "a full FFT with a Bluestein stage: the pruned DFT applies");
        Assert.That(low!.Count, Is.EqualTo(1_801));
        Assert.That(low.Settings, Is.EqualTo(full.Settings));
        var fullMax = full.Density.Max();
        for (var k = 0; k < low.Count; k++)
        {
            Assert.That(low.Frequencies[k], Is.EqualTo(full.Frequencies[k]), $"f[{k}]");
            Assert.That(low.Density[k], Is.EqualTo(full.Density[k]).Within(1e-12 * fullMax), $"P[{k}]");
        }
    }

    [TestCase(359_878, true)] // 2 · 179,939 (prime)
    [TestCase(29_914, true)] // 2 · 14,957 (prime): NeuroKit2's nfft of a 5-min recording
    [TestCase(360_000, false)] // 2 · 2^5 · 3^2 · 5^4
    [TestCase(1 << 20, false)]
    [TestCase(2 * 4_099 * 64, true)] // a mixed-radix plan with a Bluestein stage of 4,099 (64 short chirp transforms)
    [TestCase(2 * 97 * 64, false)] // the largest generic radix
    public void RealTransformNeedsBluestein_ByTheLargestPrimeFactor(int n, bool expected)
    {
        Assert.That(Fft.RealTransformNeedsBluestein(n), Is.EqualTo(expected));
    }

    [Test]
    public void ComputeLowBins_ShortSeriesWithSmoothFft_DoesNotApply()
    {
        // 100,000 samples: nfft 100,000 = 2 · 2^4 · 5^5, a fast mixed-radix transform, below 2^20.
        var low = WelchSpectrum.ComputeLowBins(RandomWalk(100_000, 3), 4, WelchOptions.NeuroKit2, 0.4, out _);
        Assert.That(low, Is.Null);
    }

    private static double[] RandomWalk(int n, int seed)
    {
        var rng = new Random(seed);
        var values = new double[n];
        double level = 0, smooth = 0;
        for (var i = 0; i < n; i++)
        {
            level += rng.NextDouble() - 0.5;
            smooth += 0.01 * (level - smooth);
            values[i] = smooth;
        }

        var mean = values.Average();
        for (var i = 0; i < n; i++) values[i] -= mean;
        return values;
    }
}
