using HrResponse.Ecg;

namespace HrResponse.Io;

/// <summary>
/// How an ECG table was opened by <see cref="RecordingReader"/>: what the table reader found (signals, sampling rate
/// and where it came from, skipped lines) and the R-peak detection that made the beats.
/// </summary>
public sealed record EcgReadReport
{
    /// <summary>File path or stream name.</summary>
    public required string Source { get; init; }

    /// <summary>Name of the signal column the beats were detected in (the first signal column read).</summary>
    public required string SignalName { get; init; }

    /// <summary>
    /// Names of every signal column read, in column order; the beats come from the first. Choose another with
    /// <see cref="EcgCsvOptions.SignalColumn"/>.
    /// </summary>
    public required IReadOnlyList<string> SignalNames { get; init; }

    /// <summary>Number of samples of the signal.</summary>
    public required int SampleCount { get; init; }

    /// <summary>Sampling rate in Hz.</summary>
    public required double SamplingRateHz { get; init; }

    /// <summary>Where the sampling rate came from: the column name, the option, or the spacing of a time column.</summary>
    public required EcgSamplingRateSource SamplingRateSource { get; init; }

    /// <summary>Name of the time column used, or <c>null</c>.</summary>
    public string? TimeColumn { get; init; }

    /// <summary>Number of blank and comment (<c>#</c>) lines skipped.</summary>
    public int SkippedLineCount { get; init; }

    /// <summary>
    /// Notes of the table reader (<see cref="EcgCsvContent.Notes"/>: skipped lines, a header rate overridden by the
    /// option); empty when none. Detection problems are in <see cref="Peaks"/> (<see cref="RPeakResult.Warnings"/>).
    /// </summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];

    /// <summary>
    /// The R-peak detection: detector (<see cref="RPeakResult.Detector"/>), peak count (<see cref="RPeakResult.Count"/>),
    /// peak samples and times, and warnings (<see cref="RPeakResult.Warnings"/>).
    /// </summary>
    public required RPeakResult Peaks { get; init; }
}
