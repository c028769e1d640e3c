using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class LombScargleSpectrumTests
{
    private static (double[] T, double[] Y) UnevenSine(int n, double amplitude, double frequency, int seed)
    {
        var random = new Random(seed);
        var t = new double[n];
        var y = new double[n];
        double time = 0;
        for (var i = 0; i < n; i++)
        {
            time += 0.6 + (0.5 * random.NextDouble());
            t[i] = time;
            y[i] = 900 + (amplitude * Math.Sin(2 * Math.PI * frequency * time));
        }

        return (t, y);
    }

    [Test]
    public void Compute_UnevenSine_DensityIntegratesToHalfSquaredAmplitude()
    {
        var (t, y) = UnevenSine(800, 30, 0.1, 1);
        var psd = LombScargleSpectrum.Compute(t, y);
        Assert.That(psd.Integrate(0.05, 0.15), Is.EqualTo(450).Within(2).Percent);
    }

    [TestCase(0.003, 0.04)]
    [TestCase(0.04, 0.15)]
    [TestCase(0.15, 0.4)]
    [TestCase(0.4, 0.5)]
    public void Compute_PressRybickiAgreesWithExactWithin0Point1Percent(double low, double high)
    {
        var (t, y) = UnevenSine(600, 30, 0.1, 2);
        var random = new Random(9);
        for (var i = 0; i < y.Length; i++) y[i] += 10 * (random.NextDouble() - 0.5);
        var exact = LombScargleSpectrum.Compute(t, y, new LombScargleOptions { Algorithm = LombAlgorithm.Exact, MaximumFrequencyHz = 0.5 });
        var fast = LombScargleSpectrum.Compute(t, y, new LombScargleOptions { Algorithm = LombAlgorithm.PressRybicki, MaximumFrequencyHz = 0.5 });
        Assert.That(fast.Integrate(low, high), Is.EqualTo(exact.Integrate(low, high)).Within(0.1).Percent);
    }

    [Test]
    public void Compute_AstropyPsdScaling_IsHalfMeanRateTimesDensity()
    {
        var (t, y) = UnevenSine(300, 30, 0.1, 3);
        var density = LombScargleSpectrum.Compute(t, y);
        var psd = LombScargleSpectrum.Compute(t, y, new LombScargleOptions { Scaling = LombScaling.AstropyPsd });
        Assert.That(psd.DensityMs2PerHz[10], Is.EqualTo(density.DensityMs2PerHz[10] * density.SamplingRateHz / 2).Within(1e-9).Percent);
    }

    [Test]
    public void Compute_TwoSamples_Empty()
    {
        Assert.That(LombScargleSpectrum.Compute([0.0, 1], [1.0, 2]).Count, Is.Zero);
    }
}
