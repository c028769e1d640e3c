namespace HrResponse.Ecg;

/// <summary>
/// R peaks found by <see cref="RPeakDetection"/>: their sample indices and times, the settings that produced them,
/// a per-beat similarity score and warnings about the signal.
/// </summary>
public sealed record RPeakResult : IIndexTableSource
{
    /// <summary>The detector that was used (also in <see cref="Options"/>).</summary>
    public required RPeakDetector Detector { get; init; }

    /// <summary>The full settings used.</summary>
    public required RPeakOptions Options { get; init; }

    /// <summary>Sampling rate of the input in Hz.</summary>
    public required double SamplingRateHz { get; init; }

    /// <summary>Number of input samples.</summary>
    public required int SampleCount { get; init; }

    /// <summary>Sample index (from 0 in the input) of each R peak, strictly increasing.</summary>
    public required IReadOnlyList<int> PeakSamples { get; init; }

    /// <summary>Time in seconds of each R peak: start time of the input plus <c>index / SamplingRateHz</c>.</summary>
    public required IReadOnlyList<double> PeakTimesSeconds { get; init; }

    /// <summary>
    /// For each peak, the Pearson correlation of the raw signal ±100 ms around it (least-squares line removed) with
    /// the sample-wise median of those segments over all beats (at most 1000 evenly spread beats form the median).
    /// NaN for a peak whose window leaves the signal. Near 1 for clean, similar beats; ectopic beats and artefacts score lower.
    /// </summary>
    public required IReadOnlyList<double> BeatCorrelations { get; init; }

    /// <summary>Median of the finite <see cref="BeatCorrelations"/>; NaN when fewer than 3 peaks.</summary>
    public required double MedianBeatCorrelation { get; init; }

    /// <summary>
    /// Full width at half maximum, in ms, of the R wave of the median beat (the template of <see cref="BeatCorrelations"/>),
    /// measured from the template's median level; NaN when fewer than 3 beats. Typically 20–60 ms.
    /// </summary>
    public required double RWaveWidthMs { get; init; }

    /// <summary>60 / median RR (s) over successive peaks, in bpm; NaN when fewer than 2 peaks.</summary>
    public required double MedianHeartRateBpm { get; init; }

    /// <summary>Whether peaks were refined to maxima or minima of the raw signal.</summary>
    public required RPeakPolarity Polarity { get; init; }

    /// <summary>Problems found, with messages for the user; empty when none.</summary>
    public required IReadOnlyList<RPeakWarning> Warnings { get; init; }

    /// <summary>Number of peaks.</summary>
    public int Count => PeakSamples.Count;

    /// <summary>
    /// True when the peaks can be used for RR analysis: at least two peaks and none of the warnings
    /// <see cref="RPeakWarningKind.FlatSignal"/>, <see cref="RPeakWarningKind.TooFewPeaks"/>,
    /// <see cref="RPeakWarningKind.SignalTooShort"/>, <see cref="RPeakWarningKind.LowBeatSimilarity"/>.
    /// (Clipping and an implausible rate are warnings only.)
    /// </summary>
    public bool IsUsable => Count >= 2 && !Warnings.Any(w => w.Kind is RPeakWarningKind.FlatSignal or RPeakWarningKind.TooFewPeaks
        or RPeakWarningKind.SignalTooShort or RPeakWarningKind.LowBeatSimilarity);

    /// <summary>The R-peak summary indices: count, median rate and median beat correlation. NaN where an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).</summary>
    /// <remarks><c>ECG_R_Peaks_N</c> (count), <c>ECG_Rate_Median</c> (bpm), <c>ECG_Quality_Median</c> (median beat correlation).</remarks>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        ["ECG_R_Peaks_N"] = Count,
        ["ECG_Rate_Median"] = MedianHeartRateBpm,
        ["ECG_Quality_Median"] = MedianBeatCorrelation,
    };
}
