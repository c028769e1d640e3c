namespace HrResponse.Internal;

/// <summary>Half-open time ranges over sorted time arrays.</summary>
internal static class TimeRange
{
    public static void Validate(double fromSeconds, double toSeconds)
    {
        if (double.IsNaN(fromSeconds)) throw new ArgumentException("Must not be NaN.", nameof(fromSeconds));
        if (double.IsNaN(toSeconds)) throw new ArgumentException("Must not be NaN.", nameof(toSeconds));
        if (toSeconds < fromSeconds)
            throw new ArgumentException(
                $"Must not be before fromSeconds ({Guard.Show(fromSeconds)} s); it is {Guard.Show(toSeconds)} s.", nameof(toSeconds));
    }

    /// <summary>Index range <c>[start, end)</c> of the sorted <paramref name="times"/> inside <c>[from, to)</c>.</summary>
    public static (int Start, int End) IndexRange(ReadOnlySpan<double> times, double from, double to)
    {
        var start = LowerBound(times, from);
        var end = LowerBound(times, to);
        return (start, Math.Max(start, end));
    }

    /// <summary>First index whose time is not less than <paramref name="value"/>.</summary>
    public static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
