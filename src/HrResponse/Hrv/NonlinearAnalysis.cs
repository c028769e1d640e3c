using HrResponse.Hrv.Internal;
using HrResponse.Internal;

namespace HrResponse.Hrv;

/// <summary>
/// Nonlinear HRV: Poincaré plot, heart-rate asymmetry and fragmentation, DFA, entropies, fractal dimensions, Baevsky's
/// stress index and the PNS/SNS summary indices. Stateless; inputs are not modified.
/// </summary>
/// <remarks>
/// Gaps (<see cref="RrIntervals.GapBefore"/>): Poincaré pairs, asymmetry, fragmentation and RMSSD skip every pair or
/// difference whose second interval follows a gap. DFA, the entropies and the fractal indices treat the series as
/// contiguous (they need an unbroken sequence; analyse segments separately when gaps are long). The stress index and
/// mean RR use all intervals.
/// </remarks>
public static class NonlinearAnalysis
{
    /// <summary>
    /// Every nonlinear index of consecutive RR intervals in milliseconds (no gaps):
    /// <c>Compute(RrIntervals.FromMilliseconds(rrMs), options)</c>. Artifacts are not corrected.
    /// </summary>
    /// <param name="rrMs">RR intervals in milliseconds; each finite and greater than 0.</param>
    /// <param name="options">Settings; null means <see cref="NonlinearOptions.Default"/>.</param>
    /// <returns>The indices; too-short data gives NaN for the affected indices.</returns>
    /// <exception cref="ArgumentException">A value is not finite or not positive, the values look like seconds, or an option is out of range.</exception>
    public static NonlinearResult Compute(ReadOnlySpan<double> rrMs, NonlinearOptions? options = null) =>
        Compute(RrIntervals.FromMilliseconds(rrMs), options);

    /// <summary>Computes every nonlinear index of a series.</summary>
    /// <param name="rr">The RR intervals.</param>
    /// <param name="options">Settings; null means <see cref="NonlinearOptions.Default"/>.</param>
    /// <returns>The indices; too-short data gives NaN for the affected indices.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static NonlinearResult Compute(RrIntervals rr, NonlinearOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rr);
        options ??= NonlinearOptions.Default;
        options.Validate();
        var x = rr.Milliseconds;
        var gaps = rr.GapBefore;

        var poincare = Poincare(x, gaps, options.PoincareMethod, options.PoincareEstimator);
        var asymmetry = HeartRateAsymmetry(x, gaps);
        var fragmentation = Fragmentation(x, gaps);
        var dfa = Dfa(x, options);
        var entropy = Entropy(x, options);
        var complexity = Complexity(x, options);
        var stress = StressIndex(x, options.StressIndexBinWidthMs);
        var meanRr = x.IsEmpty ? double.NaN : SeriesMoments.Mean(x);
        var balance = AutonomicBalance.FromIndices(meanRr, SeriesMoments.Rmssd(x, gaps), poincare.Sd1Ms, stress.SqrtStressIndex, poincare.Sd2Ms, options.AutonomicNorms);
        return new NonlinearResult
        {
            Options = options,
            IntervalCount = x.Length,
            Poincare = poincare,
            Asymmetry = asymmetry,
            Fragmentation = fragmentation,
            Dfa = dfa,
            Entropy = entropy,
            Complexity = complexity,
            StressIndex = stress,
            AutonomicBalance = balance,
        };
    }

    /// <summary>Poincaré plot descriptors over the pairs (RR[i], RR[i+1]) with no gap before RR[i+1].</summary>
    /// <param name="rrMs">Intervals, ms.</param>
    /// <param name="gapBefore">Gap mask as <see cref="RrIntervals.GapBefore"/>; empty means no gaps.</param>
    public static PoincareResult Poincare(ReadOnlySpan<double> rrMs, ReadOnlySpan<bool> gapBefore = default)
    {
        var (xs, ys) = Pairs(rrMs, gapBefore);
        var m = xs.Length;
        var d = new double[m];
        var s = new double[m];
        for (var i = 0; i < m; i++)
        {
            d[i] = (xs[i] - ys[i]) / Math.Sqrt(2);
            s[i] = (xs[i] + ys[i]) / Math.Sqrt(2);
        }

        return new PoincareResult { RrNMs = xs, RrNPlus1Ms = ys, Sd1Ms = SeriesMoments.SampleSd(d), Sd2Ms = SeriesMoments.SampleSd(s) };
    }

    /// <summary>
    /// Poincaré plot descriptors over the pairs (RR[i], RR[i+1]) with no gap before RR[i+1], by a chosen definition:
    /// <see cref="PoincareMethod.PairProjections"/> takes the SDs of the pair projections, <see cref="PoincareMethod.SdnnSdsdFormula"/>
    /// computes <c>SD1 = √(½·SDSD²)</c> and <c>SD2 = √(2·SDNN² − ½·SDSD²)</c> (SDSD over the gap-free signed
    /// differences, SDNN over all intervals). NaN with fewer than 2 pairs (N − 1) or 1 pair (N), and SD2 NaN when its
    /// radicand is negative.
    /// </summary>
    /// <param name="rrMs">Intervals, ms.</param>
    /// <param name="gapBefore">Gap mask as <see cref="RrIntervals.GapBefore"/>; empty means no gaps.</param>
    /// <param name="method">The definition of SD1 and SD2.</param>
    /// <param name="estimator">Divisor of the standard deviations: N − 1 or N.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="estimator"/> is not defined.</exception>
    public static PoincareResult Poincare(
        ReadOnlySpan<double> rrMs, ReadOnlySpan<bool> gapBefore, PoincareMethod method, DeviationEstimator estimator)
    {
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, $"Must be a defined PoincareMethod; it is {(int)method}.");
        if (!Enum.IsDefined(estimator)) throw new ArgumentOutOfRangeException(nameof(estimator), estimator, $"Must be a defined DeviationEstimator; it is {(int)estimator}.");
        if (method == PoincareMethod.PairProjections && estimator == DeviationEstimator.SampleNMinus1) return Poincare(rrMs, gapBefore);
        var (xs, ys) = Pairs(rrMs, gapBefore);
        var m = xs.Length;
        var population = estimator == DeviationEstimator.PopulationN;
        double sd1, sd2;
        if (method == PoincareMethod.PairProjections)
        {
            var d = new double[m];
            var s = new double[m];
            for (var i = 0; i < m; i++)
            {
                d[i] = (xs[i] - ys[i]) / Math.Sqrt(2);
                s[i] = (xs[i] + ys[i]) / Math.Sqrt(2);
            }

            sd1 = population ? SeriesMoments.PopulationSd(d) : SeriesMoments.SampleSd(d);
            sd2 = population ? SeriesMoments.PopulationSd(s) : SeriesMoments.SampleSd(s);
        }
        else
        {
            var diff = new double[m];
            for (var i = 0; i < m; i++) diff[i] = ys[i] - xs[i];
            var sdsd = population ? SeriesMoments.PopulationSd(diff) : SeriesMoments.SampleSd(diff);
            var sdnn = population ? SeriesMoments.PopulationSd(rrMs) : SeriesMoments.SampleSd(rrMs);
            sd1 = Math.Sqrt(sdsd * sdsd * 0.5);
            var radicand = (2 * sdnn * sdnn) - (0.5 * sdsd * sdsd);
            sd2 = radicand >= 0 ? Math.Sqrt(radicand) : double.NaN;
        }

        return new PoincareResult { RrNMs = xs, RrNPlus1Ms = ys, Sd1Ms = sd1, Sd2Ms = sd2 };
    }

    /// <summary>Heart-rate asymmetry indices (NeuroKit2's definitions) over the gap-free Poincaré pairs.</summary>
    /// <param name="rrMs">Intervals, ms.</param>
    /// <param name="gapBefore">Gap mask; empty means no gaps.</param>
    public static HeartRateAsymmetryResult HeartRateAsymmetry(ReadOnlySpan<double> rrMs, ReadOnlySpan<bool> gapBefore = default)
    {
        var (x, y) = Pairs(rrMs, gapBefore);
        var n = x.Length;
        var cx = n == 0 ? double.NaN : SeriesMoments.Mean(x);
        var cy = n == 0 ? double.NaN : SeriesMoments.Mean(y);
        double distAll = 0, distDec = 0, thetaAll = 0, thetaDec = 0, areaAll = 0, areaDec = 0;
        double sd1dSq = 0, sd1aSq = 0, l2Dec = 0, l2Acc = 0, l2On = 0;
        int acc = 0, on = 0;
        var sqrt2 = Math.Sqrt(2);
        for (var i = 0; i < n; i++)
        {
            var diff = y[i] - x[i];
            var dl2 = Math.Abs((x[i] - cx) + (y[i] - cy)) / sqrt2;
            var dist = Math.Abs(diff) / sqrt2;
            var theta = Math.Abs(Math.Atan(1) - Math.Atan(y[i] / x[i]));
            var r = Math.Sqrt((x[i] * x[i]) + (y[i] * y[i]));
            var area = 0.5 * theta * r * r;
            distAll += dist;
            thetaAll += theta;
            areaAll += area;
            if (diff > 0)
            {
                distDec += dist;
                thetaDec += theta;
                areaDec += area;
                sd1dSq += dist * dist;
                l2Dec += dl2 * dl2;
            }
            else if (diff < 0)
            {
                acc++;
                sd1aSq += dist * dist;
                l2Acc += dl2 * dl2;
            }
            else
            {
                on++;
                l2On += dl2 * dl2;
            }
        }

        var sd1d = Math.Sqrt(sd1dSq / (n - 1));
        var sd1a = Math.Sqrt(sd1aSq / (n - 1));
        var sd1I = Math.Sqrt((sd1d * sd1d) + (sd1a * sd1a));
        var sd2d = Math.Sqrt((l2Dec / (n - 1)) + (0.5 * (l2On / (n - 1))));
        var sd2a = Math.Sqrt((l2Acc / (n - 1)) + (0.5 * (l2On / (n - 1))));
        var sd2I = Math.Sqrt((sd2d * sd2d) + (sd2a * sd2a));
        var sdnnd = Math.Sqrt(0.5 * ((sd1d * sd1d) + (sd2d * sd2d)));
        var sdnna = Math.Sqrt(0.5 * ((sd1a * sd1a) + (sd2a * sd2a)));
        var sdnn = Math.Sqrt((sdnnd * sdnnd) + (sdnna * sdnna));
        var valid = n >= 2;
        double V(double v) => valid ? v : double.NaN;
        return new HeartRateAsymmetryResult
        {
            GuzikIndexPercent = V(distDec / distAll * 100),
            SlopeIndexPercent = V(thetaDec / thetaAll * 100),
            AreaIndexPercent = V(areaDec / areaAll * 100),
            PortaIndexPercent = V((double)acc / (n - on) * 100),
            Sd1DecelerationMs = V(sd1d),
            Sd1AccelerationMs = V(sd1a),
            Sd1DecelerationContribution = V(Math.Pow(sd1d / sd1I, 2)),
            Sd1AccelerationContribution = V(Math.Pow(sd1a / sd1I, 2)),
            Sd2DecelerationMs = V(sd2d),
            Sd2AccelerationMs = V(sd2a),
            Sd2DecelerationContribution = V(Math.Pow(sd2d / sd2I, 2)),
            Sd2AccelerationContribution = V(Math.Pow(sd2a / sd2I, 2)),
            SdnnDecelerationMs = V(sdnnd),
            SdnnAccelerationMs = V(sdnna),
            SdnnDecelerationContribution = V(Math.Pow(sdnnd / sdnn, 2)),
            SdnnAccelerationContribution = V(Math.Pow(sdnna / sdnn, 2)),
        };
    }

    /// <summary>
    /// Heart-rate fragmentation indices (NeuroKit2's definitions) over the gap-free successive differences; all NaN when
    /// there is none or one of them is NaN.
    /// </summary>
    /// <param name="rrMs">Intervals, ms.</param>
    /// <param name="gapBefore">Gap mask; empty means no gaps.</param>
    public static FragmentationResult Fragmentation(ReadOnlySpan<double> rrMs, ReadOnlySpan<bool> gapBefore = default)
    {
        var (x, y) = Pairs(rrMs, gapBefore);
        var nd = x.Length;
        var anyNaN = false;
        for (var i = 0; i < nd; i++) anyNaN |= double.IsNaN(y[i] - x[i]);
        if (nd == 0 || anyNaN) return new FragmentationResult { PipFraction = double.NaN, Ials = double.NaN, PssFraction = double.NaN, PasFraction = double.NaN };
        var sign = new int[nd];
        for (var i = 0; i < nd; i++) sign[i] = Math.Sign(y[i] - x[i]);

        // Inflection points: indices k with sign[k+1] != sign[k].
        var zc = new List<int>();
        for (var k = 0; k + 1 < nd; k++)
        {
            if (sign[k + 1] != sign[k]) zc.Add(k);
        }

        // Segments: maximal runs of +1 and of −1.
        var lengths = new List<int>();
        int run = 0, prev = 0;
        for (var i = 0; i < nd; i++)
        {
            var sg = sign[i];
            if (sg != 0 && sg == prev)
            {
                run++;
            }
            else
            {
                if (run > 0) lengths.Add(run);
                run = sg != 0 ? 1 : 0;
            }

            prev = sg;
        }

        if (run > 0) lengths.Add(run);

        // Runs of consecutive inflection-point indices.
        var alt = new List<int>();
        for (var i = 0; i < zc.Count;)
        {
            var j = i + 1;
            while (j < zc.Count && zc[j] == zc[j - 1] + 1) j++;
            alt.Add(j - i);
            i = j;
        }

        return new FragmentationResult
        {
            PipFraction = zc.Count / (double)(nd + 1),
            Ials = lengths.Count == 0 ? double.NaN : 1 / lengths.Average(),
            PssFraction = lengths.Count == 0 ? double.NaN : lengths.Count(l => l < 3) / (double)lengths.Count,
            PasFraction = alt.Count == 0 ? double.NaN : alt.Count(l => l >= 4) / (double)alt.Count,
        };
    }

    /// <summary>DFA α1 and α2 with the box sizes, windowing and detrending order of <paramref name="options"/>.</summary>
    /// <param name="rrMs">Intervals, ms (treated as contiguous).</param>
    /// <param name="options">Settings; null means <see cref="NonlinearOptions.Default"/>.</param>
    public static DfaResult Dfa(ReadOnlySpan<double> rrMs, NonlinearOptions? options = null)
    {
        options ??= NonlinearOptions.Default;
        options.Validate();
        var n = rrMs.Length;
        var profile = n > 0 ? DfaCore.Profile(rrMs) : [];
        var max2 = options.DfaAlpha2MaxBeats ?? (int)Math.Floor((n + 1) / 10.0);
        var sparse = options.DfaBoxSizeRule == DfaBoxSizeRule.AtLeastFourBoxes;
        DfaFit Make(int lo, int hi, bool allowed)
        {
            var sizes = new List<int>();
            if (allowed)
            {
                for (var w = lo; w <= hi; w++)
                {
                    if (w >= n) break;
                    if (sparse && n / w < 4) continue;
                    sizes.Add(w);
                }
            }

            var minSizes = sparse ? 3 : 2;
            return Internal.Dfa.Fit(profile, sizes, options.DfaWindowing, options.DfaDetrendOrder, minSizes, options.DfaFluctuationAverage, options.DfaFlatBoxes);
        }

        var nkShort = !sparse && n < 12;
        var alpha1 = Make(options.DfaAlpha1MinBeats, options.DfaAlpha1MaxBeats, !nkShort);
        var alpha2 = Make(options.DfaAlpha2MinBeats, max2, !nkShort && max2 >= options.DfaAlpha2MinBeats + 1);
        return new DfaResult { Alpha1 = alpha1, Alpha2 = alpha2, Windowing = options.DfaWindowing, DetrendOrder = options.DfaDetrendOrder };
    }

    /// <summary>
    /// Sample entropy −ln(B/A) (Richman &amp; Moorman 2000) with the Chebyshev distance and matches d ≤ r, over the
    /// first N − mτ templates; exact counts from a bucketed search. NaN when A or B is 0.
    /// </summary>
    /// <param name="x">The series.</param>
    /// <param name="dimension">Embedding dimension m ≥ 1.</param>
    /// <param name="tolerance">Tolerance r ≥ 0, in the unit of <paramref name="x"/>.</param>
    /// <param name="delay">Embedding delay τ ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static double SampleEntropy(ReadOnlySpan<double> x, int dimension, double tolerance, int delay = 1)
    {
        CheckEmbedding(dimension, tolerance, delay);
        return Entropies.Sample(x, dimension, delay, tolerance);
    }

    /// <summary>Approximate entropy Φm − Φm+1 (Pincus 1991), self-matches counted; exact bucketed counts. NaN when N ≤ mτ.</summary>
    /// <param name="x">The series.</param>
    /// <param name="dimension">Embedding dimension m ≥ 1.</param>
    /// <param name="tolerance">Tolerance r ≥ 0.</param>
    /// <param name="delay">Embedding delay τ ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static double ApproximateEntropy(ReadOnlySpan<double> x, int dimension, double tolerance, int delay = 1)
    {
        CheckEmbedding(dimension, tolerance, delay);
        return Entropies.Approximate(x, dimension, delay, tolerance);
    }

    /// <summary>The entropy tolerance r in ms that <paramref name="options"/> gives for a series.</summary>
    /// <param name="rrMs">Intervals, ms.</param>
    /// <param name="options">Settings.</param>
    public static double Tolerance(ReadOnlySpan<double> rrMs, NonlinearOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ToleranceMs is { } fixedR) return fixedR;
        var sd = options.ToleranceEstimator switch
        {
            EntropyToleranceEstimator.SampleStandardDeviation => SeriesMoments.SampleSd(rrMs),
            EntropyToleranceEstimator.DivideByNPlus1 => rrMs.Length < 1 ? double.NaN : SeriesMoments.PopulationSd(rrMs) * Math.Sqrt(rrMs.Length / (rrMs.Length + 1.0)),
            _ => SeriesMoments.PopulationSd(rrMs),
        };
        return options.ToleranceSdFactor * sd;
    }

    private static EntropyResult Entropy(ReadOnlySpan<double> x, NonlinearOptions o)
    {
        var m = o.EmbeddingDimension;
        var tau = o.EmbeddingDelay;
        var r = Tolerance(x, o);
        var n = x.Length;
        var quadraticOk = o.QuadraticIndicesMaxIntervals is null || n <= o.QuadraticIndicesMaxIntervals;
        // NeuroKit2's scale rule grows with N (thousands of scales on 24 h), so it shares the quadratic limit.
        var maxScale = o.MultiscaleMaxScale ?? (quadraticOk ? (int)(n / (double)(m + 10)) - 1 : 0);
        var scales = Enumerable.Range(1, Math.Max(0, maxScale)).ToArray();
        var (apen, sampen, counts) = double.IsNaN(r) ? (double.NaN, double.NaN, null) : Entropies.ApproximateSampleAndCounts(x, m, tau, r);
        // With delay 1, SampEn's pair counts are multiscale entropy's scale 1.
        var (mse, cmse, rcmse) = Entropies.Multiscale(x, scales, m, r, o.MaxDegreeOfParallelism, tau == 1 ? counts : null);
        return new EntropyResult
        {
            EmbeddingDimension = m,
            EmbeddingDelay = tau,
            ToleranceMs = r,
            ApproximateEntropy = apen,
            SampleEntropy = sampen,
            ShannonEntropy = Entropies.Shannon(x),
            FuzzyEntropy = quadraticOk ? Entropies.Fuzzy(x, m, tau, r) : double.NaN,
            Scales = scales,
            MultiscaleValues = mse,
            MultiscaleEntropy = Entropies.AreaIndex(mse),
            CompositeMultiscaleEntropy = Entropies.AreaIndex(cmse),
            RefinedCompositeMultiscaleEntropy = Entropies.AreaIndex(rcmse),
        };
    }

    private static ComplexityResult Complexity(ReadOnlySpan<double> x, NonlinearOptions o)
    {
        var quadraticOk = o.QuadraticIndicesMaxIntervals is null || x.Length <= o.QuadraticIndicesMaxIntervals;
        return new ComplexityResult
        {
            CorrelationDimension = quadraticOk ? FractalIndices.CorrelationDimension(x, o.CorrelationDimensionRadii) : double.NaN,
            CorrelationDimensionRadii = o.CorrelationDimensionRadii,
            HiguchiFractalDimension = FractalIndices.Higuchi(x, o.HiguchiKMax),
            KatzFractalDimension = FractalIndices.Katz(x),
            LempelZivComplexity = FractalIndices.LempelZiv(x),
        };
    }

    /// <summary>Baevsky's stress index from the histogram of the intervals with bins [k·w, (k+1)·w) ms.</summary>
    /// <param name="rrMs">Intervals, ms.</param>
    /// <param name="binWidthMs">Bin width w, ms; default 50.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binWidthMs"/> is not a finite number &gt; 0.</exception>
    public static StressIndexResult StressIndex(ReadOnlySpan<double> rrMs, double binWidthMs = 50)
    {
        Guard.Positive(binWidthMs, nameof(binWidthMs));
        if (rrMs.Length < 2)
        {
            return new StressIndexResult
            {
                BinWidthMs = binWidthMs, ModeMs = double.NaN, AmplitudeOfModePercent = double.NaN,
                VariationRangeMs = double.NaN, StressIndex = double.NaN,
            };
        }

        var counts = new Dictionary<long, int>();
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in rrMs)
        {
            var bin = (long)Math.Floor(v / binWidthMs);
            counts[bin] = counts.GetValueOrDefault(bin) + 1;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
        var mode = (best.Key + 0.5) * binWidthMs;
        var amo = 100.0 * best.Value / rrMs.Length;
        var range = max - min;
        var si = range > 0 ? amo / (2 * (mode / 1000) * (range / 1000)) : double.NaN;
        return new StressIndexResult { BinWidthMs = binWidthMs, ModeMs = mode, AmplitudeOfModePercent = amo, VariationRangeMs = range, StressIndex = si };
    }

    private static void CheckEmbedding(int dimension, double tolerance, int delay)
    {
        if (dimension < 1) throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"Must be at least 1; it is {dimension}.");
        if (delay < 1) throw new ArgumentOutOfRangeException(nameof(delay), delay, $"Must be at least 1; it is {delay}.");
        if (!double.IsFinite(tolerance) || tolerance < 0)
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"Must be a finite number ≥ 0; it is {Guard.Show(tolerance)}.");
    }

    private static (double[] X, double[] Y) Pairs(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore)
    {
        if (!gapBefore.IsEmpty && gapBefore.Length != rr.Length)
            throw new ArgumentException($"Must have one entry per interval ({rr.Length}); it has {gapBefore.Length}.", nameof(gapBefore));
        var xs = new List<double>(Math.Max(0, rr.Length - 1));
        var ys = new List<double>(Math.Max(0, rr.Length - 1));
        for (var i = 0; i + 1 < rr.Length; i++)
        {
            if (!gapBefore.IsEmpty && gapBefore[i + 1]) continue;
            xs.Add(rr[i]);
            ys.Add(rr[i + 1]);
        }

        return (xs.ToArray(), ys.ToArray());
    }
}
