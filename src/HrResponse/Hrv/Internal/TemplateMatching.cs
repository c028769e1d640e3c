using System.Numerics;
using System.Runtime.Intrinsics;

namespace HrResponse.Hrv.Internal;

/// <summary>
/// Exact counting of template matches under the Chebyshev (maximum) distance, as used by sample and approximate
/// entropy. Templates of dimension <c>m</c> are bucketed on a grid over their first one or two coordinates with a cell
/// at least as wide as the tolerance, so only pairs in the same or adjacent cells are compared. Every comparison is the
/// same <c>|a - b| &lt;= r</c> test a full pairwise pass makes, so the counts are identical to the naive O(n²) count.
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
        while (start < nt)
        {
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
