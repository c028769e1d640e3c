namespace HrResponse.Ecg;

/// <summary>What is wrong with an ECG or its detected R peaks.</summary>
public enum RPeakWarningKind
{
    /// <summary>The signal is constant: no ECG was recorded (lead off, wrong column). No peaks.</summary>
    FlatSignal = 0,

    /// <summary>Many samples sit at the signal's minimum or maximum: the amplifier saturated. Peak timing in clipped beats is less precise.</summary>
    ClippedSignal = 1,

    /// <summary>Fewer than two R peaks were found, so no RR interval can be formed.</summary>
    TooFewPeaks = 2,

    /// <summary>The median heart rate from the peaks is below 30 or above 220 bpm: often a wrong sampling rate.</summary>
    ImplausibleHeartRate = 3,

    /// <summary>The detected beats do not look alike (median correlation with the median beat below 0.5): noise, or not an ECG.</summary>
    LowBeatSimilarity = 4,

    /// <summary>The signal is shorter than one second; nothing was detected.</summary>
    SignalTooShort = 5,

    /// <summary>
    /// The R waves of the median beat are narrower than 8 ms at half height: often a sampling rate given too high
    /// (e.g. 1000 Hz for a 250 Hz file), or pacemaker spikes detected instead of QRS complexes.
    /// </summary>
    ImplausibleRWaveWidth = 6,
}
