using System.Globalization;
using HrResponse.Io;

namespace HrResponse.Cli.Output;

/// <summary>What was read from the input: the <c>input</c> object of the CLI's JSON output.</summary>
internal sealed record InputSummary
{
    /// <summary>What the input held, e.g. <c>rr-intervals</c>, <c>beat-times</c>, <c>hr-samples</c>, <c>fit</c>, <c>ecg</c>, <c>wfdb</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Number of RR intervals read (0 when only heart-rate samples).</summary>
    public int Beats { get; init; }

    /// <summary>Number of heart-rate samples given in the source (0 when HR was derived from beats).</summary>
    public int HrSamples { get; init; }

    /// <summary>Duration of the recording in seconds.</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Further facts about the reading (chosen units and why, lines skipped, ...), in a stable order.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();

    /// <summary>A summary of a recording with the counts only (no details).</summary>
    /// <param name="recording">The recording.</param>
    /// <param name="format">The format name to report.</param>
    public static InputSummary Of(Recording recording, string format)
    {
        ArgumentNullException.ThrowIfNull(recording);
        return new InputSummary
        {
            Format = format,
            Beats = recording.Beats.Count,
            HrSamples = recording.HeartRateIsFromBeats ? 0 : recording.HeartRate.Count,
            DurationSeconds = recording.DurationSeconds,
        };
    }

    /// <summary>
    /// The <c>input</c> object of an opened input, from its typed report: format name, counts, duration, then the
    /// details of the reader that ran (keys and order are part of the CLI's output contract).
    /// </summary>
    /// <param name="result">What <see cref="RecordingReader"/> opened.</param>
    public static InputSummary Of(RecordingOpenResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.CsvReport is { } csv) return FromCsv(result.Recording, csv);
        if (result.DeviceReport is { } device) return FromDevice(result.Recording, device);
        if (result.EcgReport is { } ecg) return FromEcg(result.Recording, ecg);
        if (result.WfdbReport is { } wfdb) return FromWfdb(result.Recording, wfdb);
        if (result.EdfReport is { } edf) return FromEdf(result.Recording, edf);
        throw new InvalidOperationException($"The open result of {result.Name} carries no read report.");
    }

    /// <summary>The format's name in output: <c>fit</c>, <c>tcx</c>, <c>gpx</c>, <c>polar-hrm</c>, <c>rr-text</c>, <c>ble-log</c>.</summary>
    /// <param name="format">The device format.</param>
    public static string FormatName(DeviceFormat format) => format switch
    {
        DeviceFormat.Fit => "fit",
        DeviceFormat.Tcx => "tcx",
        DeviceFormat.Gpx => "gpx",
        DeviceFormat.PolarHrm => "polar-hrm",
        DeviceFormat.RrText => "rr-text",
        DeviceFormat.BleLog => "ble-log",
        DeviceFormat.PolarFlowCsv => "polar-flow-csv",
        _ => format.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The laps of a device file as objects with <c>number</c>, <c>start_s</c>, <c>duration_s</c>, <c>avg_hr_bpm</c>,
    /// <c>max_hr_bpm</c> (NaN as <c>null</c>) for the <c>laps</c> section; empty for inputs that are not device files.
    /// </summary>
    /// <param name="result">What <see cref="RecordingReader"/> opened.</param>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Laps(RecordingOpenResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        static object? N(double v) => double.IsFinite(v) ? v : null;
        return [.. (result.DeviceReport?.Laps ?? []).Select(l => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["number"] = l.Number,
            ["start_s"] = N(l.StartSeconds),
            ["duration_s"] = N(l.DurationSeconds),
            ["avg_hr_bpm"] = N(l.AverageHeartRateBpm),
            ["max_hr_bpm"] = N(l.MaxHeartRateBpm),
        })];
    }

    /// <summary>Details: <c>rr_unit</c>, <c>rr_unit_reason</c> (null for HR samples), <c>columns_used</c>, <c>columns_ignored</c>, <c>skipped_lines</c>, <c>rebuilt_rr_lines</c> (count).</summary>
    private static InputSummary FromCsv(Recording recording, RecordingReadReport report)
    {
        var hasRr = report.Content != CsvContent.HeartRateSamples;
        var details = new Dictionary<string, object?>
        {
            ["rr_unit"] = hasRr ? report.RrUnit == RrUnit.Seconds ? "s" : "ms" : null,
            ["rr_unit_reason"] = hasRr ? report.RrUnitReason : null,
            ["columns_used"] = report.ColumnsUsed,
            ["columns_ignored"] = report.ColumnsIgnored,
            ["skipped_lines"] = report.Skipped.Select(s => new Dictionary<string, object?> { ["line"] = s.Line, ["reason"] = s.Reason, ["text"] = s.Text }).ToArray(),
            ["rebuilt_rr_lines"] = report.RebuiltRrLines.Count,
        };
        var format = report.Content switch
        {
            CsvContent.RrIntervals => "rr-intervals",
            CsvContent.BeatTimes => "beat-times",
            CsvContent.HeartRateSamples => "hr-samples",
            _ => "auto",
        };
        return Of(recording, format) with { Details = details };
    }

    /// <summary>
    /// Details: <c>device</c>, <c>sport</c>, <c>start_time</c> (ISO 8601; without an offset when local),
    /// <c>start_time_is_local</c>, <c>power_samples</c>,
    /// <c>laps</c> (count), <c>markers</c> (count), <c>skipped</c> (notes), and for RR text <c>rr_unit</c> and
    /// <c>rr_unit_reason</c>; <c>hr_samples</c> as the file gives them.
    /// </summary>
    private static InputSummary FromDevice(Recording recording, DeviceReadReport report)
    {
        var details = new Dictionary<string, object?>
        {
            ["device"] = report.Device,
            ["sport"] = report.Sport,
            // A local start time (the watch's clock, zone unknown) is written without an offset, not as +00:00.
            ["start_time"] = report.StartTime?.ToString(report.StartTimeIsLocal ? "yyyy-MM-dd'T'HH:mm:ss.FFF" : "yyyy-MM-dd'T'HH:mm:ss.FFFzzz", CultureInfo.InvariantCulture),
            ["start_time_is_local"] = report.StartTimeIsLocal,
            ["power_samples"] = report.PowerSampleCount,
            ["laps"] = report.Laps.Count,
            ["markers"] = recording.Markers.Count,
            ["skipped"] = report.Skipped.ToArray(),
        };
        if (report.RrUnit is { } unit)
        {
            details["rr_unit"] = unit == RrUnit.Seconds ? "s" : "ms";
            details["rr_unit_reason"] = report.RrUnitReason;
        }

        return Of(recording, FormatName(report.Format)) with { HrSamples = report.HeartRateSampleCount, Details = details };
    }

    /// <summary>Details: <c>ecg_samples</c>, <c>sampling_rate_hz</c>, <c>sampling_rate_source</c>, <c>r_peak_detector</c>, <c>r_peaks</c>, <c>warnings</c> (detection, then reader notes).</summary>
    private static InputSummary FromEcg(Recording recording, EcgReadReport report) =>
        Of(recording, "ecg") with
        {
            Details = new Dictionary<string, object?>
            {
                ["ecg_samples"] = report.SampleCount,
                ["sampling_rate_hz"] = report.SamplingRateHz,
                ["sampling_rate_source"] = report.SamplingRateSource.ToString(),
                ["r_peak_detector"] = report.Peaks.Detector.ToString(),
                ["r_peaks"] = report.Peaks.Count,
                ["warnings"] = report.Peaks.Warnings.Select(w => w.Message).Concat(report.ReaderNotes).ToArray(),
            },
        };

    /// <summary>
    /// Details: <c>edf_variant</c> (EDF, EDF+C, EDF+D, BDF, ...), <c>start_time</c> (the recording site's clock, no
    /// zone), <c>signal</c>, <c>signals</c> (every label), <c>sampling_rate_hz</c>, <c>ecg_samples</c>,
    /// <c>r_peak_detector</c>, <c>r_peaks</c>, <c>markers</c> (EDF+ annotations), <c>warnings</c> (reader notes, then
    /// detection warnings).
    /// </summary>
    private static InputSummary FromEdf(Recording recording, EdfReadReport report) =>
        Of(recording, report.Header.IsBdf ? "bdf" : "edf") with
        {
            Details = new Dictionary<string, object?>
            {
                ["edf_variant"] = report.Header.Variant,
                ["start_time"] = report.Header.StartTime?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                ["signal"] = report.SignalName,
                ["signals"] = report.Header.Signals.Select(s => s.Label).ToArray(),
                ["sampling_rate_hz"] = report.SamplingRateHz,
                ["ecg_samples"] = report.EcgSampleCount,
                ["r_peak_detector"] = report.Peaks.Detector.ToString(),
                ["r_peaks"] = report.Peaks.Count,
                ["markers"] = report.AnnotationCount,
                ["warnings"] = report.ReaderNotes.Concat(report.Peaks.Warnings.Select(w => w.Message)).ToArray(),
            },
        };

    /// <summary>
    /// Details: <c>record</c>, <c>signal</c>, <c>sampling_rate_hz</c>, <c>ecg_samples</c>, <c>annotator</c>,
    /// <c>annotation_file</c> (file name or null), <c>beats_source</c>, <c>annotated_beats</c>, <c>non_normal_beats</c>,
    /// <c>intervals_left_out</c>, <c>warnings</c> (reader notes, then detection warnings).
    /// </summary>
    private static InputSummary FromWfdb(Recording recording, WfdbReadReport report) =>
        Of(recording, "wfdb") with
        {
            Details = new Dictionary<string, object?>
            {
                ["record"] = report.RecordName,
                ["signal"] = report.SignalName,
                ["sampling_rate_hz"] = report.SamplingRateHz,
                ["ecg_samples"] = report.EcgSampleCount,
                ["annotator"] = report.Annotator,
                ["annotation_file"] = report.AnnotationPath is null ? null : Path.GetFileName(report.AnnotationPath),
                ["beats_source"] = report.Peaks is { } peaks ? "r-peak detection (" + peaks.Detector + ")" : "annotations",
                ["annotated_beats"] = report.AnnotatedBeatCount,
                ["non_normal_beats"] = report.NonNormalBeatCount,
                ["intervals_left_out"] = report.LeftOutIntervalCount,
                ["warnings"] = report.ReaderNotes.Concat(report.Peaks?.Warnings.Select(w => w.Message) ?? []).ToArray(),
            },
        };
}
