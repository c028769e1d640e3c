namespace HrResponse.Quality.Internal;

/// <summary>
/// The two neighbours of a long interval j where the rhythm swings faster than the 11-beat median follows (issue 14,
/// rr-George_Ron: 591 592 [1,344] 832 888 ms): their range, and whether each is the rhythm — within a fraction of the
/// interval on its other side, so not itself an artifact (a premature interval, a merged pair). Used by refinement 39
/// (a missed beat in a swing); the dropout rule (one lost beat over the dropout multiple) uses their range, and since
/// refinement 59 asks its neighbours for sinus steps (KamathLimits) instead.
/// </summary>
internal static class SwingNeighbours
{
    /// <summary>The shorter and the longer of intervals j − 1 and j + 1 (j must have both).</summary>
    public static (double Shorter, double Longer) Range(ReadOnlySpan<double> rr, int j) =>
        (Math.Min(rr[j - 1], rr[j + 1]), Math.Max(rr[j - 1], rr[j + 1]));

    /// <summary>
    /// True when j has two intervals on each side and each neighbour lies within <paramref name="fraction"/> of the
    /// interval beyond it: |RR(j−1) − RR(j−2)| ≤ f·RR(j−2) and |RR(j+1) − RR(j+2)| ≤ f·RR(j+2).
    /// </summary>
    public static bool AreRhythm(ReadOnlySpan<double> rr, int j, double fraction) =>
        j >= 2 && j + 2 < rr.Length
        && Math.Abs(rr[j - 1] - rr[j - 2]) <= fraction * rr[j - 2]
        && Math.Abs(rr[j + 1] - rr[j + 2]) <= fraction * rr[j + 2];
}
