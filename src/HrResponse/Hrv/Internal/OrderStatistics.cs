using System.Buffers;

namespace HrResponse.Hrv.Internal;

/// <summary>
/// Order statistics (k-th smallest values) of a series without a full sort: a counting pass over value buckets
/// finds the bucket of each requested rank, a second pass gathers only the values of those buckets, and only they
/// are sorted. Linear time for RR data; a degenerate bucket costs a sort of that bucket only.
/// </summary>
internal static class OrderStatistics
{
    private const int SmallSize = 64;

    /// <summary>
    /// Writes the value of rank <paramref name="ranks"/>[i] (0-based, ascending order) of
    /// <c>transform(values)</c> to <paramref name="results"/>[i].
    /// </summary>
    /// <param name="values">Finite values.</param>
    /// <param name="center">With <paramref name="absoluteDeviations"/>, the values used are <c>|v − center|</c>.</param>
    /// <param name="absoluteDeviations">Select among <c>|v − center|</c> instead of <c>v</c>.</param>
    /// <param name="min">Smallest value used.</param>
    /// <param name="max">Largest value used.</param>
    /// <param name="ranks">Ranks in <c>[0, values.Length)</c>, any order; at most 16.</param>
    /// <param name="results">Receives the values; same length as <paramref name="ranks"/>.</param>
    public static void Select(
        ReadOnlySpan<double> values, double center, bool absoluteDeviations, double min, double max,
        ReadOnlySpan<int> ranks, Span<double> results)
    {
        var n = values.Length;
        if (min == max)
        {
            results.Fill(min);
            return;
        }

        var bucketCount = Math.Clamp(n / 16, 64, 4096);
        var scale = bucketCount / (max - min);
        if (n <= SmallSize || !double.IsFinite(scale))
        {
            SortAndPick(values, center, absoluteDeviations, ranks, results);
            return;
        }

        var counts = ArrayPool<int>.Shared.Rent(bucketCount);
        try
        {
            var c = counts.AsSpan(0, bucketCount);
            CountBuckets(values, center, absoluteDeviations, min, scale, c);
            Pick(values, center, absoluteDeviations, min, scale, c, ranks, results);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private static void Pick(
        ReadOnlySpan<double> values, double center, bool absoluteDeviations, double min, double scale,
        Span<int> counts, ReadOnlySpan<int> unsortedRanks, Span<double> unsortedResults)
    {
        // Ranks in ascending order (insertion sort of at most a few entries), remembering where each came from.
        Span<int> ranks = stackalloc int[unsortedRanks.Length];
        Span<int> order = stackalloc int[unsortedRanks.Length];
        for (var i = 0; i < ranks.Length; i++)
        {
            var j = i;
            while (j > 0 && ranks[j - 1] > unsortedRanks[i])
            {
                ranks[j] = ranks[j - 1];
                order[j] = order[j - 1];
                j--;
            }

            ranks[j] = unsortedRanks[i];
            order[j] = i;
        }

        // Bucket of each rank and the number of values below it, walking the counts once (ranks ascending).
        Span<int> rankBucket = stackalloc int[ranks.Length];
        Span<int> rankBelow = stackalloc int[ranks.Length];
        var below = 0;
        var b = 0;
        for (var r = 0; r < ranks.Length; r++)
        {
            while (below + counts[b] <= ranks[r])
            {
                below += counts[b];
                b++;
            }

            rankBucket[r] = b;
            rankBelow[r] = below;
        }

        // Distinct needed buckets, each with a slice of the gather buffer.
        Span<int> needed = stackalloc int[ranks.Length];
        Span<int> offsets = stackalloc int[ranks.Length + 1];
        var distinct = 0;
        var total = 0;
        for (var r = 0; r < ranks.Length; r++)
        {
            if (distinct > 0 && needed[distinct - 1] == rankBucket[r]) continue;
            needed[distinct] = rankBucket[r];
            offsets[distinct] = total;
            total += counts[rankBucket[r]];
            distinct++;
        }

        offsets[distinct] = total;

        // Reuse the counts of needed buckets as 1-based slot numbers (counts are no longer needed).
        for (var i = 0; i < distinct; i++) counts[needed[i]] = -(i + 1);

        var buffer = ArrayPool<double>.Shared.Rent(total);
        try
        {
            Span<int> fill = stackalloc int[distinct];
            for (var i = 0; i < distinct; i++) fill[i] = offsets[i];
            Gather(values, center, absoluteDeviations, min, scale, counts, buffer, fill);

            for (var i = 0; i < distinct; i++) SortIfNeeded(buffer.AsSpan(offsets[i], offsets[i + 1] - offsets[i]));

            var s = 0;
            for (var r = 0; r < ranks.Length; r++)
            {
                while (needed[s] != rankBucket[r]) s++;
                unsortedResults[order[r]] = buffer[offsets[s] + (ranks[r] - rankBelow[r])];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    // Loops kept out of methods with try/finally so the JIT keeps their variables in registers.
    private static void CountBuckets(ReadOnlySpan<double> values, double center, bool absoluteDeviations, double min, double scale, Span<int> counts)
    {
        counts.Clear();
        var last = counts.Length - 1;
        if (absoluteDeviations)
        {
            foreach (var v in values)
            {
                // Monotone in the value: subtraction, multiplication by a positive constant and truncation all are.
                var id = (int)((Math.Abs(v - center) - min) * scale);
                counts[id > last ? last : id]++;
            }
        }
        else
        {
            foreach (var v in values)
            {
                var id = (int)((v - min) * scale);
                counts[id > last ? last : id]++;
            }
        }
    }

    private static void Gather(
        ReadOnlySpan<double> values, double center, bool absoluteDeviations, double min, double scale,
        ReadOnlySpan<int> slots, double[] buffer, Span<int> fill)
    {
        var last = slots.Length - 1;
        if (absoluteDeviations)
        {
            foreach (var v in values)
            {
                var x = Math.Abs(v - center);
                var id = (int)((x - min) * scale);
                if (id > last) id = last;
                var slot = slots[id];
                if (slot < 0) buffer[fill[-slot - 1]++] = x;
            }
        }
        else
        {
            foreach (var v in values)
            {
                var id = (int)((v - min) * scale);
                if (id > last) id = last;
                var slot = slots[id];
                if (slot < 0) buffer[fill[-slot - 1]++] = v;
            }
        }
    }

    private static void SortIfNeeded(Span<double> bucket)
    {
        if (bucket.Length < 2) return;
        var first = bucket[0];
        for (var i = 1; i < bucket.Length; i++)
        {
            if (bucket[i] != first)
            {
                bucket.Sort();
                return;
            }
        }
    }

    private static void SortAndPick(
        ReadOnlySpan<double> values, double center, bool absoluteDeviations, ReadOnlySpan<int> ranks, Span<double> results)
    {
        var copy = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var span = copy.AsSpan(0, values.Length);
            if (absoluteDeviations)
            {
                for (var i = 0; i < values.Length; i++) span[i] = Math.Abs(values[i] - center);
            }
            else
            {
                values.CopyTo(span);
            }

            span.Sort();
            for (var r = 0; r < ranks.Length; r++) results[r] = span[ranks[r]];
        }
        finally
        {
            ArrayPool<double>.Shared.Return(copy);
        }
    }
}
