namespace HrResponse.Quality.Internal;

/// <summary>
/// A beat out of its place keeps the time of the two intervals it shares: their total equals that of the two intervals
/// around them. Refinement (51) of the Lipponen–Tarvainen detector settles two alternating pair readings by the smaller
/// misfit (<see cref="MisfitMs"/>); refinement (52) (docs/beat-quality.md item 72) takes a short interval followed by a
/// long one, flagged by different passes, as one displaced beat when <see cref="KeepsItsNeighboursTime"/>.
/// </summary>
internal static class DisplacedBeatTime
{
    /// <summary>Largest misfit of a pair, as a share of its short interval's shortfall from its neighbours' level, for refinement (52) (chosen on the truth-knowing benchmark).</summary>
    public const double TotalShareOfShortfall = 0.5;

    /// <summary>|first + second − before − after| in ms: how far the pair's total lies from that of the intervals around it.</summary>
    public static double MisfitMs(double before, double first, double second, double after) => Math.Abs(first + second - before - after);

    /// <summary>
    /// True when (<paramref name="first"/>, <paramref name="second"/>) (ms) keeps the time of <paramref name="before"/> and
    /// <paramref name="after"/>: the first lies below their mean (the level), the second above it, and the misfit is at
    /// most <see cref="TotalShareOfShortfall"/> of the first's shortfall from the level (a ×0.7 interval beside a natural
    /// one misses the total by its whole shortfall; a premature beat whose pause compensates by the rhythm's own change).
    /// </summary>
    public static bool KeepsItsNeighboursTime(double before, double first, double second, double after)
    {
        var level = (before + after) / 2;
        return first < level && second > level && MisfitMs(before, first, second, after) <= TotalShareOfShortfall * (level - first);
    }
}
