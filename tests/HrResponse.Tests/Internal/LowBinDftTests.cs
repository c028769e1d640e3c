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
    public void ComputeLowBins_ShortSeries_DoesNotApply()
    {
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
