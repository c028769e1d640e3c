namespace HrResponse.Io;

/// <summary>Settings for <see cref="EdfReader"/>: which signal is the ECG, and how much of a file is read.</summary>
public sealed record EdfReadOptions
{
    /// <summary>The defaults: the first signal labelled as an ECG, at most 2 GiB read.</summary>
    public static EdfReadOptions Default { get; } = new();

    /// <summary>
    /// The signal to read as the ECG: its label as written in the header (case-insensitive, e.g. <c>ECG II</c>) or
    /// its 0-based index as text (e.g. <c>"2"</c>). Default <c>null</c>: the first signal whose label names an ECG
    /// (starting with <c>ECG</c> or <c>EKG</c>, or a lead name: <c>I</c>, <c>II</c>, <c>III</c>, <c>aVR</c>, <c>aVL</c>,
    /// <c>aVF</c>, <c>V1</c>–<c>V6</c>, <c>D1</c>–<c>D3</c>, <c>MLII</c>, <c>MV1</c>–<c>MV6</c>; the names
    /// <see cref="WfdbReadOptions.Signal"/> recognises), else the only signal that is not an annotation signal; a file with several
    /// signals none of which is labelled as an ECG (e.g. a sleep study's EEG and EOG) is refused with their labels,
    /// rather than reading an EEG as an ECG.
    /// </summary>
    public string? Signal { get; init; }

    /// <summary>
    /// Most bytes of the file read. Default 2 GiB. Only the header and the data records are read; a file whose header
    /// and records need more is refused with a message naming this limit.
    /// </summary>
    public long MaxFileBytes { get; init; } = 2L << 30;
}
