using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class BurgSpectrumTests
{
    [Test]
    public void Compute_Ar1Process_RecoversCoefficientAndNoiseVariance()
    {
        // x[n] = 0.9 x[n-1] + e[n], e ~ N(0, 1): prediction-error filter a₁ = −0.9, σ² = 1.
        var random = new Random(11);
        var x = new double[20000];
        for (var i = 1; i < x.Length; i++)
            x[i] = (0.9 * x[i - 1]) + (Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var result = BurgSpectrum.Compute(x, 1, new BurgOptions { Order = 1 });
        Assert.That(result.Coefficients[0], Is.EqualTo(-0.9).Within(0.01));
        Assert.That(result.NoiseVariance, Is.EqualTo(1).Within(3).Percent);
        // The AR(1) spectrum integrates to the process variance σ² / (1 − 0.81).
        Assert.That(result.Spectrum.Integrate(0, 0.5), Is.EqualTo(1 / 0.19).Within(6).Percent);
    }

    [Test]
    public void Compute_SineInNoise_PeakAtItsFrequencyAndBandPowerIsItsPower()
    {
        var random = new Random(3);
        var x = Enumerable.Range(0, 1200).Select(i => (20 * Math.Sin(2 * Math.PI * 0.25 * i / 4)) + (7 * (random.NextDouble() - 0.5))).ToArray();
        var spectrum = BurgSpectrum.Compute(x, 4).Spectrum;
        var peak = Enumerable.Range(0, spectrum.Count).MaxBy(i => spectrum.DensityMs2PerHz[i]);
        Assert.That(spectrum.FrequenciesHz[peak], Is.EqualTo(0.25).Within(0.002));
        // Sine 200 plus white noise of variance 49/12 spread over 0–2 Hz, 1/8 of it in the band: about 200.5.
        Assert.That(spectrum.Integrate(0.15, 0.4), Is.EqualTo(200.5).Within(2).Percent);
    }

    [Test]
    public void Compute_OrderZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BurgSpectrum.Compute([1.0, 2, 3, 4], 4, new BurgOptions { Order = 0 }));
    }
}
