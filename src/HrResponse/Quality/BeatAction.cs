namespace HrResponse.Quality;

/// <summary>What happened to one beat (interval) during cleaning; the <c>action</c> column of <c>hrresponse clean</c>.</summary>
public enum BeatAction
{
    /// <summary>
    /// The beat is kept at its recorded time. Its interval is the recorded one, except next to a removed extra beat
    /// (the two intervals are merged) or an inserted beat (the interval is split).
    /// </summary>
    Kept,

    /// <summary>The beat keeps its recorded time; its interval was replaced by interpolation.</summary>
    Interpolated,

    /// <summary>A beat that was not in the input, inserted in the middle of a missed-beat interval.</summary>
    Inserted,

    /// <summary>An input beat removed as an extra (false) beat; its interval was merged into the next one. Not in the cleaned series.</summary>
    Removed,

    /// <summary>An input interval excluded and replaced by a gap (a dropout, or any artifact in <see cref="CorrectionAction.ExcludeAndMarkGaps"/> mode). Not in the cleaned series.</summary>
    Gap,
}
