namespace HrResponse.Internal;

/// <summary>Helpers to tell RR intervals in seconds from milliseconds.</summary>
internal static class UnitDetection
{
    /// <summary>Median of the values (copying them); NaN when empty.</summary>
    public static double MedianOf(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) return double.NaN;
        var copy = values.ToArray();
        Array.Sort(copy);
        var n = copy.Length;
        return n % 2 == 1 ? copy[n / 2] : 0.5 * (copy[(n / 2) - 1] + copy[n / 2]);
    }

    /// <summary>
    /// True when RR values look like seconds: median below 20. Physiological RR is 0.2–3 s, i.e. 200–3000 ms, so a
    /// median under 20 can only be seconds and one over 20 only milliseconds.
    /// </summary>
    public static bool LooksLikeSeconds(ReadOnlySpan<double> rr) => MedianOf(rr) < 20;
}
