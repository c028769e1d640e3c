using FsCheck;
using FsCheck.Fluent;
using HrResponse.Ecg;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Quality;
using HrResponse.Signal;
using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Fuzzing;

/// <summary>
/// Issue 15, item 7: every public analysis entry, on any doubles (NaN, infinities, huge, tiny, negative, mixed with
/// plausible values), gives a result or the documented <see cref="ArgumentException"/> within a time bound
/// proportional to the number of values.
/// </summary>
[Category("Property")]
public class AnalysisPropertyTests
{
    /// <summary>Allowed time per value on top of <see cref="PropertyCheck.BaseBound"/>.</summary>
    private static readonly TimeSpan PerValue = TimeSpan.FromMilliseconds(2);

    private static readonly double[] Special =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue, 1e308, -1e308, double.Epsilon,
        -double.Epsilon, 0.0, -0.0, 1, -1, 25, 60_000, 3.6e6, 3.6e6 + 1, 1e-300, 1e15, 0.8,
    ];

    /// <summary>Any double, weighted towards the plausible (RR-like) and the special.</summary>
    private static Gen<double> AnyDouble(double plausibleMin, double plausibleMax) =>
        Gen.Frequency(
            (12, Gen.Choose(0, 1_000_000).Select(i => plausibleMin + ((plausibleMax - plausibleMin) * i / 1_000_000.0))),
            (2, Gen.Elements(Special)),
            (1, from hi in Gen.Choose(int.MinValue, int.MaxValue)
                from lo in Gen.Choose(int.MinValue, int.MaxValue)
                select BitConverter.Int64BitsToDouble(((long)hi << 32) | (uint)lo)));

    private static Gen<double[]> Values(double plausibleMin, double plausibleMax, int maxLength) =>
        from n in Gen.Frequency((3, Gen.Choose(0, 40)), (2, Gen.Choose(0, maxLength)))
        from values in Gen.ArrayOf(AnyDouble(plausibleMin, plausibleMax), n)
        select values;

    /// <summary>Mostly clean series (where the analyses do real work) with a few bad values, or anything at all.</summary>
    private static Gen<double[]> RrMs(int maxLength = 600) =>
        Gen.Frequency(
            (2, Values(300, 1500, maxLength)),
            (1, from n in Gen.Choose(0, maxLength)
                from clean in Gen.ArrayOf(Gen.Choose(600, 1000).Select(i => (double)i), n)
                from bad in Gen.ArrayOf(from at in Gen.Choose(0, int.MaxValue) from v in Gen.Elements(Special) select (At: at, Value: v), 3)
                select Spoil(clean, bad)));

    private static double[] Spoil(double[] clean, (int At, double Value)[] bad)
    {
        foreach (var (at, value) in bad)
            if (clean.Length > 0) clean[at % clean.Length] = value;
        return clean;
    }

    private static readonly Type[] Documented = [typeof(ArgumentException)];

    private static void Check<T>(Gen<T> gen, int cases, Func<T, int> size, Action<T> entry) =>
        PropertyCheck.ForAll(gen, cases, x => PropertyCheck.Ok(PropertyCheck.Within(size(x), PerValue, () => entry(x), Documented)));

    private static IEnumerable<TestCaseData> RrEntries()
    {
        yield return new TestCaseData((Action<double[]>)(rr => HrvAnalysis.Compute(rr))).SetName("HrvAnalysis_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => HrvAnalysis.Compute(rr, HrvOptions.FromPreset(HrvPreset.NeuroKit2))))
            .SetName("HrvAnalysis_ComputeNeuroKit2_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => TimeDomainAnalysis.Compute(rr))).SetName("TimeDomainAnalysis_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => FrequencyDomainAnalysis.Compute(rr))).SetName("FrequencyDomainAnalysis_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => FrequencyDomainAnalysis.Compute(rr, new FrequencyDomainOptions { Method = PsdMethod.Lomb })))
            .SetName("FrequencyDomainAnalysis_ComputeLomb_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => FrequencyDomainAnalysis.Compute(rr, new FrequencyDomainOptions { Method = PsdMethod.Burg })))
            .SetName("FrequencyDomainAnalysis_ComputeBurg_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.Compute(rr))).SetName("NonlinearAnalysis_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.Dfa(rr))).SetName("NonlinearAnalysis_Dfa_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.Poincare(rr))).SetName("NonlinearAnalysis_Poincare_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.Fragmentation(rr))).SetName("NonlinearAnalysis_Fragmentation_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.HeartRateAsymmetry(rr))).SetName("NonlinearAnalysis_HeartRateAsymmetry_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.StressIndex(rr))).SetName("NonlinearAnalysis_StressIndex_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.SampleEntropy(rr, 2, 20))).SetName("NonlinearAnalysis_SampleEntropy_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => NonlinearAnalysis.ApproximateEntropy(rr, 2, 20))).SetName("NonlinearAnalysis_ApproximateEntropy_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => ArtifactCorrection.Clean(rr))).SetName("ArtifactCorrection_Clean_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => HrvAnalysis.Compute(ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr)))))
            .SetName("HrvAnalysis_ComputeCleaned_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rr)))))
            .SetName("RecordingAnalysis_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => ExerciseTestAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rr)))))
            .SetName("ExerciseTestAnalysis_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => RrIntervals.FromSeconds(rr))).SetName("RrIntervals_FromSeconds_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(times => RrIntervals.FromBeatTimes(times))).SetName("RrIntervals_FromBeatTimes_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr =>
        {
            var analyzer = new RollingHrvAnalyzer();
            foreach (var v in rr) analyzer.Add(v);
        })).SetName("RollingHrvAnalyzer_Add_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(rr => Detrending.Detrend(rr, DetrendingMethod.SmoothnessPriors))).SetName("Detrending_Detrend_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(x => WelchSpectrum.Compute(x, 4))).SetName("WelchSpectrum_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(x => BurgSpectrum.Compute(x, 4))).SetName("BurgSpectrum_Compute_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(x => EcgFilter.Clean(x, 250))).SetName("EcgFilter_Clean_AnyDoubles");
        yield return new TestCaseData((Action<double[]>)(x => RPeakDetection.Detect(x, 250))).SetName("RPeakDetection_Detect_AnyDoubles");
    }

    [TestCaseSource(nameof(RrEntries))]
    public void Entry_AnyDoubles_ResultOrArgumentExceptionWithinBound(Action<double[]> entry) =>
        Check(RrMs(), 60, rr => rr.Length, entry);

    /// <summary>
    /// A swinging sinus rhythm with artifacts of every shape the detector reads, alone, adjacent and in runs: splits at
    /// any ratio (extra beats, double detections), merges of two or three intervals (missed beats), premature pairs,
    /// scaled intervals, and stretches where every interval is split.
    /// </summary>
    private static Gen<double[]> StructuredRr() =>
        from n in Gen.Choose(3, 500)
        from level in Gen.Choose(300, 1400)
        from swing in Gen.Choose(0, 40)
        from steps in Gen.ArrayOf(Gen.Choose(-1000, 1000), n)
        from ops in Gen.ArrayOf(from at in Gen.Choose(0, 100_000) from kind in Gen.Choose(0, 6) from r in Gen.Choose(5, 95) select (At: at, Kind: kind, R: r / 100.0), n / 8)
        select Structure(level, swing, steps, ops);

    private static double[] Structure(int level, int swingPercent, int[] steps, (int At, int Kind, double R)[] ops)
    {
        var rr = new List<double>(steps.Length * 2);
        double x = level;
        for (var i = 0; i < steps.Length; i++)
        {
            x = Math.Clamp(x * (1 + (swingPercent / 100.0 * steps[i] / 1000.0 / 3)), 250, 2000);
            rr.Add(x);
        }

        foreach (var (at, kind, r) in ops)
        {
            var i = at % rr.Count;
            switch (kind)
            {
                case 0: rr[i] *= r; rr.Insert(Math.Min(i + 1, rr.Count), rr[i] / r * (1 - r)); break; // split at ratio r
                case 1 when i + 1 < rr.Count: rr[i] += rr[i + 1]; rr.RemoveAt(i + 1); break; // missed beat
                case 2 when i + 2 < rr.Count: rr[i] += rr[i + 1] + rr[i + 2]; rr.RemoveRange(i + 1, 2); break; // two missed
                case 3 when i + 1 < rr.Count: var d = r * rr[i] * 0.5; rr[i] -= d; rr[i + 1] += d; break; // premature pair
                case 4: rr[i] *= 0.5 + r; break; // scaled
                case 5: // a run of double detections at ratio r
                    for (int k = i, end = Math.Min(rr.Count, i + 12); k < end; k += 2) { var v = rr[k]; rr[k] = v * r; rr.Insert(k + 1, v * (1 - r)); end++; }
                    break;
                default: break;
            }

            if (rr.Count == 0) rr.Add(level);
        }

        return [.. rr];
    }

    /// <summary>
    /// Every corrected interval is finite and positive, with each estimator and with the method as published: the
    /// autoregressive estimate's range once reached below zero beside intervals of very different lengths (26 and
    /// 143 ms), and a missed beat's split then gave one part a negative length.
    /// </summary>
    [TestCase(IntervalEstimator.AutoregressiveVariancePreserving, true)]
    [TestCase(IntervalEstimator.Autoregressive, true)]
    [TestCase(IntervalEstimator.CubicSpline, true)]
    [TestCase(IntervalEstimator.CubicSpline, false)]
    public void ArtifactCorrection_StructuredArtifacts_PositiveIntervalsWithinBound(IntervalEstimator estimator, bool refinements) =>
        Check(StructuredRr(), 600, rr => rr.Length, rr =>
        {
            AssertPositive(ArtifactCorrection.Clean(rr, ArtifactCorrectionOptions.Default with { Estimator = estimator, LipponenRefinements = refinements }));
        });

    /// <summary>The same for every other detection method (each with the default estimator).</summary>
    [Test]
    public void ArtifactCorrection_StructuredArtifactsAnyMethod_PositiveIntervalsWithinBound(
        [Values(ArtifactDetectionMethod.ThresholdVeryLow, ArtifactDetectionMethod.ThresholdStrong, ArtifactDetectionMethod.Malik,
            ArtifactDetectionMethod.Karlsson, ArtifactDetectionMethod.Kamath, ArtifactDetectionMethod.Acar, ArtifactDetectionMethod.AbsoluteRange)]
        ArtifactDetectionMethod method) =>
        Check(StructuredRr(), 150, rr => rr.Length, rr =>
        {
            AssertPositive(ArtifactCorrection.Clean(rr, ArtifactCorrectionOptions.Default with { Method = method }));
        });

    // Throws (a counterexample) unless every corrected interval is finite and positive.
    private static void AssertPositive(CleanedRrIntervals cleaned)
    {
        var ms = cleaned.Intervals.Milliseconds;
        for (var i = 0; i < ms.Length; i++)
            if (!double.IsFinite(ms[i]) || ms[i] <= 0)
                throw new NUnit.Framework.AssertionException($"interval {i} is {ms[i]} ms");
    }

    [Test]
    public void ChronotropicAndRecovery_AnySeries_ResultOrArgumentExceptionWithinBound()
    {
        var gen = from t in Values(0, 1200, 400)
                  from bpm in Values(40, 200, 400)
                  from marks in Gen.ArrayOf(AnyDouble(0, 1200), 3)
                  select (Times: t.Order().ToArray(), Bpm: bpm, Marks: marks);
        Check(gen, 80, x => x.Times.Length, x =>
        {
            var n = Math.Min(x.Times.Length, x.Bpm.Length);
            var subject = new SubjectInfo { AgeYears = 50 };
            try
            {
                ChronotropicAnalysis.Compute(x.Times.AsSpan(0, n), x.Bpm.AsSpan(0, n), x.Marks[0], x.Marks[1], subject);
            }
            finally
            {
                HeartRateRecoveryAnalysis.Compute(x.Times.AsSpan(0, n), x.Bpm.AsSpan(0, n), x.Marks[2]);
            }
        });
    }

    [Test]
    public void HeartRateSeries_AnySamples_ResultOrArgumentExceptionWithinBound()
    {
        var gen = from t in Values(0, 3600, 400) from bpm in Values(40, 200, 400) select (Item1: t, Item2: bpm);
        Check(gen, 80, x => x.Item1.Length, x =>
        {
            var n = Math.Min(x.Item1.Length, x.Item2.Length);
            var series = HeartRateSeries.FromSamples(x.Item1.AsSpan(0, n), x.Item2.AsSpan(0, n));
            ExerciseTestAnalysis.Compute(Recording.Create(heartRate: series));
        });
    }

    [Test]
    public void LombScargleAndResampling_AnyTimesAndValues_ResultOrArgumentExceptionWithinBound()
    {
        var gen = from t in Values(0, 300, 400) from v in Values(600, 1000, 400) select (Item1: t, Item2: v);
        Check(gen, 80, x => x.Item1.Length, x =>
        {
            var n = Math.Min(x.Item1.Length, x.Item2.Length);
            try
            {
                LombScargleSpectrum.Compute(x.Item1.AsSpan(0, n), x.Item2.AsSpan(0, n));
            }
            finally
            {
                Resampling.Resample(x.Item1.AsSpan(0, n), x.Item2.AsSpan(0, n), 4);
            }
        });
    }

    [Test]
    public void CohortAnalysis_AnyRow_ResultOrArgumentExceptionWithinBound()
    {
        var gen = from v in Gen.ArrayOf(AnyDouble(40, 200), 7)
                  select new CohortRow
                  {
                      RestHeartRateBpm = v[0], PeakHeartRateBpm = v[1], Hr60Bpm = v[2], Hr120Bpm = v[3],
                      Subject = new SubjectInfo { AgeYears = double.IsFinite(v[4]) && v[4] is >= 0 and <= 130 ? v[4] : null },
                  };
        Check(gen, 200, _ => 1, row => CohortAnalysis.Compute(row));
    }

    [Test]
    public void PropertyCheck_UndocumentedException_Fails()
    {
        // The harness itself must be able to fail: an exception outside the documented ones is a counterexample.
        Assert.That(() => Check(Gen.Constant(new double[] { 1 }), 1, _ => 1, _ => throw new InvalidOperationException("boom")),
            Throws.Exception.With.Message.Contains("undocumented InvalidOperationException"));
    }
}
