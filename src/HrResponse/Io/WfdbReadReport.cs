using HrResponse.Ecg;

namespace HrResponse.Io;

/// <summary>
/// How a WFDB record was opened by <see cref="RecordingReader"/>: the record and signal read, the annotator, where the
/// beats came from, and the counts of beats read and left out.
/// </summary>
public sealed record WfdbReadReport
{
    /// <summary>Path of the header file that was read.</summary>
    public required string HeaderPath { get; init; }

    /// <summary>The parsed header (record name, sampling frequency, base date and time, signals).</summary>
    public required WfdbHeader Header { get; init; }

    /// <summary>Record name as the header gives it.</summary>
    public string RecordName => Header.RecordName;

    /// <summary>Name (description) of the signal read as the ECG.</summary>
    public required string SignalName { get; init; }

    /// <summary>0-based index of that signal in the header.</summary>
    public required int SignalIndex { get; init; }

    /// <summary>Sampling rate of the ECG in Hz (the record's frequency times the signal's samples per frame).</summary>
    public required double SamplingRateHz { get; init; }

    /// <summary>Number of ECG samples read.</summary>
    public required int EcgSampleCount { get; init; }

    /// <summary>The annotator asked for (<see cref="WfdbReadOptions.Annotator"/>).</summary>
    public required string Annotator { get; init; }

    /// <summary>Path of the annotation file that was read, or <c>null</c> when the record has none.</summary>
    public string? AnnotationPath { get; init; }

    /// <summary>Where the beats came from: the annotations, or R-peak detection when there is no annotation file.</summary>
    public required WfdbBeatsSource BeatsSource { get; init; }

    /// <summary>The R-peak detection when <see cref="BeatsSource"/> is <see cref="WfdbBeatsSource.RPeakDetection"/>; otherwise <c>null</c>.</summary>
    public RPeakResult? Peaks { get; init; }

    /// <summary>Number of beat annotations (WFDB <c>isqrs</c> codes); 0 without an annotation file.</summary>
    public int AnnotatedBeatCount { get; init; }

    /// <summary>Number of beat annotations that are not normal.</summary>
    public int NonNormalBeatCount { get; init; }

    /// <summary>Number of intervals left out because they begin or end at a non-normal beat.</summary>
    public int LeftOutIntervalCount { get; init; }

    /// <summary>Notes of the record reader (<see cref="WfdbRecord.Notes"/>: missing annotation file, left-out intervals, initial-value or checksum mismatches).</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];
}
