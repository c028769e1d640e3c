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

        var range = max0 - min0;
        var cell = r > 0 ? r * (1 + 1e-9) : 1.0;
        if (range / cell > 4e6) cell = range / 4e6;

        var keys = new long[nt];
        var order = new int[nt];
        long ny = gridDims == 2 ? (long)Math.Floor(range / cell) + 3 : 1;
        if (gridDims == 1) ny = 3;
        for (var i = 0; i < nt; i++)
        {
            var cx = (long)Math.Floor((x[i] - min0) / cell);
            var cy = gridDims == 2 ? (long)Math.Floor((x[i + delay] - min0) / cell) : 0;
            keys[i] = (cx * ny) + cy + 1;
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

        long pairsM = 0, pairsM1 = 0;
        var start = 0;
        while (start < nt)
        {
            var key = keys[start];
            var end = start + 1;
            while (end < nt && keys[end] == key) end++;

            // Within the cell.
            for (var a = start; a < end; a++)
                CompareRange(t, d, m, r, a, a + 1, end, order, perTemplateM, perTemplateM1, ref pairsM, ref pairsM1);

            // Same first-coordinate cell, next second-coordinate cell.
            if (gridDims == 2 && end < nt && keys[end] == key + 1)
            {
                var e2 = end + 1;
                while (e2 < nt && keys[e2] == key + 1) e2++;
                for (var a = start; a < end; a++)
                    CompareRange(t, d, m, r, a, end, e2, order, perTemplateM, perTemplateM1, ref pairsM, ref pairsM1);
            }

            // Next first-coordinate column, second-coordinate cells cy−1..cy+1.
            var lo = key + ny - 1;
            var hi = key + ny + 1;
            var b0 = LowerBound(keys, end, nt, lo);
            var b1 = b0;
            while (b1 < nt && keys[b1] <= hi) b1++;
            if (b1 > b0)
            {
                for (var a = start; a < end; a++)
                    CompareRange(t, d, m, r, a, b0, b1, order, perTemplateM, perTemplateM1, ref pairsM, ref pairsM1);
            }

            start = end;
        }

        return new Counts(pairsM, pairsM1);
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
