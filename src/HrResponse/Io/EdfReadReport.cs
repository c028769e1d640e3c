using HrResponse.Ecg;

namespace HrResponse.Io;

/// <summary>How <see cref="RecordingReader"/> opened an EDF, EDF+ or BDF file: the header, the ECG signal read and the R-peak detection that made the beats.</summary>
public sealed record EdfReadReport
{
    /// <summary>Path of the file.</summary>
    public required string Path { get; init; }

    /// <summary>The parsed header (start time, signals, data-record layout).</summary>
    public required EdfHeader Header { get; init; }

    /// <summary>Label of the signal read as the ECG.</summary>
    public required string SignalName { get; init; }

    /// <summary>0-based index of that signal in <see cref="EdfHeader.Signals"/>.</summary>
    public required int SignalIndex { get; init; }

    /// <summary>Sampling rate of the ECG in Hz.</summary>
    public required double SamplingRateHz { get; init; }

    /// <summary>Number of ECG samples read.</summary>
    public required int EcgSampleCount { get; init; }

    /// <summary>Number of EDF+ annotations read as markers.</summary>
    public int AnnotationCount { get; init; }

    /// <summary>The R-peak detection that made the beats (detector, peaks, warnings).</summary>
    public required RPeakResult Peaks { get; init; }

    /// <summary>Notes of the reader (<see cref="EdfRecord.Notes"/>); empty when none.</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];
}
