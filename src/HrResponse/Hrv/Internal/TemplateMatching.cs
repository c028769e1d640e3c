using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HrResponse.Hrv.Internal;

/// <summary>
/// Exact counting of template matches under the Chebyshev (maximum) distance, as used by sample and approximate
/// entropy. Templates of dimension <c>m</c> are bucketed on a grid over their first one or two coordinates with a cell
/// at least as wide as the tolerance, so only pairs in the same or adjacent cells are compared. Every comparison is the
/// same <c>|a - b| &lt;= r</c> test a full pairwise pass makes, so the counts are identical to the naive O(n²) count.
/// For m = 2 and long series the counts come instead from rank sweeps (<see cref="CountByRanks"/>: a 2-D Fenwick tree
/// when there are few distinct values, else a 3-D box count, <see cref="RankBoxCounting"/>, where that is cheaper).
/// </summary>
internal static class TemplateMatching
{
    /// <summary>Pair counts (each unordered pair of distinct templates once).</summary>
    /// <param name="PairsM">Matching pairs at dimension m among the first n − m·τ templates (both having an (m+1)-th point).</param>
    /// <param name="PairsM1">Of those, pairs that also match at dimension m + 1.</param>
    internal readonly record struct Counts(long PairsM, long PairsM1);

    /// <summary>
    /// Counts matches. When <paramref name="perTemplateM"/> is given (length n − (m−1)τ), it receives for every
    /// m-template the number of other m-templates within r (all n − (m−1)τ of them); <paramref name="perTemplateM1"/>
    /// (length n − mτ) likewise for (m+1)-templates. Self matches are not included.
    /// </summary>
    public static Counts Count(ReadOnlySpan<double> x, int m, int delay, double r, int[]? perTemplateM = null, int[]? perTemplateM1 = null)
    {
        var n = x.Length;
        var nt = n - ((m - 1) * delay);
        if (nt < 2) return default;
        if (perTemplateM is null && perTemplateM1 is null)
        {
            if (m == 2 && nt <= SmallSeriesTemplatesM2) return CountAllPairs2(x, delay, r);
            if (nt <= SmallSeriesTemplates) return CountNaive(x, m, delay, r);
        }

        if (m == 2 && nt >= RankCountMinTemplates && CountByRanks(x, delay, r, perTemplateM, perTemplateM1) is { } ranked) return ranked;
        if (m != 2 && nt >= RankCountMinTemplates && CountByRanksNd(x, m, delay, r, perTemplateM, perTemplateM1) is { } boxed) return boxed;
        return CountBucketed(x, m, delay, r, perTemplateM, perTemplateM1);
    }

    /// <summary>
    /// The bucketed search of <see cref="Count"/> (grid cells at least as wide as r over the first one or two
    /// coordinates, pairs in the same or adjacent cells compared): cost proportional to the pairs compared.
    /// </summary>
    internal static Counts CountBucketed(ReadOnlySpan<double> x, int m, int delay, double r, int[]? perTemplateM, int[]? perTemplateM1)
    {
        var n = x.Length;
        var nt = n - ((m - 1) * delay);
        if (nt < 2) return default;
        var d = m + 1;
        var gridDims = Math.Min(m, 2);

        double min0 = double.PositiveInfinity, max0 = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            if (x[i] < min0) min0 = x[i];
            if (x[i] > max0) max0 = x[i];
        }

        // Cells of width r/K: two values within r lie at most K cells apart (the 1e-9 margin absorbs rounding).
        const int K = 2;
        var range = max0 - min0;
        var cell = r > 0 ? r * (1 + 1e-9) / K : 1.0;
        if (range / cell > 2e6) cell = range / 2e6;

        var keys = new long[nt];
        var order = new int[nt];
        long ny = gridDims == 2 ? (long)Math.Floor(range / cell) + 1 + (2 * K) : 1 + (2 * K);
        for (var i = 0; i < nt; i++)
        {
            var cx = (long)Math.Floor((x[i] - min0) / cell);
            var cy = gridDims == 2 ? (long)Math.Floor((x[i + delay] - min0) / cell) : 0;
            keys[i] = (cx * ny) + cy + K;
            order[i] = i;
        }

        Array.Sort(keys, order);

        // Templates in sorted order, d values each; the (m+1)-th value is NaN when the template has none.
        var t = new double[nt * d];
        for (var s = 0; s < nt; s++)
        {
            var i = order[s];
            for (var k = 0; k < d; k++)
            {
                var p = i + (k * delay);
                t[(s * d) + k] = p < n ? x[p] : double.NaN;
            }
        }

        var simd = m == 2 && Vector256.IsHardwareAccelerated;
        double[]? c0 = null, c1 = null, c2 = null;
        long[]? sortedM = null, sortedM1 = null;
        if (simd)
        {
            c0 = new double[nt];
            c1 = new double[nt];
            c2 = new double[nt];
            for (var s = 0; s < nt; s++)
            {
                c0[s] = t[s * d];
                c1[s] = t[(s * d) + 1];
                c2[s] = t[(s * d) + 2];
            }

            if (perTemplateM is not null) sortedM = new long[nt];
            if (perTemplateM1 is not null) sortedM1 = new long[nt];
        }

        long pairsM = 0, pairsM1 = 0;
        void Range(int a, int from, int to, ref long pm, ref long pm1)
        {
            if (to <= from) return;
            if (simd) CompareRange2(c0!, c1!, c2!, r, a, from, to, sortedM, sortedM1, ref pm, ref pm1);
            else CompareRange(t, d, m, r, a, from, to, order, perTemplateM, perTemplateM1, ref pm, ref pm1);
        }

        var start = 0;
        var cells = 0L;
        while (start < nt)
        {
            HrResponse.Internal.AnalysisCancellation.ThrowIfRequestedEvery1024(cells++);
            var key = keys[start];
            var end = start + 1;
            while (end < nt && keys[end] == key) end++;

            // Within the cell.
            for (var a = start; a < end; a++) Range(a, a + 1, end, ref pairsM, ref pairsM1);

            // Same first-coordinate column, the next K second-coordinate cells (contiguous keys).
            if (gridDims == 2)
            {
                var e2 = end;
                while (e2 < nt && keys[e2] <= key + K) e2++;
                for (var a = start; a < end; a++) Range(a, end, e2, ref pairsM, ref pairsM1);
            }

            // The next K first-coordinate columns, second-coordinate cells cy−K..cy+K.
            var lower = end;
            for (var j = 1; j <= K; j++)
            {
                var lo = key + (j * ny) - K;
                var hi = key + (j * ny) + K;
                var b0 = LowerBound(keys, lower, nt, lo);
                var b1 = b0;
                while (b1 < nt && keys[b1] <= hi) b1++;
                for (var a = start; a < end; a++) Range(a, b0, b1, ref pairsM, ref pairsM1);
                lower = b1;
            }

            start = end;
        }

        if (sortedM is not null)
        {
            for (var s = 0; s < nt; s++) perTemplateM![order[s]] += (int)sortedM[s];
        }

        if (sortedM1 is not null)
        {
            for (var s = 0; s < nt; s++) perTemplateM1![order[s]] += (int)sortedM1[s];
        }

        return new Counts(pairsM, pairsM1);
    }

    /// <summary>Below this many templates the all-pairs count (no allocation) is cheaper than bucketing.</summary>
    internal const int SmallSeriesTemplates = 48;

    /// <summary>Below this many templates (m = 2, pair counts only) the vectorised all-pairs count is used.</summary>
    internal const int SmallSeriesTemplatesM2 = 384;

    /// <summary>
    /// All-pairs count for m = 2 without allocation, four candidate templates per step (the same |a − b| ≤ r tests as
    /// <see cref="CountNaive"/>); for the many short series of the multiscale entropies.
    /// </summary>
    internal static Counts CountAllPairs2(ReadOnlySpan<double> x, int delay, double r)
    {
        var nt1 = x.Length - (2 * delay);
        long pm = 0, pm1 = 0;
        ref var x0 = ref MemoryMarshal.GetReference(x);
        var vr = Vector256.Create(r);
        for (var i = 0; i < nt1; i++)
        {
            HrResponse.Internal.AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            double a0 = x[i], a1 = x[i + delay], a2 = x[i + (2 * delay)];
            var j = i + 1;
            if (Vector256.IsHardwareAccelerated)
            {
                var va0 = Vector256.Create(a0);
                var va1 = Vector256.Create(a1);
                var va2 = Vector256.Create(a2);
                for (; j + 4 <= nt1; j += 4)
                {
                    var p = (nuint)j;
                    var match = Vector256.LessThanOrEqual(Vector256.Abs(Vector256.LoadUnsafe(ref x0, p) - va0), vr)
                                & Vector256.LessThanOrEqual(Vector256.Abs(Vector256.LoadUnsafe(ref x0, p + (nuint)delay) - va1), vr);
                    var bits = match.ExtractMostSignificantBits();
                    if (bits == 0) continue;
                    pm += BitOperations.PopCount(bits);
                    var match1 = match & Vector256.LessThanOrEqual(Vector256.Abs(Vector256.LoadUnsafe(ref x0, p + (nuint)(2 * delay)) - va2), vr);
                    pm1 += BitOperations.PopCount(match1.ExtractMostSignificantBits());
                }
            }

            for (; j < nt1; j++)
            {
                if (Math.Abs(a0 - x[j]) > r || Math.Abs(a1 - x[j + delay]) > r) continue;
                pm++;
                if (Math.Abs(a2 - x[j + (2 * delay)]) <= r) pm1++;
            }
        }

        return new Counts(pm, pm1);
    }

    /// <summary>
    /// All-pairs counts for m = 2 (as <see cref="CountAllPairs2"/>) of the <paramref name="scale"/> interleaved series
    /// <c>y_k[i] = x[i·scale + k]</c>, k = 0..scale−1, i &lt; <paramref name="length"/>, at once: the composite and
    /// refined-composite multiscale entropies' decimated series. Row i of x (<c>x[i·scale .. i·scale + scale − 1]</c>)
    /// holds element i of every series, so one vector compare of rows i and j tests pair (i, j) of four series; no call
    /// per series and no short-loop tails. Writes each series' pair counts at m and m + 1 (exact integers).
    /// </summary>
    internal static void CountInterleaved2(ReadOnlySpan<double> x, int scale, int length, double r, Span<double> pairsM, Span<double> pairsM1)
    {
        var nt1 = length - 2;
        pairsM[..scale].Clear();
        pairsM1[..scale].Clear();
        if (nt1 < 2) return;
        ref var x0 = ref MemoryMarshal.GetReference(x);
        var k0 = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var vr = Vector512.Create(r);
            for (; k0 + 8 <= scale; k0 += 8)
            {
                // Match masks are all ones (−1 as an integer): subtracting them counts.
                var accM = Vector512<long>.Zero;
                var accM1 = Vector512<long>.Zero;
                for (var i = 0; i < nt1; i++)
                {
                    var ai = (nuint)((i * scale) + k0);
                    var a0 = Vector512.LoadUnsafe(ref x0, ai);
                    var a1 = Vector512.LoadUnsafe(ref x0, ai + (nuint)scale);
                    var a2 = Vector512.LoadUnsafe(ref x0, ai + (nuint)(2 * scale));
                    var bj = (nuint)(((i + 1) * scale) + k0);
                    var b1 = Vector512.LoadUnsafe(ref x0, bj + (nuint)scale);
                    var d0 = Vector512.LessThanOrEqual(Vector512.Abs(a0 - Vector512.LoadUnsafe(ref x0, bj)), vr);
                    var d1 = Vector512.LessThanOrEqual(Vector512.Abs(a1 - b1), vr);
                    for (var j = i + 1; j < nt1; j++)
                    {
                        var b2 = Vector512.LoadUnsafe(ref x0, (nuint)(((j + 2) * scale) + k0));
                        var match = d0 & d1;
                        accM -= match.AsInt64();
                        accM1 -= (match & Vector512.LessThanOrEqual(Vector512.Abs(a2 - b2), vr)).AsInt64();
                        d0 = Vector512.LessThanOrEqual(Vector512.Abs(a0 - b1), vr);
                        d1 = Vector512.LessThanOrEqual(Vector512.Abs(a1 - b2), vr);
                        b1 = b2;
                    }
                }

                for (var l = 0; l < 8; l++)
                {
                    pairsM[k0 + l] = accM[l];
                    pairsM1[k0 + l] = accM1[l];
                }
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var vr = Vector256.Create(r);
            for (; k0 + 4 <= scale; k0 += 4)
            {
                var accM = Vector256<long>.Zero;
                var accM1 = Vector256<long>.Zero;
                for (var i = 0; i < nt1; i++)
                {
                    var ai = (nuint)((i * scale) + k0);
                    var a0 = Vector256.LoadUnsafe(ref x0, ai);
                    var a1 = Vector256.LoadUnsafe(ref x0, ai + (nuint)scale);
                    var a2 = Vector256.LoadUnsafe(ref x0, ai + (nuint)(2 * scale));
                    var bj = (nuint)(((i + 1) * scale) + k0);
                    var b1 = Vector256.LoadUnsafe(ref x0, bj + (nuint)scale);
                    var d0 = Vector256.LessThanOrEqual(Vector256.Abs(a0 - Vector256.LoadUnsafe(ref x0, bj)), vr);
                    var d1 = Vector256.LessThanOrEqual(Vector256.Abs(a1 - b1), vr);
                    for (var j = i + 1; j < nt1; j++)
                    {
                        // Row j + 2 is the only new load; rows j + 1 and j + 2 are reused for the next j.
                        var b2 = Vector256.LoadUnsafe(ref x0, (nuint)(((j + 2) * scale) + k0));
                        var match = d0 & d1;
                        accM -= match.AsInt64();
                        accM1 -= (match & Vector256.LessThanOrEqual(Vector256.Abs(a2 - b2), vr)).AsInt64();
                        d0 = Vector256.LessThanOrEqual(Vector256.Abs(a0 - b1), vr);
                        d1 = Vector256.LessThanOrEqual(Vector256.Abs(a1 - b2), vr);
                        b1 = b2;
                    }
                }

                for (var l = 0; l < 4; l++)
                {
                    pairsM[k0 + l] = accM[l];
                    pairsM1[k0 + l] = accM1[l];
                }
            }
        }

        for (var k = k0; k < scale; k++)
        {
            long pm = 0, pm1 = 0;
            for (var i = 0; i < nt1; i++)
            {
                double a0 = x[(i * scale) + k], a1 = x[((i + 1) * scale) + k], a2 = x[((i + 2) * scale) + k];
                for (var j = i + 1; j < nt1; j++)
                {
                    if (Math.Abs(a0 - x[(j * scale) + k]) > r || Math.Abs(a1 - x[((j + 1) * scale) + k]) > r) continue;
                    pm++;
                    if (Math.Abs(a2 - x[((j + 2) * scale) + k]) <= r) pm1++;
                }
            }

            pairsM[k] = pm;
            pairsM1[k] = pm1;
        }
    }

    /// <summary>From this many templates (m = 2) the counts come from rank sweeps (<see cref="CountByRanks"/>).</summary>
    internal const int RankCountMinTemplates = 4096;

    /// <summary>
    /// From this many templates (m = 2) a series with too many distinct values for the 2-D tree is counted by 3-D box
    /// counting (<see cref="RankBoxCounting"/>) instead of the bucketed search.
    /// </summary>
    internal const int BoxCountMinTemplates = 4096;

    /// <summary>
    /// Matching pairs at m per N log₂² N (N = n − 2τ templates) above which the 3-D box count is cheaper than the
    /// bucketed search (whose cost is about one vectorised comparison per matching pair). Measured on continuous and
    /// coarse-grained series of 30,000–120,000 values with the top-down counter: break-even at 2.4–3.2
    /// (benchmarks/README.md, issue 15, helper d15).
    /// </summary>
    internal const double BoxCostPairs = 2.5;

    /// <summary>Largest (distinct values + 1)² of the rank sweep's 2-D Fenwick tree (16 MB of counts).</summary>
    internal const long MaxRankCells = 1L << 22;

    /// <summary>
    /// Exact counts for m = 2 by orthogonal range counting on value ranks: recorded RR intervals are quantised, so a
    /// long series has few distinct values V. |a − b| ≤ r selects a contiguous range of ranks (the rounded difference is
    /// monotone), so "template j within r of template i" is a box in rank space. Templates are swept in order of their
    /// first coordinate's rank, those whose first coordinate is within r of the current one kept in a Fenwick tree over
    /// the remaining coordinates (1-D for m, 2-D for m + 1); each count is one box query. O(n log² V) time and
    /// O(n + V²) memory, against the bucketed search's cost proportional to the number of matching pairs.
    /// When V is too large for the 2-D tree (<see cref="MaxRankCells"/>, or more than 512 cells per value of x: series
    /// of continuous values, coarse-grained means), pass m + 1 is a 3-D box count (<see cref="RankBoxCounting"/>,
    /// O(n log n log V) time, O(n + V) memory), taken when it is cheaper than the bucketed search
    /// (<see cref="BoxCostPairs"/>, judged from the exact count at m); otherwise null (also for fewer than
    /// <see cref="BoxCountMinTemplates"/> templates, and for non-finite values or a NaN or negative r).
    /// <paramref name="boxes"/> forces (true) or forbids (false) the box count; null chooses as above.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static Counts? CountByRanks(ReadOnlySpan<double> x, int delay, double r, int[]? perTemplateM, int[]? perTemplateM1,
        bool? boxes = null)
    {
        var n = x.Length;
        var nt = n - delay;
        var nt1 = n - (2 * delay);
        if (nt1 < 2 || !(r >= 0)) return null;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(x[i])) return null;
        }

        // Distinct values and every value's rank from one sort of the indices by value.
        var values = System.Buffers.ArrayPool<double>.Shared.Rent(n);
        x.CopyTo(values);
        var rank = new int[n];
        var byValue = new int[n];
        for (var i = 0; i < n; i++) byValue[i] = i;
        Array.Sort(values, byValue, 0, n);
        var v = 0;
        for (var s = 0; s < n; s++)
        {
            if (v == 0 || values[s] != values[v - 1]) values[v++] = values[s];
            rank[byValue[s]] = v - 1;
        }

        var side = (long)v + 1;
        var useBoxes = boxes ?? (side * side > MaxRankCells || side * side > 512L * n);
        if (useBoxes && boxes is null && nt1 < BoxCountMinTemplates)
        {
            System.Buffers.ArrayPool<double>.Shared.Return(values);
            return null;
        }

        // Rank ranges within r, tested exactly as |a − b| <= r.
        var lo = new int[v];
        var hi = new int[v];
        int a0 = 0, a1 = 0;
        for (var a = 0; a < v; a++)
        {
            while (Math.Abs(values[a] - values[a0]) > r) a0++;
            if (a1 < a) a1 = a;
            while (a1 + 1 < v && Math.Abs(values[a1 + 1] - values[a]) <= r) a1++;
            lo[a] = a0;
            hi[a] = a1;
        }

        System.Buffers.ArrayPool<double>.Shared.Return(values);

        // Templates sorted by the rank of their first value (counting sort): the same order serves both passes.
        var start = new int[v + 1];
        for (var i = 0; i < nt; i++) start[rank[i] + 1]++;
        for (var a = 0; a < v; a++) start[a + 1] += start[a];
        var byFirst = new int[nt];
        var fill = (int[])start.Clone();
        for (var i = 0; i < nt; i++) byFirst[fill[rank[i]]++] = i;

        // Pass m: 1-D tree over the second value's rank, all nt templates. When the box count may still be declined
        // (for the bucketed search), per-template counts go to a scratch array first.
        var decide = useBoxes && boxes is null;
        var perM = decide && perTemplateM is not null ? new int[nt] : perTemplateM;
        var tree1 = new int[v + 1];
        long sumM = 0;
        int add = 0, remove = 0;
        for (var a = 0; a < v; a++)
        {
            if (start[a] == start[a + 1]) continue;
            HrResponse.Internal.AnalysisCancellation.ThrowIfRequested();
            while (add < nt && rank[byFirst[add]] <= hi[a]) Fenwick1(tree1, rank[byFirst[add++] + delay] + 1, 1);
            while (remove < nt && rank[byFirst[remove]] < lo[a]) Fenwick1(tree1, rank[byFirst[remove++] + delay] + 1, -1);
            for (var s = start[a]; s < start[a + 1]; s++)
            {
                var i = byFirst[s];
                var b = rank[i + delay];
                var c = Prefix1(tree1, hi[b] + 1) - Prefix1(tree1, lo[b]) - 1;
                if (perM is not null) perM[i] += c;
                if (i < nt1) sumM += c;
            }
        }

        // Pairs with a template that has no (m+1)-th value (the last τ) are not SampEn pairs.
        long cross = 0;
        for (var j = nt1; j < nt; j++)
        {
            for (var i = 0; i < nt1; i++)
            {
                if (Math.Abs(x[i] - x[j]) <= r && Math.Abs(x[i + delay] - x[j + delay]) <= r) cross++;
            }
        }

        if (useBoxes)
        {
            if (decide)
            {
                // The bucketed search costs about one comparison per matching pair, the box count
                // about BoxCostPerPair · N log² N of them (measured, issue 15): take the cheaper.
                var log = Math.Log2(nt1);
                if ((sumM - cross) / 2 < BoxCostPairs * nt1 * log * log) return null;
                if (perTemplateM is not null)
                {
                    for (var i = 0; i < nt; i++) perTemplateM[i] += perM![i];
                }
            }

            // Too many distinct values for a V² tree: 3-D box counts over the three values' ranks (O(n log n log V)).
            var ordered = RankBoxCounting.CountOrderedPairs(rank.AsSpan(0, nt1), rank.AsSpan(delay, nt1), rank.AsSpan(2 * delay, nt1),
                v, lo, hi, perTemplateM1);
            return new Counts((sumM - cross) / 2, ordered / 2);
        }

        // Pass m + 1: 2-D counts over the second and third values' ranks, the first nt1 templates. When the rank ranges
        // are narrow (few ranks within r, e.g. 1/128-s data) one 1-D tree per row and a loop over the rows of the box is
        // cheaper than the 2-D tree's four prefix queries.
        double rows = 0;
        for (var a = 0; a < v; a++) rows += hi[a] - lo[a] + 1;
        var rowWise = rows / v <= 2 * Math.Log2(v + 1);
        var width = v + 1;
        var tree2 = System.Buffers.ArrayPool<int>.Shared.Rent(width * width);
        Array.Clear(tree2, 0, width * width);
        long sumM1 = 0;
        add = 0;
        remove = 0;
        for (var a = 0; a < v; a++)
        {
            if (start[a] == start[a + 1]) continue;
            HrResponse.Internal.AnalysisCancellation.ThrowIfRequested();
            while (add < nt && rank[byFirst[add]] <= hi[a])
            {
                var i = byFirst[add++];
                if (i >= nt1) continue;
                if (rowWise) Fenwick1(tree2, width, rank[i + delay], rank[i + (2 * delay)] + 1, 1);
                else Fenwick2(tree2, width, rank[i + delay] + 1, rank[i + (2 * delay)] + 1, 1);
            }

            while (remove < nt && rank[byFirst[remove]] < lo[a])
            {
                var i = byFirst[remove++];
                if (i >= nt1) continue;
                if (rowWise) Fenwick1(tree2, width, rank[i + delay], rank[i + (2 * delay)] + 1, -1);
                else Fenwick2(tree2, width, rank[i + delay] + 1, rank[i + (2 * delay)] + 1, -1);
            }

            for (var s = start[a]; s < start[a + 1]; s++)
            {
                var i = byFirst[s];
                if (i >= nt1) continue;
                var b = rank[i + delay];
                var e = rank[i + (2 * delay)];
                int b0 = lo[b], b1 = hi[b] + 1, e0 = lo[e], e1 = hi[e] + 1;
                int c;
                if (rowWise)
                {
                    c = -1;
                    for (var row = b0; row < b1; row++) c += Prefix1(tree2, width, row, e1) - Prefix1(tree2, width, row, e0);
                }
                else
                {
                    c = Prefix2(tree2, width, b1, e1) - Prefix2(tree2, width, b0, e1) - Prefix2(tree2, width, b1, e0)
                        + Prefix2(tree2, width, b0, e0) - 1;
                }

                if (perTemplateM1 is not null) perTemplateM1[i] += c;
                sumM1 += c;
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(tree2);
        return new Counts((sumM - cross) / 2, sumM1 / 2);
    }

    /// <summary>
    /// Matching pairs in the first two coordinates per N log₂^m N (N = n − (m−1)τ templates) above which the
    /// (m+1)-D box count (<see cref="RankBoxCountingNd"/>) is cheaper than the bucketed search (whose cost is about one
    /// comparison per pair matching in the two gridded coordinates): 0.3 for m = 3, 0.08 for m ≥ 4 (break-even
    /// measured at m = 3 and 4 on continuous series of 20,000–200,000 values, r = 0.2 and 0.5 SD; benchmarks/README.md,
    /// issue 15, m ≠ 2; m ≥ 5 not measured).
    /// </summary>
    internal static double BoxCostPairsNd(int m) => m == 3 ? 0.3 : 0.08;

    /// <summary>
    /// Exact counts for embedding dimensions m ≠ 2 by box counting on value ranks (<see cref="RankBoxCountingNd"/>):
    /// m-D boxes over all n − (m−1)τ m-templates (per-template counts) and (m+1)-D boxes over the first n − mτ
    /// templates, with the same |a − b| ≤ r test (as rank ranges) as a pairwise pass, no self matches, and SampEn's pair
    /// count at m restricted to the first n − mτ templates. m = 1: a 1-D and a 2-D count, O(n log² n); m ≥ 3:
    /// O(n log^(m+1) n). <paramref name="boxes"/> forces (true) or forbids (false) the box count; null takes it for
    /// m = 1 always and for m ≥ 3 when the exact number of pairs matching in the first two coordinates (the bucketed
    /// search's work) exceeds <see cref="BoxCostPairsNd"/> · N log₂^m N. Null when declined, for fewer than two
    /// templates, and for non-finite values or a NaN or negative r.
    /// </summary>
    internal static Counts? CountByRanksNd(ReadOnlySpan<double> x, int m, int delay, double r, int[]? perTemplateM, int[]? perTemplateM1,
        bool? boxes = null)
    {
        var n = x.Length;
        var nt = n - ((m - 1) * delay);
        var nt1 = n - (m * delay);
        if (m < 1 || nt1 < 2 || !(r >= 0) || boxes == false) return null;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(x[i])) return null;
        }

        // Distinct values and every value's rank from one sort of the indices by value.
        var values = new double[n];
        x.CopyTo(values);
        var rank = new int[n];
        var byValue = new int[n];
        for (var i = 0; i < n; i++) byValue[i] = i;
        Array.Sort(values, byValue, 0, n);
        var v = 0;
        for (var s = 0; s < n; s++)
        {
            if (v == 0 || values[s] != values[v - 1]) values[v++] = values[s];
            rank[byValue[s]] = v - 1;
        }

        // Rank ranges within r, tested exactly as |a − b| <= r.
        var lo = new int[v];
        var hi = new int[v];
        int a0 = 0, a1 = 0;
        for (var a = 0; a < v; a++)
        {
            while (Math.Abs(values[a] - values[a0]) > r) a0++;
            if (a1 < a) a1 = a;
            while (a1 + 1 < v && Math.Abs(values[a1 + 1] - values[a]) <= r) a1++;
            lo[a] = a0;
            hi[a] = a1;
        }

        if (boxes is null && m >= 3)
        {
            // The bucketed search compares about every pair matching in its two gridded coordinates.
            var gridPairs = RankBoxCountingNd.CountOrderedPairs(rank, nt, 2, delay, lo, hi, null) / 2;
            var log = Math.Log2(nt);
            if (gridPairs < BoxCostPairsNd(m) * nt * Math.Pow(log, m)) return null;
        }

        long pairsM;
        if (perTemplateM is null)
        {
            pairsM = RankBoxCountingNd.CountOrderedPairs(rank, nt1, m, delay, lo, hi, null) / 2;
        }
        else
        {
            // All nt templates for the per-template counts; pairs with one of the last τ templates (no (m+1)-th value)
            // are taken out of SampEn's count.
            var perM = new int[nt];
            RankBoxCountingNd.CountOrderedPairs(rank, nt, m, delay, lo, hi, perM);
            long sum = 0;
            for (var i = 0; i < nt1; i++)
            {
                sum += perM[i];
                perTemplateM[i] += perM[i];
            }

            for (var i = nt1; i < nt; i++) perTemplateM[i] += perM[i];
            long cross = 0;
            for (var j = nt1; j < nt; j++)
            {
                for (var i = 0; i < nt1; i++)
                {
                    var ok = true;
                    for (var k = 0; k < m && ok; k++) ok = Math.Abs(x[i + (k * delay)] - x[j + (k * delay)]) <= r;
                    if (ok) cross++;
                }
            }

            pairsM = (sum - cross) / 2;
        }

        var pairsM1 = RankBoxCountingNd.CountOrderedPairs(rank, nt1, m + 1, delay, lo, hi, perTemplateM1) / 2;
        return new Counts(pairsM, pairsM1);
    }

    private static void Fenwick1(int[] tree, int i, int delta)
    {
        for (; i < tree.Length; i += i & -i) tree[i] += delta;
    }

    private static int Prefix1(int[] tree, int i)
    {
        var sum = 0;
        for (; i > 0; i -= i & -i) sum += tree[i];
        return sum;
    }

    /// <summary>Adds to row <paramref name="row"/>'s 1-D tree (one row of <paramref name="width"/> counts, 1-based i).</summary>
    private static void Fenwick1(int[] tree, int width, int row, int i, int delta)
    {
        var at = row * width;
        for (; i < width; i += i & -i) tree[at + i] += delta;
    }

    private static int Prefix1(int[] tree, int width, int row, int i)
    {
        var at = row * width;
        var sum = 0;
        for (; i > 0; i -= i & -i) sum += tree[at + i];
        return sum;
    }

    private static void Fenwick2(int[] tree, int width, int i, int j, int delta)
    {
        for (; i < width; i += i & -i)
        {
            var row = i * width;
            for (var k = j; k < width; k += k & -k) tree[row + k] += delta;
        }
    }

    private static int Prefix2(int[] tree, int width, int i, int j)
    {
        var sum = 0;
        for (; i > 0; i -= i & -i)
        {
            var row = i * width;
            for (var k = j; k > 0; k -= k & -k) sum += tree[row + k];
        }

        return sum;
    }

    /// <summary>m = 2 kernel on coordinate arrays, four candidates per step.</summary>
    private static void CompareRange2(double[] c0, double[] c1, double[] c2, double r, int a, int from, int to,
        long[]? perM, long[]? perM1, ref long pairsM, ref long pairsM1)
    {
        double a0 = c0[a], a1 = c1[a], a2 = c2[a];
        var aHasNext = !double.IsNaN(a2);
        var va0 = Vector256.Create(a0);
        var va1 = Vector256.Create(a1);
        var va2 = Vector256.Create(a2);
        var vr = Vector256.Create(r);
        long all = 0, pm = 0, pm1 = 0;
        var b = from;
        for (; b + 4 <= to; b += 4)
        {
            var x0 = Vector256.LoadUnsafe(ref c0[b]);
            var x1 = Vector256.LoadUnsafe(ref c1[b]);
            var x2 = Vector256.LoadUnsafe(ref c2[b]);
            var match = Vector256.LessThanOrEqual(Vector256.Abs(x0 - va0), vr)
                        & Vector256.LessThanOrEqual(Vector256.Abs(x1 - va1), vr);
            var bits = match.ExtractMostSignificantBits();
            if (bits == 0) continue;
            var match1 = match & Vector256.LessThanOrEqual(Vector256.Abs(x2 - va2), vr);
            var withNext = match & Vector256.Equals(x2, x2);
            all += BitOperations.PopCount(bits);
            if (aHasNext) pm += BitOperations.PopCount(withNext.ExtractMostSignificantBits());
            pm1 += BitOperations.PopCount(match1.ExtractMostSignificantBits());
            if (perM is not null)
            {
                var v = Vector256.LoadUnsafe(ref perM[b]) - match.AsInt64();
                v.StoreUnsafe(ref perM[b]);
            }

            if (perM1 is not null)
            {
                var v = Vector256.LoadUnsafe(ref perM1[b]) - match1.AsInt64();
                v.StoreUnsafe(ref perM1[b]);
            }
        }

        long m1Own = 0;
        for (; b < to; b++)
        {
            if (Math.Abs(c0[b] - a0) > r || Math.Abs(c1[b] - a1) > r) continue;
            all++;
            if (perM is not null) perM[b]++;
            var bNext = !double.IsNaN(c2[b]);
            if (aHasNext && bNext)
            {
                pm++;
                if (Math.Abs(c2[b] - a2) <= r)
                {
                    pm1++;
                    if (perM1 is not null) perM1[b]++;
                }
            }
        }

        m1Own = pm1;
        if (perM is not null) perM[a] += all;
        if (perM1 is not null) perM1[a] += m1Own;
        pairsM += pm;
        pairsM1 += pm1;
    }

    private static void CompareRange(double[] t, int d, int m, double r, int a, int from, int to, int[] order,
        int[]? perM, int[]? perM1, ref long pairsM, ref long pairsM1)
    {
        var ba = a * d;
        var a0 = t[ba];
        var a1 = m >= 2 ? t[ba + 1] : 0;
        var aLast = t[ba + m];
        var aHasNext = !double.IsNaN(aLast);
        long pm = 0, pm1 = 0;
        for (var b = from; b < to; b++)
        {
            var bb = b * d;
            if (Math.Abs(a0 - t[bb]) > r) continue;
            if (m >= 2)
            {
                if (Math.Abs(a1 - t[bb + 1]) > r) continue;
                var ok = true;
                for (var k = 2; k < m; k++)
                {
                    if (Math.Abs(t[ba + k] - t[bb + k]) > r)
                    {
                        ok = false;
                        break;
                    }
                }

                if (!ok) continue;
            }

            if (perM is not null)
            {
                perM[order[a]]++;
                perM[order[b]]++;
            }

            var bLast = t[bb + m];
            if (aHasNext && !double.IsNaN(bLast))
            {
                pm++;
                if (Math.Abs(aLast - bLast) <= r)
                {
                    pm1++;
                    if (perM1 is not null)
                    {
                        perM1[order[a]]++;
                        perM1[order[b]]++;
                    }
                }
            }
        }

        pairsM += pm;
        pairsM1 += pm1;
    }

    private static int LowerBound(long[] keys, int from, int to, long value)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>The naive O(n²) count over all pairs; the oracle for tests and the benchmark baseline.</summary>
    public static Counts CountNaive(ReadOnlySpan<double> x, int m, int delay, double r)
    {
        var n = x.Length;
        var nt1 = n - (m * delay);
        long pm = 0, pm1 = 0;
        for (var i = 0; i < nt1; i++)
        {
            for (var j = i + 1; j < nt1; j++)
            {
                var ok = true;
                for (var k = 0; k < m; k++)
                {
                    if (Math.Abs(x[i + (k * delay)] - x[j + (k * delay)]) > r)
                    {
                        ok = false;
                        break;
                    }
                }

                if (!ok) continue;
                pm++;
                if (Math.Abs(x[i + (m * delay)] - x[j + (m * delay)]) <= r) pm1++;
            }
        }

        return new Counts(pm, pm1);
    }
}
