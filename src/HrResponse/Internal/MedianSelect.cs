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

    /// <summary>Median of the values, reordering them (except for exactly 11 values, which it leaves as they are); NaN when empty.</summary>
    public static double Median(Span<double> v)
    {
        var n = v.Length;
        if (n == 0) return double.NaN;
        if (n == 11) return MedianOf11(v);
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

    // The 6th smallest of 11 values by the 28 compare-exchanges of Dobbelaere's 35-comparator sorting network for 11
    // inputs that the middle output depends on (checked on all 2^11 zero-one inputs): branch-free, the same value as
    // selection (it only moves values), about 3 times faster on the 11-beat windows of the repaired median.
    private static double MedianOf11(ReadOnlySpan<double> v)
    {
        double x0 = v[0], x1 = v[1], x2 = v[2], x3 = v[3], x4 = v[4], x5 = v[5], x6 = v[6], x7 = v[7], x8 = v[8], x9 = v[9], x10 = v[10];
        Exchange(ref x0, ref x9); Exchange(ref x1, ref x6); Exchange(ref x2, ref x4); Exchange(ref x3, ref x7); Exchange(ref x5, ref x8);
        Exchange(ref x0, ref x1); Exchange(ref x3, ref x5); Exchange(ref x4, ref x10); Exchange(ref x6, ref x9); Exchange(ref x7, ref x8);
        Exchange(ref x1, ref x3); Exchange(ref x2, ref x5); Exchange(ref x4, ref x7); Exchange(ref x8, ref x10);
        Exchange(ref x0, ref x4); Exchange(ref x1, ref x2); Exchange(ref x3, ref x7); Exchange(ref x5, ref x9); Exchange(ref x6, ref x8);
        Exchange(ref x2, ref x6); Exchange(ref x4, ref x5); Exchange(ref x7, ref x8);
        Exchange(ref x2, ref x4); Exchange(ref x3, ref x6); Exchange(ref x5, ref x7);
        Exchange(ref x3, ref x4); Exchange(ref x5, ref x6);
        Exchange(ref x4, ref x5);
        return x5;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Exchange(ref double a, ref double b)
    {
        var low = Math.Min(a, b);
        b = Math.Max(a, b);
        a = low;
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
