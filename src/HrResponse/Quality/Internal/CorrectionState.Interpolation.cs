namespace HrResponse.Quality.Internal;

/// <summary>
/// The estimates of corrected intervals: the cubic spline of the published method, and the autoregressive estimate
/// (conditional mean in the passes, variance-preserving at the end) of docs/beat-quality.md item 38.
/// </summary>
internal sealed partial class CorrectionState
{
    // IntervalEstimator.Autoregressive(VariancePreserving): the estimated intervals (spline values in place) estimated by
    // AutoregressiveEstimate, after each pass (the intervals interpolated in it, conditional mean) and once detection is
    // done (every estimated interval). A pair keeps its total where the correction kept one: the two halves of a split
    // missed beat, and an ectopic pair whose interpolated values still add up to its two input intervals. isEstimated is
    // consumed.
    private void EstimateAutoregressive(Span<double> rr, ReadOnlySpan<bool> gap, Span<bool> isEstimated, bool variancePreserving)
    {
        var n = rr.Length;
        PooledArray.Ensure(ref _arPaired, n);
        var paired = _arPaired.AsSpan(0, n);
        MarkKnownTotals(rr, gap, isEstimated, _cur.Act.AsSpan(0, n), _cur.Orig.AsSpan(0, n), _input.Milliseconds, paired);
        AutoregressiveEstimate.Apply(rr, gap, isEstimated, paired, variancePreserving);
    }

    // Which estimated intervals keep their total with the next (AutoregressiveEstimate's pairedWithNext): the inserted
    // beat of a split missed beat, and the first of an ectopic pair whose values still add up to its two input intervals.
    internal static void MarkKnownTotals(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gap, ReadOnlySpan<bool> isEstimated,
        ReadOnlySpan<BeatAction> act, ReadOnlySpan<int> orig, ReadOnlySpan<double> input, Span<bool> paired)
    {
        paired.Clear();
        for (var k = 0; k + 1 < rr.Length; k++)
        {
            if (!isEstimated[k] || !isEstimated[k + 1] || gap[k + 1]) continue;
            var split = act[k] == BeatAction.Inserted;
            var keptTotal = act[k] == BeatAction.Interpolated && act[k + 1] == BeatAction.Interpolated && orig[k + 1] == orig[k] + 1
                && Math.Abs(rr[k] + rr[k + 1] - (input[orig[k]] + input[orig[k + 1]])) < 1e-6;
            if (!split && !keptTotal) continue;
            paired[k] = true;
            k++;
        }
    }

    // Replaces each block of intervals flagged for interpolation by a natural cubic spline through up to three
    // accepted intervals on each side within the same gap-free run (values clamped to the anchors' range); with
    // anchors on one side only, the nearest anchor's value; with none, the block is excluded.
    private void Interpolate()
    {
        var cur = _cur;
        var n = cur.Count;
        Span<double> x = stackalloc double[2 * AnchorsPerSide];
        Span<double> y = stackalloc double[2 * AnchorsPerSide];
        Span<double> leftX = stackalloc double[AnchorsPerSide];
        Span<double> leftY = stackalloc double[AnchorsPerSide];
        List<int>? orphans = null;
        var robustAnchors = _o.Method == ArtifactDetectionMethod.LipponenTarvainen2019 && _o.LipponenRefinements;
        var pair = 0; // next entry of _pairs (in series order, as blocks are)
        var i = 0;
        while (i < n)
        {
            if (!_interp[i])
            {
                var next = _interp.AsSpan(i, n - i).IndexOf(true);
                if (next < 0) break;
                i += next;
            }

            var bs = i;
            var be = i + 1;
            while (be < n && _interp[be] && !cur.Gap[be]) be++;

            var nl = 0;
            if (!cur.Gap[bs])
            {
                for (var k = bs - 1; k >= 0 && nl < AnchorsPerSide && bs - k <= MaxAnchorSearch; k--)
                {
                    if (!_interp[k])
                    {
                        leftX[nl] = cur.T[k];
                        leftY[nl] = cur.Rr[k];
                        nl++;
                    }

                    if (cur.Gap[k]) break;
                }
            }

            var np = 0;
            for (var k = nl - 1; k >= 0; k--)
            {
                x[np] = leftX[k];
                y[np] = leftY[k];
                np++;
            }

            var nr = 0;
            for (var k = be; k < n && !cur.Gap[k] && nr < AnchorsPerSide && k - be < MaxAnchorSearch; k++)
            {
                if (_interp[k]) continue;
                x[np] = cur.T[k];
                y[np] = cur.Rr[k];
                np++;
                nr++;
            }

            if (robustAnchors && np >= 3) DropOutlyingAnchors(x, y, ref nl, ref nr, ref np);

            if (np == 0)
            {
                orphans ??= [];
                for (var k = bs; k < be; k++) orphans.Add(k);
            }
            else
            {
                double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
                for (var k = 0; k < np; k++)
                {
                    lo = Math.Min(lo, y[k]);
                    hi = Math.Max(hi, y[k]);
                }

                var spline = nl > 0 && nr > 0;
                for (var k = bs; k < be; k++)
                {
                    double v;
                    if (spline) v = Math.Clamp(NaturalCubicSpline.Evaluate(x[..np], y[..np], cur.T[k]), lo, hi);
                    else v = nl > 0 ? y[nl - 1] : y[0];
                    cur.Rr[k] = v;
                }

                // Ectopic pairs of this block (both intervals in it) keep their recorded total when compensated
                // (CompensatoryPause.KeepsTotal; with refinements also a longer total of two cycles of the kept interval
                // before the pair, MatchesPrecedingCycle); with refinements the split then follows the spline clamped to
                // the anchors' range widened by half its span, so that a trend across the pair is not cut off.
                for (; pair < _pairs.Count && _pairs[pair].Index < be; pair++)
                {
                    var (k, sum, first) = _pairs[pair];
                    if (k < bs || k + 1 >= be || !KeepsRecordedTotal(k, sum, first)) continue;
                    if (spline && _o.LipponenRefinements)
                    {
                        var widen = (hi - lo) / 2;
                        cur.Rr[k] = Math.Clamp(NaturalCubicSpline.Evaluate(x[..np], y[..np], cur.T[k]), lo - widen, hi + widen);
                        cur.Rr[k + 1] = Math.Clamp(NaturalCubicSpline.Evaluate(x[..np], y[..np], cur.T[k + 1]), lo - widen, hi + widen);
                    }

                    var d = sum - (cur.Rr[k] + cur.Rr[k + 1]);
                    cur.Rr[k] += d / 2;
                    cur.Rr[k + 1] += d / 2;
                }
            }

            i = be;
        }

        if (AutoregressiveEstimates)
        {
            // The detection passes that follow see the model's conditional mean of the intervals interpolated in this
            // pass (closer to the beats than the spline); the variance-preserving shift is left to Build, and split
            // halves stay equal (refinement 27's margin is built around the even split).
            PooledArray.Ensure(ref _arEstimated, n);
            _interp.AsSpan(0, n).CopyTo(_arEstimated);
            EstimateAutoregressive(cur.Rr.AsSpan(0, n), cur.Gap.AsSpan(0, n), _arEstimated.AsSpan(0, n), variancePreserving: false);
        }

        if (orphans is null) return;
        ApplyOrphans(orphans, n);
    }

    // Whether IntervalEstimator.Autoregressive(VariancePreserving) replaces the spline values.
    private bool AutoregressiveEstimates => _o.Action == CorrectionAction.Interpolate && _o.Estimator != IntervalEstimator.CubicSpline;

    // Whether the final estimates are moved off their conditional mean (IntervalEstimator.AutoregressiveVariancePreserving).
    private bool ShiftedEstimates => AutoregressiveEstimates && _o.Estimator == IntervalEstimator.AutoregressiveVariancePreserving;

    // Whether the ectopic pair at k (its interpolated values in place; recorded total and first interval given) keeps its
    // recorded total: CompensatoryPause.KeepsTotal, or with refinements a longer total that lasts two cycles of the kept
    // interval before the pair (MatchesPrecedingCycle, refinement 22).
    private bool KeepsRecordedTotal(int k, double sum, double first)
    {
        var cur = _cur;
        return CompensatoryPause.KeepsPairTotal(sum, first, cur.Rr[k], cur.Rr[k + 1],
            k > 0 && !_interp[k - 1] && !cur.Gap[k] ? cur.Rr[k - 1] : null, _o.LipponenRefinements);
    }

    // Refinement of the correction (with LipponenRefinements): on each side of the block, an anchor more than
    // AnchorMaxDeviation from the median of that side's anchors is not used. An artifact that the detection has not
    // found yet (a long interval right after a compensatory pause) would otherwise be copied into the interpolated
    // block, and the next pass could no longer see it (issue 14, nsr009). Per side, so that a true change of level
    // across the block (e.g. the bradycardia after a Valsalva strain) keeps all its anchors.
    private static void DropOutlyingAnchors(Span<double> x, Span<double> y, ref int nl, ref int nr, ref int np)
    {
        var leftMed = SideMedian(y[..nl]);
        var rightMed = SideMedian(y[nl..np]);
        int k = 0, left = 0, right = 0;
        for (var j = 0; j < np; j++)
        {
            var med = j < nl ? leftMed : rightMed;
            if (!double.IsNaN(med) && Math.Abs(y[j] - med) > AnchorMaxDeviation * med) continue;
            x[k] = x[j];
            y[k] = y[j];
            k++;
            if (j < nl) left++;
            else right++;
        }

        nl = left;
        nr = right;
        np = k;
    }

    // Median of a side's anchors (there are at most AnchorsPerSide = 3); NaN (nothing dropped) with fewer than three,
    // where no outlier can be told.
    private static double SideMedian(ReadOnlySpan<double> y) =>
        y.Length < 3 ? double.NaN : Math.Max(Math.Min(y[0], y[1]), Math.Min(Math.Max(y[0], y[1]), y[2]));
}
