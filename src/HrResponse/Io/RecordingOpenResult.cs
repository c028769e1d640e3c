namespace HrResponse.Io;

/// <summary>
/// What <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/> read: the recording, the format it found, and
/// the typed report of the reader that ran. Exactly one report is set, as <see cref="Format"/> says; nothing that was
/// skipped, left out or adjusted is missing from it.
/// </summary>
public sealed record RecordingOpenResult
{
    /// <summary>The recording: beats and/or heart-rate samples, markers, load, ECG, and the subject of the options.</summary>
    public required Recording Recording { get; init; }

    /// <summary>What the input was read as.</summary>
    public required InputFormat Format { get; init; }

    /// <summary>The file path, or the stream name given to <see cref="RecordingReader.Open(TextReader, string, RecordingOpenOptions?)"/>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// How a CSV table was read (layout, RR unit and why, columns used and ignored, skipped lines) when
    /// <see cref="Format"/> is <see cref="InputFormat.RrIntervals"/>, <see cref="InputFormat.BeatTimes"/> or
    /// <see cref="InputFormat.HeartRateSamples"/>; otherwise <c>null</c>.
    /// </summary>
    public RecordingReadReport? CsvReport { get; init; }

    /// <summary>
    /// What a device reader found (start time, device, sport, laps, counts, skipped data) when <see cref="Format"/> is
    /// <see cref="InputFormat.Fit"/>, <see cref="InputFormat.Tcx"/>, <see cref="InputFormat.Gpx"/>,
    /// <see cref="InputFormat.PolarHrm"/>, <see cref="InputFormat.PolarFlowCsv"/>, <see cref="InputFormat.RrText"/> or
    /// <see cref="InputFormat.BleLog"/>; otherwise <c>null</c>.
    /// </summary>
    public DeviceReadReport? DeviceReport { get; init; }

    /// <summary>How an ECG table was read and its R peaks detected when <see cref="Format"/> is <see cref="InputFormat.Ecg"/>; otherwise <c>null</c>.</summary>
    public EcgReadReport? EcgReport { get; init; }

    /// <summary>How a WFDB record was read when <see cref="Format"/> is <see cref="InputFormat.Wfdb"/>; otherwise <c>null</c>.</summary>
    public WfdbReadReport? WfdbReport { get; init; }

    /// <summary>How an EDF, EDF+ or BDF file was read and its R peaks detected when <see cref="Format"/> is <see cref="InputFormat.Edf"/>; otherwise <c>null</c>.</summary>
    public EdfReadReport? EdfReport { get; init; }

    /// <summary>
    /// Everything the user should know about the reading, in plain words and reading order: what was skipped, left
    /// out, rebuilt or not used, detection warnings, and why a reader was chosen when another failed first. The typed
    /// reports hold the same facts in detail. Empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
