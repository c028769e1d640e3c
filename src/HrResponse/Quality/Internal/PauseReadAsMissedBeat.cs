namespace HrResponse.Quality.Internal;

/// <summary>
/// Refinement (53) of the Lipponen–Tarvainen detector (docs/beat-quality.md item 73): whether a long interval that the
/// detector reads as a missed beat, right after an early interval, is the pause of a premature beat instead. The two
/// readings differ in how many beats the early interval and the long one span together: a missed beat makes three
/// (the early interval and two halves), a premature beat two. With L the mean of the intervals before and after them,
/// the premature reading is taken when the early interval is shorter than <see cref="EarlyShareOfPreceding"/> of the
/// interval before it and the two span under <see cref="MostBeats"/> L — clearly nearer two beats than three (at the
/// midpoint, 2.5 L, a natural three-beat dip such as 823 [695 708 759] 929 ms with 708 + 759 merged, 2.47 L, was read as
/// a pair).
/// </summary>
internal static class PauseReadAsMissedBeat
{
    /// <summary>The early interval is shorter than this share of the interval before it.</summary>
    public const double EarlyShareOfPreceding = 0.9;

    /// <summary>The early interval and the long one span fewer than this many beats of the rhythm around them (chosen on the truth-knowing benchmark).</summary>
    public const double MostBeats = 2.4;

    /// <summary>
    /// True when <paramref name="early"/> followed by <paramref name="longMs"/> (ms), between <paramref name="before"/> and
    /// <paramref name="after"/>, is a premature beat with its pause rather than an interval and a missed beat.
    /// </summary>
    public static bool IsPrematureBeat(double before, double early, double longMs, double after) =>
        early < EarlyShareOfPreceding * before && early + longMs < MostBeats * (before + after) / 2;
}
