namespace HrResponse.Quality.Internal;

/// <summary>
/// Refinement (37) of the Lipponen–Tarvainen detector, applied once the passes have converged: an unflagged interval
/// next to a corrected artifact is corrected too (flagged long or short) when it stands off the rhythm by many natural
/// steps and the artifact's recorded duration makes up for it — the artifact's timing error extends into it — or the
/// artifact is a single interval replaced by an estimate, which keeps no time (refinement 55).
/// </summary>
/// <remarks>
/// Case (issue 14 benchmark, ACTES exercise tests at 170–180 bpm, natural steps of 0–4 ms): a beat the ECG placed
/// 28 ms early makes 328 [304 356] 332 ms, which the detector flags and corrects as an ectopic pair. When another
/// artifact takes one of its two intervals — a missed beat merging 356 with the next 328 into 684 ms, a premature beat
/// splitting it, a false beat's halves merged back beside it — the other one is left alone 8 % off the rhythm, under
/// the detector's 10 % threshold floor, and one such interval moves RMSSD by 5–6 % at RMSSD 4–6 ms. It is an outlier
/// only where the rhythm is that regular, and it is part of the artifact only when the two together keep the time:
/// 304 + 684 = 988 ms = 3 × 329 ms.
/// <para>
/// Rule: interval k is unflagged and untouched, and an adjacent block of up to <see cref="MaxBlock"/> corrected
/// intervals lies on one side (within the same gap-free run). Its reference r is, of three, the one closest to it: the
/// median of the nearest three untouched intervals on the left, the same on the right (a level change next to an
/// artifact is not an outlier), and the line through the nearest untouched interval on each side (nor is a ramp). It
/// must lie off r by at least <see cref="MinNaturalSteps"/> × the mean |ΔRR| of the untouched steps within
/// <see cref="StepWindow"/> beats (at least 8 steps), and by at least <see cref="MinDeviationFraction"/> of the local
/// level (the line's value); and
/// the block's recorded duration D (its input intervals, before any correction), against its corrected interval count
/// m and the level on its side r_b (the median of the nearest three untouched intervals beyond it), must lie off
/// m·r_b in the opposite direction, so that |(D − m·r_b) + (RR_k − r)| ≤ <see cref="CompensationTolerance"/> × |RR_k − r|.
/// (Until 2026-12-06 the block was held to k's own reference r; where the rhythm rises past the artifact that left the
/// time error a few ms over the tolerance: IpBike's FIT HRV at 125 bpm, 481 [437] [1,031 = 543 + 488] 487 ms, the
/// 437 kept beside the split 516 516, RMSSD +49 %.) Natural intervals that pass the first two tests beside an artifact add to the block's excess instead
/// of cancelling it (an exercise test, 500 [540] 1,028 496 ms: the missed beat's merged interval is itself 36 ms over
/// two beats).
/// </para>
/// <para>
/// Refinement (55): a block of one recorded interval that the passes replaced by an estimate (a long or short flag:
/// nothing merged or split) is taken to make up for k whatever its duration. A ×0.7 or ×1.35 interval holds no time of
/// the beat, so the test above cannot apply, and when it falls on one interval of a displaced beat the other is left
/// alone off the rhythm: IpBike's FIT HRV, 481 [437] 380 488 ms (the natural pair 437 + 543 ms, its pause ×0.7),
/// RMSSD +20 % with the 437 kept; an exercise test, 336 221 [364] 340 ms (the early beat ×0.7). Missed and extra beats,
/// whose blocks keep time, are still held to it.
/// </para>
/// <para>
/// The constants were chosen on the benchmark (docs/beat-quality.md item 43): 6 steps (at 5 %) or a tolerance of 0.35
/// instead added false alarms on 24-hour recordings (quantised at 128 Hz: 7.8-ms steps); without the compensation
/// test, natural intervals beside missed beats of exercise tests were flagged (missed-beat PPV ≥ 98 % runs 236 → 233
/// at 6 steps and 4 %, → 234 at 8 steps and 5 %).
/// </para>
/// </remarks>
internal static class CompensatingNeighbours
{
    /// <summary>Least deviation from the reference, in mean natural steps.</summary>
    public const double MinNaturalSteps = 8;

    /// <summary>Least deviation from the reference, as a fraction of the local level.</summary>
    public const double MinDeviationFraction = 0.05;

    /// <summary>Largest remaining time error of the interval and the block together, as a fraction of the interval's deviation.</summary>
    public const double CompensationTolerance = 0.5;

    /// <summary>Longest adjacent block of corrected intervals considered.</summary>
    public const int MaxBlock = 4;

    /// <summary>Half-width of the window of natural steps, in beats.</summary>
    public const int StepWindow = 10;

    private const int SideIntervals = 3;
    private const int SideSearch = 8;
    private const int MinSteps = 8;

    /// <summary>
    /// Adds a long or short event for every interval that the rule above takes into its neighbouring correction.
    /// </summary>
    /// <param name="rr">The corrected series (ms).</param>
    /// <param name="gapBefore">Gap marks of the series.</param>
    /// <param name="corrected">Per interval of the series, true where the passes changed, inserted or merged it.</param>
    /// <param name="inputIndex">Per interval of the series, the input interval it ends at.</param>
    /// <param name="input">The input intervals (ms), for the blocks' recorded durations.</param>
    /// <param name="events">Receives the events (series indices).</param>
    public static void Find(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> corrected,
        ReadOnlySpan<int> inputIndex, ReadOnlySpan<double> input, List<RunEvent> events)
    {
        var n = rr.Length;
        Span<double> left = stackalloc double[SideIntervals];
        Span<double> right = stackalloc double[SideIntervals];
        for (var k = 1; k + 1 < n; k++)
        {
            if (corrected[k]) continue;
            var blockLeft = !gapBefore[k] && corrected[k - 1];
            var blockRight = !gapBefore[k + 1] && corrected[k + 1];
            if (!blockLeft && !blockRight) continue;

            // The line through the nearest untouched interval on each side: the level the 5 % is taken of, and a cheap
            // first test (the closest reference is at most as far as the line).
            int jl = k - 1, jr = k + 1;
            while (jl >= Math.Max(0, k - SideSearch) && corrected[jl] && !gapBefore[jl + 1]) jl--;
            while (jr <= Math.Min(n - 1, k + SideSearch) && corrected[jr] && !gapBefore[jr]) jr++;
            if (jl < Math.Max(0, k - SideSearch) || corrected[jl] || gapBefore[jl + 1]
                || jr > Math.Min(n - 1, k + SideSearch) || corrected[jr] || gapBefore[jr])
                continue;
            var level = rr[jl] + ((rr[jr] - rr[jl]) * (k - jl) / (jr - jl));
            var least = MinDeviationFraction * level;
            if (Math.Abs(rr[k] - level) < least) continue;

            int nl = 0, nr = 0;
            for (var j = jl; j >= Math.Max(0, k - SideSearch) && nl < SideIntervals && !gapBefore[j + 1]; j--)
                if (!corrected[j]) left[nl++] = rr[j];
            for (var j = jr; j <= Math.Min(n - 1, k + SideSearch) && nr < SideIntervals && !gapBefore[j]; j++)
                if (!corrected[j]) right[nr++] = rr[j];

            if (nl < 2 || nr < 2) continue;
            var deviation = Closest(rr[k],
                HrResponse.Internal.MedianSelect.Median(left[..nl]),
                HrResponse.Internal.MedianSelect.Median(right[..nr]),
                level, out _);
            if (Math.Abs(deviation) < least) continue;

            var step = MeanNaturalStep(rr, gapBefore, corrected, k);
            if (double.IsNaN(step) || Math.Abs(deviation) < MinNaturalSteps * step) continue;
            // The block is held to the level on its own side: where the rhythm moves, k's reference is not the block's.
            var rightLevel = HrResponse.Internal.MedianSelect.Median(right[..nr]);
            var leftLevel = HrResponse.Internal.MedianSelect.Median(left[..nl]);
            if ((blockRight && Compensates(rr, gapBefore, corrected, inputIndex, input, k, +1, deviation, rightLevel))
                || (blockLeft && Compensates(rr, gapBefore, corrected, inputIndex, input, k, -1, deviation, leftLevel)))
                events.Add(new RunEvent(k, deviation > 0 ? ArtifactType.Long : ArtifactType.Short));
        }
    }

    // RR − r for the reference r (of the three) closest to RR.
    private static double Closest(double value, double a, double b, double c, out double reference)
    {
        reference = a;
        if (Math.Abs(value - b) < Math.Abs(value - reference)) reference = b;
        if (Math.Abs(value - c) < Math.Abs(value - reference)) reference = c;
        return value - reference;
    }

    // Mean |ΔRR| of the steps between untouched intervals within StepWindow beats of k (not k's own); NaN when fewer
    // than MinSteps.
    private static double MeanNaturalStep(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> corrected, int k)
    {
        double sum = 0;
        var steps = 0;
        for (var j = Math.Max(1, k - StepWindow); j <= Math.Min(rr.Length - 1, k + StepWindow); j++)
        {
            if (j == k || j - 1 == k || gapBefore[j] || corrected[j] || corrected[j - 1]) continue;
            sum += Math.Abs(rr[j] - rr[j - 1]);
            steps++;
        }

        return steps < MinSteps ? double.NaN : sum / steps;
    }

    // Whether the corrected block on side dir of k (up to MaxBlock intervals, no gap) recorded a duration that makes up
    // for k's deviation: (D − m·r_b) + (RR_k − r) within CompensationTolerance × |RR_k − r|, the two of opposite sign,
    // r_b the level on the block's side (blockLevel).
    private static bool Compensates(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> corrected,
        ReadOnlySpan<int> inputIndex, ReadOnlySpan<double> input, int k, int dir, double deviation, double blockLevel)
    {
        var n = rr.Length;
        int end = k, m = 0;
        while (m <= MaxBlock)
        {
            var next = end + dir;
            if (next < 0 || next >= n || !corrected[next] || gapBefore[Math.Max(next, end)]) break;
            end = next;
            m++;
        }

        if (m == 0 || m > MaxBlock) return false;
        // The block's input intervals: those after the interval before it, up to its last (merged ones included).
        int first, last;
        if (dir > 0)
        {
            first = inputIndex[k] + 1;
            last = inputIndex[end];
        }
        else
        {
            if (end == 0) return false;
            first = inputIndex[end - 1] + 1;
            last = inputIndex[k] - 1;
        }

        // Refinement (55): one recorded interval replaced by an estimate (a long or short flag; nothing merged or split)
        // keeps no time: its recorded value is off by whatever the artifact made it, so it cannot make up for k.
        if (m == 1 && first == last) return true;
        var recorded = 0.0;
        for (var i = first; i <= last; i++) recorded += input[i];
        var excess = recorded - (m * blockLevel);
        return Math.Sign(excess) == -Math.Sign(deviation) && Math.Abs(excess + deviation) <= CompensationTolerance * Math.Abs(deviation);
    }
}
