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
/// (<see cref="AutoregressiveEstimate.Apply"/>; a premature pair with its recorded total kept); RMSSD (successive
/// differences within gap-free stretches) and SDNN (n − 1) of that series are compared with those of the cleaned
/// series. The detector is not run again, so flags that the other reading would move elsewhere are not followed. Only
/// pairs whose two intervals are in the cleaned series one after the other, each kept or interpolated, take part (with
/// <see cref="CorrectionAction.Interpolate"/>; other actions leave nothing to compare).</para>
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
        foreach (var (first, second, reading) in pairs)
        {
            var k = at[first];
            if (k < 0 || k + 1 >= n || at[second] != k + 1 || gapBefore[k + 1]) continue;
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
            paired[k] = reading == PairReadings.Reading.Pair;
            paired[k + 1] = false;
            any = true;
        }

        if (!any) return (0, 0);
        for (var k = 1; k < n; k++)
            if (paired[k - 1] && paired[k]) paired[k] = false; // a pair's second interval never starts another
        AutoregressiveEstimate.Apply(other, gapBefore, unknown, paired, variancePreserving);
        var (rmssd, sdnn) = RmssdAndSdnn(rr, gapBefore);
        var (otherRmssd, otherSdnn) = RmssdAndSdnn(other, gapBefore);
        return (Percent(otherRmssd, rmssd), Percent(otherSdnn, sdnn));
    }

    private static double Percent(double value, double reference) =>
        reference > 0 && double.IsFinite(reference) ? 100 * ((value / reference) - 1) : double.NaN;

    // RMSSD over the successive differences within gap-free stretches, and SDNN (n − 1) over every interval.
    private static (double Rmssd, double Sdnn) RmssdAndSdnn(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore)
    {
        double squares = 0, sum = 0;
        var steps = 0;
        for (var k = 0; k < rr.Length; k++)
        {
            sum += rr[k];
            if (k == 0 || gapBefore[k]) continue;
            var d = rr[k] - rr[k - 1];
            squares += d * d;
            steps++;
        }

        var mean = sum / rr.Length;
        double deviations = 0;
        foreach (var x in rr) deviations += (x - mean) * (x - mean);
        return (steps > 0 ? Math.Sqrt(squares / steps) : double.NaN, rr.Length > 1 ? Math.Sqrt(deviations / (rr.Length - 1)) : double.NaN);
    }
}
