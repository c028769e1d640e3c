using HrResponse.Ecg;
using HrResponse.Io;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary>
/// Reads an input file of any supported format into a recording and describes what was read for the output's
/// <c>input</c> object. The format is judged from the content: FIT, TCX, GPX, Polar HRM and BLE logs go to their
/// readers; WFDB records (<c>.hea</c>) give their ECG and annotated beats; ECG tables (a header like <c>ecg_360hz</c>) go through R-peak detection; CSV tables go to the CSV reader; plain RR text that the CSV reader cannot take (space-separated
/// <c>time rr</c> logs) goes to the RR text reader.
/// </summary>
internal static class InputLoader
{
    public static (Recording Recording, InputSummary Summary) Load(string path, CsvReadOptions options, double? ecgSamplingRateHz = null)
    {
        var (recording, summary, _) = LoadWithLaps(path, options, ecgSamplingRateHz);
        return (recording, summary);
    }

    /// <summary>Loads a file and also returns the laps of device files (empty for CSV).</summary>
    public static (Recording Recording, InputSummary Summary, IReadOnlyList<IReadOnlyDictionary<string, object?>> Laps) LoadWithLaps(
        string path, CsvReadOptions options, double? ecgSamplingRateHz = null)
    {
        if (!File.Exists(path))
            throw new CliException($"file not found: {path}", ExitCodes.InputError);
        if (EcgCsvReader.LooksLikeEcg(path)) return FromEcg(path, options, ecgSamplingRateHz);
        var format = RecordingReader.Detect(path);
        if (format == DeviceFormat.Wfdb || (format is null && path.EndsWith(".hea", StringComparison.OrdinalIgnoreCase))) return FromWfdb(path, options);
        if (format is { } device && device != DeviceFormat.RrText) return FromDevice(RecordingReader.Open(path, device));
        try
        {
            var result = RecordingCsvReader.Read(path, options);
            return (result.Recording, Describe(result), []);
        }
        catch (HrDataFormatException) when (format == DeviceFormat.RrText)
        {
            return FromDevice(RecordingReader.Open(path, DeviceFormat.RrText));
        }
    }

    public static (Recording Recording, InputSummary Summary) Load(TextReader reader, string name, CsvReadOptions options)
    {
        var result = RecordingCsvReader.Read(reader, name, options);
        return (result.Recording, Describe(result));
    }

    /// <summary>An ECG file: R peaks detected with the default detector, then beats as from any other file.</summary>
    private static (Recording, InputSummary, IReadOnlyList<IReadOnlyDictionary<string, object?>>) FromEcg(string path, CsvReadOptions options, double? samplingRateHz)
    {
        var content = EcgCsvReader.Read(path, new EcgCsvOptions { SamplingRateHz = samplingRateHz });
        var result = EcgRecording.FromEcg(content.Signals[0], subject: options.Subject);
        var summary = InputSummary.Of(result.Recording, "ecg") with
        {
            Details = new Dictionary<string, object?>
            {
                ["ecg_samples"] = content.Signals[0].Count,
                ["sampling_rate_hz"] = content.SamplingRateHz,
                ["sampling_rate_source"] = content.SamplingRateSource.ToString(),
                ["r_peak_detector"] = result.Peaks.Detector.ToString(),
                ["r_peaks"] = result.Peaks.Count,
                ["warnings"] = result.Peaks.Warnings.Select(w => w.Message).Concat(content.Notes).ToArray(),
            },
        };
        return (result.Recording, summary, []);
    }

    /// <summary>
    /// A WFDB record: the ECG and the annotated beats (NN intervals only); without an annotation file, R peaks are
    /// detected in the ECG as for an ECG table.
    /// </summary>
    private static (Recording, InputSummary, IReadOnlyList<IReadOnlyDictionary<string, object?>>) FromWfdb(string path, CsvReadOptions options)
    {
        var record = WfdbReader.ReadRecord(path);
        Recording recording;
        string beatsSource;
        IEnumerable<string> warnings = record.Notes;
        if (record.AnnotationPath is null)
        {
            var detected = EcgRecording.FromEcg(record.Ecg, subject: options.Subject);
            recording = detected.Recording;
            beatsSource = "r-peak detection (" + detected.Peaks.Detector + ")";
            warnings = warnings.Concat(detected.Peaks.Warnings.Select(w => w.Message));
        }
        else
        {
            if (record.Beats.Count == 0)
                throw new HrDataFormatException(record.AnnotationPath, null, null, null,
                    $"The annotation file yields no NN interval ({record.BeatCount} beats, {record.NonNormalBeatCount} not normal).");
            recording = Recording.Create(record.Beats, markers: record.Markers, subject: options.Subject, ecg: record.Ecg);
            beatsSource = "annotations";
        }

        var summary = InputSummary.Of(recording, "wfdb") with
        {
            Details = new Dictionary<string, object?>
            {
                ["record"] = record.Header.RecordName,
                ["signal"] = record.Ecg.Name,
                ["sampling_rate_hz"] = record.Ecg.SamplingRateHz,
                ["ecg_samples"] = record.Ecg.Count,
                ["annotator"] = record.Options.Annotator,
                ["annotation_file"] = record.AnnotationPath is null ? null : Path.GetFileName(record.AnnotationPath),
                ["beats_source"] = beatsSource,
                ["annotated_beats"] = record.BeatCount,
                ["non_normal_beats"] = record.NonNormalBeatCount,
                ["intervals_left_out"] = record.LeftOutIntervalCount,
                ["warnings"] = warnings.ToArray(),
            },
        };
        return (recording, summary, []);
    }

    private static (Recording, InputSummary, IReadOnlyList<IReadOnlyDictionary<string, object?>>) FromDevice(DeviceReadResult result) =>
        (result.Recording, DeviceInputSummary.Of(result), DeviceInputSummary.Laps(result.Report));

    private static InputSummary Describe(RecordingReadResult result)
    {
        var report = result.Report;
        var hasRr = report.Content != CsvContent.HeartRateSamples;
        var details = new Dictionary<string, object?>
        {
            ["rr_unit"] = hasRr ? report.RrUnit == RrUnit.Seconds ? "s" : "ms" : null,
            ["rr_unit_reason"] = hasRr ? report.RrUnitReason : null,
            ["columns_used"] = report.ColumnsUsed,
            ["columns_ignored"] = report.ColumnsIgnored,
            ["skipped_lines"] = report.Skipped.Select(s => new { line = s.Line, reason = s.Reason, text = s.Text }).ToArray(),
            ["rebuilt_rr_lines"] = report.RebuiltRrLines.Count,
        };
        var summary = InputSummary.Of(result.Recording, FormatName(report.Content));
        return summary with { Details = details };
    }

    private static string FormatName(CsvContent content) => content switch
    {
        CsvContent.RrIntervals => "rr-intervals",
        CsvContent.BeatTimes => "beat-times",
        CsvContent.HeartRateSamples => "hr-samples",
        _ => "auto",
    };
}
