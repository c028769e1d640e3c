using System.Buffers;

namespace HrResponse.Hrv.Internal;

/// <summary>
/// Exact distribution of RR values that lie on a grid (whole milliseconds, or multiples of 1000/1024 ms, which
/// covers 128, 256, 512 and 1024 Hz recordings): a count per grid value from one pass, from which order statistics,
/// the median absolute deviation and the histogram follow in time proportional to the value range, not to N.
/// </summary>
internal sealed class ValueCounts : IDisposable
{
    /// <summary>Largest number of grid values handled; wider ranges use the general path.</summary>
    public const int MaxRange = 1 << 20;

    private static readonly double[] Grids = [1.0, 1000.0 / 1024];

    private readonly int[] _counts;

    private ValueCounts(int[] counts, int length, long offset, double grid, int total)
    {
        _counts = counts;
        Length = length;
        Offset = offset;
        Grid = grid;
        Total = total;
    }

    /// <summary>Number of grid slots from the smallest value to the largest.</summary>
    public int Length { get; }

    /// <summary>Grid index of the smallest value: slot <c>i</c> holds the value <c>(Offset + i) · Grid</c>.</summary>
    public long Offset { get; }

    /// <summary>Grid step in ms.</summary>
    public double Grid { get; }

    /// <summary>Number of values.</summary>
    public int Total { get; }

    /// <summary>Counts per slot.</summary>
    public ReadOnlySpan<int> Counts => _counts.AsSpan(0, Length);

    /// <summary>The value of slot <paramref name="i"/>, exactly as it occurs in the data.</summary>
    public double Value(int i) => (Offset + i) * Grid;

    /// <summary>Counts the values when every one is on a supported grid and the range is small enough.</summary>
    public static ValueCounts? TryCreate(ReadOnlySpan<double> rr, double min, double max)
    {
        foreach (var grid in Grids)
        {
            var lo = Math.Round(min / grid);
            var hi = Math.Round(max / grid);
            if (hi - lo + 1 > MaxRange) continue;
            if (lo * grid != min || hi * grid != max) continue;
            var offset = (long)lo;
            var length = (int)(hi - lo) + 1;
            var counts = ArrayPool<int>.Shared.Rent(length);
            Array.Clear(counts, 0, length);
            if (Fill(rr, grid, offset, counts)) return new ValueCounts(counts, length, offset, grid, rr.Length);
            ArrayPool<int>.Shared.Return(counts);
        }

        return null;
    }

    private static bool Fill(ReadOnlySpan<double> rr, double grid, long offset, int[] counts)
    {
        if (grid == 1.0)
        {
            foreach (var x in rr)
            {
                var k = (long)x;
                if (k != x) return false;
                counts[k - offset]++;
            }

            return true;
        }

        foreach (var x in rr)
        {
            // x / grid is exact when x is a whole multiple of the grid (the quotient is representable).
            var q = x / grid;
            var k = (long)q;
            if (k != q || k * grid != x) return false;
            counts[k - offset]++;
        }

        return true;
    }

    /// <summary>The values of the given 0-based ranks (any order).</summary>
    public void Select(ReadOnlySpan<int> ranks, Span<double> results)
    {
        var counts = Counts;
        for (var r = 0; r < ranks.Length; r++)
        {
            // Ranks are few; each walk stops at its rank, so the cost is at most the range per rank.
            var below = 0;
            var i = 0;
            while (below + counts[i] <= ranks[r])
            {
                below += counts[i];
                i++;
            }

            results[r] = Value(i);
        }
    }

    /// <summary>The values of the given 0-based ranks of <c>|v − center|</c>, merging outward from the center.</summary>
    public void SelectDeviations(double center, ReadOnlySpan<int> ranks, Span<double> results)
    {
        var counts = Counts;
        // Left: slots with value ≤ center, walked downward; right: slots with value > center, walked upward.
        var right = 0;
        while (right < counts.Length && Value(right) <= center) right++;
        for (var r = 0; r < ranks.Length; r++)
        {
            var left = right - 1;
            var up = right;
            var below = 0;
            while (true)
            {
                while (left >= 0 && counts[left] == 0) left--;
                while (up < counts.Length && counts[up] == 0) up++;
                var dl = left >= 0 ? Math.Abs(Value(left) - center) : double.PositiveInfinity;
                var du = up < counts.Length ? Math.Abs(Value(up) - center) : double.PositiveInfinity;
                int c;
                double d;
                if (dl <= du)
                {
                    c = counts[left];
                    d = dl;
                    left--;
                }
                else
                {
                    c = counts[up];
                    d = du;
                    up++;
                }

                if (below + c > ranks[r])
                {
                    results[r] = d;
                    break;
                }

                below += c;
            }
        }
    }

    /// <summary>Returns the counts to the pool.</summary>
    public void Dispose() => ArrayPool<int>.Shared.Return(_counts);
}
