using System.Buffers;

namespace HrResponse.Hrv.Internal;

/// <summary>
/// Order statistics (k-th smallest values) of a series without a full sort: one counting pass over value buckets,
/// one scatter pass, then only the buckets holding the requested ranks are sorted. Linear time for RR data (a few
/// distinct values per bucket); a degenerate bucket falls back to a sort of that bucket only.
/// </summary>
internal static class OrderStatistics
{
    private const int SmallSize = 64;

    /// <summary>
    /// Writes the values of rank <paramref name="ranks"/>[i] (0-based, ascending order) to <paramref name="results"/>[i].
    /// </summary>
    /// <param name="values">Finite values.</param>
    /// <param name="min">Smallest of <paramref name="values"/>.</param>
    /// <param name="max">Largest of <paramref name="values"/>.</param>
    /// <param name="ranks">Ranks in <c>[0, values.Length)</c>.</param>
    /// <param name="results">Receives the values; same length as <paramref name="ranks"/>.</param>
    public static void Select(ReadOnlySpan<double> values, double min, double max, ReadOnlySpan<int> ranks, Span<double> results)
    {
        var n = values.Length;
        if (min == max)
        {
            results.Fill(min);
            return;
        }

        var range = max - min;
        var bucketCount = Math.Clamp(n / 2, 16, 1 << 18);
        var scale = bucketCount / range;
        if (n <= SmallSize || !double.IsFinite(scale))
        {
            SortAndPick(values, ranks, results);
            return;
        }

        var pool = ArrayPool<int>.Shared;
        var ends = pool.Rent(bucketCount);
        var ids = pool.Rent(n);
        var buffer = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Array.Clear(ends, 0, bucketCount);
            var last = bucketCount - 1;
            for (var i = 0; i < n; i++)
            {
                // Monotone in the value: subtraction, multiplication by a positive constant and truncation all are.
                var id = (int)((values[i] - min) * scale);
                if (id > last) id = last;
                ids[i] = id;
                ends[id]++;
            }

            // Exclusive prefix sums: ends[b] becomes the start of bucket b, then, after the scatter, its end.
            var sum = 0;
            for (var b = 0; b < bucketCount; b++)
            {
                var c = ends[b];
                ends[b] = sum;
                sum += c;
            }

            for (var i = 0; i < n; i++) buffer[ends[ids[i]]++] = values[i];

            Span<int> sortedBuckets = stackalloc int[ranks.Length];
            var sortedCount = 0;
            for (var r = 0; r < ranks.Length; r++)
            {
                var k = ranks[r];
                var b = FirstGreater(ends.AsSpan(0, bucketCount), k);
                if (sortedBuckets[..sortedCount].IndexOf(b) < 0)
                {
                    var start = b == 0 ? 0 : ends[b - 1];
                    SortIfNeeded(buffer.AsSpan(start, ends[b] - start));
                    sortedBuckets[sortedCount++] = b;
                }

                results[r] = buffer[k];
            }
        }
        finally
        {
            pool.Return(ends);
            pool.Return(ids);
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static int FirstGreater(ReadOnlySpan<int> ends, int k)
    {
        int lo = 0, hi = ends.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ends[mid] > k) hi = mid;
            else lo = mid + 1;
        }

        return lo;
    }

    private static void SortIfNeeded(Span<double> bucket)
    {
        if (bucket.Length < 2) return;
        var first = bucket[0];
        var allEqual = true;
        for (var i = 1; i < bucket.Length; i++)
        {
            if (bucket[i] != first)
            {
                allEqual = false;
                break;
            }
        }

        if (!allEqual) bucket.Sort();
    }

    private static void SortAndPick(ReadOnlySpan<double> values, ReadOnlySpan<int> ranks, Span<double> results)
    {
        var copy = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var span = copy.AsSpan(0, values.Length);
            values.CopyTo(span);
            span.Sort();
            for (var r = 0; r < ranks.Length; r++) results[r] = span[ranks[r]];
        }
        finally
        {
            ArrayPool<double>.Shared.Return(copy);
        }
    }
}
