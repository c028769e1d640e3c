using System.Buffers;
using System.Runtime.CompilerServices;
using HrResponse.Internal;

namespace HrResponse.Hrv.Internal;

/// <summary>
/// Exact offline counting of points inside per-point boxes in any number K ≥ 1 of rank dimensions: template matches of
/// dimension m and m + 1 for embedding dimensions other than 2 (<see cref="RankBoxCounting"/> is the tuned K = 3 case).
/// Point p has rank coordinates (c_p0 .. c_p(K−1)) in [0, V) and its box is the product of [lo[c_pd], hi[c_pd]] over d,
/// with lo and hi nondecreasing and lo[k] ≤ k ≤ hi[k] (the ranks whose values lie within the tolerance of value k), so
/// "q inside p's box" is the same relation a pairwise |a − b| ≤ r test gives on every coordinate.
/// <para>
/// Method: nested divide and conquer (CDQ), one level per dimension. At dimension d every box query is split into two
/// prefix queries (coordinate ≤ hi, counted +1, and coordinate ≤ lo − 1, counted −1); points and prefix queries are
/// sorted by coordinate d (points before queries on equal coordinates) and halved recursively; the left half's points
/// against the right half's queries is a problem in dimensions d + 1 .. K − 1. The last two dimensions are a sweep in
/// order of the first of them (the window of points within a query's range only moves up) with a Fenwick tree over the
/// second; K = 1 is a binary search on the sorted ranks; K = 3 is <see cref="RankBoxCounting"/>; small problems are
/// compared directly. O(N log^(K−1) N) time (sorts included), O(N + V) memory per level, exact integers.
/// </para>
/// </summary>
internal static class RankBoxCountingNd
{
    /// <summary>Problems with at most this many point × query pairs compare ranks directly.</summary>
    internal const int BrutePairs = 1024;

    /// <summary>
    /// Σ_p #{q ≠ p inside p's box} (ordered pairs: each matching unordered pair twice). When
    /// <paramref name="perPoint"/> is given, perPoint[p] is increased by p's count.
    /// </summary>
    /// <param name="rank">Value ranks of the series.</param>
    /// <param name="count">Number of points N: point i has coordinates rank[i + d·delay], d = 0..K−1.</param>
    /// <param name="dims">Number of dimensions K (≥ 1).</param>
    /// <param name="delay">Offset between coordinates in <paramref name="rank"/>.</param>
    /// <param name="lo">Lowest rank within the tolerance of each rank (nondecreasing, lo[k] ≤ k).</param>
    /// <param name="hi">Highest rank within the tolerance of each rank (nondecreasing, hi[k] ≥ k).</param>
    /// <param name="perPoint">Optional per-point counts (length ≥ N), added to.</param>
    public static long CountOrderedPairs(int[] rank, int count, int dims, int delay, int[] lo, int[] hi, int[]? perPoint)
    {
        if (count < 2) return 0;
        if (dims == 3)
        {
            // The tuned 3-D counter (one divide-and-conquer level, a window sweep and a Fenwick tree).
            return RankBoxCounting.CountOrderedPairs(rank.AsSpan(0, count), rank.AsSpan(delay, count), rank.AsSpan(2 * delay, count),
                lo.Length, lo, hi, perPoint);
        }

        var coords = new int[count * dims];
        for (var p = 0; p < count; p++)
        {
            for (var d = 0; d < dims; d++) coords[(p * dims) + d] = rank[p + (d * delay)];
        }

        var solver = new Solver(coords, dims, lo, hi, count);
        var points = new int[count];
        var queries = new int[count];
        for (var p = 0; p < count; p++)
        {
            points[p] = p;
            queries[p] = 2 * p;
        }

        solver.Count(points, count, queries, count, 0);
        long total = 0;
        for (var p = 0; p < count; p++)
        {
            var c = solver.Acc[p] - 1;
            total += c;
            if (perPoint is not null) perPoint[p] += c;
        }

        return total;
    }

    /// <summary>The arrays of one count. Query codes are owner·2 + (1 when counted negatively).</summary>
    private sealed class Solver(int[] coords, int dims, int[] lo, int[] hi, int n)
    {
        public readonly int[] Acc = new int[n];
        private readonly int[] _tree = new int[lo.Length + 1];
        private long _steps;

        /// <summary>Adds to every query's owner the (signed) number of points inside its box in dimensions d..K−1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Count(int[] points, int np, int[] queries, int nq, int d)
        {
            if (np == 0 || nq == 0) return;
            AnalysisCancellation.ThrowIfRequestedEvery1024(_steps++);
            if ((long)np * nq <= BrutePairs)
            {
                for (var k = 0; k < nq; k++)
                {
                    var code = queries[k];
                    var owner = code >> 1;
                    var c = 0;
                    for (var i = 0; i < np; i++)
                    {
                        if (Inside(owner, points[i], d)) c++;
                    }

                    Acc[owner] += (code & 1) == 0 ? c : -c;
                }

                return;
            }

            if (d == dims - 2)
            {
                Sweep(points, np, queries, nq, d);
                return;
            }

            if (d == dims - 1)
            {
                var keys = ArrayPool<int>.Shared.Rent(np);
                for (var i = 0; i < np; i++) keys[i] = coords[(points[i] * dims) + d];
                Array.Sort(keys, 0, np);
                for (var k = 0; k < nq; k++)
                {
                    var code = queries[k];
                    var owner = code >> 1;
                    var b = coords[(owner * dims) + d];
                    var c = UpperBound(keys, np, hi[b]) - UpperBound(keys, np, lo[b] - 1);
                    Acc[owner] += (code & 1) == 0 ? c : -c;
                }

                ArrayPool<int>.Shared.Return(keys);

                return;
            }

            // Events: points (key 2·coordinate) and prefix queries (key 2·bound + 1), sorted by key.
            var ne = np + (2 * nq);
            var eventKeys = ArrayPool<long>.Shared.Rent(ne);
            var events = ArrayPool<int>.Shared.Rent(ne);
            var e = 0;
            for (var i = 0; i < np; i++)
            {
                eventKeys[e] = 2L * coords[(points[i] * dims) + d];
                events[e++] = points[i];
            }

            for (var k = 0; k < nq; k++)
            {
                var code = queries[k];
                var b = coords[((code >> 1) * dims) + d];
                eventKeys[e] = (2L * hi[b]) + 1;
                events[e++] = code;
                if (lo[b] > 0)
                {
                    eventKeys[e] = (2L * (lo[b] - 1)) + 1;
                    events[e++] = code ^ 1;
                }
            }

            Array.Sort(eventKeys, events, 0, e);
            Halve(eventKeys, events, 0, e, d);
            ArrayPool<long>.Shared.Return(eventKeys);
            ArrayPool<int>.Shared.Return(events);
        }

        /// <summary>
        /// The last two dimensions: points and queries in order of coordinate d; the window of points within a query's
        /// range in d only moves up (lo and hi are nondecreasing), and is kept in a Fenwick tree over coordinate d + 1.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Sweep(int[] points, int np, int[] queries, int nq, int d)
        {
            var pointKeys = ArrayPool<int>.Shared.Rent(np);
            for (var i = 0; i < np; i++) pointKeys[i] = coords[(points[i] * dims) + d];
            Array.Sort(pointKeys, points, 0, np);
            var queryKeys = ArrayPool<int>.Shared.Rent(nq);
            for (var k = 0; k < nq; k++) queryKeys[k] = coords[((queries[k] >> 1) * dims) + d];
            Array.Sort(queryKeys, queries, 0, nq);
            var tree = _tree;
            int add = 0, remove = 0;
            for (var k = 0; k < nq; k++)
            {
                var code = queries[k];
                var owner = code >> 1;
                var b = queryKeys[k];
                int bLo = lo[b], bHi = hi[b];
                while (add < np && pointKeys[add] <= bHi)
                {
                    for (var i = coords[(points[add++] * dims) + d + 1] + 1; i < tree.Length; i += i & -i) tree[i]++;
                }

                while (remove < add && pointKeys[remove] < bLo)
                {
                    for (var i = coords[(points[remove++] * dims) + d + 1] + 1; i < tree.Length; i += i & -i) tree[i]--;
                }

                var c2 = coords[(owner * dims) + d + 1];
                var c = 0;
                for (var i = hi[c2] + 1; i > 0; i -= i & -i) c += tree[i];
                for (var i = lo[c2]; i > 0; i -= i & -i) c -= tree[i];
                Acc[owner] += (code & 1) == 0 ? c : -c;
            }

            while (remove < add)
            {
                for (var i = coords[(points[remove++] * dims) + d + 1] + 1; i < tree.Length; i += i & -i) tree[i]--;
            }

            ArrayPool<int>.Shared.Return(pointKeys);
            ArrayPool<int>.Shared.Return(queryKeys);
        }

        /// <summary>Counts, for every query event in [l, r), the point events before it in the same range.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Halve(long[] keys, int[] events, int l, int r, int d)
        {
            int np = 0, nq = 0;
            for (var i = l; i < r; i++)
            {
                if ((keys[i] & 1) == 0) np++;
                else nq++;
            }

            if (np == 0 || nq == 0) return;
            if ((long)np * nq <= BrutePairs)
            {
                for (var j = l; j < r; j++)
                {
                    if ((keys[j] & 1) == 0) continue;
                    var code = events[j];
                    var owner = code >> 1;
                    var c = 0;
                    for (var i = l; i < j; i++)
                    {
                        if ((keys[i] & 1) == 0 && Inside(owner, events[i], d + 1)) c++;
                    }

                    Acc[owner] += (code & 1) == 0 ? c : -c;
                }

                return;
            }

            var mid = (l + r) >>> 1;
            Halve(keys, events, l, mid, d);
            Halve(keys, events, mid, r, d);

            // Left points (coordinate ≤ every right query's bound) against right queries, in the next dimensions.
            var lp = 0;
            for (var i = l; i < mid; i++)
            {
                if ((keys[i] & 1) == 0) lp++;
            }

            var rq = 0;
            for (var i = mid; i < r; i++)
            {
                if ((keys[i] & 1) == 1) rq++;
            }

            if (lp == 0 || rq == 0) return;
            var points = ArrayPool<int>.Shared.Rent(lp);
            var queries = ArrayPool<int>.Shared.Rent(rq);
            lp = 0;
            rq = 0;
            for (var i = l; i < mid; i++)
            {
                if ((keys[i] & 1) == 0) points[lp++] = events[i];
            }

            for (var i = mid; i < r; i++)
            {
                if ((keys[i] & 1) == 1) queries[rq++] = events[i];
            }

            Count(points, lp, queries, rq, d + 1);
            ArrayPool<int>.Shared.Return(points);
            ArrayPool<int>.Shared.Return(queries);
        }

        /// <summary>Whether point q lies inside owner's box in dimensions d..K−1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Inside(int owner, int q, int d)
        {
            var o = owner * dims;
            var s = q * dims;
            for (var k = d; k < dims; k++)
            {
                var b = coords[o + k];
                var v = coords[s + k];
                if ((uint)(v - lo[b]) > (uint)(hi[b] - lo[b])) return false;
            }

            return true;
        }

        /// <summary>Number of keys ≤ value (keys sorted).</summary>
        private static int UpperBound(int[] keys, int length, int value)
        {
            int a = 0, b = length;
            while (a < b)
            {
                var h = (a + b) >>> 1;
                if (keys[h] <= value) a = h + 1;
                else b = h;
            }

            return a;
        }
    }

    /// <summary>The O(N²) count of the same relation; the oracle for tests.</summary>
    internal static long CountOrderedPairsNaive(int[] rank, int count, int dims, int delay, int[] lo, int[] hi, int[]? perPoint)
    {
        long total = 0;
        for (var p = 0; p < count; p++)
        {
            var c = 0;
            for (var q = 0; q < count; q++)
            {
                if (q == p) continue;
                var ok = true;
                for (var d = 0; d < dims && ok; d++)
                {
                    var b = rank[p + (d * delay)];
                    var v = rank[q + (d * delay)];
                    ok = v >= lo[b] && v <= hi[b];
                }

                if (ok) c++;
            }

            total += c;
            if (perPoint is not null) perPoint[p] += c;
        }

        return total;
    }
}
