using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HrResponse.Quality.Internal;

/// <summary>
/// Centred rolling order statistics over a span, with pandas' <c>rolling(w, center=True, min_periods=1)</c> edge rule:
/// the window of element <c>i</c> is <c>[i - h, i + h]</c> (<c>h = w / 2</c>, <c>w</c> odd) cut to the span, so windows
/// near the ends hold fewer values. Quantiles interpolate linearly between order statistics (pandas' and NumPy's
/// default). The window is kept sorted and updated by one removal and one insertion per step, so a pass costs
/// O(n·w) element moves with a small constant (a block copy), not a sort per element.
/// </summary>
internal static class RollingStatistics
{
    // Sorted windows up to this many slots live on the stack; longer ones are rented.
    private const int StackSlots = 512;

    // Doubles per rank-counting vector: 8 with 512-bit vectors, else Vector<double>.Count.
    private static readonly int Lanes = Vector512.IsHardwareAccelerated ? Vector512<double>.Count : Vector<double>.Count;

    /// <summary>Centred rolling median of <paramref name="values"/> over <paramref name="window"/> elements.</summary>
    public static void Median(ReadOnlySpan<double> values, int window, Span<double> result)
    {
        if (window > 31)
        {
            Quantiles(values, window, 0.5, double.NaN, result, default);
            return;
        }

        var n = values.Length;
        if (n == 0) return;
        if (window == MedianNetworkWindow && Vector.IsHardwareAccelerated && n >= window + Vector<double>.Count)
        {
            MedianOf11(values, result);
            return;
        }

        SlidingMedian(values, window, result, 0, n - 1);
    }

    // The default local-median window, for which a selection network is written out below.
    private const int MedianNetworkWindow = 11;

    // Rolling median over 11 values: the full windows (elements 5 .. n − 6) through a median-selection network applied
    // to Vector<double>.Count consecutive windows at once (comparators only, so the result is exactly the middle order
    // statistic, as a sort gives); the truncated windows at the ends through the sliding kernel.
    private static void MedianOf11(ReadOnlySpan<double> values, Span<double> result)
    {
        const int half = MedianNetworkWindow / 2;
        var n = values.Length;
        var lanes = Vector<double>.Count;
        SlidingMedian(values, MedianNetworkWindow, result, 0, half - 1);
        SlidingMedian(values, MedianNetworkWindow, result, n - half, n - 1);
        var lastFull = n - half - 1;
        ref var x = ref MemoryMarshal.GetReference(values);
        ref var r = ref MemoryMarshal.GetReference(result);
        for (var i = half; i <= lastFull; i += lanes)
        {
            // The last block overlaps the one before it when the full windows are not a whole number of vectors.
            var at = Math.Min(i, lastFull - lanes + 1);
            var b = (nuint)(at - half);
            Vector<double> v0 = Vector.LoadUnsafe(ref x, b), v1 = Vector.LoadUnsafe(ref x, b + 1), v2 = Vector.LoadUnsafe(ref x, b + 2),
                v3 = Vector.LoadUnsafe(ref x, b + 3), v4 = Vector.LoadUnsafe(ref x, b + 4), v5 = Vector.LoadUnsafe(ref x, b + 5),
                v6 = Vector.LoadUnsafe(ref x, b + 6), v7 = Vector.LoadUnsafe(ref x, b + 7), v8 = Vector.LoadUnsafe(ref x, b + 8),
                v9 = Vector.LoadUnsafe(ref x, b + 9), v10 = Vector.LoadUnsafe(ref x, b + 10), t;

            // Batcher's odd–even merge sort of 16 inputs cut to 11, keeping only the comparators that reach output 5
            // (checked exhaustively over 0/1 inputs) and, where one output is not used, only its min or max.
                t = Vector.MinNative(v0, v1); v1 = Vector.MaxNative(v0, v1); v0 = t;
                t = Vector.MinNative(v2, v3); v3 = Vector.MaxNative(v2, v3); v2 = t;
                t = Vector.MinNative(v4, v5); v5 = Vector.MaxNative(v4, v5); v4 = t;
                t = Vector.MinNative(v6, v7); v7 = Vector.MaxNative(v6, v7); v6 = t;
                t = Vector.MinNative(v8, v9); v9 = Vector.MaxNative(v8, v9); v8 = t;
                t = Vector.MinNative(v0, v2); v2 = Vector.MaxNative(v0, v2); v0 = t;
                t = Vector.MinNative(v1, v3); v3 = Vector.MaxNative(v1, v3); v1 = t;
                t = Vector.MinNative(v4, v6); v6 = Vector.MaxNative(v4, v6); v4 = t;
                t = Vector.MinNative(v5, v7); v7 = Vector.MaxNative(v5, v7); v5 = t;
                t = Vector.MinNative(v8, v10); v10 = Vector.MaxNative(v8, v10); v8 = t;
                t = Vector.MinNative(v1, v2); v2 = Vector.MaxNative(v1, v2); v1 = t;
                t = Vector.MinNative(v5, v6); v6 = Vector.MaxNative(v5, v6); v5 = t;
                t = Vector.MinNative(v9, v10); v10 = Vector.MaxNative(v9, v10); v9 = t;
                t = Vector.MinNative(v0, v4); v4 = Vector.MaxNative(v0, v4); v0 = t;
                t = Vector.MinNative(v1, v5); v5 = Vector.MaxNative(v1, v5); v1 = t;
                t = Vector.MinNative(v2, v6); v6 = Vector.MaxNative(v2, v6); v2 = t;
                v3 = Vector.MinNative(v3, v7);
                t = Vector.MinNative(v2, v4); v4 = Vector.MaxNative(v2, v4); v2 = t;
                t = Vector.MinNative(v3, v5); v5 = Vector.MaxNative(v3, v5); v3 = t;
                t = Vector.MinNative(v1, v2); v2 = Vector.MaxNative(v1, v2); v1 = t;
                t = Vector.MinNative(v3, v4); v4 = Vector.MaxNative(v3, v4); v3 = t;
                t = Vector.MinNative(v5, v6); v6 = Vector.MaxNative(v5, v6); v5 = t;
                t = Vector.MinNative(v9, v10); v10 = Vector.MaxNative(v9, v10); v9 = t;
                v8 = Vector.MaxNative(v0, v8);
                v9 = Vector.MaxNative(v1, v9);
                v10 = Vector.MaxNative(v2, v10);
                v8 = Vector.MaxNative(v4, v8);
                v5 = Vector.MinNative(v5, v9);
                v6 = Vector.MinNative(v6, v10);
                v5 = Vector.MaxNative(v3, v5);
                v6 = Vector.MinNative(v6, v8);
                v5 = Vector.MinNative(v5, v6);
            v5.StoreUnsafe(ref r, (nuint)at);
        }
    }

    // Rolling median of 'window' values for the elements from..to (inclusive): a sorted window updated by one removal
    // and one insertion per step; the median of an even count is the mean of the two middle values.
    private static void SlidingMedian(ReadOnlySpan<double> values, int window, Span<double> result, int from, int to)
    {
        var n = values.Length;
        if (from > to) return;
        var half = window / 2;
        Span<double> buffer = stackalloc double[WindowSlots(Math.Min(window, n))];
        buffer.Fill(double.PositiveInfinity);
        var sorted = buffer[Slack..];
        var count = 0;
        var firstEnd = Math.Min(from + half, n - 1);
        for (var k = Math.Max(0, from - half); k <= firstEnd; k++) Insert(sorted, ref count, values[k]);
        for (var i = from; i <= to; i++)
        {
            if (i > from)
            {
                var leave = i - half - 1;
                var enter = i + half;
                if (leave >= 0 && enter < n) Replace(sorted, count, values[leave], values[enter]);
                else if (leave >= 0) Remove(sorted, ref count, values[leave]);
                else if (enter < n) Insert(sorted, ref count, values[enter]);
            }

            result[i] = (count & 1) == 1 ? sorted[count >> 1] : 0.5 * (sorted[(count >> 1) - 1] + sorted[count >> 1]);
        }
    }

    /// <summary>
    /// Centred rolling quantiles <paramref name="p1"/> and (when not NaN) <paramref name="p2"/> of
    /// <paramref name="values"/>; writes them to <paramref name="q1"/> and <paramref name="q2"/>.
    /// </summary>
    public static void Quantiles(ReadOnlySpan<double> values, int window, double p1, double p2, Span<double> q1, Span<double> q2) =>
        Quantiles(values, default, window, p1, p2, q1, q2);

    /// <summary>
    /// As <see cref="Quantiles(ReadOnlySpan{double}, int, double, double, Span{double}, Span{double})"/>, leaving out
    /// the values whose <paramref name="exclude"/> flag is set (empty: none left out): the window of element i holds
    /// the kept values of [i − h, i + h]. Where it holds none, NaN is written.
    /// </summary>
    public static void Quantiles(ReadOnlySpan<double> values, ReadOnlySpan<bool> exclude, int window, double p1, double p2, Span<double> q1, Span<double> q2)
    {
        if (!exclude.IsEmpty)
        {
            MaskedQuantiles(values, exclude, window, p1, p2, q1, q2, 0, values.Length - 1);
            return;
        }

        var n = values.Length;
        if (n == 0) return;
        var half = window / 2;
        var slots = WindowSlots(Math.Min(window, n));
        double[]? rented = null;
        var buffer = slots <= StackSlots ? stackalloc double[slots] : (rented = ArrayPool<double>.Shared.Rent(slots)).AsSpan(0, slots);
        buffer.Fill(double.PositiveInfinity);
        var sorted = buffer[Slack..];
        var count = 0;

        // Initial window of element 0: [0, half].
        var firstEnd = Math.Min(half, n - 1);
        for (var k = 0; k <= firstEnd; k++) Insert(sorted, ref count, values[k]);

        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                var enter = i + half;
                var leave = i - half - 1;
                if (leave >= 0 && enter < n) Replace(sorted, count, values[leave], values[enter]);
                else if (leave >= 0) Remove(sorted, ref count, values[leave]);
                else if (enter < n) Insert(sorted, ref count, values[enter]);
            }

            q1[i] = Quantile(sorted, count, p1);
            if (!double.IsNaN(p2)) q2[i] = Quantile(sorted, count, p2);
        }

        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
    }

    /// <summary>
    /// As the masked <see cref="Quantiles(ReadOnlySpan{double}, ReadOnlySpan{bool}, int, double, double, Span{double}, Span{double})"/>
    /// but writing only the elements <paramref name="from"/>..<paramref name="to"/> (inclusive); the others are left as
    /// they are. Costs O((to − from + window) · window).
    /// </summary>
    public static void MaskedQuantiles(ReadOnlySpan<double> values, ReadOnlySpan<bool> exclude, int window, double p1, double p2,
        Span<double> q1, Span<double> q2, int from, int to)
    {
        var n = values.Length;
        if (n == 0 || from > to) return;
        var half = window / 2;
        var slots = WindowSlots(Math.Min(window, n));
        double[]? rented = null;
        var buffer = slots <= StackSlots ? stackalloc double[slots] : (rented = ArrayPool<double>.Shared.Rent(slots)).AsSpan(0, slots);
        buffer.Fill(double.PositiveInfinity);
        var sorted = buffer[Slack..];
        var count = 0;
        var firstEnd = Math.Min(from + half, n - 1);
        for (var k = Math.Max(0, from - half); k <= firstEnd; k++)
            if (!exclude[k]) Insert(sorted, ref count, values[k]);

        for (var i = from; i <= to; i++)
        {
            if (i > from)
            {
                var enter = i + half;
                var leave = i - half - 1;
                var doEnter = enter < n && !exclude[enter];
                var doLeave = leave >= 0 && !exclude[leave];
                if (doLeave && doEnter) Replace(sorted, count, values[leave], values[enter]);
                else if (doLeave) Remove(sorted, ref count, values[leave]);
                else if (doEnter) Insert(sorted, ref count, values[enter]);
            }

            q1[i] = count == 0 ? double.NaN : Quantile(sorted, count, p1);
            if (!double.IsNaN(p2)) q2[i] = count == 0 ? double.NaN : Quantile(sorted, count, p2);
        }

        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
    }

    // Slots kept free before and after a sorted window, which the vector shifts read and write back unchanged.
    private const int Slack = 8;

    // Buffer length for a sorted window of at most 'size' values: the window padded with +∞ to a whole number of
    // vectors plus one (rank counting reads whole vectors; an insertion never runs past the end), with Slack slots
    // on each side. The window starts at index Slack.
    private static int WindowSlots(int size) => (((size + Lanes) / Lanes) * Lanes) + (2 * Slack);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Quantile(ReadOnlySpan<double> sorted, int count, double p)
    {
        var pos = p * (count - 1);
        var lo = (int)pos;
        var frac = pos - lo;
        return lo + 1 < count ? sorted[lo] + (frac * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }

    // Number of window values below x, i.e. the first index whose value is >= x. Values past 'count' are +∞.
    private static int LowerBound(ReadOnlySpan<double> sorted, int count, double x)
    {
        ref var start = ref MemoryMarshal.GetReference(sorted);
        if (Vector512.IsHardwareAccelerated)
        {
            var vx = Vector512.Create(x);
            var below = 0;
            for (var k = 0; k < count; k += Vector512<double>.Count)
                below += BitOperations.PopCount(Vector512.LessThan(Vector512.LoadUnsafe(ref start, (nuint)k), vx).ExtractMostSignificantBits());
            return below;
        }

        var lanes = Vector<double>.Count;
        var v = new Vector<double>(x);
        var sum = Vector<long>.Zero;
        for (var k = 0; k < count; k += lanes)
            sum -= Vector.LessThan(Vector.LoadUnsafe(ref start, (nuint)k), v);
        return (int)Vector.Sum(sum);
    }

    // The lower bounds of two values in one pass over the window. With 512-bit vectors each compare's mask is counted
    // with a population count (scalar ports) rather than accumulated in vectors and summed at the end: fewer vector
    // operations, and no horizontal sum on the path to the shift that the next beat waits for.
    private static (int A, int B) LowerBounds(ReadOnlySpan<double> sorted, int count, double a, double b)
    {
        ref var start = ref MemoryMarshal.GetReference(sorted);
        if (Vector512.IsHardwareAccelerated)
        {
            var va = Vector512.Create(a);
            var vb = Vector512.Create(b);
            var countA = 0;
            var countB = 0;
            for (var k = 0; k < count; k += Vector512<double>.Count)
            {
                var w = Vector512.LoadUnsafe(ref start, (nuint)k);
                countA += BitOperations.PopCount(Vector512.LessThan(w, va).ExtractMostSignificantBits());
                countB += BitOperations.PopCount(Vector512.LessThan(w, vb).ExtractMostSignificantBits());
            }

            return (countA, countB);
        }

        var lanes = Vector<double>.Count;
        var xa = new Vector<double>(a);
        var xb = new Vector<double>(b);
        var sumA = Vector<long>.Zero;
        var sumB = Vector<long>.Zero;
        for (var k = 0; k < count; k += lanes)
        {
            var w = Vector.LoadUnsafe(ref start, (nuint)k);
            sumA -= Vector.LessThan(w, xa);
            sumB -= Vector.LessThan(w, xb);
        }

        return ((int)Vector.Sum(sumA), (int)Vector.Sum(sumB));
    }

    private static void Insert(Span<double> sorted, ref int count, double x)
    {
        var at = LowerBound(sorted, count, x);
        ShiftRight(sorted, at, count);
        sorted[at] = x;
        count++;
    }

    private static void Remove(Span<double> sorted, ref int count, double x)
    {
        var at = LowerBound(sorted, count, x);
        ShiftLeft(sorted, at, count);
        count--;
        sorted[count] = double.PositiveInfinity;
    }

    // Removes 'old' and inserts 'x' with one block move between the two positions (with AVX-512 or AVX2 in one
    // branch-free pass, ReplaceBlocks / ReplaceBlocks256: the direction of the move, which the data decide at random, is
    // not a branch).
    private static void Replace(Span<double> sorted, int count, double old, double x)
    {
        var (from, to) = LowerBounds(sorted, count, old, x);
        if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
        {
            ReplaceBlocks(sorted, from, x > old ? to - 1 : to, x);
            return;
        }

        if (Avx2.IsSupported)
        {
            ReplaceBlocks256(sorted, from, x > old ? to - 1 : to, x);
            return;
        }

        if (x >= old)
        {
            // Elements strictly between 'old' and the first value >= x move one place left; x goes before that value.
            if (to <= from)
            {
                sorted[from] = x;
                return;
            }

            ShiftLeft(sorted, from, to);
            sorted[to - 1] = x;
        }
        else
        {
            // Values >= x before 'old' move one place right; x takes the first of their places.
            ShiftRight(sorted, to, from);
            sorted[to] = x;
        }
    }

    // Moves 'old', at index 'from', to index 'at' as x: the values between move one place towards 'from'. Branch-free
    // over the aligned 8-slot blocks from the lower to the higher index: each lane takes its own value, its upper or
    // its lower neighbour's (two-vector permutes), or x. Reads 8 slots before and up to 15 after the blocks touched.
    private static void ReplaceBlocks(Span<double> sorted, int from, int at, double x)
    {
        var lowIndex = Math.Min(from, at);
        var highIndex = Math.Max(from, at);
        if (lowIndex < 0 || (uint)((highIndex & ~7) + 16) > (uint)sorted.Length) throw new ArgumentOutOfRangeException(nameof(at));
        ref var s = ref MemoryMarshal.GetReference(sorted);
        var up = Vector512.Create(1L, 2, 3, 4, 5, 6, 7, 8);
        var down = Vector512.Create(7L, 8, 9, 10, 11, 12, 13, 14);
        var iota = Vector512.Create(0L, 1, 2, 3, 4, 5, 6, 7);
        var vFrom = Vector512.Create((long)from);
        var vAt = Vector512.Create((long)at);
        var vx = Vector512.Create(x);
        var b = lowIndex & ~7;
        var previous = Vector512.LoadUnsafe(ref Unsafe.Add(ref s, b - 8));
        var cur = Vector512.LoadUnsafe(ref Unsafe.Add(ref s, b));
        for (; b <= highIndex; b += 8)
        {
            var next = Vector512.LoadUnsafe(ref Unsafe.Add(ref s, b + 8));
            var lane = iota + Vector512.Create((long)b);
            var fromUp = Vector512.GreaterThanOrEqual(lane, vFrom) & Vector512.LessThan(lane, vAt);
            var fromDown = Vector512.GreaterThan(lane, vAt) & Vector512.LessThanOrEqual(lane, vFrom);
            var result = Vector512.ConditionalSelect(fromUp.AsDouble(), Avx512F.PermuteVar8x64x2(cur, up, next), cur);
            result = Vector512.ConditionalSelect(fromDown.AsDouble(), Avx512F.PermuteVar8x64x2(previous, down, cur), result);
            Vector512.ConditionalSelect(Vector512.Equals(lane, vAt).AsDouble(), vx, result).StoreUnsafe(ref Unsafe.Add(ref s, b));
            previous = cur;
            cur = next;
        }
    }

    // ReplaceBlocks with 256-bit vectors (AVX2 hosts): the same branch-free pass over aligned 4-slot blocks, the
    // neighbours' lanes taken by a cross-lane permute and an in-lane shuffle. Reads 4 slots before and up to 7 after the
    // blocks touched.
    private static void ReplaceBlocks256(Span<double> sorted, int from, int at, double x)
    {
        var lowIndex = Math.Min(from, at);
        var highIndex = Math.Max(from, at);
        if (lowIndex < 0 || (uint)((highIndex & ~3) + 8) > (uint)sorted.Length) throw new ArgumentOutOfRangeException(nameof(at));
        ref var s = ref MemoryMarshal.GetReference(sorted);
        var iota = Vector256.Create(0L, 1, 2, 3);
        var vFrom = Vector256.Create((long)from);
        var vAt = Vector256.Create((long)at);
        var vx = Vector256.Create(x);
        var b = lowIndex & ~3;
        var previous = Vector256.LoadUnsafe(ref Unsafe.Add(ref s, b - 4));
        var cur = Vector256.LoadUnsafe(ref Unsafe.Add(ref s, b));
        for (; b <= highIndex; b += 4)
        {
            var next = Vector256.LoadUnsafe(ref Unsafe.Add(ref s, b + 4));
            var lane = iota + Vector256.Create((long)b);
            var fromUp = Vector256.GreaterThanOrEqual(lane, vFrom) & Vector256.LessThan(lane, vAt);
            var fromDown = Vector256.GreaterThan(lane, vAt) & Vector256.LessThanOrEqual(lane, vFrom);
            var up = Avx.Shuffle(cur, Avx.Permute2x128(cur, next, 0x21), 0b0101); // cur[1], cur[2], cur[3], next[0]
            var down = Avx.Shuffle(Avx.Permute2x128(previous, cur, 0x21), cur, 0b0101); // previous[3], cur[0], cur[1], cur[2]
            var result = Vector256.ConditionalSelect(fromUp.AsDouble(), up, cur);
            result = Vector256.ConditionalSelect(fromDown.AsDouble(), down, result);
            Vector256.ConditionalSelect(Vector256.Equals(lane, vAt).AsDouble(), vx, result).StoreUnsafe(ref Unsafe.Add(ref s, b));
            previous = cur;
            cur = next;
        }
    }

    // Moves the elements [from + 1, to) one place left, to [from, to − 1). The window is short (tens of values), so an
    // inline vector copy beats the runtime's memmove (which hands overlapping copies to the C library). With 512-bit
    // vectors the copy is done in whole vectors, the last one blended so that its lanes from to − 1 on keep their
    // values: no scalar tail, whose varying length the branch predictor cannot follow. It reads up to 7 slots past
    // 'to' (the window's slack, see WindowSlots).
    private static void ShiftLeft(Span<double> sorted, int from, int to)
    {
        if (from < 0 || (uint)(to + Slack) > (uint)sorted.Length) throw new ArgumentOutOfRangeException(nameof(to));
        ref var s = ref MemoryMarshal.GetReference(sorted);
        var last = to - 1;
        if (Vector512.IsHardwareAccelerated)
        {
            var iota = Vector512.Create(0L, 1, 2, 3, 4, 5, 6, 7);
            for (var k = from; k < last; k += Vector512<double>.Count)
            {
                // Reads [k, k + 9) before writing [k, k + 8); the next vector reads from k + 8 on.
                var cur = Vector512.LoadUnsafe(ref Unsafe.Add(ref s, k));
                var next = Vector512.LoadUnsafe(ref Unsafe.Add(ref s, k + 1));
                var moved = Vector512.LessThan(iota, Vector512.Create((long)(last - k)));
                Vector512.ConditionalSelect(moved.AsDouble(), next, cur).StoreUnsafe(ref Unsafe.Add(ref s, k));
            }

            return;
        }

        for (var k = from; k < last; k++) Unsafe.Add(ref s, k) = Unsafe.Add(ref s, k + 1);
    }

    // Moves the elements [to, from) one place right, to [to + 1, from + 1), in whole vectors from the top down (the
    // last one blended so that its lanes at or below 'to' keep their values). Reads and writes up to 8 slots before
    // 'to': 'sorted' must start Slack slots into its buffer.
    private static void ShiftRight(Span<double> sorted, int to, int from)
    {
        if (to < 0 || (uint)(from + 1) > (uint)sorted.Length) throw new ArgumentOutOfRangeException(nameof(from));
        ref var s = ref MemoryMarshal.GetReference(sorted);
        if (Vector512.IsHardwareAccelerated)
        {
            var iota = Vector512.Create(0L, 1, 2, 3, 4, 5, 6, 7);
            for (var end = from + 1; end > to + 1; end -= Vector512<double>.Count)
            {
                // Lanes b .. b + 7 (b may lie in the slack before the window); the next vector reads below b.
                var b = end - Vector512<double>.Count;
                var cur = Vector512.LoadUnsafe(ref Unsafe.Add(ref s, b));
                var previous = Vector512.LoadUnsafe(ref Unsafe.Add(ref s, b - 1));
                var moved = Vector512.GreaterThan(iota, Vector512.Create((long)(to - b)));
                Vector512.ConditionalSelect(moved.AsDouble(), previous, cur).StoreUnsafe(ref Unsafe.Add(ref s, b));
            }

            return;
        }

        for (var d = from; d > to; d--) Unsafe.Add(ref s, d) = Unsafe.Add(ref s, d - 1);
    }
}
