namespace HrResponse.Quality.Internal;

/// <summary>
/// What the Lipponen–Tarvainen classification found at an interval of the run, as far as refinements (12) and (14) need it
/// (<see cref="RepairedNeighbours"/>).
/// </summary>
internal enum BeatMark : byte
{
    /// <summary>Not flagged, or flagged as something refinements (12) and (14) do not look at.</summary>
    None,

    /// <summary>The first interval of an ectopic pair (the pair is this interval and the next).</summary>
    Ectopic,

    /// <summary>The first of the two short intervals an extra beat splits one interval into.</summary>
    Extra,

    /// <summary>A long interval holding a missed beat.</summary>
    Missed,

    /// <summary>A long or short interval flagged through subspace 2 (the dRR rules) without the mRR rule.</summary>
    StepFlag,

    /// <summary>
    /// A long or short interval flagged on its own value: by the mRR rule (|mRR| &gt; 3 Th2), whatever the dRR rules say,
    /// or as the long interval of a pair out of proportion (refinement 46).
    /// </summary>
    MedianFlag,
}
