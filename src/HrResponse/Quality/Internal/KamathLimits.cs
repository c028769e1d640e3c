namespace HrResponse.Quality.Internal;

/// <summary>
/// Kamath and Fallen's limits for a sinus interval against the one before it: at most 32.5 % longer and at most 24.5 %
/// shorter. Kamath MV, Fallen EL. Correction of the heart rate variability signal for ectopics and missing beats. In:
/// Malik M, Camm AJ, eds. Heart Rate Variability. Armonk, NY: Futura; 1995. pp. 75–85.
/// </summary>
internal static class KamathLimits
{
    /// <summary>The largest lengthening, as a fraction of the earlier interval.</summary>
    public const double LongerMaxFraction = 0.325;

    /// <summary>The largest shortening, as a fraction of the earlier interval.</summary>
    public const double ShorterMaxFraction = 0.245;

    /// <summary>
    /// True when an interval of <paramref name="totalMs"/> splits into two, a and total − a, that follow
    /// <paramref name="previousMs"/>, each other and lead into <paramref name="nextMs"/> within both limits (a neighbour
    /// given as NaN sets no bound): max(total / 2.325, 0.755 p, total − n / 0.755) ≤ min(total / 1.755, 1.325 p,
    /// total − n / 1.325). The split is not taken as even: on a swing two merged sinus beats differ.
    /// </summary>
    public static bool CanSplitIntoSinusSteps(double previousMs, double totalMs, double nextMs)
    {
        const double longest = 1 + LongerMaxFraction, shortest = 1 - ShorterMaxFraction;
        double lo = totalMs / (1 + longest), hi = totalMs / (1 + shortest);
        if (!double.IsNaN(previousMs))
        {
            lo = Math.Max(lo, shortest * previousMs);
            hi = Math.Min(hi, longest * previousMs);
        }

        if (!double.IsNaN(nextMs))
        {
            lo = Math.Max(lo, totalMs - (nextMs / shortest));
            hi = Math.Min(hi, totalMs - (nextMs / longest));
        }

        return lo <= hi;
    }

    /// <summary>
    /// The step from <paramref name="previousMs"/> to <paramref name="nextMs"/> as a share of its limit: the lengthening
    /// over 0.325 p, or the shortening over 0.245 p (1 = at the limit; above 1, a step no sinus beat makes).
    /// </summary>
    public static double StepShareOfLimit(double previousMs, double nextMs)
    {
        var d = nextMs - previousMs;
        return d >= 0 ? d / (LongerMaxFraction * previousMs) : -d / (ShorterMaxFraction * previousMs);
    }

    /// <summary>True when <paramref name="nextMs"/> follows <paramref name="previousMs"/> within both limits.</summary>
    public static bool IsSinusStep(double previousMs, double nextMs)
    {
        var d = nextMs - previousMs;
        return d <= LongerMaxFraction * previousMs && -d <= ShorterMaxFraction * previousMs;
    }
}
