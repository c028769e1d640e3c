using System.Globalization;

namespace HrResponse.Io;

/// <summary>
/// Settings for <see cref="RecordingCsvReader"/>. Every setting defaults to detection; an explicit setting always
/// wins over what would be detected, and the report says which was used.
/// </summary>
public sealed record CsvReadOptions
{
    /// <summary>All defaults: everything detected.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// Unit of the RR values (and of beat times without a unit in their header). Default <see cref="Io.RrUnit.Auto"/>:
    /// header unit, else median of the values (below 20 means seconds).
    /// </summary>
    public RrUnit RrUnit { get; init; } = RrUnit.Auto;

    /// <summary>
    /// Field delimiter. Default <c>null</c>: detected from the first non-comment line (tab if it has one, else
    /// semicolon, else comma; a first line without any of them means a single-column file). An Excel separator line
    /// (<c>sep=;</c>) before the header names it and is skipped.
    /// </summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Culture whose decimal separator numbers use. Default <c>null</c>: invariant (decimal point), except that a
    /// decimal comma is detected when the delimiter is a semicolon or tab (or the file has one column) and values
    /// such as <c>0,812</c> appear in the first data lines.
    /// </summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>What the file holds. Default <see cref="CsvContent.Auto"/>: detected from the column names.</summary>
    public CsvContent Content { get; init; } = CsvContent.Auto;

    /// <summary>
    /// Name of the RR column (case-insensitive; without a header, the 1-based column number as text). Default
    /// <c>null</c>: detected by name (<c>rr</c>, <c>rri</c>, <c>ibi</c>, <c>nn</c>, <c>rr_ms</c>, <c>"RR (ms)"</c>, ...).
    /// </summary>
    public string? RrColumn { get; init; }

    /// <summary>
    /// Name of the time column. Default <c>null</c>: detected by name, preferring <c>time_s</c>/<c>time</c>/<c>seconds</c>,
    /// then <c>since_start</c>, then <c>timestamp</c>; with RR present, a time column that does not increase is not used.
    /// </summary>
    public string? TimeColumn { get; init; }

    /// <summary>Name of the heart-rate column. Default <c>null</c>: detected (<c>hr</c>, <c>bpm</c>, <c>heart_rate</c>, <c>"HR (bpm)"</c>, ...).</summary>
    public string? HeartRateColumn { get; init; }

    /// <summary>Name of the load column. Default <c>null</c>: detected (<c>power</c>, <c>power_w</c>, <c>load</c>, <c>watts</c>, <c>mets</c>, ...).</summary>
    public string? LoadColumn { get; init; }

    /// <summary>Name of the marker (event label) column. Default <c>null</c>: detected (<c>marker</c>, <c>event</c>, <c>phase</c>, <c>label</c>, ...).</summary>
    public string? MarkerColumn { get; init; }

    /// <summary>
    /// Name of the beat-annotation column: one WFDB mnemonic per row (<c>N</c> normal, <c>V</c> premature ventricular,
    /// <c>A</c> atrial premature, <c>+</c> rhythm change, ...; case-sensitive), as in an annotation table exported from
    /// a WFDB <c>atr</c> file (<c>sample,time_s,symbol</c>). Default <c>null</c>: detected by name (<c>symbol</c>,
    /// <c>beat_type</c>, <c>beat_label</c>, <c>aami</c>, ...). With beat times (a beat-time column, or with such a column
    /// alone, the time column) rows whose mnemonic is not a beat (<c>+</c>, <c>~</c>, <c>|</c>, ...) are left out; with
    /// RR intervals each row's mnemonic is the beat that ends its interval (one that is not a beat is a format error, an
    /// empty one counts as not normal). With <see cref="NormalBeatsOnly"/> the intervals that begin or end at a beat
    /// that is not normal are left out, as <see cref="WfdbReader"/> does. A cell that is no mnemonic is a format error.
    /// </summary>
    public string? BeatSymbolColumn { get; init; }

    /// <summary>
    /// With a beat-annotation column (<see cref="BeatSymbolColumn"/>), keep only NN intervals: those between two normal
    /// beats (N, L, R, B, e, j, n; WFDB's set, as <see cref="WfdbReadOptions.NormalBeatsOnly"/>). An interval left out
    /// marks the next kept one with <see cref="RrIntervals.GapBefore"/>. Default <c>true</c>, as HRV tools do; false
    /// keeps the intervals between all beats (the premature beats are then the detector's to find).
    /// </summary>
    public bool NormalBeatsOnly { get; init; } = true;

    /// <summary>
    /// What to do with an empty RR cell when the file has a time column. Default
    /// <see cref="MissingRrPolicy.RebuildFromTimes"/>. Without a time column an empty RR cell is a format error.
    /// </summary>
    public MissingRrPolicy MissingRr { get; init; } = MissingRrPolicy.RebuildFromTimes;

    /// <summary>
    /// Name of the column that says which recording a row belongs to, in a long-format table holding several recordings
    /// one after another (one subject or test per value: <c>id,time_s,load_w,hr_bpm</c>); case-insensitive, or the
    /// 1-based column number as text. Default <c>null</c>: the whole table is one recording. With it, only the rows whose
    /// cell equals <see cref="RecordingId"/> are read (the others are counted in
    /// <see cref="RecordingReadReport.OtherRecordingsRowCount"/>, and their cells are not checked);
    /// <see cref="LongFormatCsvTable"/> lists the values a file holds and reads each recording without reading the file again.
    /// </summary>
    public string? RecordingIdColumn { get; init; }

    /// <summary>
    /// With <see cref="RecordingIdColumn"/>, the value whose rows are read, compared with each cell after trimming spaces
    /// (and, in a quoted cell, the quotes), case-sensitively. Required when <see cref="RecordingIdColumn"/> is set; a value
    /// no row has is a format error that lists the values found.
    /// </summary>
    public string? RecordingId { get; init; }

    /// <summary>Subject information to attach to the recording. Default <c>null</c>: unknown.</summary>
    public SubjectInfo? Subject { get; init; }

    /// <summary>
    /// Shortest RR interval taken as a number, in milliseconds (after unit conversion). Default 100 ms (600 bpm, twice
    /// the fastest human heart rate). A shorter value is not analysed: its line is reported in
    /// <see cref="RecordingReadReport.Skipped"/> and the next interval is marked as following a gap; when many values are
    /// out of range in a way a unit change would fix, the file is refused as having mixed units.
    /// </summary>
    public double MinRrMs { get; init; } = 100;

    /// <summary>
    /// Longest RR interval taken as a number, in milliseconds. Default 60,000 ms (one minute): a longer value is a gap
    /// or garbage, not a heartbeat; it is skipped and reported as <see cref="MinRrMs"/> describes.
    /// </summary>
    public double MaxRrMs { get; init; } = 60_000;

    /// <summary>
    /// Lowest heart rate the recording as a whole may have, in beats per minute, judged from the median RR interval
    /// (60,000 / median). Default 20 bpm. A file whose median is slower is refused (e.g. 300 values of 60,000 ms):
    /// its values are not heartbeats in the unit read, or not heartbeats at all.
    /// </summary>
    public double MinMedianHeartRateBpm { get; init; } = 20;

    /// <summary>
    /// Highest heart rate the recording as a whole may have, in beats per minute, judged from the median RR interval.
    /// Default 300 bpm. A file whose median is faster is refused (e.g. 300 values of 25 ms, 2,400 bpm).
    /// </summary>
    public double MaxMedianHeartRateBpm { get; init; } = 300;
}
