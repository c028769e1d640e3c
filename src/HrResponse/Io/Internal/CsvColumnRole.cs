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
}
