using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using HrResponse.Internal;

namespace HrResponse.Hrv.Internal;

/// <summary>
/// Exact offline counting of points inside per-point boxes in three rank dimensions, for template matches of dimension
/// 3 (sample entropy's m + 1 = 3) whatever the number of distinct values. Each point p has rank coordinates
/// (a_p, b_p, c_p) in [0, V) and its box is [lo[a_p], hi[a_p]] × [lo[b_p], hi[b_p]] × [lo[c_p], hi[c_p]], where
/// lo[k] .. hi[k] are the ranks whose values lie within the tolerance of value k. Both lo and hi must be
/// nondecreasing in k and lo[k] ≤ k ≤ hi[k] (true of "|values[k] − values[j]| ≤ r" on sorted distinct values, since a
/// rounded difference is monotone), so the relation is the same one a pairwise |a − b| ≤ r test gives.
/// <para>
/// Method: points are ordered by a, so a's box becomes a position range [S_p, E_p) and count_p = D(E_p) − D(S_p) − 1,
/// with D(e) the number of points at positions below e inside p's (b, c) box. The 2N prefix queries D are answered
/// offline by divide and conquer over positions (CDQ): at each node the left half's points are swept against the right
/// half's queries in order of b (both ends of every query's b range are nondecreasing in b_p, so one window suffices)
/// with a Fenwick tree over c; children are merged by b on the way up. Nodes of at most
/// <see cref="BruteForceNode"/> positions are counted by direct comparison of ranks. O(N log N log V) time, O(N + V)
/// memory, exact integers.
/// </para>
/// </summary>
internal static class RankBoxCounting
{
    /// <summary>Nodes with at most this many positions compare ranks directly.</summary>
    internal const int BruteForceNode = 512;

    /// <summary>
    /// Σ_p #{q ≠ p inside p's box} (ordered pairs: each matching unordered pair twice). When
    /// <paramref name="perPoint"/> is given, perPoint[p] is increased by p's count.
    /// </summary>
    /// <param name="a">First rank coordinate of every point (length N).</param>
    /// <param name="b">Second rank coordinate (length ≥ N).</param>
    /// <param name="c">Third rank coordinate (length ≥ N).</param>
    /// <param name="v">Number of ranks V (all coordinates lie in [0, V)).</param>
    /// <param name="lo">Lowest rank within the tolerance of each rank (length V, nondecreasing, lo[k] ≤ k).</param>
    /// <param name="hi">Highest rank within the tolerance of each rank (length V, nondecreasing, hi[k] ≥ k).</param>
    /// <param name="perPoint">Optional per-point counts (length ≥ N), added to.</param>
    // Long loops in one call: fully optimised code from the first call (no tier-0 start).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long CountOrderedPairs(ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<int> c, int v,
        int[] lo, int[] hi, int[]? perPoint)
    {
        var n = a.Length;
        if (n < 2) return 0;

        // Points in order of a (counting sort); position ranges of every a-rank.
        var start = new int[v + 1];
        for (var i = 0; i < n; i++) start[a[i] + 1]++;
        for (var k = 0; k < v; k++) start[k + 1] += start[k];
        var fill = (int[])start.Clone();
        var point = new int[n];
        for (var i = 0; i < n; i++) point[fill[a[i]]++] = i;
        var bs = new int[n];
        var cs = new int[n];
        var ends = new int[2 * n];
        for (var p = 0; p < n; p++)
        {
            var i = point[p];
            bs[p] = b[i];
            cs[p] = c[i];
            ends[2 * p] = start[hi[a[i]] + 1];
            ends[(2 * p) + 1] = start[lo[a[i]]];
        }

        // Queries (id 2p: +D(E_p), id 2p + 1: −D(S_p)) in order of their end (counting sort); D(0) = 0 is left out.
        var byEnd = new int[n + 2];
        for (var id = 0; id < 2 * n; id++) byEnd[ends[id] + 1]++;
        for (var e = 0; e <= n; e++) byEnd[e + 1] += byEnd[e];
        var queryCount = (2 * n) - byEnd[1];
        var queries = new int[queryCount];
        var at = (int[])byEnd.Clone();
        for (var id = 0; id < 2 * n; id++)
        {
            var e = ends[id];
            if (e > 0) queries[at[e]++ - byEnd[1]] = id;
        }

        var state = new State(bs, cs, ends, lo, hi, v, n, queryCount);
        state.Solve(0, n, 0, queryCount, queries);

        long total = 0;
        for (var p = 0; p < n; p++)
        {
            var count = state.Acc[p] - 1;
            total += count;
            if (perPoint is not null) perPoint[point[p]] += count;
        }

        return total;
    }

    /// <summary>The arrays of one count (positions are in order of a).</summary>
    private sealed class State(int[] bs, int[] cs, int[] ends, int[] lo, int[] hi, int v, int n, int queryCount)
    {
        /// <summary>Per position: D(E) − D(S) so far.</summary>
        public readonly int[] Acc = new int[n];

        private readonly int[] _tree = new int[v + 1];

        // Positions sorted by b within each finished node (initially the identity).
        private readonly int[] _points = CreateIdentity(n);
        private readonly int[] _pointTmp = new int[n];
        private readonly int[] _queryTmp = new int[queryCount];
        private readonly int[] _keyTmp = new int[queryCount];
        private long _nodes;

        private static int[] CreateIdentity(int n)
        {
            var p = new int[n];
            for (var i = 0; i < n; i++) p[i] = i;
            return p;
        }

        /// <summary>
        /// Adds to every query in <paramref name="queries"/>[q0..q1) (ends in (l, r], sorted by end on entry) the points
        /// at positions [l, end) inside its (b, c) box; on return the node's points and queries are sorted by b.
        /// </summary>
        // Long loops in one call: fully optimised code from the first call (no tier-0 start).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Solve(int l, int r, int q0, int q1, int[] queries)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(_nodes++);
            if (r - l <= BruteForceNode)
            {
                Leaf(l, r, q0, q1, queries);
                return;
            }

            var mid = (l + r) >>> 1;

            // First query whose end is above mid (ends are sorted here).
            int s0 = q0, s1 = q1;
            while (s0 < s1)
            {
                var h = (s0 + s1) >>> 1;
                if (ends[queries[h]] <= mid) s0 = h + 1;
                else s1 = h;
            }

            var split = s0;
            Solve(l, mid, q0, split, queries);
            Solve(mid, r, split, q1, queries);

            // Left points against right queries, in order of b: the window [lo[b_p], hi[b_p]] only moves up.
            var add = l;
            var remove = l;
            for (var k = split; k < q1; k++)
            {
                var id = queries[k];
                var p = id >> 1;
                var beta = bs[p];
                var bHi = hi[beta];
                var bLo = lo[beta];
                while (add < mid && bs[_points[add]] <= bHi) Update(cs[_points[add++]] + 1, 1);
                while (remove < add && bs[_points[remove]] < bLo) Update(cs[_points[remove++]] + 1, -1);
                var gamma = cs[p];
                var count = Prefix(hi[gamma] + 1) - Prefix(lo[gamma]);
                Acc[p] += (id & 1) == 0 ? count : -count;
            }

            while (remove < add) Update(cs[_points[remove++]] + 1, -1);

            MergePoints(l, mid, r);
            MergeQueries(queries, q0, split, q1);
        }

        // Long loops in one call: fully optimised code from the first call (no tier-0 start).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Leaf(int l, int r, int q0, int q1, int[] queries)
        {
            for (var k = q0; k < q1; k++)
            {
                var id = queries[k];
                var p = id >> 1;
                var e = ends[id];
                int bLo = lo[bs[p]], bHi = hi[bs[p]], cLo = lo[cs[p]], cHi = hi[cs[p]];
                var count = 0;
                var q = l;
                if (Vector256.IsHardwareAccelerated && e - l >= 8)
                {
                    // (uint)(v − lo) <= hi − lo tests lo <= v <= hi; matching lanes are −1.
                    var vbLo = Vector256.Create(bLo);
                    var vcLo = Vector256.Create(cLo);
                    var vbW = Vector256.Create((uint)(bHi - bLo));
                    var vcW = Vector256.Create((uint)(cHi - cLo));
                    var acc = Vector256<int>.Zero;
                    ref var b0 = ref bs[0];
                    ref var c0 = ref cs[0];
                    for (; q + 8 <= e; q += 8)
                    {
                        var inB = Vector256.LessThanOrEqual((Vector256.LoadUnsafe(ref b0, (nuint)q) - vbLo).AsUInt32(), vbW);
                        var inC = Vector256.LessThanOrEqual((Vector256.LoadUnsafe(ref c0, (nuint)q) - vcLo).AsUInt32(), vcW);
                        acc -= (inB & inC).AsInt32();
                    }

                    count = Vector256.Sum(acc);
                }

                for (; q < e; q++)
                {
                    if ((uint)(bs[q] - bLo) <= (uint)(bHi - bLo) && (uint)(cs[q] - cLo) <= (uint)(cHi - cLo)) count++;
                }

                Acc[p] += (id & 1) == 0 ? count : -count;
            }

            // Sort the leaf's points and queries by b (insertion sort: stable, short runs).
            for (var i = l + 1; i < r; i++)
            {
                var x = _points[i];
                var key = bs[x];
                var j = i - 1;
                while (j >= l && bs[_points[j]] > key)
                {
                    _points[j + 1] = _points[j];
                    j--;
                }

                _points[j + 1] = x;
            }

            if (q1 - q0 > 32)
            {
                // Many queries can share ends (tied values): sort by key.
                for (var k = q0; k < q1; k++) _keyTmp[k] = bs[queries[k] >> 1];
                Array.Sort(_keyTmp, queries, q0, q1 - q0);
                return;
            }

            for (var i = q0 + 1; i < q1; i++)
            {
                var x = queries[i];
                var key = bs[x >> 1];
                var j = i - 1;
                while (j >= q0 && bs[queries[j] >> 1] > key)
                {
                    queries[j + 1] = queries[j];
                    j--;
                }

                queries[j + 1] = x;
            }
        }

        // Long loops in one call: fully optimised code from the first call (no tier-0 start).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void MergePoints(int l, int mid, int r)
        {
            int i = l, j = mid, o = l;
            while (i < mid && j < r) _pointTmp[o++] = bs[_points[j]] < bs[_points[i]] ? _points[j++] : _points[i++];
            while (i < mid) _pointTmp[o++] = _points[i++];
            while (j < r) _pointTmp[o++] = _points[j++];
            Array.Copy(_pointTmp, l, _points, l, r - l);
        }

        // Long loops in one call: fully optimised code from the first call (no tier-0 start).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void MergeQueries(int[] queries, int q0, int split, int q1)
        {
            int i = q0, j = split, o = q0;
            while (i < split && j < q1)
            {
                _queryTmp[o++] = bs[queries[j] >> 1] < bs[queries[i] >> 1] ? queries[j++] : queries[i++];
            }

            while (i < split) _queryTmp[o++] = queries[i++];
            while (j < q1) _queryTmp[o++] = queries[j++];
            Array.Copy(_queryTmp, q0, queries, q0, q1 - q0);
        }

        private void Update(int i, int delta)
        {
            var t = _tree;
            for (; i < t.Length; i += i & -i) t[i] += delta;
        }

        private int Prefix(int i)
        {
            var t = _tree;
            var sum = 0;
            for (; i > 0; i -= i & -i) sum += t[i];
            return sum;
        }
    }

    /// <summary>The O(N²) count of the same relation; the oracle for tests.</summary>
    internal static long CountOrderedPairsNaive(ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<int> c,
        int[] lo, int[] hi, int[]? perPoint)
    {
        long total = 0;
        for (var p = 0; p < a.Length; p++)
        {
            var count = 0;
            for (var q = 0; q < a.Length; q++)
            {
                if (q == p) continue;
                if (a[q] < lo[a[p]] || a[q] > hi[a[p]] || b[q] < lo[b[p]] || b[q] > hi[b[p]] || c[q] < lo[c[p]] || c[q] > hi[c[p]]) continue;
                count++;
            }

            total += count;
            if (perPoint is not null) perPoint[p] += count;
        }

        return total;
    }
}
