namespace HrResponse.Io;

/// <summary>Settings for <see cref="WfdbReader"/>: which signal is the ECG, which annotator gives the beats, and which beats count.</summary>
public sealed record WfdbReadOptions
{
    /// <summary>The defaults: first ECG lead, annotator <c>atr</c>, NN intervals only.</summary>
    public static WfdbReadOptions Default { get; } = new();

    /// <summary>
    /// The signal to read as the ECG: its description as written in the header (case-insensitive, e.g. <c>MLII</c> or
    /// <c>V5</c>) or its 0-based index as text (e.g. <c>"1"</c>). Default <c>null</c>: the first signal whose
    /// description names an ECG lead (<c>I</c>, <c>II</c>, <c>III</c>, <c>aVR</c>, <c>aVL</c>, <c>aVF</c>,
    /// <c>V1</c>–<c>V6</c>, <c>MLI</c>–<c>MLIII</c>, <c>MV1</c>–<c>MV6</c>, <c>D1</c>–<c>D3</c>, or anything starting
    /// with <c>ECG</c>/<c>EKG</c>), else signal 0.
    /// </summary>
    public string? Signal { get; init; }

    /// <summary>
    /// The annotator: the annotation file is <c>record.annotator</c> beside the header. Default <c>atr</c> (the
    /// reference annotations of PhysioNet databases). A missing file gives no beats and a note, not an error.
    /// </summary>
    public string Annotator { get; init; } = "atr";

    /// <summary>
    /// When true (default), only NN intervals are kept: an interval that begins or ends at a beat that is not normal
    /// is left out and the next kept interval gets <see cref="RrIntervals.GapBefore"/>, as HRV tools do. Normal beats
    /// are the ANSI/AAMI EC57 class N beats (N, L, R, e, j; de Chazal et al. 2004) plus B (bundle branch block beat,
    /// unspecified) and n (supraventricular escape beat), which are of the same sinus/escape kind. When false, every
    /// interval between consecutive beat annotations (the WFDB <c>isqrs</c> set) is kept.
    /// </summary>
    /// <remarks>
    /// References: ANSI/AAMI EC57:2012, Testing and reporting performance results of cardiac rhythm and ST segment
    /// measurement algorithms; de Chazal P, O'Dwyer M, Reilly RB. Automatic classification of heartbeats using ECG
    /// morphology and heartbeat interval features. IEEE Trans Biomed Eng 51(7):1196–1206 (2004).
    /// </remarks>
    public bool NormalBeatsOnly { get; init; } = true;

    /// <summary>
    /// When false (default), a signal file named in the header must lie in the header's folder (or below it): a name
    /// that is absolute or climbs out with <c>..</c> (e.g. <c>../../etc/passwd</c>) is refused, so a header cannot make
    /// the reader open files the user did not give. Set true only for headers you trust.
    /// </summary>
    public bool AllowSignalFilesOutsideRecordFolder { get; init; }

    /// <summary>
    /// Most bytes read from a signal or annotation file. Default 1 GiB. When the header gives the number of samples,
    /// only the bytes those samples need are read; otherwise a larger (or endless) file is refused with a message
    /// naming this limit.
    /// </summary>
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>Most bytes read from a header file. Default 1 MiB; a larger header is refused with a message naming this limit.</summary>
    public int MaxHeaderBytes { get; init; } = 1 << 20;
}
