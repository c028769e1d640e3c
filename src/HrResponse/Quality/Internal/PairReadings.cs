namespace HrResponse.Quality.Internal;

/// <summary>
/// Refinement 33 (with <see cref="ArtifactCorrectionOptions.LipponenRefinements"/>; docs/beat-quality.md item 39): which
/// reading of a short–long pair of intervals the autoregressive model of their neighbours explains best. A premature
/// beat whose pause does not compensate (the rhythm slows across it) and a ×0.7 interval beside a naturally long one
/// are the same two numbers to the detector's thresholds; they differ in what stays natural. Three readings, each with
/// one free value:
/// <list type="bullet">
/// <item><see cref="Reading.Pair"/>: a displaced beat, both intervals unknown, their recorded total kept;</item>
/// <item><see cref="Reading.FirstAlone"/>: the first interval is an artifact, the second is natural (as recorded);</item>
/// <item><see cref="Reading.SecondAlone"/>: the first is natural, the second an artifact.</item>
/// </list>
/// Each reading's free value is set to minimise the sum of squared one-step prediction errors of an AR(p) model
/// (<see cref="AutoregressiveEstimate.Fit"/>, fitted to the unflagged intervals within
/// <see cref="AutoregressiveEstimate.WindowBeats"/>) over the prediction rows that use the pair and no other flagged
/// interval (row i + 1, which predicts the second interval from the first, must be among them, else the detector's
/// reading stands; so must row i, which predicts the first interval from its own past, where only the series' start or
/// a gap keeps it out: refinement 66); the same rows and one free value for every reading, so their minima compare
/// directly, as the residual sums of equally sized models (the interpolation itself: Janssen, Veldhuis &amp; Vries
/// 1986). A premature beat leaves the total
/// natural and the pause off by 35 % of an interval; a ×0.7 interval leaves the total off by 30 % and the pause natural,
/// so the model tells them apart where medians cannot. The detector's reading is replaced only when another explains
/// the rows better by more than <see cref="MarginVariances"/> residual variances and to below
/// <see cref="MaxResidualShare"/> of its squared errors (where neither reading fits, e.g. beside an undetected artifact,
/// the smaller of two large sums says nothing). A short flag followed by a long one, the detector's reading of two
/// artifacts side by side that no one-value reading represents, becomes a displaced beat also when that reading
/// explains the rows best and its squared errors are within <see cref="MarginVariances"/> residual variances, however
/// close another reading comes: two adjacent artifacts are the rarer event, and correcting them apart drops the pair's
/// recorded total (item 48: a premature beat cutting a naturally long stretch, 899 [721 1,419] 961 ms). Both constants
/// were chosen on the truth-knowing benchmark (docs/beat-quality.md). Cost: O(window × p²) per candidate pair.
/// <para>
/// Refinement 60 (docs/beat-quality.md item 85): a long or short flag of the dRR rules alone (a step flag) right beside
/// the pair enters the rows as recorded, since the pair's own step may have raised it; when the pair takes another
/// reading, that flag is tested again against the pair's interval as the new reading has it (an artifact read alone as
/// the mean of its neighbours, a displaced beat as half its total; a step against such an estimate must pass Th1 by the
/// estimate margin) and dropped when its steps no longer pass Th1 in opposite directions. Case (full benchmark,
/// subject_02, single intervals at 5 %): 693 771 [582] 788 777 ms, a ×0.7 interval read as a premature pair whose halves
/// made the natural 771 a long flag, which in turn left out the row that predicts the 788 from the 582.
/// </para>
/// </summary>
internal static class PairReadings
{
    /// <summary>How much smaller (in residual variances σ²) another reading's squared prediction errors must be.</summary>
    public const double MarginVariances = 16;

    /// <summary>The most another reading's squared prediction errors may be, as a share of the detector's reading's.</summary>
    public const double MaxResidualShare = 0.5;

    /// <summary>A reading of two adjacent intervals.</summary>
    public enum Reading
    {
        /// <summary>A displaced beat: both unknown, total kept.</summary>
        Pair,

        /// <summary>The first interval alone is an artifact.</summary>
        FirstAlone,

        /// <summary>The second interval alone is an artifact.</summary>
        SecondAlone,
    }

    // Which readings a pair may take besides the detector's.
    [Flags]
    private enum ReadingSet
    {
        None = 0,
        Pair = 1,
        FirstAlone = 2,
        SecondAlone = 4,
    }

    private static ReadingSet ToSet(Reading reading) => (ReadingSet)(1 << (int)reading);

    /// <summary>
    /// Re-types the detector's events in place (sorted by index): an ectopic pair, a short flag whose next interval is
    /// unflagged, a long flag whose previous interval is unflagged, and a short flag followed by a long one each take
    /// the reading the model explains best. An ectopic pair may become a short or long flag alone, a short or long flag
    /// an ectopic pair; a short flag followed by a long one (the detector's reading: two artifacts) any of the three. An
    /// interval read alone is typed short when it is shorter than the other interval of the pair, else long.
    /// </summary>
    /// <param name="rr">The current series (ms).</param>
    /// <param name="gapBefore">Gap marks; no reading spans a gap.</param>
    /// <param name="events">This pass's events, sorted by index; changed in place.</param>
    /// <param name="stepFlag">Per interval, true where this pass's long or short flag came from the dRR rules alone
    /// (empty: none).</param>
    /// <param name="qd1">α × quartile deviation of |dRR| per interval.</param>
    /// <param name="med">The local median per interval.</param>
    /// <param name="floor">Th1's floor as a fraction of the median.</param>
    /// <param name="undecided">When given, receives the first index of each pair whose detector's reading stands although
    /// the model explains another reading better, by less than the margin (<see cref="QualityReport.AmbiguousReadingBeats"/>),
    /// with that other reading.</param>
    public static void Retype(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, List<RunEvent> events,
        ReadOnlySpan<bool> stepFlag, ReadOnlySpan<double> qd1, ReadOnlySpan<double> med, double floor, List<(int First, Reading Other)>? undecided = null)
    {
        var n = rr.Length;
        if (events.Count == 0 || n < AutoregressiveEstimate.MinRows) return;
        var rented = System.Buffers.ArrayPool<bool>.Shared.Rent(n);
        try
        {
            var flagged = rented.AsSpan(0, n);
            flagged.Clear();
            foreach (var ev in events)
            {
                flagged[ev.Index] = true;
                if (ev.Type is ArtifactType.Ectopic or ArtifactType.Extra && ev.Index + 1 < n) flagged[ev.Index + 1] = true;
            }

            for (var e = 0; e < events.Count; e++)
            {
                var (i, type) = events[e];
                var shortThenLong = type == ArtifactType.Short && e + 1 < events.Count && events[e + 1] == new RunEvent(i + 1, ArtifactType.Long);
                var (first, current, allowed) = type switch
                {
                    ArtifactType.Ectopic => (i, (Reading?)Reading.Pair, ReadingSet.FirstAlone | ReadingSet.SecondAlone),
                    ArtifactType.Short when shortThenLong => (i, null, ReadingSet.Pair | ReadingSet.FirstAlone | ReadingSet.SecondAlone),
                    ArtifactType.Short when i + 1 < n && !flagged[i + 1] => (i, Reading.FirstAlone, ReadingSet.Pair),
                    ArtifactType.Long when i > 0 && !flagged[i - 1] => (i - 1, Reading.SecondAlone, ReadingSet.Pair),
                    _ => (-1, null, ReadingSet.None),
                };
                if (first < 0 || first + 1 >= n || gapBefore[first + 1]) continue;

                var was = (flagged[first], flagged[first + 1]);
                flagged[first] = flagged[first + 1] = true;
                var best = Best(rr, gapBefore, flagged, stepFlag, first, current, allowed, out var other);
                (flagged[first], flagged[first + 1]) = was;
                if (other is { } o) undecided?.Add((first, o));
                if (best is not { } reading || reading == current) continue;

                events.RemoveRange(e, shortThenLong ? 2 : 1);
                events.Insert(e, reading switch
                {
                    Reading.Pair => new RunEvent(first, ArtifactType.Ectopic),
                    Reading.FirstAlone => new RunEvent(first, rr[first] < rr[first + 1] ? ArtifactType.Short : ArtifactType.Long),
                    _ => new RunEvent(first + 1, rr[first + 1] > rr[first] ? ArtifactType.Long : ArtifactType.Short),
                });
                flagged[first] = reading != Reading.SecondAlone;
                flagged[first + 1] = reading != Reading.FirstAlone;
                if (stepFlag.IsEmpty) continue;
                e -= DropStaleStepFlag(rr, gapBefore, stepFlag, flagged, qd1, med, floor, events, first - 1, first, reading, e);
                DropStaleStepFlag(rr, gapBefore, stepFlag, flagged, qd1, med, floor, events, first + 2, first, reading, e);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(rented);
        }
    }

    // Refinement (60): removes the step flag at k, beside the pair at i now read as 'reading', when its two steps, with
    // the pair's interval next to it as that reading has it, no longer pass Th1 in opposite directions (the one against
    // an estimate by the estimate margin). The flag was raised by the pair's own step as the detector read it: the
    // natural 771 in 693 771 [582 788] 777 ms, long against the halves of a premature pair, is not long beside a ×0.7
    // interval alone. Returns 1 when the event removed lay before position e of the list, else 0.
    private static int DropStaleStepFlag(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> stepFlag,
        Span<bool> flagged, ReadOnlySpan<double> qd1, ReadOnlySpan<double> med, double floor, List<RunEvent> events, int k, int i,
        Reading reading, int e)
    {
        if (k < 1 || k + 1 >= rr.Length || !stepFlag[k] || !flagged[k] || gapBefore[k] || gapBefore[k + 1]) return 0;
        var beforePair = k < i;
        var at = beforePair ? e - 1 : e + 1; // the events are sorted by index, and the pair's reading is at e
        if (at < 0 || at >= events.Count || events[at].Index != k) return 0;
        var (neighbour, estimated) = AsRead(rr, i, reading, first: beforePair);
        var sign = events[at].Type == ArtifactType.Long ? 1 : -1;
        var stepIn = sign * (rr[k] - (beforePair ? rr[k - 1] : neighbour)) / RepairedNeighbours.Th1(qd1, med, floor, k);
        var stepOut = sign * (rr[k] - (beforePair ? neighbour : rr[k + 1])) / RepairedNeighbours.Th1(qd1, med, floor, k + 1);
        var needed = estimated ? 1 + LipponenTarvainenDetector.EstimateMargin : 1;
        var (towardPair, away) = beforePair ? (stepOut, stepIn) : (stepIn, stepOut);
        if (away > 1 && towardPair > needed) return 0;
        events.RemoveAt(at);
        flagged[k] = false;
        return at < e ? 1 : 0;
    }

    // The pair's first (first: true) or second interval as the reading has it, and whether that is an estimate: an
    // artifact read alone as the mean of its neighbours, a displaced beat as half the total, a natural one as recorded.
    private static (double Value, bool Estimated) AsRead(ReadOnlySpan<double> rr, int i, Reading reading, bool first) => reading switch
    {
        Reading.Pair => ((rr[i] + rr[i + 1]) / 2, true),
        Reading.FirstAlone => first ? ((rr[i - 1] + rr[i + 1]) / 2, true) : (rr[i + 1], false),
        _ => first ? (rr[i], false) : ((rr[i] + rr[i + 2]) / 2, true),
    };

    // k when it holds a step flag, else −1.
    private static int StepFlagAt(ReadOnlySpan<bool> stepFlag, int k) => (uint)k < (uint)stepFlag.Length && stepFlag[k] ? k : -1;

    // The reading whose squared prediction errors are smallest among the current one (when there is one) and the
    // others allowed, when it beats each of the others it competes with by MarginVariances σ² and to below
    // MaxResidualShare of theirs (only the current reading is competed with when there is one); with no current reading
    // (a short flag followed by a long one) also the displaced beat when it is smallest and its squared errors are
    // within MarginVariances σ²; null when the model cannot be fitted or no reading wins. undecided: the reading that
    // explains the rows best where the current one (for a short flag followed by a long one, the detector's two
    // artifacts) stands although that one explains them better, but not by the margin; else null.
    private static Reading? Best(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> flagged, ReadOnlySpan<bool> stepFlag, int i,
        Reading? current, ReadingSet allowed, out Reading? undecided)
    {
        undecided = null;
        const int p = AutoregressiveEstimate.Order;
        // The gap-free stretch around the pair, as far as the window reaches.
        var ws = i;
        while (ws > Math.Max(0, i - AutoregressiveEstimate.WindowBeats) && !gapBefore[ws]) ws--;
        var we = i + 2;
        while (we < Math.Min(rr.Length, i + 2 + AutoregressiveEstimate.WindowBeats) && !gapBefore[we]) we++;
        Span<double> coef = stackalloc double[p];
        if (!AutoregressiveEstimate.Fit(rr, flagged, ws, we, coef, out var mean, out var sigma) || !(sigma > 0)) return null;

        // Refinement (60): a step flag right before or after the pair enters its rows as recorded. The pair's own step
        // may have raised it, and as unknown it would leave out the rows that tell the readings apart (row i + 1 among
        // them), so the detector's reading would stand whatever the model says.
        var recordedBefore = StepFlagAt(stepFlag, i - 1);
        var recordedAfter = StepFlagAt(stepFlag, i + 2);
        Span<double> squares = stackalloc double[3];
        for (var r = 0; r < 3; r++)
        {
            var reading = (Reading)r;
            squares[r] = reading == current || allowed.HasFlag(ToSet(reading))
                ? MinimumSquares(rr, flagged, coef, mean, ws, we, i, reading, recordedBefore, recordedAfter)
                : double.PositiveInfinity;
        }

        var best = 0;
        for (var r = 1; r < 3; r++)
            if (squares[r] < squares[best]) best = r;
        if (!double.IsFinite(squares[best])) return null;
        // A short flag followed by a long one has no one-value reading of its own (the detector's two artifacts): the
        // displaced beat is taken when the model explains it best and fits it within the margin, even where another
        // reading comes close (item 48).
        var margin = MarginVariances * sigma * sigma;
        if (current is null && best == (int)Reading.Pair && squares[best] <= margin) return Reading.Pair;
        for (var r = 0; r < 3; r++)
        {
            if (r == best || (current is { } c && (int)c != r) || double.IsPositiveInfinity(squares[r])) continue;
            if (squares[r] - squares[best] <= margin || squares[best] >= MaxResidualShare * squares[r])
            {
                if (current is not { } stands || (int)stands != best) undecided = (Reading)best;
                return current;
            }
        }

        return (Reading)best;
    }

    // Minimum over the reading's free value of Σ e_t², e_t = Σ_j c_j (x_{t−j} − m) (c_0 = 1, c_j = −a_j), over the rows
    // t = i .. i + 1 + p that use no other unknown interval (the step flags at recordedBefore and recordedAfter, −1 for
    // none, count as recorded). Each x of the pair is u + v θ: pair (θ, total − θ), first alone (θ, recorded), second
    // alone (recorded, θ). Infinity when row i + 1 is not usable.
    private static double MinimumSquares(ReadOnlySpan<double> rr, ReadOnlySpan<bool> unknown, ReadOnlySpan<double> coef,
        double mean, int runStart, int runEnd, int i, Reading reading, int recordedBefore, int recordedAfter)
    {
        const int p = AutoregressiveEstimate.Order;
        var (u0, v0, u1, v1) = reading switch
        {
            Reading.Pair => (0.0, 1.0, rr[i] + rr[i + 1], -1.0),
            Reading.FirstAlone => (0.0, 1.0, rr[i + 1], 0.0),
            _ => (rr[i], 0.0, 0.0, 1.0),
        };
        double aa = 0, ab = 0, bb = 0;
        for (var t = i; t <= i + 1 + p && t < runEnd; t++)
        {
            double alpha = 0, beta = 0;
            var usable = t - p >= runStart;
            for (var j = 0; j <= p && usable; j++)
            {
                var idx = t - j;
                var c = j == 0 ? 1.0 : -coef[j - 1];
                if (idx == i)
                {
                    alpha += c * (u0 - mean);
                    beta += c * v0;
                }
                else if (idx == i + 1)
                {
                    alpha += c * (u1 - mean);
                    beta += c * v1;
                }
                else if (unknown[idx] && idx != recordedBefore && idx != recordedAfter)
                {
                    usable = false;
                }
                else
                {
                    alpha += c * (rr[idx] - mean);
                }
            }

            if (!usable)
            {
                // Row i + 1 predicts the second interval from the first: without it the readings are not compared.
                if (t == i + 1) return double.PositiveInfinity;
                // Refinement (66): at a series' start (or after a gap) row i, which tests the first interval against
                // its own past, does not exist, and without it a reading that moves that interval is never tested
                // against it (nsr009, a ×1.35 interval at input 4: 797 [812 1,139] 922 ms read as a displaced beat,
                // the natural 812 corrected to 987 ms): the readings are not compared there either.
                if (t == i && t - p < runStart) return double.PositiveInfinity;
                continue;
            }

            aa += alpha * alpha;
            ab += alpha * beta;
            bb += beta * beta;
        }

        return bb > 0 ? aa - (ab * ab / bb) : aa;
    }
}
