namespace HrResponse.Quality.Internal;

/// <summary>
/// Refinement (12) of the Lipponen–Tarvainen detector: a long or short interval flagged through the dRR rules
/// (subspace 2 without the mRR rule) next to an ectopic pair, an extra or a missed beat is tested again on the series
/// with that artifact repaired, and the flag is dropped when it no longer holds.
/// </summary>
/// <remarks>
/// The artifact's own steps make its natural neighbours look long or short: an interval slightly long before a
/// premature beat (or before the two halves of an extra beat) has a step up into it and the artifact's step down right
/// after, which is the long rule. The repair is the simplest that keeps the time: an ectopic pair becomes two
/// intervals of half its total, an extra beat's two intervals become their sum, a missed beat's interval two halves.
/// Only the repaired values next to the flagged interval enter: the step into it and the step out of it.
/// </remarks>
internal static class RepairedNeighbours
{
    /// <summary>
    /// True when the flag at <paramref name="j"/> (1 ≤ j) still holds with the neighbouring artifacts repaired, or when
    /// no artifact lies where the rule looks (the intervals j−1 and j+1): the step into j and the step out of it,
    /// each normalised by Th1 at its index, must still exceed 1 in opposite directions (up then down for a long
    /// flag, down then up for a short one; refinement (3) makes the step out of j decide).
    /// </summary>
    /// <param name="rr">The run's intervals in ms.</param>
    /// <param name="qd1">α × quartile deviation of |dRR| per interval.</param>
    /// <param name="med">The local median per interval.</param>
    /// <param name="floor">Th1's floor as a fraction of the median.</param>
    /// <param name="marks">What the classification found per interval.</param>
    /// <param name="j">Index of the flagged interval.</param>
    /// <param name="isLong">True for a long flag, false for a short one.</param>
    public static bool StillFlagged(ReadOnlySpan<double> rr, ReadOnlySpan<double> qd1, ReadOnlySpan<double> med, double floor,
        ReadOnlySpan<BeatMark> marks, int j, bool isLong)
    {
        var m = rr.Length;
        var repaired = false;
        var before = rr[j - 1];
        if (j >= 2 && marks[j - 2] is BeatMark.Ectopic or BeatMark.Extra)
        {
            before = marks[j - 2] == BeatMark.Ectopic ? (rr[j - 2] + rr[j - 1]) / 2 : rr[j - 2] + rr[j - 1];
            repaired = true;
        }
        else if (marks[j - 1] == BeatMark.Missed)
        {
            before = rr[j - 1] / 2;
            repaired = true;
        }

        if (j + 1 >= m) return true;
        var after = rr[j + 1];
        var mark = marks[j + 1];
        if (mark is BeatMark.Ectopic or BeatMark.Extra && j + 2 < m)
        {
            after = mark == BeatMark.Ectopic ? (rr[j + 1] + rr[j + 2]) / 2 : rr[j + 1] + rr[j + 2];
            repaired = true;
        }
        else if (mark == BeatMark.Missed)
        {
            after = rr[j + 1] / 2;
            repaired = true;
        }

        if (!repaired) return true;
        var stepIn = (rr[j] - before) / LipponenTarvainenDetector.Threshold(qd1[j], floor * med[j]);
        var stepOut = (after - rr[j]) / LipponenTarvainenDetector.Threshold(qd1[j + 1], floor * med[j + 1]);
        return isLong ? stepIn > 1 && stepOut < -1 : stepIn < -1 && stepOut > 1;
    }
}
