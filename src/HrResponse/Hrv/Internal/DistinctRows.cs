namespace HrResponse.Hrv.Internal;

/// <summary>
/// The distinct rows of a row-major matrix of doubles with their multiplicities, stored column by column. Recorded RR
/// intervals are quantised (1 ms, 1/128 s, ...), so delay vectors and templates repeat: sums over all pairs of rows
/// become weighted sums over pairs of distinct rows, with exactly the same per-pair values.
/// </summary>
internal sealed class DistinctRows
{
    private DistinctRows(double[][] columns, long[] weights)
    {
        Columns = columns;
        Weights = weights;
    }

    /// <summary>Column k of the distinct rows (length <see cref="Count"/>).</summary>
    public double[][] Columns { get; }

    /// <summary>How many input rows equal each distinct row.</summary>
    public long[] Weights { get; }

    /// <summary>Number of distinct rows.</summary>
    public int Count => Weights.Length;

    /// <summary>Groups the <paramref name="rows"/> rows of <paramref name="values"/> (row-major, <paramref name="width"/> per row) by exact equality.</summary>
    public static DistinctRows Create(double[] values, int rows, int width)
    {
        var order = new int[rows];
        for (var i = 0; i < rows; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var ba = a * width;
            var bb = b * width;
            for (var k = 0; k < width; k++)
            {
                var c = values[ba + k].CompareTo(values[bb + k]);
                if (c != 0) return c;
            }

            return 0;
        });

        var distinct = 0;
        for (var s = 0; s < rows; s++)
        {
            if (s == 0 || !SameRow(values, order[s - 1], order[s], width)) distinct++;
        }

        var columns = new double[width][];
        for (var k = 0; k < width; k++) columns[k] = new double[distinct];
        var weights = new long[distinct];
        var g = -1;
        for (var s = 0; s < rows; s++)
        {
            var row = order[s];
            if (s == 0 || !SameRow(values, order[s - 1], row, width))
            {
                g++;
                for (var k = 0; k < width; k++) columns[k][g] = values[(row * width) + k];
            }

            weights[g]++;
        }

        return new DistinctRows(columns, weights);
    }

    private static bool SameRow(double[] values, int a, int b, int width)
    {
        for (var k = 0; k < width; k++)
        {
            if (values[(a * width) + k] != values[(b * width) + k]) return false;
        }

        return true;
    }
}
