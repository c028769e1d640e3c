using HrResponse.Hrv;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

public class FrequencyDomainAnalysisTests
{
    [Test]
    public void Compute_Empty_AllNaNWithReason()
    {
        var result = FrequencyDomainAnalysis.Compute(RrIntervals.Empty);
        Assert.That(result.ToIndexTable().Values, Has.All.NaN);
        Assert.That(result.Notes, Has.Some.Matches<FrequencyDomainNote>(n => n!.Index == "*" && n!.ValueIsNaN && n!.Message.Contains("at least 3")));
    }

    [Test]
    public void Compute_TwoIntervals_AllNaNWithReason()
    {
        var result = FrequencyDomainAnalysis.Compute(RrIntervals.FromMilliseconds([800.0, 810]));
        Assert.That(result.LfPowerMs2, Is.NaN);
        Assert.That(result.Notes.Single().Message, Does.Contain("has 2"));
    }

    [Test]
    public void Compute_TwentySecondRecording_VlfAndUlfNaNSayTooShort_HfComputed()
    {
        var rr = SyntheticRr.Generate(20, 800, [(30, 0.25)], noiseSdMs: 1);
        var result = FrequencyDomainAnalysis.Compute(rr);
        Assert.Multiple(() =>
        {
            Assert.That(result.VlfPowerMs2, Is.NaN);
            Assert.That(result.UlfPowerMs2, Is.NaN);
            Assert.That(result.HfPowerMs2, Is.GreaterThan(0));
            Assert.That(result.Notes, Has.Some.Matches<FrequencyDomainNote>(n => n!.Index == "HRV_VLF" && n!.ValueIsNaN && n!.Message.Contains("too short")));
            Assert.That(result.Notes, Has.Some.Matches<FrequencyDomainNote>(n => n!.Index == "HRV_ULF" && n!.ValueIsNaN));
            Assert.That(result.Notes, Has.None.Matches<FrequencyDomainNote>(n => n!.Index == "HRV_HF"));
        });
    }

    [Test]
    public void Compute_TwoMinuteRecording_VlfPartlyResolvedCaveat()
    {
        var rr = SyntheticRr.Generate(120, 800, [(30, 0.25), (20, 0.02)], noiseSdMs: 1);
        var result = FrequencyDomainAnalysis.Compute(rr);
        Assert.That(result.VlfPowerMs2, Is.GreaterThan(0));
        Assert.That(result.Notes, Has.Some.Matches<FrequencyDomainNote>(n => n!.Index == "HRV_VLF" && !n!.ValueIsNaN && n!.Message.Contains("partly")));
    }

    [Test]
    public void Compute_FiveMinuteRecordingDefault_UlfNaNWithReason()
    {
        var rr = RrIntervals.FromMilliseconds(ReferenceFiles.ReadRrMs(SharedData.Data("nsr2db_5min", "nsr006_5min.csv")));
        var result = FrequencyDomainAnalysis.Compute(rr);
        Assert.That(result.UlfPowerMs2, Is.NaN);
        Assert.That(result.Notes, Has.Some.Matches<FrequencyDomainNote>(n => n!.Index == "HRV_ULF" && n!.ValueIsNaN));
        Assert.That(result.TotalPowerMs2, Is.EqualTo(result.VlfPowerMs2 + result.LfPowerMs2 + result.HfPowerMs2 + result.VhfPowerMs2).Within(1e-9).Percent);
        Assert.That(result.LfPercent + result.HfPercent + result.VlfPercent + result.VhfPercent, Is.EqualTo(100).Within(1e-9));
    }

    [Test]
    public void Compute_NeuroKit2BandWithOnePoint_NaNWithReason()
    {
        // welltory subject_01 (110 s): NeuroKit2 keeps frequencies from 4/110 s = 0.036 Hz, one point in VLF → NaN.
        var rr = RrIntervals.FromMilliseconds(ReferenceFiles.ReadRrMs(SharedData.Data("welltory_polar_h10", "subject_01.csv")));
        var result = FrequencyDomainAnalysis.Compute(rr, FrequencyDomainOptions.NeuroKit2);
        Assert.That(result.VlfPowerNormalizedSpectrum, Is.NaN);
        Assert.That(result.Notes, Has.Some.Matches<FrequencyDomainNote>(n => n!.Index == "HRV_VLF" && n!.ValueIsNaN));
        Assert.That(result.LfPowerNormalizedSpectrum, Is.GreaterThan(0));
    }

    [Test]
    public void Compute_ResamplingRateTooLowForVhf_CaveatNote()
    {
        var rr = SyntheticRr.Generate(300, 800, [(30, 0.25)], noiseSdMs: 1);
        var result = FrequencyDomainAnalysis.Compute(rr, FrequencyDomainOptions.Default with { ResamplingRateHz = 0.9 });
        Assert.That(result.Notes, Has.Some.Matches<FrequencyDomainNote>(n => n!.Index == "*" && n!.Message.Contains("ResamplingRateHz")));
    }

    [Test]
    public void Compute_ResultRecordsSettingsAndSpectrum()
    {
        var rr = SyntheticRr.Generate(300, 800, [(30, 0.1)], noiseSdMs: 1);
        var options = FrequencyDomainOptions.Default with { Welch = WelchOptions.Default with { Window = WindowFunction.Hamming } };
        var result = FrequencyDomainAnalysis.Compute(rr, options);
        Assert.That(result.Options, Is.SameAs(options));
        Assert.That(result.Spectrum.Method, Is.EqualTo(SpectrumEstimator.Welch));
        Assert.That(result.Spectrum.Settings, Does.Contain("Hamming"));
        Assert.That(result.Spectrum.FrequenciesHz[^1], Is.LessThanOrEqualTo(0.5));
        Assert.That(result.Spectrum.Count, Is.EqualTo(result.Spectrum.DensityMs2PerHz.Count));
    }

    [Test]
    public void ToIndexTable_StartsWithNeuroKit2Columns()
    {
        var table = FrequencyDomainAnalysis.Compute(SyntheticRr.Generate(300, 800, [(30, 0.1)], noiseSdMs: 1)).ToIndexTable();
        Assert.That(table.Keys.Take(10), Is.EqualTo(new[] { "HRV_ULF", "HRV_VLF", "HRV_LF", "HRV_HF", "HRV_VHF", "HRV_TP", "HRV_LFHF", "HRV_LFn", "HRV_HFn", "HRV_LnHF" }));
    }

    [Test]
    public void Compute_InvalidBand_ThrowsNamingBand()
    {
        var options = FrequencyDomainOptions.Default with { Bands = FrequencyBands.Default with { Lf = new FrequencyBand(0.15, 0.04) } };
        var ex = Assert.Throws<ArgumentException>(() => FrequencyDomainAnalysis.Compute(RrIntervals.FromMilliseconds([800.0, 810, 820]), options));
        Assert.That(ex!.Message, Does.Contain("LF"));
    }

    [Test]
    public void Compute_NegativeRate_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            FrequencyDomainAnalysis.Compute(RrIntervals.FromMilliseconds([800.0, 810, 820]), FrequencyDomainOptions.Default with { ResamplingRateHz = -4 }));
    }

    [Test]
    public void FrequencyBand_LowerEdgeInclusiveUpperExclusive()
    {
        var lf = FrequencyBands.Default.Lf;
        Assert.That(lf.Contains(0.04), Is.True);
        Assert.That(lf.Contains(0.15), Is.False);
        Assert.That(FrequencyBands.Default.Hf.Contains(0.15), Is.True);
    }

    [Test]
    public void Compute_ConstantIntervals_ZeroPowerAndNaNRatios()
    {
        var rr = RrIntervals.FromMilliseconds(Enumerable.Repeat(800.0, 400).ToArray());
        var result = FrequencyDomainAnalysis.Compute(rr);
        Assert.That(result.LfPowerMs2, Is.Zero.Within(1e-9));
        Assert.That(result.HfPowerMs2, Is.Zero.Within(1e-9));
        Assert.That(result.LfHfRatio, Is.NaN);
        Assert.That(result.LnHfPowerMs2, Is.NaN);
        Assert.That(result.Notes.Select(n => n.Index), Does.Contain("HRV_LFHF"));
    }

    [Test]
    public void Compute_WelltoryNeuroKit2_EveryNaNIndexHasANote()
    {
        var rr = RrIntervals.FromMilliseconds(ReferenceFiles.ReadRrMs(SharedData.Data("welltory_polar_h10", "subject_03.csv")));
        var result = FrequencyDomainAnalysis.Compute(rr, FrequencyDomainOptions.NeuroKit2);
        var nanIndices = result.ToIndexTable().Where(kv => double.IsNaN(kv.Value)).Select(kv => kv.Key).ToList();
        Assert.That(nanIndices, Is.Not.Empty);
        Assert.That(result.Notes.Where(n => n.ValueIsNaN).Select(n => n.Index), Is.SupersetOf(nanIndices));
    }

    private static RrIntervals Nsr006() =>
        RrIntervals.FromMilliseconds(ReferenceFiles.ReadRrMs(SharedData.Data("nsr2db_5min", "nsr006_5min.csv")));

    [Test]
    public void Compute_MaximumNormalizedSpectrum_AbsolutePowersNaNAndNormalizedPowersFilled()
    {
        var result = FrequencyDomainAnalysis.Compute(Nsr006(), FrequencyDomainOptions.NeuroKit2);
        Assert.That(result.IsNormalizedSpectrum, Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(new[] { result.VlfPowerMs2, result.LfPowerMs2, result.HfPowerMs2, result.TotalPowerMs2, result.LnLfPowerMs2 }, Is.All.NaN);
            Assert.That(result.LfPowerNormalizedSpectrum, Is.GreaterThan(0));
            Assert.That(result.HfPowerNormalizedSpectrum, Is.GreaterThan(0));
            Assert.That(result.LnLfPowerNormalizedSpectrum, Is.EqualTo(Math.Log(result.LfPowerNormalizedSpectrum)).Within(1e-12));
        });
    }

    [Test]
    public void Compute_Ms2Spectrum_NormalizedPowersNaNAndAbsolutePowersFilled()
    {
        var result = FrequencyDomainAnalysis.Compute(Nsr006());
        Assert.That(result.IsNormalizedSpectrum, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(new[] { result.VlfPowerNormalizedSpectrum, result.LfPowerNormalizedSpectrum, result.HfPowerNormalizedSpectrum, result.TotalPowerNormalizedSpectrum, result.LnLfPowerNormalizedSpectrum }, Is.All.NaN);
            Assert.That(result.LfPowerMs2, Is.GreaterThan(0));
            Assert.That(result.LnLfPowerMs2, Is.EqualTo(Math.Log(result.LfPowerMs2)).Within(1e-12));
        });
    }

    [Test]
    public void ToIndexTable_NeuroKit2Preset_BandPowersAreTheNormalizedSpectrumValues()
    {
        var result = FrequencyDomainAnalysis.Compute(Nsr006(), FrequencyDomainOptions.NeuroKit2);
        var table = result.ToIndexTable();
        Assert.Multiple(() =>
        {
            Assert.That(table["HRV_LF"], Is.EqualTo(result.LfPowerNormalizedSpectrum));
            Assert.That(table["HRV_HF"], Is.EqualTo(result.HfPowerNormalizedSpectrum));
            Assert.That(table["HRV_TP"], Is.EqualTo(result.TotalPowerNormalizedSpectrum));
            Assert.That(table["HRV_LnLF"], Is.EqualTo(result.LnLfPowerNormalizedSpectrum));
            // NeuroKit2's LFn is LF / TP (0–1); the LfNu property stays in Task Force normalised units (0–100).
            Assert.That(table["HRV_LFn"], Is.EqualTo(result.LfPowerNormalizedSpectrum / result.TotalPowerNormalizedSpectrum).Within(1e-12));
            Assert.That(table["HRV_LFn"], Is.EqualTo(result.LfPercent / 100).Within(1e-12));
            Assert.That(result.LfNu, Is.EqualTo(100 * result.LfPowerNormalizedSpectrum / (result.LfPowerNormalizedSpectrum + result.HfPowerNormalizedSpectrum)).Within(1e-9));
        });
    }

    [Test]
    public void ToIndexTable_DefaultOptions_BandPowersAreTheMs2Values()
    {
        var result = FrequencyDomainAnalysis.Compute(Nsr006());
        var table = result.ToIndexTable();
        Assert.Multiple(() =>
        {
            Assert.That(table["HRV_LF"], Is.EqualTo(result.LfPowerMs2));
            Assert.That(table["HRV_TP"], Is.EqualTo(result.TotalPowerMs2));
            Assert.That(table["HRV_LnHF"], Is.EqualTo(result.LnHfPowerMs2));
            Assert.That(table["HRV_LFn"], Is.EqualTo(result.LfNu));
            Assert.That(table["HRV_HFn"], Is.EqualTo(result.HfNu));
        });
    }

    [Test]
    public void Compute_NormalizationOnOff_RatiosAgreeAndPowersScaleByOneFactor()
    {
        var rr = Nsr006();
        var absolute = FrequencyDomainAnalysis.Compute(rr, FrequencyDomainOptions.NeuroKit2 with { Normalization = SpectrumNormalization.None });
        var normalized = FrequencyDomainAnalysis.Compute(rr, FrequencyDomainOptions.NeuroKit2);
        var scale = absolute.LfPowerMs2 / normalized.LfPowerNormalizedSpectrum;
        Assert.Multiple(() =>
        {
            Assert.That(normalized.LfHfRatio, Is.EqualTo(absolute.LfHfRatio).Within(1e-9).Percent);
            Assert.That(normalized.LfNu, Is.EqualTo(absolute.LfNu).Within(1e-9).Percent);
            Assert.That(absolute.HfPowerMs2 / normalized.HfPowerNormalizedSpectrum, Is.EqualTo(scale).Within(1e-9).Percent);
            Assert.That(absolute.TotalPowerMs2 / normalized.TotalPowerNormalizedSpectrum, Is.EqualTo(scale).Within(1e-9).Percent);
        });
    }
}
