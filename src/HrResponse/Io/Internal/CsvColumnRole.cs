namespace HrResponse.Io.Internal;

/// <summary>What a column's header name says it holds.</summary>
internal enum CsvColumnRole
{
    Unknown,
    Rr,
    BeatTime,
    Time,
    HeartRate,
    Load,
    Marker,

    /// <summary>A beat annotation per row (WFDB mnemonic: N, V, A, ...).</summary>
    BeatSymbol,

    /// <summary>The sample number of a row in a signal the file does not hold (an annotation table's <c>sample</c>).</summary>
    SampleIndex,
}
