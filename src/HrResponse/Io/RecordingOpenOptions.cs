using HrResponse.Ecg;

namespace HrResponse.Io;

/// <summary>
/// Settings of <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/>: one group per kind of input, each used
/// only when the input is of that kind. Every default detects: units, layout, sampling rate and format come from the
/// content, and the reports say what was found and why.
/// </summary>
public sealed record RecordingOpenOptions
{
    /// <summary>All defaults.</summary>
    public static RecordingOpenOptions Default { get; } = new();

    /// <summary>
    /// How CSV tables are read (RR unit, delimiter, culture, columns, missing RR cells). Default
    /// <see cref="CsvReadOptions.Default"/>: everything detected. RR text logs that the CSV reader rejects are read by
    /// <see cref="RrTextReader"/>, which has no settings.
    /// </summary>
    public CsvReadOptions Csv { get; init; } = CsvReadOptions.Default;

    /// <summary>
    /// How ECG tables are read: sampling rate override (<see cref="EcgCsvOptions.SamplingRateHz"/>, which wins over
    /// the header and a time column), signal and time column. Default <see cref="EcgCsvOptions.Default"/>.
    /// </summary>
    public EcgCsvOptions Ecg { get; init; } = EcgCsvOptions.Default;

    /// <summary>
    /// How beats are made from an ECG (an ECG table, or a WFDB record without annotation file): R-peak detector and
    /// settings, the policy for unusable detections, optional beat correction. Default
    /// <see cref="EcgRecordingOptions.Default"/> (NeuroKit2 detector, unusable detections rejected, no correction).
    /// </summary>
    public EcgRecordingOptions EcgRecording { get; init; } = EcgRecordingOptions.Default;

    /// <summary>
    /// How WFDB records are read: which signal is the ECG, which annotator gives the beats, NN intervals only.
    /// Default <see cref="WfdbReadOptions.Default"/> (first ECG lead, <c>atr</c>, NN intervals only).
    /// </summary>
    public WfdbReadOptions Wfdb { get; init; } = WfdbReadOptions.Default;

    /// <summary>
    /// How EDF, EDF+ and BDF files are read: which signal is the ECG. Default <see cref="EdfReadOptions.Default"/> (the
    /// first signal labelled as an ECG). The file as a whole is bounded by <see cref="MaxInputBytes"/>.
    /// </summary>
    public EdfReadOptions Edf { get; init; } = EdfReadOptions.Default;

    /// <summary>
    /// Subject information attached to the recording, whatever the format. Default <c>null</c>: unknown, except that a
    /// CSV table keeps <see cref="CsvReadOptions.Subject"/> of <see cref="Csv"/>; when given, this wins over that.
    /// </summary>
    public SubjectInfo? Subject { get; init; }

    /// <summary>
    /// Largest input file <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/> reads, in bytes. Default
    /// 256 MiB (a day of beat-to-beat data is about 1 MB; an hour of 12-lead ECG text well under 100 MB). A larger file,
    /// or a device or pipe that does not end within the limit (e.g. <c>/dev/zero</c>), is refused with a message naming
    /// this limit, before any reader takes it into memory. WFDB signal files and EDF files (streamed, only the ECG
    /// decoded) have their own limits, <see cref="WfdbReadOptions.MaxFileBytes"/> and <see cref="EdfReadOptions.MaxFileBytes"/>.
    /// </summary>
    public long MaxInputBytes { get; init; } = 256L << 20;

    /// <summary>
    /// Lowest ECG sampling rate beats are detected in, in hertz. Default 50 Hz: below it a QRS complex (about 100 ms)
    /// spans too few samples. A slower ECG (an ECG table or a WFDB record without annotations) is refused.
    /// </summary>
    public double MinEcgSamplingRateHz { get; init; } = 50;

    /// <summary>
    /// Highest ECG sampling rate beats are detected in, in hertz. Default 100,000 Hz: faster rates come from a wrong
    /// time column or header, not from ECG hardware. A faster ECG is refused.
    /// </summary>
    public double MaxEcgSamplingRateHz { get; init; } = 100_000;
}
