using HrResponse.Hrv;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>
/// Known truth: sines of 40 ms at 0.1 Hz (LF, 800 ms²) and 25 ms at 0.25 Hz (HF, 312.5 ms²), plus 1-ms beat-to-beat
/// noise (adds about 0.2 ms² to LF and 0.5 ms² to HF). Without any noise, Burg's AR peaks are narrower than any
/// practical frequency grid and its band integrals are meaningless; a real RR series always has such noise.
/// </summary>
public class FrequencyDomainSyntheticTests
{
    private const double LfTruth = 40 * 40 / 2.0;
    private const double HfTruth = 25 * 25 / 2.0;

    private static readonly RrIntervals TenMinutes = SyntheticRr.Generate(600, 850, [(40, 0.1), (25, 0.25)], noiseSdMs: 1, seed: 5);

    [TestCase(PsdMethod.Welch)]
    [TestCase(PsdMethod.Lomb)]
    [TestCase(PsdMethod.Burg)]
    public void Compute_TwoSines_LfAndHfEqualAnalyticPowerWithin2Percent(PsdMethod method)
    {
        var options = FrequencyDomainOptions.Default with { Method = method, Detrending = DetrendingMethod.None };
        var result = FrequencyDomainAnalysis.Compute(TenMinutes, options);
        Assert.Multiple(() =>
        {
            Assert.That(result.LfPowerMs2, Is.EqualTo(LfTruth).Within(2).Percent, "LF");
            Assert.That(result.HfPowerMs2, Is.EqualTo(HfTruth).Within(2).Percent, "HF");
            Assert.That(result.LfHfRatio, Is.EqualTo(LfTruth / HfTruth).Within(4).Percent, "LF/HF");
            Assert.That(result.LfPeakHz, Is.EqualTo(0.1).Within(0.005), "LF peak");
            Assert.That(result.HfPeakHz, Is.EqualTo(0.25).Within(0.005), "HF peak");
        });
    }

    [Test]
    public void Compute_DefaultPresetWithSmoothnessPriors_KeepsLfAndHfWithin3Percent()
    {
        // λ = 500 at 4 Hz is a high-pass with cut-off near 0.04 Hz: it costs ~1.3 % of the power at 0.1 Hz.
        var result = FrequencyDomainAnalysis.Compute(TenMinutes);
        Assert.That(result.LfPowerMs2, Is.EqualTo(LfTruth).Within(3).Percent);
        Assert.That(result.HfPowerMs2, Is.EqualTo(HfTruth).Within(2).Percent);
        Assert.That(result.LfNu + result.HfNu, Is.EqualTo(100).Within(1e-9));
        Assert.That(result.LfNu, Is.EqualTo(100 * result.LfPowerMs2 / (result.LfPowerMs2 + result.HfPowerMs2)).Within(1e-9));
    }

    [Test]
    public void WelchOfResampledSeries_Parseval_IntegratedDensityEqualsVarianceWithin1Percent()
    {
        var noisy = SyntheticRr.Generate(600, 850, [(40, 0.1), (25, 0.25), (15, 0.03)], noiseSdMs: 10, seed: 3);
        var resampled = Resampling.Resample(noisy.BeatTimesSeconds, noisy.Milliseconds, 4);
        var values = Detrending.Detrend(resampled.Values.ToArray(), DetrendingMethod.Mean);
        var variance = values.Sum(v => v * v) / values.Length;
        // Hann segments of 100 s with 75 % overlap: the squared windows then weight every sample almost equally.
        var psd = WelchSpectrum.Compute(values, 4, new WelchOptions { Segment = TimeSpan.FromSeconds(100), OverlapFraction = 0.75, SegmentDetrending = DetrendingMethod.None });
        Assert.That(psd.Integrate(0, 2), Is.EqualTo(variance).Within(1).Percent);
    }

    [Test]
    public void WelchOfRealRecording_Parseval_IntegratedDensityEqualsVarianceWithin1Percent()
    {
        var rrMs = ReferenceFiles.ReadRrMs(SharedData.Data("nsr2db_5min", "nsr006_5min.csv"));
        var rr = RrIntervals.FromMilliseconds(rrMs);
        var resampled = Resampling.Resample(rr.BeatTimesSeconds, rr.Milliseconds, 4);
        var values = Detrending.Detrend(resampled.Values.ToArray(), DetrendingMethod.Mean);
        var variance = values.Sum(v => v * v) / values.Length;
        var psd = WelchSpectrum.Compute(values, 4, new WelchOptions { Window = WindowFunction.Rectangular, NfftRule = NfftRule.SegmentLength, SegmentDetrending = DetrendingMethod.None });
        // One rectangular segment of the whole series: Parseval is exact up to the last sample left out of the segment.
        Assert.That(psd.DensityMs2PerHz.Sum() * (psd.FrequenciesHz[1] - psd.FrequenciesHz[0]), Is.EqualTo(variance).Within(1).Percent);
    }
}
