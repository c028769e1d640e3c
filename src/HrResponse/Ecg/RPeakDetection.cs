using System.Globalization;
using HrResponse.Ecg.Internal;
using HrResponse.Internal;
using HrResponse.Signal;

namespace HrResponse.Ecg;

/// <summary>
/// Finds R peaks (one per QRS complex) in a single-lead ECG with the detector chosen in <see cref="RPeakOptions"/>,
/// refines them to the R wave of the raw signal, scores how alike the beats are, and warns about flat, clipped,
/// noise-only or implausibly sampled signals instead of failing.
/// </summary>
/// <remarks>
/// Accuracy on MIT-BIH record 100 (MLII, 360 Hz) and agreement with NeuroKit2 are in docs/validation.md.
/// Signals longer than one hour are processed in 30-minute segments overlapping by 10 s, so memory stays bounded
/// (about 60 bytes per sample of a segment) for 24-hour recordings; shorter signals are processed whole.
/// Degenerate input gives a result with no or few peaks and a <see cref="RPeakWarning"/> that says why; only
/// impossible arguments (a sampling rate that is not a positive number or below 50 Hz, a sample that is not finite) throw.
/// </remarks>
public static class RPeakDetection
{
    /// <summary>Lowest accepted sampling rate in Hz: below it the QRS complex (10–25 Hz) cannot be resolved.</summary>
    public const double MinimumSamplingRateHz = 50;

    private const double MinimumSeparationSeconds = 0.2;

    /// <summary>Signals longer than two segments are detected segment by segment (30 min cores, 10 s overlap each side).</summary>
    private const double DefaultSegmentSeconds = 1800;

    private const double SegmentOverlapSeconds = 10;

    /// <summary>Detects R peaks in <paramref name="ecg"/>.</summary>
    /// <param name="ecg">Raw ECG samples (any unit, any offset); finite; not changed.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; at least <see cref="MinimumSamplingRateHz"/>.</param>
    /// <param name="options">Settings, or <c>null</c> for <see cref="RPeakOptions.Default"/>.</param>
    /// <returns>Peaks with sample indices from 0 and times <c>index / samplingRateHz</c>.</returns>
    /// <exception cref="ArgumentException">The rate is not finite or below 50 Hz, a sample is not finite, or an option is out of range.</exception>
    public static RPeakResult Detect(ReadOnlySpan<double> ecg, double samplingRateHz, RPeakOptions? options = null)
        => Run(ecg, samplingRateHz, 0, options ?? RPeakOptions.Default, DefaultSegmentSeconds);

    /// <summary>Detects R peaks in <paramref name="ecg"/>; times are on the signal's time axis (<see cref="EcgSignal.StartSeconds"/> added).</summary>
    /// <param name="ecg">The ECG.</param>
    /// <param name="options">Settings, or <c>null</c> for <see cref="RPeakOptions.Default"/>.</param>
    /// <returns>Peaks with sample indices from 0 in <paramref name="ecg"/>.</returns>
    /// <exception cref="ArgumentException">The signal's rate is below 50 Hz or an option is out of range.</exception>
    public static RPeakResult Detect(EcgSignal ecg, RPeakOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ecg);
        return Run(ecg.Samples, ecg.SamplingRateHz, ecg.StartSeconds, options ?? RPeakOptions.Default, DefaultSegmentSeconds);
    }

    /// <summary>As <see cref="Detect(ReadOnlySpan{double}, double, RPeakOptions?)"/> with another segment length (tests).</summary>
    internal static RPeakResult Run(ReadOnlySpan<double> ecg, double fs, double startSeconds, RPeakOptions options, double segmentSeconds)
    {
        Validate(fs, options);
        SosFilter.CheckFinite(ecg, nameof(ecg));
        var warnings = new List<RPeakWarning>();
        var n = ecg.Length;

        if (n < fs)
        {
            warnings.Add(new(RPeakWarningKind.SignalTooShort,
                $"The signal has {n} samples ({Show(n / fs)} s at {Show(fs)} Hz); R-peak detection needs at least 1 s. No peaks."));
            return Build(ecg, fs, startSeconds, options, [], RPeakPolarity.Positive, warnings);
        }

        if (IsFlat(ecg, out var value))
        {
            warnings.Add(new(RPeakWarningKind.FlatSignal,
                $"The signal is flat: all {n} samples are {Show(value)}. No ECG was recorded (electrode off, or the wrong column). No peaks."));
            return Build(ecg, fs, startSeconds, options, [], RPeakPolarity.Positive, warnings);
        }

        if (ClippingMessage(ecg) is { } clipped) warnings.Add(new(RPeakWarningKind.ClippedSignal, clipped));

        // Long signals are processed in overlapping segments so memory stays bounded (each segment needs a few
        // filtered copies); each segment keeps the peaks in its own core range.
        var window = (int)Math.Round(options.RefinementWindow.TotalSeconds * fs);
        var peaks = new List<int>();
        int positiveVotes = 0, negativeVotes = 0;
        var core = (long)Math.Round(segmentSeconds * fs);
        if (n <= 2 * core)
        {
            (peaks, positiveVotes, negativeVotes) = DetectSegment(ecg, fs, options, window);
        }
        else
        {
            var overlap = (int)Math.Round(SegmentOverlapSeconds * fs);
            for (long from = 0; from < n; from += core)
            {
                var to = Math.Min(n, from + core);
                var segStart = (int)Math.Max(0, from - overlap);
                var segEnd = (int)Math.Min(n, to + overlap);
                var (segmentPeaks, pos, neg) = DetectSegment(ecg[segStart..segEnd], fs, options, window);
                positiveVotes += pos;
                negativeVotes += neg;
                foreach (var p in segmentPeaks)
                {
                    var global = p + segStart;
                    if (global >= from && global < to) peaks.Add(global);
                }
            }
        }

        var polarity = RPeakPolarity.Positive;
        if (options.Refinement != RPeakRefinement.None && peaks.Count > 0)
        {
            polarity = options.Refinement switch
            {
                RPeakRefinement.LocalMinimum => RPeakPolarity.Negative,
                RPeakRefinement.LocalMaximum => RPeakPolarity.Positive,
                _ => negativeVotes > positiveVotes ? RPeakPolarity.Negative : RPeakPolarity.Positive,
            };
            for (var k = 0; k < peaks.Count; k++)
                peaks[k] = ExtremumIndex(ecg, peaks[k], window, absolute: false, maximum: polarity == RPeakPolarity.Positive);
        }

        peaks = Deduplicate(ecg, peaks, (int)Math.Round(MinimumSeparationSeconds * fs), polarity);
        return Build(ecg, fs, startSeconds, options, peaks, polarity, warnings);
    }

    /// <summary>Detector-specific filtering and peak finding on one stretch; also counts polarity votes of its peaks.</summary>
    private static (List<int> Peaks, int Positive, int Negative) DetectSegment(
        ReadOnlySpan<double> ecg, double fs, RPeakOptions options, int window)
    {
        double[] filtered;
        List<int> peaks;
        if (options.Detector == RPeakDetector.PanTompkins1985)
        {
            filtered = PanTompkinsDetector.BandPass(ecg, fs);
            peaks = PanTompkinsDetector.FindPeaks(filtered, fs);
            // The integrated peak marks the QRS; the detector's own fiducial is the largest band-passed deflection near it.
            var half = (int)Math.Round(0.075 * fs);
            for (var k = 0; k < peaks.Count; k++) peaks[k] = ExtremumIndex(filtered, peaks[k], half, absolute: true, maximum: true);
        }
        else if (options.Detector == RPeakDetector.Elgendi2010)
        {
            filtered = ElgendiDetector.BandPass(ecg, fs);
            peaks = ElgendiDetector.FindPeaks(filtered, fs);
        }
        else
        {
            filtered = NeuroKitDetector.Clean(ecg, fs, options.PowerlineHz);
            peaks = NeuroKitDetector.FindPeaks(filtered, fs);
        }

        if (options.Refinement != RPeakRefinement.Auto) return (peaks, 0, 0);
        var (positive, negative) = PolarityVotes(filtered, peaks, window);
        return (peaks, positive, negative);
    }

    private static void Validate(double samplingRateHz, RPeakOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fs = samplingRateHz;
        Guard.Positive(fs, nameof(samplingRateHz));
        if (fs < MinimumSamplingRateHz)
            throw new ArgumentOutOfRangeException(
                nameof(samplingRateHz), fs,
                $"Must be at least {Show(MinimumSamplingRateHz)} Hz for R-peak detection (the QRS complex has content up to ~25 Hz); " +
                $"it is {Show(fs)} Hz. Check that the rate is in Hz, not a sample interval.");
        if (!Enum.IsDefined(options.Detector))
            throw new ArgumentOutOfRangeException(nameof(options), options.Detector, $"Detector must be a defined {nameof(RPeakDetector)}; it is {options.Detector}.");
        if (!Enum.IsDefined(options.Refinement))
            throw new ArgumentOutOfRangeException(nameof(options), options.Refinement, $"Refinement must be a defined {nameof(RPeakRefinement)}; it is {options.Refinement}.");
        var w = options.RefinementWindow.TotalSeconds;
        if (!(w >= 0 && w <= 0.2))
            throw new ArgumentOutOfRangeException(nameof(options), options.RefinementWindow,
                $"RefinementWindow must be between 0 and 200 ms; it is {Show(w * 1000)} ms.");
        if (!(options.PowerlineHz > 0) || !double.IsFinite(options.PowerlineHz))
            throw new ArgumentOutOfRangeException(nameof(options), options.PowerlineHz,
                $"PowerlineHz must be a positive frequency (50 or 60); it is {Show(options.PowerlineHz)}.");
    }

    private static RPeakResult Build(
        ReadOnlySpan<double> ecg, double fs, double startSeconds, RPeakOptions options, List<int> peaks,
        RPeakPolarity polarity, List<RPeakWarning> warnings)
    {
        var times = new double[peaks.Count];
        for (var k = 0; k < peaks.Count; k++) times[k] = startSeconds + (peaks[k] / fs);
        var (correlations, rWidthSamples) = BeatSimilarity.Analyse(ecg, peaks, fs, polarity == RPeakPolarity.Negative);
        var finite = correlations.Where(double.IsFinite).ToArray();
        var medianCorrelation = peaks.Count >= 3 && finite.Length > 0 ? BeatSimilarity.Median(finite) : double.NaN;
        var rateBpm = double.NaN;
        if (peaks.Count >= 2)
        {
            var rr = new double[peaks.Count - 1];
            for (var k = 1; k < peaks.Count; k++) rr[k - 1] = (peaks[k] - peaks[k - 1]) / fs;
            rateBpm = 60 / BeatSimilarity.Median(rr);
        }

        var seconds = ecg.Length / fs;
        if (warnings.Count == 0 || warnings.All(w => w.Kind == RPeakWarningKind.ClippedSignal))
        {
            if (peaks.Count < 2)
            {
                warnings.Add(new(RPeakWarningKind.TooFewPeaks,
                    $"Found {peaks.Count} R peak(s) in {Show(seconds)} s; at least two are needed for an RR interval. " +
                    $"The signal may be noise or not an ECG, or the sampling rate ({Show(fs)} Hz) may be wrong."));
            }
            else
            {
                var rhythmBpm = 60 / RhythmPeriod.Seconds(ecg, fs);
                var implausible = rateBpm is < 30 or > 220 ? rateBpm : rhythmBpm is < 30 or > 220 ? rhythmBpm : double.NaN;
                if (!double.IsNaN(implausible))
                    warnings.Add(new(RPeakWarningKind.ImplausibleHeartRate,
                        $"The heart rate is implausible: {Show(Math.Round(implausible, 1))} bpm " +
                        (implausible == rateBpm ? "(median of the detected beats)" : $"(from the signal's periodicity; the detected beats give {Show(Math.Round(rateBpm, 1))} bpm)") +
                        $", outside 30–220 bpm. Check the sampling rate: {Show(fs)} Hz was used" +
                        (implausible < 30 ? "; if the true rate is higher, every interval is too long by that factor." : "; if the true rate is lower, every interval is too short by that factor.")));
                if (rWidthSamples / fs < 0.008)
                    warnings.Add(new(RPeakWarningKind.ImplausibleRWaveWidth,
                        $"The R wave of the median beat is only {Show(Math.Round(rWidthSamples / fs * 1000, 1))} ms wide at half height " +
                        $"(normally 20–60 ms). Check the sampling rate ({Show(fs)} Hz was used; if it is too high, every interval is too short " +
                        "by that factor), or whether pacemaker spikes were detected instead of QRS complexes."));
                if (medianCorrelation < 0.5)
                    warnings.Add(new(RPeakWarningKind.LowBeatSimilarity,
                        $"The detected beats do not look alike (median correlation with the median beat {Show(Math.Round(medianCorrelation, 2))}, " +
                        "below 0.5): the signal is probably noise or not an ECG, and the peaks should not be used."));
            }
        }

        return new RPeakResult
        {
            Detector = options.Detector,
            Options = options,
            SamplingRateHz = fs,
            SampleCount = ecg.Length,
            PeakSamples = peaks.ToArray(),
            PeakTimesSeconds = times,
            BeatCorrelations = correlations,
            MedianBeatCorrelation = medianCorrelation,
            MedianHeartRateBpm = rateBpm,
            RWaveWidthMs = rWidthSamples / fs * 1000,
            Polarity = polarity,
            Warnings = warnings.ToArray(),
        };
    }

    private static bool IsFlat(ReadOnlySpan<double> x, out double value)
    {
        double min = x[0], max = x[0];
        foreach (var v in x)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }

        value = x[0];
        return max - min <= 1e-12 * Math.Max(Math.Abs(max), Math.Abs(min));
    }

    private static string? ClippingMessage(ReadOnlySpan<double> x)
    {
        double min = x[0], max = x[0];
        foreach (var v in x)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }

        foreach (var (limit, name) in new[] { (max, "upper"), (min, "lower") })
        {
            int count = 0, run = 0, longRuns = 0;
            foreach (var v in x)
            {
                if (v == limit)
                {
                    count++;
                    if (++run == 3) longRuns++;
                }
                else run = 0;
            }

            if (longRuns >= 3 && count >= 0.005 * x.Length)
                return $"{Show(Math.Round(100.0 * count / x.Length, 2))} % of the samples sit at the {name} limit {Show(limit)} in " +
                       $"{longRuns} flat runs: the signal is clipped (amplifier saturation). R peaks inside clipped beats are placed " +
                       "at the middle of the flat top, so their timing is less precise.";
        }

        return null;
    }

    private static (int Positive, int Negative) PolarityVotes(double[] filtered, List<int> peaks, int window)
    {
        window = Math.Max(window, 1);
        int positive = 0, negative = 0;
        foreach (var p in peaks)
        {
            double hi = double.NegativeInfinity, lo = double.PositiveInfinity;
            var from = Math.Max(0, p - window);
            var to = Math.Min(filtered.Length - 1, p + window);
            for (var i = from; i <= to; i++)
            {
                hi = Math.Max(hi, filtered[i]);
                lo = Math.Min(lo, filtered[i]);
            }

            // Compare the deflections from the level at the window's edges, so an offset does not decide.
            var baseline = (filtered[from] + filtered[to]) / 2;
            if (hi - baseline >= baseline - lo) positive++;
            else negative++;
        }

        return (positive, negative);
    }

    /// <summary>Index of the extreme value within <c>[center − half, center + half]</c>; the middle of a flat extreme.</summary>
    private static int ExtremumIndex(ReadOnlySpan<double> x, int center, int half, bool absolute, bool maximum)
    {
        var from = Math.Max(0, center - half);
        var to = Math.Min(x.Length - 1, center + half);
        var best = from;
        var bestValue = double.NegativeInfinity;
        var last = from;
        for (var i = from; i <= to; i++)
        {
            var v = absolute ? Math.Abs(x[i]) : maximum ? x[i] : -x[i];
            if (v > bestValue)
            {
                bestValue = v;
                best = i;
                last = i;
            }
            else if (v == bestValue && last == i - 1) last = i;
        }

        return (best + last) / 2;
    }

    private static List<int> Deduplicate(ReadOnlySpan<double> x, List<int> peaks, int minSeparation, RPeakPolarity polarity)
    {
        peaks.Sort();
        var kept = new List<int>(peaks.Count);
        foreach (var p in peaks)
        {
            if (kept.Count > 0 && p - kept[^1] < minSeparation)
            {
                var larger = polarity == RPeakPolarity.Positive ? x[p] > x[kept[^1]] : x[p] < x[kept[^1]];
                if (larger) kept[^1] = p;
                continue;
            }

            kept.Add(p);
        }

        return kept;
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
