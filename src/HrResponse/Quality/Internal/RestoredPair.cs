namespace HrResponse.Quality.Internal;

/// <summary>
/// Refinement (52) of the Lipponen–Tarvainen detector (docs/beat-quality.md item 72): whether a short interval followed
/// by a long one, flagged by different passes, is one displaced beat. A beat out of its place keeps the time of the two
/// intervals it shares: their total equals that of the two intervals around them. The pair is taken when
/// the short interval lies below the level of those two (their mean) and the long one above it, and the pair's total
/// differs from theirs by at most <see cref="TotalShareOfShortfall"/> of the short interval's shortfall from that level
/// (a ×0.7 interval beside a natural one misses the total by its whole shortfall; a premature beat whose pause
/// compensates misses it by the rhythm's own change only).
/// </summary>
internal static class RestoredPair
{
    /// <summary>Largest difference between the pair's total and its neighbours' total, as a share of the short interval's shortfall (chosen on the truth-knowing benchmark).</summary>
    public const double TotalShareOfShortfall = 0.5;

    /// <summary>True when (<paramref name="first"/>, <paramref name="second"/>) (ms) keeps the time of the intervals <paramref name="before"/> and <paramref name="after"/> around it.</summary>
    public static bool KeepsItsNeighboursTime(double before, double first, double second, double after)
    {
        var level = (before + after) / 2;
        return first < level && second > level
            && Math.Abs(first + second - before - after) <= TotalShareOfShortfall * (level - first);
    }
}
