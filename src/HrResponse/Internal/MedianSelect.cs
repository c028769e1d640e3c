using System.Buffers;

namespace HrResponse.Internal;

/// <summary>
/// Medians by selection (average O(n)) in a pooled buffer, for unit detection on long series: the middle value, or the
/// mean of the two middle values.
/// </summary>
internal static class MedianSelect
{
    /// <summary>Median of the finite values; NaN when there are none.</summary>
    public static double OfFinite(ReadOnlySpan<double> values)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        try
        {
            var n = 0;
            foreach (var v in values)
                if (double.IsFinite(v)) buffer[n++] = v;
            return Median(buffer.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Median of the finite successive differences <c>v[i] − v[i−1]</c>; NaN when there are none.</summary>
    public static double OfDifferences(ReadOnlySpan<double> values)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        try
        {
            var n = 0;
            for (var i = 1; i < values.Length; i++)
            {
                var d = values[i] - values[i - 1];
                if (double.IsFinite(d)) buffer[n++] = d;
            }

            return Median(buffer.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Median of the values, reordering them; NaN when empty.</summary>
    public static double Median(Span<double> v)
    {
        var n = v.Length;
        if (n == 0) return double.NaN;
        var upper = Select(v, n / 2);
        if (n % 2 == 1) return upper;

        // After selection every value left of n/2 is <= the upper middle; the lower middle is their maximum.
        var lower = v[0];
        for (var i = 1; i < n / 2; i++)
            if (v[i] > lower) lower = v[i];
        return 0.5 * (lower + upper);
    }

    /// <summary>The k-th smallest value (0-based), partially ordering <paramref name="v"/> (Hoare selection).</summary>
    private static double Select(Span<double> v, int k)
    {
        int lo = 0, hi = v.Length - 1;
        while (lo < hi)
        {
            var pivot = MedianOfThree(v[lo], v[lo + ((hi - lo) / 2)], v[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (v[i] < pivot) i++;
                while (v[j] > pivot) j--;
                if (i <= j)
                {
                    (v[i], v[j]) = (v[j], v[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return v[k];
        }

        return v[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
