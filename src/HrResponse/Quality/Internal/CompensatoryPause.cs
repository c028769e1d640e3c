namespace HrResponse.Quality.Internal;

/// <summary>
/// Whether the correction of an ectopic pair (a premature beat and its compensatory pause) keeps the pair's recorded
/// total duration. A premature beat with a full compensatory pause moves the beat, not the sinus rhythm: the two
/// intervals last as long as two normal ones, and replacing both by interpolated values would lose or add time (the
/// local mean level moves, RMSSD and SDNN are biased).
/// </summary>
internal static class CompensatoryPause
{
    /// <summary>Share of one interpolated interval by which the totals may always differ (natural variability).</summary>
    public const double IntervalShare = 0.1;

    /// <summary>With refinements: a recorded total shorter than the interpolated one may miss it by this share of the prematurity.</summary>
    public const double ShortShare = 0.5;

    /// <summary>With refinements: a recorded total longer than the interpolated one may exceed it by this share of the prematurity.</summary>
    public const double LongShare = 2.0;

    /// <summary>
    /// True when the recorded total of the pair is kept. Published rule: |recorded − interpolated total| ≤ 10 % of one
    /// interpolated interval. With <paramref name="refined"/> (<see cref="ArtifactCorrectionOptions.LipponenRefinements"/>),
    /// with p = |interpolated − recorded first interval| (the prematurity): kept when the recorded total is shorter by at
    /// most max(10 % of the interval, p/2) or longer by at most max(10 %, 2p). A premature beat that resets the sinus
    /// node leaves the pair short by about p, so the short side stays narrow; a reset never makes the pair longer, so a
    /// longer recorded total means the interpolation misses the local level, and the recorded total is kept over a wider
    /// margin. The shares ½ and 2 were chosen on the truth-knowing benchmark (docs/beat-quality.md). False when any
    /// value is NaN.
    /// </summary>
    /// <param name="recordedTotalMs">Sum of the two recorded intervals.</param>
    /// <param name="recordedFirstMs">The recorded first (premature) interval.</param>
    /// <param name="firstMs">The interpolated first interval.</param>
    /// <param name="secondMs">The interpolated second interval.</param>
    /// <param name="refined">Whether the refined, asymmetric tolerance applies.</param>
    public static bool KeepsTotal(double recordedTotalMs, double recordedFirstMs, double firstMs, double secondMs, bool refined)
    {
        var interpolated = firstMs + secondMs;
        var excess = recordedTotalMs - interpolated;
        var floor = IntervalShare * interpolated / 2;
        if (!refined) return Math.Abs(excess) <= floor;
        var prematurity = Math.Abs(firstMs - recordedFirstMs);
        return excess < 0
            ? -excess <= Math.Max(floor, ShortShare * prematurity)
            : excess <= Math.Max(floor, LongShare * prematurity);
    }

    /// <summary>With refinements: the most a premature interval may last, as a share of the sinus interval before it, for <see cref="MatchesPrecedingCycle"/>.</summary>
    public const double MaxPrematureShareOfPreceding = 0.8;

    /// <summary>With refinements: the most a premature interval may last, as a share of its interpolated value, for <see cref="MatchesPrecedingCycle"/>.</summary>
    public const double MaxPrematureShareOfInterpolated = 0.9;

    /// <summary>
    /// True when the pair is a full compensatory pause by its classic definition: the premature and the post-ectopic
    /// interval together last two sinus cycles, measured on the kept interval just before the pair:
    /// |recorded total − 2 × preceding| ≤ 10 % of the preceding interval, with the premature interval at most 80 % of the
    /// preceding one and at most 90 % of its interpolated value (premature against the cycle it interrupts and against
    /// the local level, not a normal beat after a long one). Used with refinements where
    /// <see cref="KeepsTotal"/> rejects a recorded total that is longer than the interpolated one: there the anchors of the
    /// interpolation miss a local rise of the rhythm that the interval before the pair still shows (issue 14, test_10:
    /// 828 [588 1,140] ms among ~690-ms anchors, a 1,728-ms total against an interpolated 1,366 ms). False when any
    /// value is NaN.
    /// </summary>
    /// <param name="recordedTotalMs">Sum of the two recorded intervals.</param>
    /// <param name="recordedFirstMs">The recorded first (premature) interval.</param>
    /// <param name="interpolatedFirstMs">The interpolated first interval.</param>
    /// <param name="precedingMs">The kept interval just before the pair.</param>
    public static bool MatchesPrecedingCycle(double recordedTotalMs, double recordedFirstMs, double interpolatedFirstMs, double precedingMs) =>
        recordedFirstMs <= MaxPrematureShareOfPreceding * precedingMs
        && recordedFirstMs <= MaxPrematureShareOfInterpolated * interpolatedFirstMs
        && Math.Abs(recordedTotalMs - (2 * precedingMs)) <= IntervalShare * precedingMs;

    /// <summary>
    /// Whether the correction of an ectopic pair keeps its recorded total: <see cref="KeepsTotal"/>, or with
    /// <paramref name="refined"/> a longer total that lasts two cycles of the kept interval before the pair
    /// (<see cref="MatchesPrecedingCycle"/>, refinement 22).
    /// </summary>
    /// <param name="recordedTotalMs">Sum of the two recorded intervals.</param>
    /// <param name="recordedFirstMs">The recorded first (premature) interval.</param>
    /// <param name="firstMs">The interpolated first interval.</param>
    /// <param name="secondMs">The interpolated second interval.</param>
    /// <param name="precedingKeptMs">The interval just before the pair when it is kept (not estimated, no gap between); null otherwise.</param>
    /// <param name="refined">Whether the refinements apply.</param>
    public static bool KeepsPairTotal(double recordedTotalMs, double recordedFirstMs, double firstMs, double secondMs, double? precedingKeptMs, bool refined) =>
        KeepsTotal(recordedTotalMs, recordedFirstMs, firstMs, secondMs, refined)
        || (refined && recordedTotalMs > firstMs + secondMs && precedingKeptMs is { } preceding
            && MatchesPrecedingCycle(recordedTotalMs, recordedFirstMs, firstMs, preceding));
}
