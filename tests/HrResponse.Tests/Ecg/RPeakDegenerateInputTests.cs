using HrResponse.Ecg;
using HrResponse.Ecg.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Ecg;

public class RPeakDegenerateInputTests
{
    private static readonly RPeakDetector[] Detectors = Enum.GetValues<RPeakDetector>();

    [TestCaseSource(nameof(Detectors))]
    public void Detect_FlatLine_NoPeaksAndFlatSignalWarning(RPeakDetector detector)
    {
        var flat = Enumerable.Repeat(0.37, 3600).ToArray();
        var result = RPeakDetection.Detect(flat, 360, new RPeakOptions { Detector = detector });
        Assert.That(result.Count, Is.Zero);
        Assert.That(result.Warnings.Select(w => w.Kind), Is.EqualTo(new[] { RPeakWarningKind.FlatSignal }));
        Assert.That(result.Warnings[0].Message, Does.Contain("flat"));
        Assert.That(result.IsUsable, Is.False);
        Assert.That(result.MedianHeartRateBpm, Is.NaN);
    }

    [TestCaseSource(nameof(Detectors))]
    public void Detect_ClippedEcg_WarnsButFindsEveryBeat(RPeakDetector detector)
    {
        const double Fs = 360;
        var (signal, truth) = SyntheticEcg.Generate(Fs, 60, seed: 11, wanderMv: 0);
        var clipped = signal.Select(v => Math.Min(v, 0.6)).ToArray();
        var result = RPeakDetection.Detect(clipped, Fs, new RPeakOptions { Detector = detector });
        var reference = truth.Select(t => (int)Math.Round(t * Fs)).ToArray();
        var (tp, fn, fp) = EcgTestData.Match(reference, result.PeakSamples, (int)Math.Round(0.010 * Fs));
        Assert.That(result.Warnings.Select(w => w.Kind), Does.Contain(RPeakWarningKind.ClippedSignal));
        Assert.That(result.Warnings.Single(w => w.Kind == RPeakWarningKind.ClippedSignal).Message, Does.Contain("clipped"));
        Assert.That((tp, fn, fp), Is.EqualTo((reference.Length, 0, 0)));
        Assert.That(result.IsUsable, Is.True);
    }

    [TestCaseSource(nameof(Detectors))]
    public void Detect_WhiteNoiseOnly_IsNotUsableWithLowSimilarityWarning(RPeakDetector detector)
    {
        var random = new Random(5);
        var noise = Enumerable.Range(0, 360 * 60).Select(_ => SyntheticEcg.Gaussian(random)).ToArray();
        var result = RPeakDetection.Detect(noise, 360, new RPeakOptions { Detector = detector });
        TestContext.Out.WriteLine($"{detector}: {result.Count} peaks, median correlation {result.MedianBeatCorrelation:F2}");
        Assert.That(result.IsUsable, Is.False);
        Assert.That(result.Warnings.Select(w => w.Kind),
            Does.Contain(RPeakWarningKind.LowBeatSimilarity).Or.Contain(RPeakWarningKind.TooFewPeaks));
    }

    [TestCaseSource(nameof(Detectors))]
    public void Detect_SamplingRateGivenFourTimesTooLow_WarnsImplausibleHeartRate(RPeakDetector detector)
    {
        var (signal, _) = SyntheticEcg.Generate(1000, 60, seed: 2);
        var result = RPeakDetection.Detect(signal, 250, new RPeakOptions { Detector = detector });
        TestContext.Out.WriteLine($"{detector}: {result.Count} peaks, {result.MedianHeartRateBpm:F1} bpm, R width {result.RWaveWidthMs:F1} ms");
        var warning = result.Warnings.Single(w => w.Kind == RPeakWarningKind.ImplausibleHeartRate);
        Assert.That(warning.Message, Does.Contain("sampling rate"));
    }

    [TestCaseSource(nameof(Detectors))]
    public void Detect_SamplingRateGivenFourTimesTooHigh_WarnsNarrowRWave(RPeakDetector detector)
    {
        var (signal, _) = SyntheticEcg.Generate(250, 120, seed: 2);
        var result = RPeakDetection.Detect(signal, 1000, new RPeakOptions { Detector = detector });
        TestContext.Out.WriteLine($"{detector}: {result.Count} peaks, {result.MedianHeartRateBpm:F1} bpm, R width {result.RWaveWidthMs:F1} ms");
        Assert.That(result.Warnings.Select(w => w.Kind),
            Does.Contain(RPeakWarningKind.ImplausibleRWaveWidth).Or.Contain(RPeakWarningKind.ImplausibleHeartRate));
        Assert.That(result.Warnings.Any(w => w.Message.Contains("sampling rate", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void Detect_CorrectSamplingRate_RWaveWidthIsPlausible()
    {
        var (signal, _) = SyntheticEcg.Generate(250, 60, seed: 2);
        var result = RPeakDetection.Detect(signal, 250);
        // The synthetic R wave is a Gaussian with σ = 10 ms: FWHM = 2·√(2 ln 2)·10 ≈ 23.5 ms (plus the Q/S overlap).
        Assert.That(result.RWaveWidthMs, Is.InRange(15.0, 30.0));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void Detect_ShortSignal_NoPeaksAndTooShortWarning()
    {
        var result = RPeakDetection.Detect(new double[100], 360);
        Assert.That(result.Count, Is.Zero);
        Assert.That(result.Warnings.Single().Kind, Is.EqualTo(RPeakWarningKind.SignalTooShort));
    }

    [TestCase(0.0)]
    [TestCase(-360.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(20.0)]
    public void Detect_ImpossibleSamplingRate_ThrowsNamingParameter(double fs)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RPeakDetection.Detect(new double[5000], fs));
        Assert.That(ex!.ParamName, Is.EqualTo("samplingRateHz"));
    }

    [Test]
    public void Detect_NaNSample_ThrowsNamingIndex()
    {
        var signal = new double[5000];
        signal[1234] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() => RPeakDetection.Detect(signal, 360));
        Assert.That(ex!.Message, Does.Contain("ecg[1234]"));
    }

    [Test]
    public void Detect_DoesNotMutateInput()
    {
        var (signal, _) = SyntheticEcg.Generate(360, 10, seed: 4);
        var copy = (double[])signal.Clone();
        foreach (var detector in Detectors) RPeakDetection.Detect(signal, 360, new RPeakOptions { Detector = detector });
        Assert.That(signal, Is.EqualTo(copy));
    }

    [Test]
    public void FromEcg_FlatLine_ThrowsDataFormatExceptionWithReason()
    {
        var ecg = EcgSignal.Create(new double[3600], 360, "lead_ii");
        var ex = Assert.Throws<HrDataFormatException>(() => EcgRecording.FromEcg(ecg));
        Assert.That(ex!.Message, Does.Contain("lead_ii").And.Contain("flat"));
    }

    [Test]
    public void FromEcg_Noise_ThrowsUnlessAccepted()
    {
        var random = new Random(9);
        var ecg = EcgSignal.Create(Enumerable.Range(0, 360 * 30).Select(_ => SyntheticEcg.Gaussian(random)).ToArray(), 360);
        Assert.Throws<HrDataFormatException>(() => EcgRecording.FromEcg(ecg));
        var accepted = EcgRecording.FromEcg(ecg, new EcgRecordingOptions { QualityPolicy = EcgQualityPolicy.Accept });
        Assert.That(accepted.Peaks.IsUsable, Is.False);
        Assert.That(accepted.Recording.HasBeats, Is.True);
    }
}
