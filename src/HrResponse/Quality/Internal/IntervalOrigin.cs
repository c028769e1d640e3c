namespace HrResponse.Quality.Internal;

/// <summary>
/// Where an interval of the working series comes from in a later Lipponen–Tarvainen pass: recorded (or merged from
/// recorded intervals), a half of an interval an earlier pass split as a missed beat, or an earlier pass's estimate.
/// The detector's refinements (27) and (40) test steps against recorded intervals differently from steps against
/// values the correction made.
/// </summary>
internal enum IntervalOrigin : byte
{
    /// <summary>A recorded interval, or the sum of an extra beat's recorded parts.</summary>
    Recorded,

    /// <summary>A half of an interval an earlier pass split as a missed beat.</summary>
    SplitHalf,

    /// <summary>An interval an earlier pass replaced by an estimate (interpolated).</summary>
    Estimated,
}
