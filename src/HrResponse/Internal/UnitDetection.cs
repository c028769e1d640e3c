namespace HrResponse.Internal;

/// <summary>Helpers to tell RR intervals in seconds from milliseconds.</summary>
internal static class UnitDetection
{
    /// <summary>Median of the finite values (selection in a pooled buffer, O(n)); NaN when there are none.</summary>
    public static double MedianOf(ReadOnlySpan<double> values) => MedianSelect.OfFinite(values);

    /// <summary>
    /// True when RR values look like seconds: median below 20. Physiological RR is 0.2–3 s, i.e. 200–3000 ms, so a
    /// median under 20 can only be seconds and one over 20 only milliseconds.
    /// </summary>
    public static bool LooksLikeSeconds(ReadOnlySpan<double> rr) => MedianOf(rr) < 20;
}
