using HrResponse.Hrv;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>The named options behind the tool presets, each on a small hand-computed case.</summary>
public class PresetOptionTests
{
    [Test]
    public void TimeDomain_SdsdDifferencesAbsolute_IsSdOfAbsoluteDifferences()
    {
        // Differences +100, −100, +100: |d| = 100 each, so SD 0; the signed differences have mean 100/3.
        double[] rr = [800, 900, 800, 900];
        var absolute = TimeDomainAnalysis.Compute(rr, new TimeDomainOptions { SdsdDifferences = SuccessiveDifferenceForm.Absolute });
        var signed = TimeDomainAnalysis.Compute(rr, new TimeDomainOptions());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(absolute.SdsdMs, Is.EqualTo(0).Within(1e-12));
            Assert.That(signed.SdsdMs, Is.EqualTo(Math.Sqrt(((2 * Math.Pow(100 - (100.0 / 3), 2)) + Math.Pow(-100 - (100.0 / 3), 2)) / 2)).Within(1e-9));
        }
    }

    [Test]
    public void TimeDomain_SdsdDifferencesAbsolute_SkipsDifferencesAcrossGaps()
    {
        // Intervals 800, 800, 1000 | gap | 900, 900: kept |d| are 0, 200 and 0 (1000 → 900 crosses the gap).
        var rr = RrIntervals.FromMilliseconds([800, 800, 1000, 900, 900]).WithGapsBefore([3]);
        var r = TimeDomainAnalysis.Compute(rr, new TimeDomainOptions { SdsdDifferences = SuccessiveDifferenceForm.Absolute });
        double[] kept = [0, 200, 0];
        Assert.That(r.SdsdMs, Is.EqualTo(Sd(kept, 1)).Within(1e-9));
    }

    [Test]
    public void TimeDomain_HeartRateSdEstimatorPopulation_DividesByN()
    {
        double[] rr = [600, 1000];
        var n = TimeDomainAnalysis.Compute(rr, new TimeDomainOptions { HeartRateSdEstimator = DeviationEstimator.PopulationN });
        var n1 = TimeDomainAnalysis.Compute(rr, new TimeDomainOptions());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(n.SdHeartRateBpm, Is.EqualTo(20).Within(1e-9)); // rates 100 and 60: |100 − 60| / 2
            Assert.That(n1.SdHeartRateBpm, Is.EqualTo(20 * Math.Sqrt(2)).Within(1e-9));
        }
    }

    [Test]
    public void TimeDomain_HistogramStart_BinsFromTheStart()
    {
        // 8-ms bins from 300: [300, 308) holds 303, 305 and 307; from 0 the edge 304 splits them.
        double[] rr = [303, 305, 307, 320];
        var fromStart = TimeDomainAnalysis.Compute(rr, new TimeDomainOptions
        {
            HistogramBinWidth = TimeSpan.FromMilliseconds(8), HistogramBinning = HistogramBinning.NumPy, HistogramStart = TimeSpan.FromMilliseconds(300),
        });
        var fromZero = TimeDomainAnalysis.Compute(rr, new TimeDomainOptions
        {
            HistogramBinWidth = TimeSpan.FromMilliseconds(8), HistogramBinning = HistogramBinning.NumPy,
        });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromStart.TriangularIndex, Is.EqualTo(4.0 / 3));
            Assert.That(fromZero.TriangularIndex, Is.EqualTo(4.0 / 2));
        }
    }

    [Test]
    public void TimeDomain_NegativeHistogramStart_Throws()
    {
        Assert.That(() => TimeDomainAnalysis.Compute([800, 810, 790], new TimeDomainOptions { HistogramStart = TimeSpan.FromMilliseconds(-1) }),
            Throws.ArgumentException.With.Message.Contains("HistogramStart"));
    }

    [TestCase(DeviationEstimator.SampleNMinus1)]
    [TestCase(DeviationEstimator.PopulationN)]
    public void Poincare_SdnnSdsdFormula_FollowsTheFormula(DeviationEstimator estimator)
    {
        double[] rr = [800, 850, 790, 820, 860, 800];
        var r = NonlinearAnalysis.Poincare(rr, default, PoincareMethod.SdnnSdsdFormula, estimator);
        var d = rr.Zip(rr.Skip(1), (a, b) => b - a).ToArray();
        var ddof = estimator == DeviationEstimator.PopulationN ? 0 : 1;
        var sdsd = Sd(d, ddof);
        var sdnn = Sd(rr, ddof);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Sd1Ms, Is.EqualTo(Math.Sqrt(0.5 * sdsd * sdsd)).Within(1e-9));
            Assert.That(r.Sd2Ms, Is.EqualTo(Math.Sqrt((2 * sdnn * sdnn) - (0.5 * sdsd * sdsd))).Within(1e-9));
        }
    }

    [Test]
    public void Poincare_PairProjectionsPopulation_DividesByPairs()
    {
        double[] rr = [800, 850, 790, 820];
        var r = NonlinearAnalysis.Poincare(rr, default, PoincareMethod.PairProjections, DeviationEstimator.PopulationN);
        var d = rr.Zip(rr.Skip(1), (a, b) => (a - b) / Math.Sqrt(2)).ToArray();
        var s = rr.Zip(rr.Skip(1), (a, b) => (a + b) / Math.Sqrt(2)).ToArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Sd1Ms, Is.EqualTo(Sd(d, 0)).Within(1e-9));
            Assert.That(r.Sd2Ms, Is.EqualTo(Sd(s, 0)).Within(1e-9));
            Assert.That(NonlinearAnalysis.Poincare(rr, default, PoincareMethod.PairProjections, DeviationEstimator.SampleNMinus1).Sd1Ms,
                Is.EqualTo(NonlinearAnalysis.Poincare(rr).Sd1Ms));
        }
    }

    [Test]
    public void Poincare_UndefinedMethod_Throws()
    {
        Assert.That(() => NonlinearAnalysis.Poincare([800, 810, 790], default, (PoincareMethod)9, DeviationEstimator.PopulationN),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Entropy_DivideByNPlus1_ToleranceUsesNPlus1()
    {
        double[] rr = [800, 850, 790, 820, 860, 800, 780, 840, 810, 830, 790, 805];
        var mean = rr.Average();
        var ss = rr.Sum(x => (x - mean) * (x - mean));
        var nPlus1 = NonlinearAnalysis.Compute(rr, new NonlinearOptions { ToleranceEstimator = EntropyToleranceEstimator.DivideByNPlus1 });
        var fixedR = NonlinearAnalysis.Compute(rr, new NonlinearOptions { ToleranceMs = 0.2 * Math.Sqrt(ss / (rr.Length + 1)) });
        Assert.That(nPlus1.Entropy.SampleEntropy, Is.EqualTo(fixedR.Entropy.SampleEntropy));
    }

    [Test]
    public void Dfa_MeanOfBoxRms_NotAboveRootMeanSquare()
    {
        var rr = SyntheticRr.Generate(600, 800, [(30, 0.1), (20, 0.25)], 10, seed: 3).Milliseconds.ToArray();
        var rms = NonlinearAnalysis.Dfa(rr, new NonlinearOptions());
        var mean = NonlinearAnalysis.Dfa(rr, new NonlinearOptions { DfaFluctuationAverage = DfaFluctuationAverage.MeanOfBoxRms });
        // The mean of square roots is at most the root of the mean (Jensen), box size by box size.
        Assert.That(mean.Alpha1.FluctuationsMs.Zip(rms.Alpha1.FluctuationsMs, (a, b) => a <= b + 1e-12), Has.All.True);
        Assert.That(mean.Alpha1.FluctuationsMs.Zip(rms.Alpha1.FluctuationsMs, (a, b) => a < b), Has.Some.True);
    }

    [Test]
    public void Dfa_FlatBoxes_IncludedCountsAStraightProfileBoxAsZero()
    {
        // Mean 812.5 ms. Box 1 (900, 800, 800, 800): profile 87.5, 75, 62.5, 50, a straight line (flat box).
        // Box 2 profile −62.5, 25, −37.5, 0: residual SS 4531.25 − 62.5²/5 = 3750, variance 937.5 ms².
        // Box 3 profile −12.5, 25, −12.5, 0: no trend, SS 937.5, variance 234.375 ms².
        double[] rr = [900, 800, 800, 800, 700, 900, 750, 850, 800, 850, 775, 825];
        var o = new NonlinearOptions
        {
            DfaAlpha1MinBeats = 4, DfaAlpha1MaxBeats = 5, DfaBoxSizeRule = DfaBoxSizeRule.AllRequested,
            DfaFluctuationAverage = DfaFluctuationAverage.MeanOfBoxRms,
        };
        var excluded = NonlinearAnalysis.Dfa(rr, o);
        var included = NonlinearAnalysis.Dfa(rr, o with { DfaFlatBoxes = DfaFlatBoxes.Included });
        var nonFlat = Math.Sqrt(937.5) + Math.Sqrt(234.375);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(excluded.Alpha1.FluctuationsMs[0], Is.EqualTo(nonFlat / 2).Within(1e-9), "F(4), flat box left out");
            Assert.That(included.Alpha1.FluctuationsMs[0], Is.EqualTo(nonFlat / 3).Within(1e-9), "F(4), flat box counted as 0");
        }
    }

    [Test]
    public void FrequencyDomain_RectangleInclusive_SumsPointsOnBothEdgesTimesStep()
    {
        var rr = SyntheticRr.Generate(400, 800, [(30, 0.1), (20, 0.25)], 5, seed: 5);
        var o = new FrequencyDomainOptions
        {
            Detrending = DetrendingMethod.Mean, Integration = BandIntegration.RectangleInclusive, ResamplingGrid = ResamplingGrid.HalfOpen,
            Welch = new WelchOptions { SegmentSampleCount = 256, Nfft = 1000 }, ResamplingRateHz = 4,
        };
        var r = FrequencyDomainAnalysis.Compute(rr, o);
        // nfft 1000 at 4 Hz: step 0.004 Hz, so 0.04, 0.15 and 0.4 Hz are grid points and count in both adjacent bands.
        var f = r.Spectrum.FrequenciesHz;
        var p = r.Spectrum.DensityMs2PerHz;
        double Sum(double lo, double hi) => f.Select((x, i) => (x, i)).Where(t => t.x >= lo - 1e-12 && t.x <= hi + 1e-12).Sum(t => p[t.i]) * (f[1] - f[0]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.LfPowerMs2, Is.EqualTo(Sum(0.04, 0.15)).Within(1e-9).Percent);
            Assert.That(r.HfPowerMs2, Is.EqualTo(Sum(0.15, 0.4)).Within(1e-9).Percent);
        }
    }

    [Test]
    public void FrequencyDomain_TotalPowerVlfLfHf_LeavesVhfOut()
    {
        var rr = SyntheticRr.Generate(400, 800, [(30, 0.1), (20, 0.25)], 5, seed: 9);
        var all = FrequencyDomainAnalysis.Compute(rr, new FrequencyDomainOptions());
        var three = FrequencyDomainAnalysis.Compute(rr, new FrequencyDomainOptions { TotalPower = TotalPowerRule.VlfLfHf });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(three.TotalPowerMs2, Is.EqualTo(three.VlfPowerMs2 + three.LfPowerMs2 + three.HfPowerMs2).Within(1e-9));
            Assert.That(all.TotalPowerMs2 - three.TotalPowerMs2, Is.EqualTo(all.VhfPowerMs2).Within(1e-6));
            Assert.That(three.VlfPercent, Is.EqualTo(100 * three.VlfPowerMs2 / three.TotalPowerMs2).Within(1e-9));
        }
    }

    [Test]
    public void Resample_HalfOpenGrid_LeavesTheLastSampleTimeOut()
    {
        double[] t = [0, 1, 2];
        double[] v = [1, 2, 3];
        var closed = Resampling.Resample(t, v, 4, InterpolationMethod.Linear, ResamplingGrid.FirstToLastSample);
        var open = Resampling.Resample(t, v, 4, InterpolationMethod.Linear, ResamplingGrid.HalfOpen);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(closed.Count, Is.EqualTo(9));
            Assert.That(open.Count, Is.EqualTo(8)); // numpy.arange(0, 2, 0.25)
            Assert.That(open.Values[^1], Is.EqualTo(2.75));
        }
    }

    [Test]
    public void Welch_PyHrvRule_WholeSeriesUpTo300SecondsElse300Samples()
    {
        var rng = new Random(1);
        var shortSeries = Enumerable.Range(0, 1196).Select(_ => rng.NextDouble()).ToArray();
        var longSeries = Enumerable.Range(0, 1300).Select(_ => rng.NextDouble()).ToArray();
        var o = new WelchOptions { SegmentRule = WelchSegmentRule.PyHrv, Nfft = 4096, Window = WindowFunction.Hamming };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(WelchSpectrum.Compute(shortSeries, 4, o).ResolutionHz, Is.EqualTo(4.0 / 1196));
            Assert.That(WelchSpectrum.Compute(longSeries, 4, o).ResolutionHz, Is.EqualTo(4.0 / 300));
        }
    }

    [Test]
    public void Welch_SegmentSampleCount_OverridesSegmentDuration()
    {
        var values = Enumerable.Range(0, 2000).Select(i => Math.Sin(i * 0.3)).ToArray();
        var r = WelchSpectrum.Compute(values, 7, new WelchOptions { SegmentSampleCount = 256, Segment = TimeSpan.FromSeconds(100) });
        Assert.That(r.ResolutionHz, Is.EqualTo(7.0 / 256));
        Assert.That(() => WelchSpectrum.Compute(values, 7, new WelchOptions { SegmentSampleCount = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FromPreset_ToolPresets_ReturnTheirOptionsAndADescription()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(HrvOptions.FromPreset(HrvPreset.HrvAnalysis), Is.SameAs(HrvOptions.HrvAnalysis));
            Assert.That(HrvOptions.FromPreset(HrvPreset.PyHrv), Is.SameAs(HrvOptions.PyHrv));
            Assert.That(HrvOptions.FromPreset(HrvPreset.Systole), Is.SameAs(HrvOptions.Systole));
            Assert.That(HrvOptions.FromPreset(HrvPreset.Kubios), Is.SameAs(HrvOptions.Kubios));
            Assert.That(HrvPresetDescription.All.Select(d => d.Preset), Is.EqualTo(Enum.GetValues<HrvPreset>()));
            Assert.That(HrvPresetDescription.All.Select(d => d.Key), Is.Unique);
            Assert.That(HrvPresetDescription.For(HrvPreset.Kubios).Verification, Does.Contain("Not checked against Kubios"));
            Assert.That(() => HrvPresetDescription.For((HrvPreset)99), Throws.InstanceOf<ArgumentOutOfRangeException>());
        }
    }

    [Test]
    public void KubiosPreset_DocumentedDefaults()
    {
        var o = HrvOptions.Kubios;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(o.FrequencyDomain.ResamplingRateHz, Is.EqualTo(4));
            Assert.That(o.FrequencyDomain.Interpolation, Is.EqualTo(InterpolationMethod.Cubic));
            Assert.That(o.FrequencyDomain.Detrending, Is.EqualTo(DetrendingMethod.SmoothnessPriors));
            Assert.That(o.FrequencyDomain.SmoothnessLambda, Is.EqualTo(500));
            Assert.That(o.FrequencyDomain.Welch.Segment, Is.EqualTo(TimeSpan.FromSeconds(300)));
            Assert.That(o.FrequencyDomain.Welch.OverlapFraction, Is.EqualTo(0.5));
            Assert.That(o.FrequencyDomain.Burg.Order, Is.EqualTo(16));
            Assert.That(o.FrequencyDomain.Bands.Vlf, Is.EqualTo(new FrequencyBand(0, 0.04)));
            Assert.That(o.TimeDomain.HistogramBinWidth, Is.EqualTo(TimeDomainOptions.TaskForceBinWidth));
            Assert.That(o.Nonlinear.ToleranceSdFactor, Is.EqualTo(0.2));
            Assert.That((o.Nonlinear.DfaAlpha1MinBeats, o.Nonlinear.DfaAlpha1MaxBeats, o.Nonlinear.DfaAlpha2MinBeats, o.Nonlinear.DfaAlpha2MaxBeats), Is.EqualTo((4, 16, 16, (int?)64)));
        }
    }

    private static double Sd(double[] v, int ddof)
    {
        var mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - ddof));
    }
}
