namespace HrResponse.Ecg;

/// <summary>A recording built from an ECG, with the detection that produced its beats.</summary>
public sealed record EcgRecordingResult
{
    /// <summary>The recording: beats from the R peaks (after any correction), heart rate derived from them, and the ECG.</summary>
    public required Recording Recording { get; init; }

    /// <summary>The R-peak detection, including its warnings.</summary>
    public required RPeakResult Peaks { get; init; }

    /// <summary>The RR intervals formed from successive R peaks, before any <see cref="EcgRecordingOptions.BeatCorrection"/>.</summary>
    public required RrIntervals DetectedBeats { get; init; }

    /// <summary>The settings used.</summary>
    public required EcgRecordingOptions Options { get; init; }
}
