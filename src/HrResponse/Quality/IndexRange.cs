namespace HrResponse.Quality;

/// <summary>
/// One HRV index of a corrected series as cleaned and at the ends of a range of detection settings
/// (<see cref="BorderlineReview"/>): how far the index depends on decisions the detector cannot make reliably.
/// </summary>
/// <remarks>The three values are in the unit of the index (ms for <see cref="BorderlineReview.RmssdMs"/> and
/// <see cref="BorderlineReview.SdnnMs"/>); NaN where the index is not computed on a cleaning, left out of the ends.</remarks>
/// <param name="AsCleaned">The index with the given options.</param>
/// <param name="Lowest">The lowest value over the given options and both margins.</param>
/// <param name="Highest">The highest value over the given options and both margins.</param>
public readonly record struct IndexRange(double AsCleaned, double Lowest, double Highest)
{
    /// <summary>
    /// The larger distance from <see cref="AsCleaned"/> to either end, in percent of it:
    /// 100 × max(Highest − AsCleaned, AsCleaned − Lowest) / AsCleaned; 0 when the three values are equal, NaN when
    /// <see cref="AsCleaned"/> is NaN, or 0 with a range around it.
    /// </summary>
    public double SpreadPercent => double.IsNaN(AsCleaned) ? double.NaN
        : Lowest == AsCleaned && Highest == AsCleaned ? 0
        : AsCleaned == 0 ? double.NaN
        : 100 * Math.Max(Highest - AsCleaned, AsCleaned - Lowest) / AsCleaned;

    /// <summary>The range of three values, the first the one as cleaned (NaN values left out of the ends).</summary>
    internal static IndexRange Of(double asCleaned, double a, double b)
    {
        double lowest = asCleaned, highest = asCleaned;
        foreach (var v in (ReadOnlySpan<double>)[a, b])
        {
            if (double.IsNaN(v)) continue;
            if (!(v >= lowest)) lowest = v;
            if (!(v <= highest)) highest = v;
        }

        return new IndexRange(asCleaned, lowest, highest);
    }
}
