using HrResponse.Hrv;
using HrResponse.Hrv.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

[TestFixture]
public class NonlinearAnalysisTests
{
    private static double[] Gaussian(int n, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u1 = 1.0 - rng.NextDouble();
            var u2 = rng.NextDouble();
            x[i] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        return x;
    }

    [Test]
    public void SampleEntropy_ShortSequence_EqualsHandCount()
    {
        // x = 1 2 1 2 1 3, m = 2, r = 0.5. Templates over the first N − m = 4 starts:
        // (1,2) (2,1) (1,2) (2,1): A = 2 matching pairs, {0,2} and {1,3}.
        // At m+1: (1,2,1) (2,1,2) (1,2,1) (2,1,3): only {0,2} still matches, B = 1. SampEn = −ln(1/2).
        double[] x = [1, 2, 1, 2, 1, 3];
        Assert.That(NonlinearAnalysis.SampleEntropy(x, 2, 0.5), Is.EqualTo(Math.Log(2)).Within(1e-15));
    }

    [Test]
    public void ApproximateEntropy_ShortSequence_EqualsHandCount()
    {
        // Same series. m = 2: five templates (1,2) (2,1) (1,2) (2,1) (1,3) with self-inclusive counts 2 2 2 2 1.
        // m = 3: four templates (1,2,1) (2,1,2) (1,2,1) (2,1,3) with counts 2 1 2 1.
        double[] x = [1, 2, 1, 2, 1, 3];
        var phi2 = ((4 * Math.Log(2 / 5.0)) + Math.Log(1 / 5.0)) / 5;
        var phi3 = ((2 * Math.Log(2 / 4.0)) + (2 * Math.Log(1 / 4.0))) / 4;
        Assert.That(NonlinearAnalysis.ApproximateEntropy(x, 2, 0.5), Is.EqualTo(Math.Abs(phi2 - phi3)).Within(1e-15));
    }

    [TestCase(1, 1, 0.2)]
    [TestCase(2, 1, 0.2)]
    [TestCase(2, 2, 0.15)]
    [TestCase(3, 1, 0.3)]
    [TestCase(2, 1, 0.0)]
    public void TemplateMatching_QuantisedRandomSeries_EqualsNaiveCount(int m, int delay, double rFactor)
    {
        // Values quantised to a 1/128-s grid in ms so that many differences equal r exactly (boundary ties).
        var g = Gaussian(1500, 42 + m);
        var x = g.Select(v => Math.Round((850 + (40 * v)) / 7.8125) * 7.8125).ToArray();
        var r = rFactor == 0 ? 0 : Math.Round(rFactor * 40 / 7.8125) * 7.8125;
        var fast = TemplateMatching.Count(x, m, delay, r);
        var naive = TemplateMatching.CountNaive(x, m, delay, r);
        Assert.Multiple(() =>
        {
            Assert.That(fast.PairsM, Is.EqualTo(naive.PairsM));
            Assert.That(fast.PairsM1, Is.EqualTo(naive.PairsM1));
            Assert.That(naive.PairsM, Is.GreaterThan(0));
        });
    }

    [Test]
    public void Dfa_WhiteNoise_AlphaNearHalf()
    {
        var x = Gaussian(1 << 16, 7).Select(v => 800 + (50 * v)).ToArray();
        var o = NonlinearOptions.Default with { DfaAlpha1MinBeats = 16, DfaAlpha1MaxBeats = 1024 };
        var fit = NonlinearAnalysis.Dfa(x, o).Alpha1;
        Assert.That(fit.Alpha, Is.EqualTo(0.5).Within(0.05));
    }

    [Test]
    public void Dfa_RandomWalk_AlphaNearOnePointFive()
    {
        var noise = Gaussian(1 << 16, 11);
        var x = new double[noise.Length];
        double s = 0;
        for (var i = 0; i < x.Length; i++)
        {
            s += noise[i];
            x[i] = 800 + s;
        }

        var o = NonlinearOptions.Default with { DfaAlpha1MinBeats = 16, DfaAlpha1MaxBeats = 1024 };
        Assert.That(NonlinearAnalysis.Dfa(x, o).Alpha1.Alpha, Is.EqualTo(1.5).Within(0.05));
    }

    [Test]
    public void Dfa_DefaultOptions_ExposesFluctuationFunctionPerBoxSize()
    {
        var x = Gaussian(2000, 3).Select(v => 800 + (30 * v)).ToArray();
        var r = NonlinearAnalysis.Dfa(x);
        Assert.Multiple(() =>
        {
            Assert.That(r.Alpha1.BoxSizes, Is.EqualTo(Enumerable.Range(4, 13).ToArray()));
            Assert.That(r.Alpha2.BoxSizes, Is.EqualTo(Enumerable.Range(16, 49).ToArray()));
            Assert.That(r.Alpha1.FluctuationsMs, Has.Count.EqualTo(13));
            Assert.That(r.Alpha1.FluctuationsMs, Is.Ordered.Ascending);
        });
    }

    [Test]
    public void Dfa_TooShortSeries_GivesNaN()
    {
        double[] x = [800, 810, 790, 805, 800, 795, 810, 800, 790, 805];
        Assert.That(NonlinearAnalysis.Dfa(x).Alpha1.Alpha, Is.NaN);
    }

    [Test]
    public void Poincare_FourIntervals_EqualsHandComputation()
    {
        // Pairs (800,810) (810,790) (790,800): (x−y)/√2 = (−10, 20, −10)/√2, mean 0, squares 50 + 200 + 50 = 300,
        // SD1² = 300 / (3 − 1) = 150; (x+y)/√2 deviates from its mean by (10, 0, −10)/√2, squares 50 + 0 + 50,
        // SD2² = 100 / 2 = 50.
        var p = NonlinearAnalysis.Poincare([800, 810, 790, 800]);
        Assert.Multiple(() =>
        {
            Assert.That(p.Sd1Ms, Is.EqualTo(Math.Sqrt(150)).Within(1e-12));
            Assert.That(p.Sd2Ms, Is.EqualTo(Math.Sqrt(50)).Within(1e-12));
            Assert.That(p.AreaMs2, Is.EqualTo(Math.PI * Math.Sqrt(150 * 50)).Within(1e-9));
            Assert.That(p.RrNMs, Is.EqualTo(new double[] { 800, 810, 790 }));
        });
    }

    [Test]
    public void Compute_GapBeforeInterval_SkipsPairsSpanningIt()
    {
        // Gap before the third interval: only (800,810) and (790,800) remain; both have x−y = −10 → SD1 = 0;
        // (x+y)/√2 = 1610/√2 and 1590/√2 deviate by ±10/√2, squares 50 + 50, SD2² = 100 / (2 − 1) → SD2 = 10.
        // RMSSD uses the two differences +10 and +10 (the −20 across the gap is skipped) → 10.
        var rr = RrIntervals.FromMilliseconds([800, 810, 790, 800]).WithGapsBefore([2]);
        var r = NonlinearAnalysis.Compute(rr);
        Assert.Multiple(() =>
        {
            Assert.That(r.Poincare.PairCount, Is.EqualTo(2));
            Assert.That(r.Poincare.Sd1Ms, Is.EqualTo(0).Within(1e-12));
            Assert.That(r.Poincare.Sd2Ms, Is.EqualTo(10).Within(1e-12));
            Assert.That(r.AutonomicBalance.RmssdMs, Is.EqualTo(10).Within(1e-12));
        });
    }

    [Test]
    public void Fragmentation_PerfectAlternation_EqualsHandValues()
    {
        // d = +,−,+,−,+ : 4 inflection points over 5 + 1 → PIP = 4/6; five segments of length 1 → IALS = 1, PSS = 1;
        // one run of 4 consecutive inflection points → PAS = 1.
        var f = NonlinearAnalysis.Fragmentation([800, 820, 800, 820, 800, 820]);
        Assert.Multiple(() =>
        {
            Assert.That(f.PipFraction, Is.EqualTo(4 / 6.0).Within(1e-15));
            Assert.That(f.Ials, Is.EqualTo(1).Within(1e-15));
            Assert.That(f.PssFraction, Is.EqualTo(1).Within(1e-15));
            Assert.That(f.PasFraction, Is.EqualTo(1).Within(1e-15));
        });
    }

    [Test]
    public void StressIndex_FiveIntervals_EqualsHandComputation()
    {
        // Bins of 50 ms: [800, 850) holds 3 of 5 → Mo = 825 ms, AMo = 60 %; MxDMn = 1000 − 800 = 200 ms.
        var s = NonlinearAnalysis.StressIndex([800, 810, 820, 900, 1000]);
        Assert.Multiple(() =>
        {
            Assert.That(s.ModeMs, Is.EqualTo(825));
            Assert.That(s.AmplitudeOfModePercent, Is.EqualTo(60).Within(1e-12));
            Assert.That(s.VariationRangeMs, Is.EqualTo(200));
            Assert.That(s.StressIndex, Is.EqualTo(60 / (2 * 0.825 * 0.2)).Within(1e-9));
            Assert.That(s.SqrtStressIndex, Is.EqualTo(Math.Sqrt(60 / (2 * 0.825 * 0.2))).Within(1e-9));
        });
    }

    [Test]
    public void AutonomicBalance_InputsAtNormMeans_GivesZero()
    {
        var n = AutonomicNorms.Nunan2010;
        var b = AutonomicBalance.FromIndices(n.MeanRrMs.Mean, n.RmssdMs.Mean, n.Sd1Ms.Mean, n.SqrtStressIndex.Mean, n.Sd2Ms.Mean, n);
        Assert.Multiple(() =>
        {
            Assert.That(b.PnsIndex, Is.EqualTo(0).Within(1e-12));
            Assert.That(b.SnsIndex, Is.EqualTo(0).Within(1e-12));
        });
    }

    [Test]
    public void AutonomicBalance_OneSdLongerRrAndRmssdAndSd1_GivesPnsOne()
    {
        var n = AutonomicNorms.Nunan2010;
        var b = AutonomicBalance.FromIndices(926 + 90, 42 + 15, n.Sd1Ms.Mean + n.Sd1Ms.StandardDeviation, n.SqrtStressIndex.Mean, n.Sd2Ms.Mean, n);
        Assert.That(b.PnsIndex, Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void AutonomicNorms_ReplacedByUser_AreUsed()
    {
        var custom = AutonomicNorms.Nunan2010 with { MeanRrMs = new ReferenceNorm(1000, 100), PnsWeights = (1, 0, 0) };
        var b = AutonomicBalance.FromIndices(1100, 42, 30, 10, 64, custom);
        Assert.That(b.PnsIndex, Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void ShannonEntropy_FourValues_EqualsOneAndHalfBits()
    {
        Assert.That(Entropies.Shannon([1, 1, 2, 3]), Is.EqualTo(1.5).Within(1e-15));
    }

    [Test]
    public void LempelZiv_ClassicExample_CountsSixPhrases()
    {
        // Lempel & Ziv (1976): 0001101001000101 parses as 0 · 001 · 10 · 100 · 1000 · 101.
        var s = "0001101001000101".Select(c => (byte)(c - '0')).ToArray();
        Assert.That(FractalIndices.LzCount(s), Is.EqualTo(6));
    }

    [Test]
    public void KatzFractalDimension_StraightLine_IsOne()
    {
        Assert.That(FractalIndices.Katz([1, 2, 3, 4, 5, 6]), Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void CorrelationDimensionRadii_LargestDistance40_EqualHandValues()
    {
        // D = 40: documented rule 2.5 %·D = 1 to 50 %·D = 20; NeuroKit2 0.2.12 (1 + 1)/2 = 1 to (1 + 20)/2 = 10.5.
        var range = FractalIndices.Radii(40, CorrelationDimensionRadii.FractionOfRange);
        var nk = FractalIndices.Radii(40, CorrelationDimensionRadii.NeuroKit2);
        Assert.Multiple(() =>
        {
            Assert.That(range, Has.Length.EqualTo(64));
            Assert.That(range[0], Is.EqualTo(1).Within(1e-12));
            Assert.That(range[63], Is.EqualTo(20).Within(1e-12));
            Assert.That(range[32] / range[31], Is.EqualTo(Math.Pow(20, 1.0 / 63)).Within(1e-12));
            Assert.That(nk[0], Is.EqualTo(1).Within(1e-12));
            Assert.That(nk[63], Is.EqualTo(10.5).Within(1e-12));
            Assert.That(nk[32] / nk[31], Is.EqualTo(Math.Pow(10.5, 1.0 / 63)).Within(1e-12));
        });
    }

    [TestCase(CorrelationDimensionRadii.FractionOfRange)]
    [TestCase(CorrelationDimensionRadii.NeuroKit2)]
    public void CorrelationDimension_QuantisedRandomSeries_EqualsNaiveDefinition(CorrelationDimensionRadii rule)
    {
        // Naive oracle: every pair distance by sqrt, every radius counted separately, least squares on log2.
        var rng = new Random(17);
        var x = Enumerable.Range(0, 150).Select(_ => 800 + (7.8125 * rng.Next(-8, 9))).ToArray();
        var vectors = x.Length - 1;
        var distances = new List<double>();
        for (var i = 0; i < vectors; i++)
        {
            for (var j = i + 1; j < vectors; j++)
                distances.Add(Math.Sqrt(Math.Pow(x[i] - x[j], 2) + Math.Pow(x[i + 1] - x[j + 1], 2)));
        }

        var radii = FractalIndices.Radii(distances.Max(), rule);
        var lx = new List<double>();
        var ly = new List<double>();
        foreach (var r in radii)
        {
            var c = distances.Count(d => d < r) / (double)distances.Count;
            if (c == 0) continue;
            lx.Add(Math.Log2(r));
            ly.Add(Math.Log2(c));
        }

        double mx = lx.Average(), my = ly.Average(), sxy = 0, sxx = 0;
        for (var k = 0; k < lx.Count; k++)
        {
            sxy += (lx[k] - mx) * (ly[k] - my);
            sxx += (lx[k] - mx) * (lx[k] - mx);
        }

        Assert.That(FractalIndices.CorrelationDimension(x, rule), Is.EqualTo(sxy / sxx).Within(1e-12));
    }

    [Test]
    public void CorrelationDimension_PresetsOnRealRecording_NeuroKit2RadiiGiveLargerValue()
    {
        // NeuroKit2 0.2.12's radii are about half the documented ones (smaller scales, steeper slope).
        var rr = NonlinearReferenceData.ReadRr("nsr2db_5min__nsr006_5min");
        var byDefault = NonlinearAnalysis.Compute(RrIntervals.FromMilliseconds(rr)).Complexity;
        var byNeuroKit2 = NonlinearAnalysis.Compute(RrIntervals.FromMilliseconds(rr), NonlinearOptions.NeuroKit2).Complexity;
        Assert.Multiple(() =>
        {
            Assert.That(byDefault.CorrelationDimensionRadii, Is.EqualTo(CorrelationDimensionRadii.FractionOfRange));
            Assert.That(byNeuroKit2.CorrelationDimensionRadii, Is.EqualTo(CorrelationDimensionRadii.NeuroKit2));
            Assert.That(byNeuroKit2.CorrelationDimension, Is.GreaterThan(byDefault.CorrelationDimension * 1.1));
        });
    }

    [Test]
    public void Compute_UndefinedCorrelationDimensionRadii_ThrowsNamingProperty()
    {
        var o = NonlinearOptions.Default with { CorrelationDimensionRadii = (CorrelationDimensionRadii)7 };
        var ex = Assert.Throws<ArgumentException>(() => NonlinearAnalysis.Compute(RrIntervals.FromMilliseconds([800, 810]), o));
        Assert.That(ex!.Message, Does.Contain("CorrelationDimensionRadii").And.Contain("7"));
    }

    [Test]
    public void Compute_EmptySeries_GivesNaNNotException()
    {
        var t = NonlinearAnalysis.Compute(RrIntervals.Empty).ToIndexTable();
        Assert.Multiple(() =>
        {
            Assert.That(t["HRV_SD1"], Is.NaN);
            Assert.That(t["HRV_SampEn"], Is.NaN);
            Assert.That(t["HRV_DFA_alpha1"], Is.NaN);
            Assert.That(t["ANS_PNS"], Is.NaN);
        });
    }

    [Test]
    public void Compute_InvalidOption_ThrowsNamingPropertyAndValue()
    {
        var o = NonlinearOptions.Default with { DfaAlpha1MaxBeats = 3 };
        var ex = Assert.Throws<ArgumentException>(() => NonlinearAnalysis.Compute(RrIntervals.FromMilliseconds([800, 810]), o));
        Assert.That(ex!.Message, Does.Contain("DfaAlpha1MaxBeats").And.Contain("3"));
    }

    [Test]
    public void Compute_DoesNotMutateInput()
    {
        double[] rr = [800, 810, 790, 805, 800, 795, 810, 800, 790, 805, 812, 799];
        var copy = rr.ToArray();
        _ = NonlinearAnalysis.Compute(RrIntervals.FromMilliseconds(rr));
        Assert.That(rr, Is.EqualTo(copy));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void ApproximateEntropy_RandomSeries_EqualsNaiveDefinition(int m)
    {
        var x = Gaussian(800, 5).Select(v => Math.Round(800 + (40 * v))).ToArray();
        const double r = 8;
        double Phi(int k)
        {
            var count = x.Length - k + 1;
            double phi = 0;
            for (var i = 0; i < count; i++)
            {
                var c = 0;
                for (var j = 0; j < count; j++)
                {
                    var ok = true;
                    for (var l = 0; l < k && ok; l++) ok = Math.Abs(x[i + l] - x[j + l]) <= r;
                    if (ok) c++;
                }

                phi += Math.Log(c / (double)count);
            }

            return phi / count;
        }

        Assert.That(NonlinearAnalysis.ApproximateEntropy(x, m, r), Is.EqualTo(Math.Abs(Phi(m) - Phi(m + 1))).Within(1e-12));
    }

    [Test]
    public void ToIndexTable_EveryIndex_HasADefinition()
    {
        var names = NonlinearAnalysis.Compute(RrIntervals.FromMilliseconds([800, 810, 790, 800])).ToIndexTable().Keys;
        var defined = HrResponse.Reporting.Definitions.NonlinearDefinitions.All.Select(d => d.Name).ToHashSet();
        Assert.That(names, Is.SubsetOf(defined));
        Assert.That(defined, Is.SubsetOf(names));
    }

    [Test]
    public void SampleEntropy_GaussianWhiteNoise_MatchesTheory()
    {
        // For i.i.d. Gaussian x, templates match coordinate-wise independently with p = P(|X − Y| ≤ r) = erf(r / (2σ)),
        // so B/A → p and SampEn → −ln erf(0.1) ≈ 2.185 for r = 0.2σ.
        var x = Gaussian(20_000, 99);
        const double pMatch = 0.1124629160182849; // erf(0.1)
        var mean = x.Average();
        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
        Assert.That(NonlinearAnalysis.SampleEntropy(x, 2, 0.2 * sd), Is.EqualTo(-Math.Log(pMatch)).Within(0.05));
    }

    [Test]
    public void Dfa_WhiteNoiseDefaultRanges_MatchFiniteSizeTheory()
    {
        // For white noise, linear DFA on boxes of n points has F²(n) ∝ (n² − 4)/n, so α over small boxes is above 0.5
        // (≈ 0.6 over 4–16) and tends to 0.5 over large boxes. Expected α = slope of ½·log((n² − 4)/n) on log n.
        var x = Gaussian(1 << 16, 21).Select(v => 800 + (50 * v)).ToArray();
        var r = NonlinearAnalysis.Dfa(x);
        static double Expected(int lo, int hi)
        {
            var n = Enumerable.Range(lo, hi - lo + 1).Select(v => (double)v).ToArray();
            var lx = n.Select(v => Math.Log(v)).ToArray();
            var ly = n.Select(v => 0.5 * Math.Log(((v * v) - 4) / v)).ToArray();
            double mx = lx.Average(), my = ly.Average();
            return lx.Zip(ly).Sum(p => (p.First - mx) * (p.Second - my)) / lx.Sum(v => (v - mx) * (v - mx));
        }

        Assert.Multiple(() =>
        {
            Assert.That(r.Alpha1.Alpha, Is.EqualTo(Expected(4, 16)).Within(0.03));
            Assert.That(r.Alpha2.Alpha, Is.EqualTo(Expected(16, 64)).Within(0.03));
            Assert.That(r.Alpha2.Alpha, Is.EqualTo(0.5).Within(0.05));
        });
    }

    [Test]
    public void ReferenceNorm_ZeroStandardDeviation_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ReferenceNorm(926, 0));
        Assert.That(ex!.ParamName, Is.EqualTo("StandardDeviation"));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(50)]
    public void Compute_ConstantOrVeryShortSeries_GivesValuesOrNaNWithoutThrowing(int n)
    {
        var rr = RrIntervals.FromMilliseconds(Enumerable.Repeat(800.0, n).ToArray());
        var t = NonlinearAnalysis.Compute(rr).ToIndexTable();
        Assert.Multiple(() =>
        {
            Assert.That(t["HRV_DFA_alpha1"], Is.NaN);
            Assert.That(t["HRV_BaevskySI"], Is.NaN);
            Assert.That(t["HRV_ShanEn"], Is.EqualTo(0));
        });
    }
}
