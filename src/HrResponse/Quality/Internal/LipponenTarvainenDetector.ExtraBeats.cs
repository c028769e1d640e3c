namespace HrResponse.Quality.Internal;

/// <summary>
/// The refinements' extra-beat tests: whether short intervals add up to one interval of the rhythm around them.
/// </summary>
internal sealed partial class LipponenTarvainenDetector
{
    // Intervals k and k + 1 (not yet used) add up to the local median (refinement 8's tolerance) and are both clearly
    // shorter than the interval after them (PartsShorterThan).
    private static bool ExtraBeatAtTheMedian(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2, ReadOnlySpan<bool> used, int k) =>
        k + 2 < rr.Length && !used[k + 1] && PartsShorterThan(rr, k, k + 2)
        && Math.Abs(rr[k] + rr[k + 1] - med[k]) < RefinedSumTolerance(med, th2, k);

    // Refinement (8): how far an extra beat's sum may lie from the reference, at least SumToleranceFraction of the median.
    private static double RefinedSumTolerance(ReadOnlySpan<double> med, ReadOnlySpan<double> th2, int j) =>
        Math.Max(th2[j], SumToleranceFraction * med[j]);

    // Refinement (18): a short interval j+1 that adds up to one interval with j and with j+2 belongs with the shorter
    // of the two (an extra beat's halves are both short): when j+2 is shorter than j, the extra beat split j+1 and
    // j+2, and j is a natural interval that happens to be short (843 [302 545] 1,037 ms around a 960-ms median).
    private static bool ShortBelongsToNext(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2,
        ReadOnlySpan<bool> used, ReadOnlySpan<BeatMark> marks, int j) =>
        j + 2 < rr.Length && rr[j + 2] < rr[j] && SumsToOne(rr, med, th2, used, marks, j + 1, true);

    // The extra-beat test: intervals j and j+1 (not yet used) add up to the local median within Th2 (refined: within
    // at least SumToleranceFraction of it, refinement 8), or, refined, to the neighbours' mean (refinement 13) or to
    // one adjacent interval (refinement 26).
    private static bool SumsToOne(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2,
        ReadOnlySpan<bool> used, ReadOnlySpan<BeatMark> marks, int j, bool refined)
    {
        if (j + 1 >= rr.Length || used[j + 1]) return false;
        var sum = rr[j] + rr[j + 1];
        var tolerance = refined ? RefinedSumTolerance(med, th2, j) : th2[j];
        return Math.Abs(sum - med[j]) < tolerance
            || (refined && Math.Abs(sum - NeighbourMean(rr, med, used, marks, j - 1, j + 2)) < tolerance)
            || (refined && SumMatchesNeighbour(rr, med, th2, used, marks, j, sum))
            || (refined && PartsMakeOneSinusInterval(rr, used, marks, j, sum)); // refinement (47)
    }

    // Refinement (47): intervals j and j + 1 are both shorter than either neighbour by more than a sinus beat shortens
    // (Kamath and Fallen's 24.5 %), and their sum follows the interval before and leads into the one after by sinus
    // steps: the two are one interval split by an extra beat, also where the rhythm jumps between the neighbours so that
    // the sum matches neither them nor the median (008: 758 [418 512] 1,015 ms, the sum 930 ms).
    private static bool PartsMakeOneSinusInterval(ReadOnlySpan<double> rr, ReadOnlySpan<bool> used, ReadOnlySpan<BeatMark> marks, int j, double sum)
    {
        if (j < 1 || j + 2 >= rr.Length || Taken(used, marks, j - 1) || Taken(used, marks, j + 2)) return false;
        double before = rr[j - 1], after = rr[j + 2];
        var shortest = (1 - KamathLimits.ShorterMaxFraction) * Math.Min(before, after);
        return Math.Max(rr[j], rr[j + 1]) < shortest && KamathLimits.IsSinusStep(before, sum) && KamathLimits.IsSinusStep(sum, after);
    }

    // Refinement (26): two short intervals (each at most SplitPartMaxFraction of the local median) are an extra beat
    // when they add up to an adjacent interval within Th2 / 2 or SumMatchesNeighbourFraction of it, that interval not
    // flagged (a step flag counts as unflagged, refinement 16) and not itself a missed-beat candidate (under 1.5 local
    // medians). Where the rhythm jumps within a few beats, the median and the neighbours' mean both miss the interval
    // the extra beat split, and the interval beside it is the local rhythm (issue 14: 1,039 [454 554] 695 ms, the
    // rhythm falling from 1,040 to 700 ms; sum 1,008 ms, median 734 ms). Two sinus intervals each half of their
    // neighbour do not occur; a neighbour that is itself two merged intervals (a missed beat, 711 688 [1,383] ms) does,
    // and so do sinus beats at the level of the interval on their other side (PartsShorterThan).
    private static bool SumMatchesNeighbour(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2,
        ReadOnlySpan<bool> used, ReadOnlySpan<BeatMark> marks, int j, double sum)
    {
        return (SumMatches(rr, med, th2, used, marks, j, j - 1, sum) && PartsShortForLevel(rr, med, j, j - 1) && PartsShorterThan(rr, j, j + 2))
            || (SumMatches(rr, med, th2, used, marks, j, j + 2, sum) && PartsShortForLevel(rr, med, j, j + 2) && PartsShorterThan(rr, j, j - 1));
    }

    // Refinement (41): both parts at most SplitPartMaxFraction of the local level: the median, or the matched interval k
    // where it is larger and the rhythm (within SwingNeighbourFraction of the interval beyond it), as where the median
    // lags a swing (rr-George_Ron: 581 663 [395 482] 869 909 ms, median 583 ms). A matched interval that is itself two
    // merged beats is no level (745 [1,388] 661 644 [1,309] 739 ms: 661 + 644 is the 1,309, and the 739 beyond it
    // 44 % off).
    private static bool PartsShortForLevel(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, int j, int k)
    {
        var beyond = k < j ? k - 1 : k + 1;
        var level = beyond >= 0 && beyond < rr.Length && Math.Abs(rr[k] - rr[beyond]) <= SwingNeighbourFraction * rr[beyond]
            ? Math.Max(med[j], rr[k])
            : med[j];
        return Math.Max(rr[j], rr[j + 1]) <= SplitPartMaxFraction * level;
    }

    // Refinement (26): both parts clearly shorter than the interval on the other side (the rhythm's level there); parts
    // at that level are sinus beats beside a missed beat (316 [312 304] 616 ms in a run of 310-ms beats at peak exercise).
    private static bool PartsShorterThan(ReadOnlySpan<double> rr, int j, int other) =>
        other >= 0 && other < rr.Length && Math.Max(rr[j], rr[j + 1]) <= SplitPartOfLevelFraction * rr[other];

    private static bool SumMatches(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2,
        ReadOnlySpan<bool> used, ReadOnlySpan<BeatMark> marks, int j, int k, double sum) =>
        k >= 0 && k < rr.Length && !Taken(used, marks, k) && rr[k] < MissedMinMedianMultiple * med[k]
        && Math.Abs(sum - rr[k]) < Math.Max(th2[j] / 2, SumMatchesNeighbourFraction * rr[k]);

    // Refinements (24) and (26): intervals k and k+1 are each at most SplitPartMaxFraction of the local median at k.
    private static bool BothPartsShort(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, int k) =>
        rr[k] <= SplitPartMaxFraction * med[k] && rr[k + 1] <= SplitPartMaxFraction * med[k];

    // Refinement (24): intervals k and k+1, each at most SplitPartMaxFraction of the local median, are an extra beat
    // when their sum and the interval `partner` (k+2 after them, or k−1 before) form a compensated premature pair: the
    // sum short and the partner long, or the partner short and the sum long, deviating by comparable amounts and
    // together within Th2 and SplitPairCompensationFraction of the smaller deviation of two local medians (refinement
    // 7's test, looser). An extra
    // beat inside a premature beat or its pause adds up to neither one interval nor two, so neither the sum test nor
    // the pair tests found it (issue 14: 436 [155 189] 548 ms and 524 376 [306 374] 572 ms were three short flags).
    private static bool SplitsPairMember(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, ReadOnlySpan<double> th2, ReadOnlySpan<bool> used, int k, int partner)
    {
        if (k + 1 >= rr.Length || partner < 0 || partner >= rr.Length || used[k] || used[k + 1] || used[partner]) return false;
        if (!BothPartsShort(rr, med, k)) return false;
        var reference = med[k];
        var merged = rr[k] + rr[k + 1];
        double premature = partner < k ? rr[partner] : merged, pause = partner < k ? merged : rr[partner];
        double dev1 = premature - reference, dev2 = pause - reference;
        var shortfall = Math.Abs(premature + pause - (2 * reference));
        return dev1 < 0 && dev2 > 0 && Compensated(dev1, dev2, shortfall, th2[k], SplitPairCompensationFraction);
    }
}
