using HrResponse.Ecg.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Ecg;

public class RhythmPeriodTests
{
    [TestCase(250.0, 250.0, 0.8)]
    [TestCase(1000.0, 1000.0, 0.8)]
    [TestCase(1000.0, 250.0, 3.2)]
    [TestCase(250.0, 1000.0, 0.2)]
    public void Seconds_SyntheticEcg_IsMeanRrScaledByDeclaredRate(double trueFs, double declaredFs, double expectedSeconds)
    {
        var (signal, _) = SyntheticEcg.Generate(trueFs, 120, seed: 2);
        Assert.That(RhythmPeriod.Seconds(signal, declaredFs), Is.EqualTo(expectedSeconds).Within(3).Percent);
    }

    [TestCase("mitdb", "100_mlii.csv", 0.7955)]
    [TestCase("neurokit_ecg", "ecg_1000hz.csv", 1.0057)]
    [TestCase("neurokit_ecg", "bio_resting_5min_100hz.csv", 0.6964)]
    public void Seconds_RealRecordings_IsCloseToReferenceMeanNN(string folder, string file, double meanNnSeconds)
    {
        // Mean NN from NeuroKit2's peaks in shared/reference (HRV_MeanNN).
        var ecg = EcgTestData.Load(folder, file);
        Assert.That(RhythmPeriod.Seconds(ecg.Samples, ecg.SamplingRateHz), Is.EqualTo(meanNnSeconds).Within(5).Percent);
    }

    [Test]
    public void Seconds_WhiteNoise_IsNaN()
    {
        var random = new Random(1);
        var noise = Enumerable.Range(0, 360 * 60).Select(_ => SyntheticEcg.Gaussian(random)).ToArray();
        Assert.That(RhythmPeriod.Seconds(noise, 360), Is.NaN);
    }
}
