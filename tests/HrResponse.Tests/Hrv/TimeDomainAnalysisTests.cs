using HrResponse.Hrv;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>Hand-computed small cases for every time-domain index and option.</summary>
public class TimeDomainAnalysisTests
{
    private const double Tol = 1e-9;

    // Five intervals: mean 830; deviations −30, 20, −50, 70, −10 (Σ² = 8800); differences 50, −70, 120, −80
    // (Σ² = 28200, mean 5, Σ(d − 5)² = 28100); sorted 780, 800, 820, 850, 900.
    private static readonly double[] Five = [800, 850, 780, 900, 820];

    [Test]
    public void Compute_FiveIntervalsDefault_DeviationIndices()
    {
        var r = TimeDomainAnalysis.Compute(Five);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.IntervalCount, Is.EqualTo(5));
            Assert.That(r.DifferenceCount, Is.EqualTo(4));
            Assert.That(r.MeanNnMs, Is.EqualTo(830).Within(Tol));
            Assert.That(r.SdnnMs, Is.EqualTo(Math.Sqrt(8800 / 4.0)).Within(Tol));
            Assert.That(r.Cvnn, Is.EqualTo(Math.Sqrt(2200) / 830).Within(Tol));
            Assert.That(r.MinNnMs, Is.EqualTo(780));
            Assert.That(r.MaxNnMs, Is.EqualTo(900));
        }
    }

    [Test]
    public void Compute_FiveIntervalsDefault_DifferenceIndices()
    {
        var r = TimeDomainAnalysis.Compute(Five);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.RmssdMs, Is.EqualTo(Math.Sqrt(28200 / 4.0)).Within(Tol));
            Assert.That(r.SdsdMs, Is.EqualTo(Math.Sqrt(28100 / 3.0)).Within(Tol));
            Assert.That(r.Cvsd, Is.EqualTo(Math.Sqrt(7050) / 830).Within(Tol));
            Assert.That(r.SdnnRmssdRatio, Is.EqualTo(Math.Sqrt(2200) / Math.Sqrt(7050)).Within(Tol));
            // |d| = 50 is not > 50: 3 of 4 differences exceed 50 ms, all 4 exceed 20 ms.
            Assert.That(r.Pnn50Percent, Is.EqualTo(75).Within(Tol));
            Assert.That(r.Pnn20Percent, Is.EqualTo(100).Within(Tol));
        }
    }

    [Test]
    public void Compute_FiveIntervalsDefault_RobustIndices()
    {
        var r = TimeDomainAnalysis.Compute(Five);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.MedianNnMs, Is.EqualTo(820));
            // |rr − 820| = 20, 30, 40, 80, 0 → median 30.
            Assert.That(r.MadNnMs, Is.EqualTo(1.4826 * 30).Within(Tol));
            Assert.That(r.Mcvnn, Is.EqualTo(1.4826 * 30 / 820).Within(Tol));
            // Positions (5 − 1)·p: 0.8 → 780 + 0.8·20; 3.2 → 850 + 0.2·50; 1 → 800; 3 → 850.
            Assert.That(r.Prc20NnMs, Is.EqualTo(796).Within(Tol));
            Assert.That(r.Prc80NnMs, Is.EqualTo(860).Within(Tol));
            Assert.That(r.IqrNnMs, Is.EqualTo(50).Within(Tol));
        }
    }

    [Test]
    public void Compute_FiveIntervalsDefault_HeartRateIndices()
    {
        var r = TimeDomainAnalysis.Compute(Five);
        var hr = Five.Select(x => 60000 / x).ToArray();
        var mean = hr.Sum() / 5;
        var sd = Math.Sqrt(hr.Sum(h => (h - mean) * (h - mean)) / 4);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.MeanHeartRateBpm, Is.EqualTo(mean).Within(Tol));
            Assert.That(r.SdHeartRateBpm, Is.EqualTo(sd).Within(Tol));
            Assert.That(r.MinHeartRateBpm, Is.EqualTo(60000 / 900.0).Within(Tol));
            Assert.That(r.MaxHeartRateBpm, Is.EqualTo(60000 / 780.0).Within(Tol));
        }
    }

    [Test]
    public void Compute_FiveDistinctBins_HtiIsCountOverOne()
    {
        // 780, 800, 820, 850, 900 ms fall in bins 99, 102, 104, 108 and 115 of 7.8125 ms: the fullest holds 1.
        Assert.That(TimeDomainAnalysis.Compute(Five).TriangularIndex, Is.EqualTo(5));
    }

    [Test]
    public void Compute_PnnDenominatorIntervals_DividesByDifferencesPlusOne()
    {
        var r = TimeDomainAnalysis.Compute(Five, TimeDomainOptions.Default with { PnnDenominator = PnnDenominator.Intervals });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Pnn50Percent, Is.EqualTo(60).Within(Tol));
            Assert.That(r.Pnn20Percent, Is.EqualTo(80).Within(Tol));
        }
    }

    [Test]
    public void Compute_SdsdPopulationN_DividesByDifferenceCount()
    {
        var r = TimeDomainAnalysis.Compute(Five, TimeDomainOptions.Default with { SdsdEstimator = DeviationEstimator.PopulationN });
        Assert.That(r.SdsdMs, Is.EqualTo(Math.Sqrt(28100 / 4.0)).Within(Tol));
    }

    [Test]
    public void Compute_GapBeforeThirdInterval_SkipsThatDifference()
    {
        // Differences kept: 850−800 = 50, 900−780 = 120, 820−900 = −80; mean 30, deviations 20, 90, −110.
        var rr = RrIntervals.FromMilliseconds(Five).WithGapsBefore([2]);
        var r = TimeDomainAnalysis.Compute(rr);
        var nk = TimeDomainAnalysis.Compute(rr, TimeDomainOptions.NeuroKit2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.DifferenceCount, Is.EqualTo(3));
            Assert.That(r.RmssdMs, Is.EqualTo(Math.Sqrt(23300 / 3.0)).Within(Tol));
            Assert.That(r.SdsdMs, Is.EqualTo(Math.Sqrt(((20 * 20) + (90 * 90) + (110 * 110)) / 2.0)).Within(Tol));
            Assert.That(r.Pnn50Percent, Is.EqualTo(200 / 3.0).Within(Tol));
            Assert.That(nk.Pnn50Percent, Is.EqualTo(50).Within(Tol));
            Assert.That(r.MeanNnMs, Is.EqualTo(830).Within(Tol));
        }
    }

    [Test]
    public void Compute_RrIntervalsWithoutGaps_EqualsSpanOverload()
    {
        var rr = SyntheticRr(700, seed: 3);
        foreach (var options in new[] { TimeDomainOptions.Default, TimeDomainOptions.NeuroKit2 })
        {
            var fromSpan = TimeDomainAnalysis.Compute(rr, options).ToIndexTable();
            var fromSeries = TimeDomainAnalysis.Compute(RrIntervals.FromMilliseconds(rr), options).ToIndexTable();
            Assert.That(fromSeries, Is.EqualTo(fromSpan));
        }
    }

    [Test]
    public void Compute_NoIntervals_AllIndicesNaN()
    {
        var r = TimeDomainAnalysis.Compute(ReadOnlySpan<double>.Empty);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.IntervalCount, Is.Zero);
            Assert.That(r.DifferenceCount, Is.Zero);
            Assert.That(r.ToIndexTable().Values, Is.All.NaN);
        }
    }

    [Test]
    public void Compute_OneInterval_LocationDefinedSpreadNaN()
    {
        var r = TimeDomainAnalysis.Compute([800.0]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.MeanNnMs, Is.EqualTo(800));
            Assert.That(r.MedianNnMs, Is.EqualTo(800));
            Assert.That(r.MadNnMs, Is.Zero);
            Assert.That(r.IqrNnMs, Is.Zero);
            Assert.That(r.Prc20NnMs, Is.EqualTo(800));
            Assert.That(r.TriangularIndex, Is.EqualTo(1));
            Assert.That(r.MeanHeartRateBpm, Is.EqualTo(75).Within(Tol));
            Assert.That(r.SdnnMs, Is.NaN);
            Assert.That(r.SdHeartRateBpm, Is.NaN);
            Assert.That(r.RmssdMs, Is.NaN);
            Assert.That(r.SdsdMs, Is.NaN);
            Assert.That(r.Pnn50Percent, Is.NaN);
            Assert.That(r.TinnMs, Is.NaN);
            Assert.That(r.Sdann1Ms, Is.NaN);
            Assert.That(r.Sdnni5Ms, Is.NaN);
        }
    }

    [Test]
    public void Compute_TwoIntervals_SdsdNeedsTwoDifferences()
    {
        var r = TimeDomainAnalysis.Compute([800.0, 900.0]);
        var population = TimeDomainAnalysis.Compute([800.0, 900.0], TimeDomainOptions.Default with { SdsdEstimator = DeviationEstimator.PopulationN });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.SdnnMs, Is.EqualTo(Math.Sqrt(5000)).Within(Tol));
            Assert.That(r.RmssdMs, Is.EqualTo(100).Within(Tol));
            Assert.That(r.SdsdMs, Is.NaN);
            Assert.That(population.SdsdMs, Is.Zero);
            Assert.That(r.Pnn50Percent, Is.EqualTo(100));
            Assert.That(r.MedianNnMs, Is.EqualTo(850));
            Assert.That(r.TinnMs, Is.Not.NaN);
        }
    }

    [Test]
    public void Compute_TriangularHistogram_FullSearchFindsExactBase()
    {
        // Counts 1, 2, 3, 4, 3, 2, 1 in bins 100..106 (values at bin centres): the triangle through
        // (edge 99, 0), (edge 103, 4), (edge 107, 0) fits every bin exactly, so TINN = 8 bins = 62.5 ms.
        var counts = new[] { 1, 2, 3, 4, 3, 2, 1 };
        var rr = new List<double>();
        for (var b = 0; b < counts.Length; b++)
            rr.AddRange(Enumerable.Repeat((100 + b + 0.5) * 7.8125, counts[b]));
        var r = TimeDomainAnalysis.Compute(rr.ToArray());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.TinnMs, Is.EqualTo(62.5).Within(Tol));
            Assert.That(r.TriangularIndex, Is.EqualTo(16 / 4.0).Within(Tol));
        }
    }

    [Test]
    public void Compute_MaxOnLastEdge_NumPyBinningClosesLastBin()
    {
        // 781.25 = 100 bins, 789.0625 = 101 bins: NumPy's last bin [100·w, 101·w] is closed, so both share it.
        double[] rr = [781.25, 789.0625];
        var halfOpen = TimeDomainAnalysis.Compute(rr);
        var numPy = TimeDomainAnalysis.Compute(rr, TimeDomainOptions.Default with { HistogramBinning = HistogramBinning.NumPy });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(halfOpen.TriangularIndex, Is.EqualTo(2));
            Assert.That(numPy.TriangularIndex, Is.EqualTo(1));
        }
    }

    [Test]
    public void Compute_ClockAlignedMinuteSegments_MeansAndSdsOfCompleteMinutes()
    {
        // 60 × 1000, 80 × 750, 50 × 1200, 100 × 600 ms: beats land exactly on each minute, and a beat at t belongs to
        // [k·60, (k+1)·60), so each minute ends with the first interval of the next block; the beat at 240 s starts
        // a fifth, incomplete minute that is dropped.
        var rr = Enumerable.Repeat(1000.0, 60).Concat(Enumerable.Repeat(750.0, 80))
            .Concat(Enumerable.Repeat(1200.0, 50)).Concat(Enumerable.Repeat(600.0, 100)).ToArray();
        double[][] segments =
        [
            [.. Enumerable.Repeat(1000.0, 59)],
            [1000.0, .. Enumerable.Repeat(750.0, 79)],
            [750.0, .. Enumerable.Repeat(1200.0, 49)],
            [1200.0, .. Enumerable.Repeat(600.0, 99)],
        ];
        var means = segments.Select(s => s.Average()).ToArray();
        var sds = segments.Select(SampleSd).ToArray();

        var r = TimeDomainAnalysis.Compute(rr);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Sdann1Ms, Is.EqualTo(SampleSd(means)).Within(Tol));
            Assert.That(r.Sdnni1Ms, Is.EqualTo(sds.Average()).Within(Tol));
            Assert.That(r.Sdann2Ms, Is.NaN, "only two complete 2-minute segments");
            Assert.That(r.Sdnni2Ms, Is.NaN);
        }
    }

    [TestCase(SegmentRule.CompleteClockAligned)]
    [TestCase(SegmentRule.NeuroKit2)]
    public void Compute_IntervalOf1e308Ms_EndsWithSegmentIndicesOfTwoSegments(SegmentRule rule)
    {
        // 1e308 ms spans ~1e303 one-minute segments: counting them one by one never ended (found by the property tests).
        var options = new TimeDomainOptions { SegmentRule = rule };
        var run = Task.Run(() => TimeDomainAnalysis.Compute([800, 1e308], options));
        Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "the computation did not end");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Result.MaxNnMs, Is.EqualTo(1e308));
            Assert.That(run.Result.MeanNnMs, Is.EqualTo(5e307).Within(1e293));
            Assert.That(run.Result.Sdann1Ms, Is.NaN, "two non-empty segments are fewer than three");
        }
    }

    [Test]
    public void Compute_ClockAlignedWithBeatTimes_UsesStartOfFirstInterval()
    {
        // The same series shifted to start at 1000 s through explicit beat times gives the same segments.
        var rr = SyntheticRr(400, seed: 5);
        var times = new double[rr.Length];
        double sum = 0;
        for (var i = 0; i < rr.Length; i++)
        {
            sum += rr[i];
            times[i] = 1024 + (sum / 1000.0);
        }

        var shifted = TimeDomainAnalysis.Compute(RrIntervals.FromMilliseconds(rr, times));
        var plain = TimeDomainAnalysis.Compute(rr);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.Sdann1Ms, Is.Not.NaN);
            Assert.That(shifted.Sdann1Ms, Is.EqualTo(plain.Sdann1Ms).Within(1e-9));
            Assert.That(shifted.Sdnni1Ms, Is.EqualTo(plain.Sdnni1Ms).Within(1e-9));
        }
    }

    [Test]
    public void Compute_IndexTable_NeuroKit2NamesInOrder()
    {
        var names = TimeDomainAnalysis.Compute(Five).ToIndexTable().Keys;
        Assert.That(names, Is.EqualTo(new[]
        {
            "HRV_MeanNN", "HRV_SDNN", "HRV_SDANN1", "HRV_SDNNI1", "HRV_SDANN2", "HRV_SDNNI2", "HRV_SDANN5", "HRV_SDNNI5",
            "HRV_RMSSD", "HRV_SDSD", "HRV_CVNN", "HRV_CVSD", "HRV_MedianNN", "HRV_MadNN", "HRV_MCVNN", "HRV_IQRNN",
            "HRV_SDRMSSD", "HRV_Prc20NN", "HRV_Prc80NN", "HRV_pNN50", "HRV_pNN20", "HRV_MinNN", "HRV_MaxNN", "HRV_HTI",
            "HRV_TINN", "HRV_MeanHR", "HRV_SDHR", "HRV_MinHR", "HRV_MaxHR",
        }));
    }

    [Test]
    public void Compute_Result_RecordsOptions()
    {
        Assert.That(TimeDomainAnalysis.Compute(Five, TimeDomainOptions.NeuroKit2).Options, Is.SameAs(TimeDomainOptions.NeuroKit2));
        Assert.That(TimeDomainAnalysis.Compute(Five).Options, Is.SameAs(TimeDomainOptions.Default));
    }

    [Test]
    public void Compute_NonPositiveInterval_ThrowsNamingIndexAndValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => TimeDomainAnalysis.Compute([800.0, -5.0]));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex!.ParamName, Is.EqualTo("rrMs"));
            Assert.That(ex.Message, Does.Contain("rrMs[1] is -5"));
        }
    }

    [Test]
    public void Compute_ValuesInSeconds_ThrowsWithFix()
    {
        var ex = Assert.Throws<ArgumentException>(() => TimeDomainAnalysis.Compute([0.8, 0.85, 0.9]));
        Assert.That(ex!.Message, Does.Contain("pass milliseconds"));
    }

    [Test]
    public void Compute_InvalidOptions_Throw()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                () => TimeDomainAnalysis.Compute(Five, TimeDomainOptions.Default with { HistogramBinWidth = TimeSpan.Zero }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("options"));
            Assert.That(
                () => TimeDomainAnalysis.Compute(Five, TimeDomainOptions.Default with { TinnMethod = (TinnMethod)7 }),
                Throws.ArgumentException.With.Message.Contains("TinnMethod"));
        }
    }

    [Test]
    public void Compute_Input_IsNotModified()
    {
        var rr = SyntheticRr(1000, seed: 9);
        var copy = rr.ToArray();
        TimeDomainAnalysis.Compute(rr);
        TimeDomainAnalysis.Compute(rr, TimeDomainOptions.NeuroKit2);
        Assert.That(rr, Is.EqualTo(copy));
    }

    internal static double[] SyntheticRr(int count, int seed)
    {
        var random = new Random(seed);
        var rr = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Box–Muller normal, 800 ± 50 ms, quantised to 1 ms.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            rr[i] = Math.Round(800 + (50 * z));
        }

        return rr;
    }

    private static double SampleSd(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
