using System.Globalization;

namespace HrResponse.Ecg;

/// <summary>Turns a raw ECG into a <see cref="Recording"/> whose beats are the detected R peaks, so every beat-based analysis can use it.</summary>
public static class EcgRecording
{
    /// <summary>
    /// Detects R peaks in <paramref name="ecg"/> and builds a recording: beats =
    /// <see cref="RrIntervals.FromBeatTimes"/> of the peak times (interval <c>i</c> ends at peak <c>i + 1</c>), heart
    /// rate derived from them, <see cref="Recording.Ecg"/> = <paramref name="ecg"/>.
    /// </summary>
    /// <param name="ecg">The ECG lead.</param>
    /// <param name="options">Settings, or <c>null</c> for <see cref="EcgRecordingOptions.Default"/>.</param>
    /// <param name="subject">Subject information, or <c>null</c> for unknown.</param>
    /// <returns>The recording with the detection that produced it.</returns>
    /// <exception cref="HrDataFormatException">
    /// Fewer than two R peaks, or (with <see cref="EcgQualityPolicy.Reject"/>) the detection is not usable; the message
    /// gives the detection warnings (flat signal, noise, too few peaks) and names the signal.
    /// </exception>
    /// <exception cref="ArgumentException">The sampling rate is below 50 Hz or an option is out of range.</exception>
    public static EcgRecordingResult FromEcg(EcgSignal ecg, EcgRecordingOptions? options = null, SubjectInfo? subject = null)
    {
        ArgumentNullException.ThrowIfNull(ecg);
        options ??= EcgRecordingOptions.Default;
        var peaks = RPeakDetection.Detect(ecg, options.Peaks);
        if (peaks.Count < 2 || (!peaks.IsUsable && options.QualityPolicy == EcgQualityPolicy.Reject))
        {
            var why = peaks.Warnings.Count > 0
                ? string.Join(" ", peaks.Warnings.Select(w => w.Message))
                : $"Only {peaks.Count} R peak(s) were found.";
            throw new HrDataFormatException(ecg.Name, null, null, null,
                $"No usable beats in the ECG ({ecg.Count.ToString(CultureInfo.InvariantCulture)} samples at " +
                $"{ecg.SamplingRateHz.ToString("0.###", CultureInfo.InvariantCulture)} Hz, detector {peaks.Detector}): {why}");
        }

        var detected = RrIntervals.FromBeatTimes(peaks.PeakTimesSeconds.ToArray());
        var beats = options.BeatCorrection is { } correct ? correct(detected) : detected;
        return new EcgRecordingResult
        {
            Recording = Recording.Create(beats, subject: subject, ecg: ecg),
            Peaks = peaks,
            DetectedBeats = detected,
            Options = options,
        };
    }
}
