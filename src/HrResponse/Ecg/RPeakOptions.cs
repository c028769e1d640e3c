namespace HrResponse.Ecg;

/// <summary>Settings of <see cref="RPeakDetection"/>. Every result records the options that produced it.</summary>
public sealed record RPeakOptions
{
    /// <summary>The detection algorithm. Default <see cref="RPeakDetector.NeuroKit2"/>.</summary>
    public RPeakDetector Detector { get; init; } = RPeakDetector.NeuroKit2;

    /// <summary>How peaks are moved to the R wave of the raw signal. Default <see cref="RPeakRefinement.Auto"/>.</summary>
    public RPeakRefinement Refinement { get; init; } = RPeakRefinement.Auto;

    /// <summary>Half-width of the refinement search window around each detected peak. Default 50 ms.</summary>
    public TimeSpan RefinementWindow { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Mains frequency in Hz (50 or 60). The NeuroKit2 detector's cleaning averages over one mains period
    /// (<c>floor(fs / PowerlineHz)</c> samples; 2 samples below 100 Hz), as NeuroKit2 does. Default 50 Hz.
    /// </summary>
    public double PowerlineHz { get; init; } = 50;

    /// <summary>The defaults: NeuroKit2 detector, refinement to the raw R wave.</summary>
    public static RPeakOptions Default { get; } = new();

    /// <summary>
    /// NeuroKit2 0.2.12's <c>ecg_peaks(ecg_clean(ecg))</c>: NeuroKit2 detector, no refinement. Verified: the
    /// same peaks within one sample as NeuroKit2 on <c>ecg_1000hz</c> (49 of 49), <c>bio_resting_5min_100hz</c>
    /// (431 of 431) and MIT-BIH record 100 (2270 of 2270). One deliberate difference: NeuroKit2 drops any peak in the
    /// first 300 ms of the signal; this implementation keeps it (record 100's first beat at 0.21 s).
    /// </summary>
    public static RPeakOptions NeuroKit2 { get; } = new() { Refinement = RPeakRefinement.None };

    /// <summary>Pan–Tompkins (1985) with refinement to the raw R wave.</summary>
    public static RPeakOptions PanTompkins1985 { get; } = new() { Detector = RPeakDetector.PanTompkins1985 };

    /// <summary>Elgendi's two-moving-average detector with refinement to the raw R wave.</summary>
    public static RPeakOptions Elgendi2010 { get; } = new() { Detector = RPeakDetector.Elgendi2010 };
}
