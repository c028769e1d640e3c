using System.Buffers;

namespace HrResponse.Quality.Internal;

/// <summary>
/// Refinement 17: the 11-beat median on the series with the extra, missed and ectopic beats found so far repaired.
/// </summary>
internal sealed partial class LipponenTarvainenDetector
{
    // Refinement (17): the median on the repaired series, that series, and per interval
    // how it is repaired (this classification and the next).
    private const byte RepairMissed = 1, RepairExtraFirst = 2, RepairExtraSecond = 3, RepairPairFirst = 4, RepairPairSecond = 5;
    private double[] _medR = [], _rrRepaired = [];
    private byte[] _repairKind = [], _repairKindNext = [];

    // Refinement (17): the 11-beat median recomputed on the series with the extra, missed and ectopic beats found so far
    // repaired (an extra beat's two intervals as their sum in place of the first, the second left out; a missed beat's
    // interval as two halves; an ectopic pair as two halves of its total, in its neighbours' windows only), over as many
    // repaired beats as the window holds (RepairedBeatsMedian), only around the marks that changed, and mRR with it;
    // the thresholds keep the plain median.
    private bool RepairMedian(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, Span<double> medR, List<RunEvent> events,
        int first, int offset, int window)
    {
        var m = rr.Length;
        var kind = _repairKind.AsSpan(0, m);
        var next = _repairKindNext.AsSpan(0, m);
        next.Clear();
        for (var k = first; k < events.Count; k++)
        {
            // One classification's events never share an interval (each marks the intervals it takes as used).
            var ev = events[k];
            var i = ev.Index - offset;
            if (ev.Type == ArtifactType.Missed) next[i] = RepairMissed;
            else if (ev.Type is ArtifactType.Extra or ArtifactType.Ectopic && i + 1 < m)
            {
                var extra = ev.Type == ArtifactType.Extra;
                next[i] = extra ? RepairExtraFirst : RepairPairFirst;
                next[i + 1] = extra ? RepairExtraSecond : RepairPairSecond;
            }
        }

        var half = window / 2;
        var mRaw = _mRaw.AsSpan(0, m);
        var repaired = _rrRepaired.AsSpan(0, m);
        var pending = _regions;
        pending.Clear();
        for (var i = 0; i < m; i++)
        {
            i += next[i..].CommonPrefixLength(kind[i..]);
            if (i >= m) break;
            repaired[i] = next[i] switch
            {
                RepairMissed => rr[i] / 2,
                RepairExtraFirst => rr[i] + rr[i + 1],
                RepairPairFirst => (rr[i] + rr[i + 1]) / 2,
                RepairPairSecond => (rr[i - 1] + rr[i]) / 2,
                _ => rr[i],
            };
            AddRegion(pending, WindowReach(kind, next, i, -1, half), Math.Min(m - 1, WindowReach(kind, next, i, 1, half) + 1));
        }

        if (pending.Count == 0) return false;
        next.CopyTo(kind);
        double[]? rented = null;
        Span<double> beats = window < 256 ? stackalloc double[window + 1] : (rented = ArrayPool<double>.Shared.Rent(window + 1));
        foreach (var (from, to) in pending)
        {
            for (var i = from; i <= to; i++)
            {
                medR[i] = RepairedBeatsMedian(rr, repaired, kind, i, half, beats);
                var x = rr[i] - medR[i];
                mRaw[i] = x < 0 ? 2 * x : x;
            }
        }

        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        return true;
    }

    // The median of the 2·half + 1 repaired beats centred on interval i: a missed beat counts as its two halves, an
    // extra beat's two intervals as their one sum (so the window holds as many beats as on the clean series), an ectopic
    // pair as two halves of its total except in the pair's own windows; the second interval of an extra beat takes the
    // window of the first. Truncated at the run's ends as the plain median.
    private static double RepairedBeatsMedian(ReadOnlySpan<double> rr, ReadOnlySpan<double> repaired, ReadOnlySpan<byte> kind, int i, int half, Span<double> beats)
    {
        var m = repaired.Length;
        var centre = kind[i] == RepairExtraSecond ? i - 1 : i;
        // An ectopic pair's own windows keep its recorded intervals (its repair is for its neighbours' medians).
        var own = kind[centre] == RepairPairFirst ? centre : kind[centre] == RepairPairSecond ? centre - 1 : -1;
        var c = 0;
        beats[c++] = Beat(rr, repaired, own, centre);
        var left = half;
        for (var k = centre - 1; k >= 0 && left > 0; k--)
            for (var copies = Copies(kind[k]); copies > 0 && left > 0; copies--, left--) beats[c++] = Beat(rr, repaired, own, k);
        var right = half;
        if (kind[centre] == RepairMissed) { beats[c++] = repaired[centre]; right--; }
        for (var k = centre + 1; k < m && right > 0; k++)
            for (var copies = Copies(kind[k]); copies > 0 && right > 0; copies--, right--) beats[c++] = Beat(rr, repaired, own, k);
        return HrResponse.Internal.MedianSelect.Median(beats[..c]);

        // Interval k in the window: recorded when it belongs to the pair starting at own (the window's own pair), else repaired.
        static double Beat(ReadOnlySpan<double> rr, ReadOnlySpan<double> repaired, int own, int k) =>
            own >= 0 && (k == own || k == own + 1) ? rr[k] : repaired[k];
    }

    // Beats an interval stands for in the repaired series: a missed beat two, an extra beat's second interval none.
    private static int Copies(byte kind) => kind switch { RepairMissed => 2, RepairExtraSecond => 0, _ => 1 };

    // The furthest centre, walking from interval i in direction `step`, whose window of half repaired beats on that
    // side reaches i under either repair state (each interval counted with the fewer beats of the two, so the reach is
    // never short): a repair at i changes the median of exactly these windows. The caller adds one interval on the
    // right for an extra beat's second interval, whose window is its first interval's.
    private static int WindowReach(ReadOnlySpan<byte> before, ReadOnlySpan<byte> after, int i, int step, int half)
    {
        var beats = 0;
        var k = i;
        while (k + step >= 0 && k + step < before.Length)
        {
            k += step;
            if (beats >= half) return k - step;
            beats += Math.Min(Copies(before[k]), Copies(after[k]));
        }

        return k;
    }
}
