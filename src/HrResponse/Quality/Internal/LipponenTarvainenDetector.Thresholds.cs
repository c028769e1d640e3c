namespace HrResponse.Quality.Internal;

/// <summary>
/// The detector's thresholds: α × the quartile deviations of |dRR| and |mRR| over masked 91-beat windows
/// (refinement 6), held at a run's ends (refinement 21) and taken from the calmer side where the window straddles a
/// change of variability (refinement 34), and the regions whose windows are recomputed when the mask changes.
/// </summary>
internal sealed partial class LipponenTarvainenDetector
{
    // qd1 and qd2 of elements from..to: α × the quartile deviation of |dRR| and of |mRR| over the masked windows
    // (DetectorVectors.QuartileThresholds; 0 where a window keeps nothing). The two quartile passes are independent (own
    // inputs and outputs; MaskedQuantiles keeps its window on the stack), so on a stretch of at least
    // ParallelMinimumBeats they run on two threads, with the same results.
    private void MaskedThresholds(int m, int window, double alpha, Span<double> qd1, Span<double> qd2, int from, int to)
    {
        MaskedQuartiles(m, window, from, to);
        DetectorVectors.QuartileThresholds(_q1.AsSpan(0, m), _q3.AsSpan(0, m), alpha, qd1, from, to);
        DetectorVectors.QuartileThresholds(_q1M.AsSpan(0, m), _q3M.AsSpan(0, m), alpha, qd2, from, to);
    }

    // The quartiles of |dRR| (into _q1, _q3) and of |mRR| (into _q1M, _q3M) of MaskedThresholds.
    private void MaskedQuartiles(int m, int window, int from, int to)
    {
        void DrrQuartiles() => RollingStatistics.MaskedQuantiles(_absD.AsSpan(0, m), _exD.AsSpan(0, m), window, 0.25, 0.75, _q1.AsSpan(0, m), _q3.AsSpan(0, m), from, to);
        void MrrQuartiles() => RollingStatistics.MaskedQuantiles(_absM.AsSpan(0, m), _exM.AsSpan(0, m), window, 0.25, 0.75, _q1M.AsSpan(0, m), _q3M.AsSpan(0, m), from, to);
        if (to - from + 1 >= ParallelMinimumBeats && Environment.ProcessorCount > 1)
        {
            Parallel.Invoke(DrrQuartiles, MrrQuartiles);
            return;
        }

        DrrQuartiles();
        MrrQuartiles();
    }

    // Refinement (21): on a run of at least two threshold windows, the first and last window / 2 beats take the
    // thresholds of the first and last full window instead of those of a centred window cut at the run's end (46 of 91
    // beats at the first interval). The quartile deviation of half a window varies with the few artifacts in it, and
    // the first interval, which has no step into it, is decided by the mRR rule alone (issue 14, test_08: the stretch's
    // first interval, 1,048 ms before 852 and 764 ms, was at |mRR| = 3.17 Th2 on the clean recording and 2.72 Th2 with
    // artifacts injected further on, whose Th2 at the start came out 17 % higher; that one step moved RMSSD by 23 %).
    private static void HoldThresholdsAtRunEnds(Span<double> qd1, Span<double> qd2, int window)
    {
        var m = qd1.Length;
        if (m < 2 * window) return;
        var half = window / 2;
        qd1[..half].Fill(qd1[half]);
        qd2[..half].Fill(qd2[half]);
        qd1[(m - half)..].Fill(qd1[m - 1 - half]);
        qd2[(m - half)..].Fill(qd2[m - 1 - half]);
    }

    // Refinement (34): the thresholds where the 91-beat window straddles a change of variability. The window's thresholds
    // (wide1, wide2) are copied into qd1, qd2, except where the window half a window before or after (wholly on one side
    // of the beat) has a threshold under RegimeChangeShare of this one and the local steps (the median of the unmasked
    // |dRR| within LocalStepBeats) are closer, on a log scale, to that side's threshold than to the other side's: there
    // the beat takes that side's thresholds. At the start of exercise the rhythm turns from swings of 100–300 ms to steps
    // of 4–8 ms, and a window still holding the swings kept Th1 at 187 ms at a 536-ms rhythm (issue 14, test_17).
    private void ThresholdsAcrossRegimeChanges(ReadOnlySpan<double> wide1, ReadOnlySpan<double> wide2, ReadOnlySpan<bool> exD,
        Span<double> qd1, Span<double> qd2, int half, double alpha)
    {
        var m = wide1.Length;
        wide1.CopyTo(qd1);
        wide2.CopyTo(qd2);
        Span<double> steps = stackalloc double[(2 * LocalStepBeats) + 1];
        var absD = _absD.AsSpan(0, m);
        for (var i = 0; i < m; i++)
        {
            var beforeAt = Math.Max(0, i - half);
            var afterAt = Math.Min(m - 1, i + half);
            var (calmAt, otherAt) = wide1[beforeAt] <= wide1[afterAt] ? (beforeAt, afterAt) : (afterAt, beforeAt);
            var calm = wide1[calmAt];
            if (!(calm > 0) || !(calm < RegimeChangeShare * wide1[i])) continue;
            var count = 0;
            for (var k = Math.Max(1, i - LocalStepBeats); k <= Math.Min(m - 1, i + LocalStepBeats); k++)
                if (!exD[k]) steps[count++] = absD[k];
            if (count == 0) continue;
            var local = LocalStepScale * alpha * HrResponse.Internal.MedianSelect.Median(steps[..count]);
            if (!(local > 0) || Math.Abs(Math.Log(calm / local)) >= Math.Abs(Math.Log(wide1[otherAt] / local))) continue;
            qd1[i] = calm;
            qd2[i] = Math.Min(wide2[i], wide2[calmAt]);
        }
    }

    // Refinement (34): the largest share of the window's Th1 at which a one-sided window counts as calmer (chosen on the
    // truth-knowing benchmark, docs/beat-quality.md item 40), the half-width of the local step median, and the ratio of
    // the quartile deviation of |dRR| to its median for Gaussian steps ((1.15 − 0.32) / 2 / 0.67 ≈ 0.61), which puts the
    // local median on the scale of the thresholds.
    private const double RegimeChangeShare = 0.3;
    private const int LocalStepBeats = 5;
    private const double LocalStepScale = 0.61;

    // Adds the window [i − half, i + half] (within the run of m values) to the regions to recompute, merged with the
    // last region when they touch; i comes in ascending order.
    private static void AddWindowAround(List<(int From, int To)> regions, int i, int half, int m) =>
        AddRegion(regions, Math.Max(0, i - half), Math.Min(m - 1, i + half));

    // Adds [lo, hi] to the regions to recompute, merged with the last region when they touch; lo comes in ascending order.
    private static void AddRegion(List<(int From, int To)> regions, int lo, int hi)
    {
        if (regions.Count > 0 && lo <= regions[^1].To + 1) regions[^1] = (regions[^1].From, Math.Max(regions[^1].To, hi));
        else regions.Add((lo, hi));
    }
}
