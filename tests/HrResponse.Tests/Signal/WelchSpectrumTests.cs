using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class WelchSpectrumTests
{
    private static double[] TestSignal() =>
        Enumerable.Range(0, 20).Select(i => Math.Sin(0.7 * i) + (0.3 * Math.Cos(2.1 * i)) + (0.05 * i)).ToArray();

    [Test]
    public void Compute_HannNfft16_EqualsScipyWelchDensity()
    {
        // scipy.signal.welch(s, fs=4, nperseg=8, noverlap=4, nfft=16, window="hann", detrend="constant")
        double[] scipy = [0.12968115222288634, 0.4029868627436969, 0.564848626536286, 0.45937935080808945, 0.237093487417481, 0.10221636339608253, 0.04923448047149927, 0.02047949567690183, 0.0042043259766181085];
        var psd = WelchSpectrum.Compute(TestSignal(), 4, new WelchOptions { Segment = TimeSpan.FromSeconds(2), Nfft = 16 });
        Assert.That(psd.FrequenciesHz, Is.EqualTo(Enumerable.Range(0, 9).Select(k => k * 0.25).ToArray()).Within(1e-12));
        Assert.That(psd.DensityMs2PerHz, Is.EqualTo(scipy).Within(1e-12));
    }

    [Test]
    public void Compute_HammingOddLengthLinearDetrend_EqualsScipyWelchDensity()
    {
        // scipy.signal.welch(s, fs=4, nperseg=7, noverlap=3, window="hamming", detrend="linear")
        double[] scipy = [0.10623426460927543, 0.35653525809803804, 0.1319149118065981, 0.028421861750344578];
        var options = new WelchOptions
        {
            Segment = TimeSpan.FromSeconds(1.75), OverlapFraction = 3.0 / 7, Window = WindowFunction.Hamming,
            NfftRule = NfftRule.SegmentLength, SegmentDetrending = DetrendingMethod.Linear,
        };
        var psd = WelchSpectrum.Compute(TestSignal(), 4, options);
        Assert.That(psd.DensityMs2PerHz, Is.EqualTo(scipy).Within(1e-12));
    }

    [Test]
    public void Compute_WhiteNoise_SumOfDensityTimesBinWidthIsWindowWeightedVariance()
    {
        var random = new Random(7);
        var x = Enumerable.Range(0, 4000).Select(_ => random.NextDouble() - 0.5).ToArray();
        var options = new WelchOptions { Segment = TimeSpan.FromSeconds(256), SegmentDetrending = DetrendingMethod.None, OverlapFraction = 0 };
        var psd = WelchSpectrum.Compute(x, 4, options);
        var nperseg = 1024;
        var w = WindowFunctions.Create(WindowFunction.Hann, nperseg);
        var sumW2 = w.Sum(v => v * v);
        var expected = Enumerable.Range(0, 3).Average(s => Enumerable.Range(0, nperseg).Sum(i => Math.Pow(w[i] * x[(s * nperseg) + i], 2)) / sumW2);
        var binWidth = 4.0 / 1024;
        Assert.That(psd.DensityMs2PerHz.Sum() * binWidth, Is.EqualTo(expected).Within(1e-9).Percent);
    }

    [Test]
    public void Compute_Sine_IntegratesToHalfSquaredAmplitude()
    {
        var x = Enumerable.Range(0, 2400).Select(i => 30 * Math.Sin((2 * Math.PI * 0.1 * i / 4) + 0.3)).ToArray();
        var psd = WelchSpectrum.Compute(x, 4);
        Assert.That(psd.Integrate(0.04, 0.15), Is.EqualTo(450).Within(1).Percent);
        Assert.That(psd.Integrate(0, 2), Is.EqualTo(450).Within(1).Percent);
    }

    [Test]
    public void Compute_OneValue_IsEmpty()
    {
        Assert.That(WelchSpectrum.Compute([1.0], 4).Count, Is.Zero);
    }

    [Test]
    public void Compute_OverlapOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WelchSpectrum.Compute([1.0, 2, 3], 4, new WelchOptions { OverlapFraction = 1 }));
    }
}
