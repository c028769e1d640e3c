namespace HrResponse.Quality;

/// <summary>The result of <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>: the cleaned series, what was changed, and a row per beat.</summary>
public sealed record CleanedRrIntervals
{
    /// <summary>
    /// The cleaned series. Kept and interpolated beats keep their recorded times; inserted beats sit at the split
    /// point. Intervals after a gap have <see cref="RrIntervals.GapBefore"/> set, so gap-aware indices skip the
    /// difference across it.
    /// </summary>
    public required RrIntervals Intervals { get; init; }

    /// <summary>What was found and changed, with the options used.</summary>
    public required QualityReport Quality { get; init; }

    /// <summary>
    /// One row per interval of the cleaned series and per input interval left out of it, in time order (a removed or
    /// excluded interval comes where its beat was). The rows of <c>hrresponse clean</c>.
    /// </summary>
    public required IReadOnlyList<BeatRecord> Beats { get; init; }
}
