namespace HrResponse.Io;

/// <summary>
/// What <see cref="WfdbReader.ReadRecord"/> read from a WFDB record: the header, the chosen signal as an ECG in
/// physical units, the annotations, the beats and the intervals between them, and notes on what was left out.
/// </summary>
public sealed record WfdbRecord
{
    /// <summary>Path of the header file that was read.</summary>
    public required string HeaderPath { get; init; }

    /// <summary>The parsed header.</summary>
    public required WfdbHeader Header { get; init; }

    /// <summary>0-based index of the signal read as <see cref="Ecg"/>.</summary>
    public required int SignalIndex { get; init; }

    /// <summary>
    /// The chosen signal in physical units, <c>(adc − baseline) / gain</c> (units as in the header, default mV), at
    /// <c>fs × samples-per-frame</c> Hz, named by the signal's description (or <c>signal N</c> when it has none).
    /// </summary>
    public required EcgSignal Ecg { get; init; }

    /// <summary>Path of the annotation file that was read, or <c>null</c> when it does not exist.</summary>
    public string? AnnotationPath { get; init; }

    /// <summary>Every annotation of the annotation file in file order (empty without one).</summary>
    public IReadOnlyList<WfdbAnnotation> Annotations { get; init; } = [];

    /// <summary>Number of beat annotations (WFDB <c>isqrs</c> codes).</summary>
    public int BeatCount { get; init; }

    /// <summary>Number of beat annotations that are not normal (see <see cref="WfdbReadOptions.NormalBeatsOnly"/>).</summary>
    public int NonNormalBeatCount { get; init; }

    /// <summary>
    /// Intervals between consecutive beats in ms, <c>(sample[i] − sample[i−1]) / fs × 1000</c>, each ending at its
    /// beat's time <c>sample / fs</c> in seconds; with <see cref="WfdbReadOptions.NormalBeatsOnly"/> only NN intervals,
    /// with <see cref="RrIntervals.GapBefore"/> after each left-out stretch. Empty without annotations.
    /// </summary>
    public RrIntervals Beats { get; init; } = RrIntervals.Empty;

    /// <summary>Number of intervals left out because they begin or end at a non-normal beat.</summary>
    public int LeftOutIntervalCount { get; init; }

    /// <summary>Rhythm changes and other labelled annotations as markers (e.g. <c>rhythm (AFIB</c>).</summary>
    public IReadOnlyList<Marker> Markers { get; init; } = [];

    /// <summary>Notes on what was missing, left out or did not check (initial value, checksum), each with its count.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The settings used.</summary>
    public required WfdbReadOptions Options { get; init; }
}
