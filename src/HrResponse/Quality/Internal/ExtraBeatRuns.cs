namespace HrResponse.Quality.Internal;

/// <summary>
/// Refinement (43) of the Lipponen–Tarvainen detector: runs of double detections, where a device detects most beats
/// twice (an R wave and its T wave) for a stretch, so pairs of short parts follow each other. Each pair adds up to the
/// rhythm around the run, but the 11-beat median there is itself a part and each pair's neighbour is another pair's
/// part, so neither the published extra-beat test nor the adjacent-interval test (26) sees them (the Valsalva recording
/// Subject_8: 835 [334 477] [330 466] [316 467] 773 ms during the strain).
/// </summary>
/// <remarks>
/// A run starts after an interval A that is the rhythm (within Kamath and Fallen's limits of the interval before it)
/// and goes on while the next two intervals are each at most <see cref="PartMaxFraction"/> of the current level (a
/// shortening no sinus beat makes) and add up to it within <see cref="LevelTolerance"/>, the level moving to each pair's
/// sum; a single interval at the level (a beat detected once) keeps the run going and becomes the level. The run's
/// pairs are extra beats when there are at least <see cref="MinimumPairs"/> of them and the run ends on such a single
/// interval, and every pair is split unevenly the same way: its first part at most <see cref="UnevenSplitFraction"/>
/// of its second in every pair, or its second of its first in every pair (a T wave is detected a QT interval after its
/// R wave, not at mid-cycle). Sinus rhythm never makes two intervals in a row under 75.5 % of the one before; beats at
/// half the rhythm between missed beats (a 2:1 stretch, nsr003: 1,344 [672 680] [672 641] [664 664] ... 1,336 ms)
/// split it evenly, and where a missed beat is A it is no rhythm either.
/// </remarks>
internal static class ExtraBeatRuns
{
    /// <summary>The largest part of a pair, as a fraction of the level (Kamath and Fallen's 24.5 % shortening).</summary>
    private const double PartMaxFraction = 1 - KamathLimits.ShorterMaxFraction;

    /// <summary>How far a pair's sum or a single interval may lie from the level, as a fraction of it.</summary>
    private const double LevelTolerance = 0.1;

    /// <summary>The fewest pairs that make a run (a single pair is left to the extra-beat tests).</summary>
    private const int MinimumPairs = 2;

    /// <summary>The largest ratio of a pair's shorter part to its longer one (an uneven split).</summary>
    private const double UnevenSplitFraction = 0.9;

    /// <summary>
    /// Marks the pairs of every run of double detections in <paramref name="rr"/> not yet used as extra beats (the
    /// first interval of each pair <see cref="BeatMark.Extra"/>, both used) and appends them to
    /// <paramref name="events"/> (indices offset by <paramref name="offset"/>).
    /// </summary>
    public static void Find(ReadOnlySpan<double> rr, Span<bool> used, Span<BeatMark> marks, List<RunEvent> events, int offset)
    {
        var m = rr.Length;
        for (var a = 1; a + 2 < m; a++)
        {
            // The fast path: a run's first part is a shortening no sinus beat makes.
            if (rr[a + 1] > PartMaxFraction * rr[a]) continue;
            if (used[a] || used[a - 1] || !KamathLimits.IsSinusStep(rr[a - 1], rr[a]) || !IsPair(rr, used, a + 1, rr[a])) continue;
            var (pairs, end) = Walk(rr, used, a + 1, rr[a]);
            if (pairs < MinimumPairs || end < 0) continue;
            var level = rr[a];
            for (var k = a + 1; k < end;)
            {
                if (IsPair(rr, used, k, level))
                {
                    used[k] = used[k + 1] = true;
                    marks[k] = BeatMark.Extra;
                    events.Add(new RunEvent(offset + k, ArtifactType.Extra));
                    level = rr[k] + rr[k + 1];
                    k += 2;
                }
                else
                {
                    level = rr[k];
                    k++;
                }
            }

            a = end;
        }
    }

    // From k on, the pairs and single intervals at the level: how many pairs, and the index of the run's last single
    // interval (−1 when the run does not end on one).
    private static (int Pairs, int End) Walk(ReadOnlySpan<double> rr, ReadOnlySpan<bool> used, int k, double level)
    {
        int pairs = 0, end = -1, firstShorter = 0;
        while (k < rr.Length && !used[k])
        {
            if (IsPair(rr, used, k, level))
            {
                var split = Split(rr[k], rr[k + 1]);
                if (split == 0 || (firstShorter != 0 && split != firstShorter)) return (pairs, -1);
                firstShorter = split;
                level = rr[k] + rr[k + 1];
                pairs++;
                end = -1;
                k += 2;
            }
            else if (AtLevel(rr[k], level))
            {
                level = rr[k];
                end = k;
                k++;
            }
            else
            {
                break;
            }
        }

        return (pairs, end);
    }

    // +1 when the first part is at most UnevenSplitFraction of the second, −1 for the reverse, 0 for an even split.
    private static int Split(double first, double second) =>
        first <= UnevenSplitFraction * second ? 1 : second <= UnevenSplitFraction * first ? -1 : 0;

    private static bool IsPair(ReadOnlySpan<double> rr, ReadOnlySpan<bool> used, int k, double level) =>
        k + 1 < rr.Length && !used[k] && !used[k + 1]
        && rr[k] <= PartMaxFraction * level && rr[k + 1] <= PartMaxFraction * level
        && AtLevel(rr[k] + rr[k + 1], level);

    private static bool AtLevel(double value, double level) => Math.Abs(value - level) <= LevelTolerance * level;
}
