using HrResponse.Internal;

namespace HrResponse.Quality.Internal;

/// <summary>
/// How far RMSSD and SDNN of a cleaned series move when every short–long pair whose reading the detector could not
/// decide (<see cref="QualityReport.AmbiguousReadingBeats"/>, <see cref="PairReadings"/>) is read the other way: a
/// premature beat and its pause (both intervals estimated, their recorded total kept) where the detector took one
/// artifact beside a natural interval, or that one artifact alone (the other interval as recorded) where it took a
/// premature beat. The other reading is the one the model explained the pair's rows best with (not by the margin).
/// </summary>
/// <remarks>
/// <para>The pairs' intervals are set to their recorded values, and those the other reading takes as artifacts are
/// estimated with every interval the cleaning estimated, as the cleaning's final estimate does
/// (<see cref="AutoregressiveEstimate.Apply"/>; a premature pair keeps its recorded total where the cleaning keeps an
/// ectopic pair's, <see cref="CompensatoryPause"/>, judged against the pair's conditional-mean estimate); RMSSD (successive
/// differences within gap-free stretches) and SDNN (n − 1) of that series are compared with those of the cleaned
/// series. The detector is not run again, so flags that the other reading would move elsewhere are not followed. Only
/// pairs of two adjacent input intervals that are in the cleaned series one after the other, each interpolated or kept
/// as recorded (not with an extra beat merged into it), take part (with <see cref="CorrectionAction.Interpolate"/>;
/// other actions leave nothing to compare).</para>
/// <para>Cost: O(n) and one autoregressive estimate of every estimated interval when some pair takes part, else nothing.</para>
/// <para>NaN rule: 0 when no pair takes part; NaN when the cleaned series' RMSSD or SDNN is 0 or not finite.</para>
/// </remarks>
internal static class OtherReadings
{
    /// <summary>The signed changes of RMSSD and SDNN, in percent of the cleaned series' values.</summary>
    /// <param name="rr">The cleaned series, ms.</param>
    /// <param name="gapBefore">Its gap marks.</param>
    /// <param name="actions">What the cleaning did to each interval of <paramref name="rr"/>.</param>
    /// <param name="inputIndex">Each interval's input index.</param>
    /// <param name="input">The input series, ms.</param>
    /// <param name="estimated">The intervals of <paramref name="rr"/> the cleaning estimated with the autoregressive
    /// estimate, ascending (re-estimated with the pairs); empty when it used another estimate (then only the pairs'
    /// intervals are estimated, the others taken as cleaned).</param>
    /// <param name="pairs">Each undecided pair's two input indices and the reading not taken.</param>
    /// <param name="variancePreserving">Whether the estimates move off their conditional mean as the cleaning's do
    /// (<see cref="IntervalEstimator.AutoregressiveVariancePreserving"/>).</param>
    public static (double RmssdPercent, double SdnnPercent) Change(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore,
        ReadOnlySpan<BeatAction> actions, ReadOnlySpan<int> inputIndex, ReadOnlySpan<double> input, ReadOnlySpan<int> estimated,
        IReadOnlyCollection<(int First, int Second, PairReadings.Reading Other)> pairs, bool variancePreserving)
    {
        var n = rr.Length;
        if (pairs.Count == 0 || n < 3) return (0, 0);
        var at = new int[input.Length];
        Array.Fill(at, -1);
        for (var k = 0; k < n; k++)
            if (actions[k] is BeatAction.Kept or BeatAction.Interpolated) at[inputIndex[k]] = k;

        var other = rr.ToArray();
        var unknown = new bool[n];
        foreach (var k in estimated) unknown[k] = true;
        var paired = new bool[n];
        CorrectionState.MarkKnownTotals(rr, gapBefore, unknown, actions, inputIndex, input, paired);
        var any = false;
        List<int>? pairStarts = null;
        foreach (var (first, second, reading) in pairs)
        {
            var k = at[first];
            if (second != first + 1 || k < 0 || k + 1 >= n || at[second] != k + 1 || gapBefore[k + 1]
                || !AsRecorded(rr, actions, input, k, first) || !AsRecorded(rr, actions, input, k + 1, second)) continue;
            var (firstArtifact, secondArtifact) = reading switch
            {
                PairReadings.Reading.Pair => (true, true),
                PairReadings.Reading.FirstAlone => (true, false),
                _ => (false, true),
            };
            if (firstArtifact == (actions[k] == BeatAction.Interpolated) && secondArtifact == (actions[k + 1] == BeatAction.Interpolated)) continue;
            other[k] = input[first];
            other[k + 1] = input[second];
            unknown[k] = firstArtifact;
            unknown[k + 1] = secondArtifact;
            paired[k] = paired[k + 1] = false;
            if (reading == PairReadings.Reading.Pair) (pairStarts ??= []).Add(k);
            any = true;
        }

        if (!any) return (0, 0);
        if (pairStarts is not null) KeepCompensatedTotals(other, gapBefore, unknown, paired, pairStarts);
        AutoregressiveEstimate.Apply(other, gapBefore, unknown, paired, variancePreserving);
        return (Percent(SeriesMoments.Rmssd(other, gapBefore), SeriesMoments.Rmssd(rr, gapBefore)),
            Percent(SeriesMoments.SampleSd(other), SeriesMoments.SampleSd(rr)));
    }

    // The other reading's premature pairs keep their recorded total where the cleaning would keep it for an ectopic pair
    // (CompensatoryPause.KeepsPairTotal), judged
    // against the pair's conditional-mean estimate without the total; elsewhere both intervals are estimated alone.
    private static void KeepCompensatedTotals(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> unknown, Span<bool> paired, List<int> pairStarts)
    {
        var probe = rr.ToArray();
        var pending = new bool[rr.Length];
        foreach (var k in pairStarts) pending[k] = pending[k + 1] = true;
        AutoregressiveEstimate.Apply(probe, gapBefore, pending, new bool[rr.Length], variancePreserving: false);
        foreach (var k in pairStarts)
        {
            var sum = rr[k] + rr[k + 1];
            paired[k] = CompensatoryPause.KeepsPairTotal(sum, rr[k], probe[k], probe[k + 1],
                k > 0 && !unknown[k - 1] && !gapBefore[k] ? rr[k - 1] : null, refined: true);
        }
    }

    // Whether interval k of the cleaned series is input interval i or its estimate (a kept interval may hold an extra
    // beat merged into it).
    private static bool AsRecorded(ReadOnlySpan<double> rr, ReadOnlySpan<BeatAction> actions, ReadOnlySpan<double> input, int k, int i) =>
        actions[k] == BeatAction.Interpolated || Math.Abs(rr[k] - input[i]) < 1e-6;

    private static double Percent(double value, double reference) =>
        reference > 0 && double.IsFinite(reference) ? 100 * ((value / reference) - 1) : double.NaN;
}
