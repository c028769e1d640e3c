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
/// offline by a top-down divide and conquer over positions: points and queries start sorted by b, and every node
/// splits both stably into its halves (points by position, queries by whether their end lies above the middle), so
/// each node sees them still in order of b in contiguous parallel arrays. At each node the left half's points are
/// swept against the right half's queries in order of b (both ends of every query's b range are nondecreasing in
/// b_p, so one window suffices) with a Fenwick tree over c. Nodes of at most <see cref="BruteForceNode"/> positions
/// are counted by direct comparison of ranks in position order. O(N log N log V) time, O(N + V) memory (about 150
/// bytes a point), exact integers.
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
        for (var p = 0; p < n; p++)
        {
            bs[p] = b[point[p]];
            cs[p] = c[point[p]];
        }

        var state = new State(bs, cs, lo, hi, v, n);

        // Positions in order of b (counting sort); their queries in the same order: id 2p asks +D(E_p), id 2p + 1
        // asks −D(S_p); D(0) = 0 is left out.
        Array.Clear(fill);
        for (var p = 0; p < n; p++) fill[bs[p] + 1]++;
        for (var k = 0; k < v; k++) fill[k + 1] += fill[k];
        var byB = new int[n];
        for (var p = 0; p < n; p++) byB[fill[bs[p]]++] = p;
        var points = state.Points[0];
        var queries = state.Queries[0];
        var queryCount = 0;
        for (var i = 0; i < n; i++)
        {
            var p = byB[i];
            points.Set(i, p, bs[p], cs[p]);
            var ar = a[point[p]];
            queries.Set(queryCount++, start[hi[ar] + 1], 2 * p, bs[p], lo[cs[p]], hi[cs[p]]);
            var s = start[lo[ar]];
            if (s > 0) queries.Set(queryCount++, s, (2 * p) + 1, bs[p], lo[cs[p]], hi[cs[p]]);
        }

        state.Solve(0, 0, n, 0, queryCount);

        long total = 0;
        for (var p = 0; p < n; p++)
        {
            var count = state.Acc[p] - 1;
            total += count;
            if (perPoint is not null) perPoint[point[p]] += count;
        }

        return total;
    }

    /// <summary>Points of one tree level in parallel arrays: position, b rank, c rank.</summary>
    private sealed class PointArrays(int n)
    {
        public readonly int[] Position = GC.AllocateUninitializedArray<int>(n);
        public readonly int[] B = GC.AllocateUninitializedArray<int>(n);
        public readonly int[] C = GC.AllocateUninitializedArray<int>(n);

        public void Set(int i, int position, int b, int c)
        {
            Position[i] = position;
            B[i] = b;
            C[i] = c;
        }
    }

    /// <summary>
    /// Queries of one tree level in parallel arrays: end e (count positions below e), id (2p or 2p + 1), b rank of p,
    /// c box of p, and the count found so far.
    /// </summary>
    private sealed class QueryArrays(int n)
    {
        public readonly int[] End = GC.AllocateUninitializedArray<int>(n);
        public readonly int[] Id = GC.AllocateUninitializedArray<int>(n);
        public readonly int[] B = GC.AllocateUninitializedArray<int>(n);
        public readonly int[] CLo = GC.AllocateUninitializedArray<int>(n);
        public readonly int[] CHi = GC.AllocateUninitializedArray<int>(n);
        public readonly int[] Count = GC.AllocateUninitializedArray<int>(n);

        public void Set(int i, int end, int id, int b, int cLo, int cHi)
        {
            End[i] = end;
            Id[i] = id;
            B[i] = b;
            CLo[i] = cLo;
            CHi[i] = cHi;
            Count[i] = 0;
        }
    }

    /// <summary>
    /// The arrays of one count. A node at depth d reads its points and queries from buffer d mod 2 and writes its
    /// children's into the other buffer at the same index ranges (a node's children cover exactly its ranges).
    /// </summary>
    private sealed class State(int[] bs, int[] cs, int[] lo, int[] hi, int v, int n)
    {
        /// <summary>Per position: D(E) − D(S).</summary>
        public readonly int[] Acc = new int[n];

        public readonly PointArrays[] Points = [new(n), new(n)];
        public readonly QueryArrays[] Queries = [new(2 * n), new(2 * n)];

        private readonly int[] _tree = new int[v + 1];
        private long _nodes;

        /// <summary>
        /// Counts, for every query of the node at positions [l, r) (ends in (l, r], in order of b at
        /// [q0, q1) of the depth's buffer), the points at positions [l, end) inside its (b, c) box.
        /// </summary>
        // Long loops in one call: fully optimised code from the first call (no tier-0 start).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Solve(int depth, int l, int r, int q0, int q1)
        {
            if (q0 == q1) return;
            AnalysisCancellation.ThrowIfRequestedEvery1024(_nodes++);
            var pIn = Points[depth & 1];
            var qIn = Queries[depth & 1];
            if (r - l <= BruteForceNode)
            {
                Leaf(l, qIn, q0, q1);
                return;
            }

            var mid = (l + r) >>> 1;
            var pOut = Points[(depth + 1) & 1];
            var qOut = Queries[(depth + 1) & 1];
            PartitionPoints(pIn, pOut, l, mid, r);
            var split = PartitionQueries(qIn, qOut, q0, q1, mid);
            if (split < q1) Sweep(pOut, l, mid, qOut, split, q1);
            Solve(depth + 1, l, mid, q0, split);
            Solve(depth + 1, mid, r, split, q1);
        }

        /// <summary>Stable split of [l, r) into positions below mid (to [l, mid)) and the rest (to [mid, r)).</summary>
        private static void PartitionPoints(PointArrays src, PointArrays dst, int l, int mid, int r)
        {
            int left = l, right = mid;
            for (var i = l; i < r; i++)
            {
                var position = src.Position[i];
                var o = position < mid ? left++ : right++;
                dst.Set(o, position, src.B[i], src.C[i]);
            }
        }

        /// <summary>Stable split of [q0, q1) into ends ≤ mid, then ends above mid; returns where the second part starts.</summary>
        private static int PartitionQueries(QueryArrays src, QueryArrays dst, int q0, int q1, int mid)
        {
            var split = q0;
            for (var k = q0; k < q1; k++)
            {
                if (src.End[k] <= mid) split++;
            }

            int left = q0, right = split;
            for (var k = q0; k < q1; k++)
            {
                var o = src.End[k] <= mid ? left++ : right++;
                dst.End[o] = src.End[k];
                dst.Id[o] = src.Id[k];
                dst.B[o] = src.B[k];
                dst.CLo[o] = src.CLo[k];
                dst.CHi[o] = src.CHi[k];
                dst.Count[o] = src.Count[k];
            }

            return split;
        }

        /// <summary>Left half's points [l, mid) against the right half's queries [k0, k1), both in order of b.</summary>
        // Long loops in one call: fully optimised code from the first call (no tier-0 start).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Sweep(PointArrays points, int l, int mid, QueryArrays queries, int k0, int k1)
        {
            // The window [lo[b_p], hi[b_p]] only moves up.
            var pb = points.B;
            var pc = points.C;
            var add = l;
            var remove = l;
            for (var k = k0; k < k1; k++)
            {
                var beta = queries.B[k];
                var bHi = hi[beta];
                var bLo = lo[beta];
                while (add < mid && pb[add] <= bHi) Update(pc[add++] + 1, 1);
                while (remove < add && pb[remove] < bLo) Update(pc[remove++] + 1, -1);
                queries.Count[k] += Prefix(queries.CHi[k] + 1) - Prefix(queries.CLo[k]);
            }

            while (remove < add) Update(pc[remove++] + 1, -1);
        }

        /// <summary>Every query of a leaf against the positions [l, end) by direct comparison of ranks.</summary>
        // Long loops in one call: fully optimised code from the first call (no tier-0 start).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Leaf(int l, QueryArrays queries, int q0, int q1)
        {
            for (var k = q0; k < q1; k++)
            {
                var e = queries.End[k];
                var beta = queries.B[k];
                int bLo = lo[beta], bHi = hi[beta], cLo = queries.CLo[k], cHi = queries.CHi[k];
                var count = queries.Count[k];
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

                    count += Vector256.Sum(acc);
                }

                for (; q < e; q++)
                {
                    if ((uint)(bs[q] - bLo) <= (uint)(bHi - bLo) && (uint)(cs[q] - cLo) <= (uint)(cHi - cLo)) count++;
                }

                var id = queries.Id[k];
                Acc[id >> 1] += (id & 1) == 0 ? count : -count;
            }
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
