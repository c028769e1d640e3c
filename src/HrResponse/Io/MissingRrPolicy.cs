namespace HrResponse.Io;

/// <summary>What to do with a row whose RR cell is empty while the file has a time column.</summary>
public enum MissingRrPolicy
{
    /// <summary>
    /// Rebuild the interval as the difference of the beat times (end-of-interval times: <c>t[i] − t[i−1]</c>). The
    /// line numbers are listed in <see cref="RecordingReadReport.RebuiltRrLines"/>. A row that cannot be rebuilt
    /// (the first row, or the last when times mark interval starts) is skipped and reported.
    /// </summary>
    RebuildFromTimes,

    /// <summary>
    /// Skip the row and report it in <see cref="RecordingReadReport.Skipped"/>; the next interval is marked as
    /// following a gap (<see cref="HrResponse.RrIntervals.GapBefore"/>).
    /// </summary>
    Skip,
}
