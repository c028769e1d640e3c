namespace HrResponse.Io;

/// <summary>
/// What <see cref="EdfReader.ReadRecord"/> read from an EDF, EDF+ or BDF file: the header, the chosen signal as an ECG
/// in physical units, the EDF+ annotations as markers, and notes on what was adjusted.
/// </summary>
public sealed record EdfRecord
{
    /// <summary>Path of the file that was read.</summary>
    public required string Path { get; init; }

    /// <summary>The parsed header.</summary>
    public required EdfHeader Header { get; init; }

    /// <summary>0-based index of the signal read as <see cref="Ecg"/>.</summary>
    public required int SignalIndex { get; init; }

    /// <summary>
    /// The chosen signal in physical units: <c>pmin + (d − dmin) (pmax − pmin) / (dmax − dmin)</c> for a stored value
    /// <c>d</c>, converted to mV when the physical dimension is V, mV, uV/µV or nV (otherwise in the file's unit), at
    /// <see cref="EdfSignalInfo.SamplingRateHz"/>, named by its label; sample 0 at the first data record's onset.
    /// </summary>
    public required EcgSignal Ecg { get; init; }

    /// <summary>
    /// The blood-pressure signals (physical dimension mmHg; e.g. a finger-pressure waveform for the Valsalva manoeuvre)
    /// decoded like the ECG, as channels named by their labels on the same time axis; empty when there are none. Other
    /// signals (EEG, EOG, ...) are not decoded.
    /// </summary>
    public IReadOnlyList<SampledChannel> Channels { get; init; } = [];

    /// <summary>
    /// The EDF+ annotations (every text of every time-stamped annotation list but the data records' time-keeping
    /// ones), at their onsets in seconds from the file's start; empty for plain EDF.
    /// </summary>
    public IReadOnlyList<Marker> Markers { get; init; } = [];

    /// <summary>Number of complete data records read (fewer than <see cref="EdfHeader.DataRecordCount"/> when the file stops early).</summary>
    public required long DataRecordCount { get; init; }

    /// <summary>What the reader adjusted or could not use, in plain words; empty when nothing.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
