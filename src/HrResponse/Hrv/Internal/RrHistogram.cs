namespace HrResponse.Hrv.Internal;

/// <summary>
/// Histogram of RR intervals on bins with edges <c>k·w</c> (k = 0, 1, ...), stored from the bin of the shortest
/// interval (<see cref="Offset"/>) to the bin of the longest.
/// </summary>
internal readonly struct RrHistogram
{
    /// <summary>Largest number of bins built; wider spans give NaN for HTI and TINN.</summary>
    public const int MaxBins = 1 << 22;

    public RrHistogram(int[] counts, long offset, double binWidth)
    {
        Counts = counts;
        Offset = offset;
        BinWidth = binWidth;
    }

    /// <summary>Counts of bins <c>Offset</c> .. <c>Offset + Counts.Length − 1</c>.</summary>
    public int[] Counts { get; }

    /// <summary>Absolute index of the first stored bin; its left edge is <c>Offset · BinWidth</c>.</summary>
    public long Offset { get; }

    /// <summary>Bin width in ms.</summary>
    public double BinWidth { get; }

    /// <summary>Left edge in ms of absolute bin (edge) index <paramref name="k"/>, computed as NumPy's arange does: <c>k·w</c>.</summary>
    public double Edge(long k) => k * BinWidth;

    /// <summary>Count of absolute bin <paramref name="k"/>; 0 outside the stored range.</summary>
    public int CountAt(long k)
    {
        var j = k - Offset;
        return j >= 0 && j < Counts.Length ? Counts[j] : 0;
    }

    /// <summary>Builds the histogram; false when it would need more than <see cref="MaxBins"/> bins.</summary>
    public static bool TryBuild(ReadOnlySpan<double> rr, double min, double max, double binWidth, HistogramBinning binning, out RrHistogram histogram)
    {
        if (!TryLayout(min, max, binWidth, binning, out var layout))
        {
            histogram = default;
            return false;
        }

        var counts = new int[layout.Last - layout.First + 1];
        var inverse = 1 / binWidth;
        foreach (var x in rr)
        {
            var k = layout.Place(x, inverse);
            if (k >= 0) counts[k - layout.First]++;
        }

        histogram = new RrHistogram(counts, layout.First, binWidth);
        return true;
    }

    /// <summary>
    /// Builds the histogram from the distinct values <c>(valueOffset + i) · grid</c> occurring
    /// <paramref name="valueCounts"/>[i] times; the same bins as <see cref="TryBuild"/> on the values themselves.
    /// </summary>
    public static bool TryBuildFromValueCounts(
        ReadOnlySpan<int> valueCounts, long valueOffset, double grid, double min, double max, double binWidth,
        HistogramBinning binning, out RrHistogram histogram)
    {
        if (!TryLayout(min, max, binWidth, binning, out var layout))
        {
            histogram = default;
            return false;
        }

        var counts = new int[layout.Last - layout.First + 1];
        var inverse = 1 / binWidth;
        for (var i = 0; i < valueCounts.Length; i++)
        {
            var c = valueCounts[i];
            if (c == 0) continue;
            var k = layout.Place((valueOffset + i) * grid, inverse);
            if (k >= 0) counts[k - layout.First] += c;
        }

        histogram = new RrHistogram(counts, layout.First, binWidth);
        return true;
    }

    private static bool TryLayout(double min, double max, double binWidth, HistogramBinning binning, out Layout layout)
    {
        layout = default;
        if (max / binWidth > MaxBins) return false;
        var first = BinOf(min, binWidth);
        long last;
        long lastEdge = -1;
        if (binning == HistogramBinning.NumPy)
        {
            // np.arange(0, max + w, w) has ceil((max + w) / w) edges, edge k = k·w; the last bin is closed.
            var edgeCount = (long)Math.Ceiling((max + binWidth) / binWidth);
            lastEdge = edgeCount - 1;
            last = Math.Min(BinOf(max, binWidth), lastEdge - 1);
            first = Math.Min(first, last);
        }
        else
        {
            last = BinOf(max, binWidth);
        }

        layout = new Layout(first, last, lastEdge, binWidth);
        return true;
    }

    private readonly record struct Layout(long First, long Last, long LastEdge, double BinWidth)
    {
        /// <summary>The bin of <paramref name="x"/>, or −1 when NumPy would not count it.</summary>
        public long Place(double x, double inverse)
        {
            // A guess by multiplication, corrected against the edges k·w as computed (so identical to BinOf).
            var k = (long)(x * inverse);
            if ((k + 1) * BinWidth <= x || k * BinWidth > x) k = BinOf(x, BinWidth);
            if (LastEdge >= 0 && k >= LastEdge)
            {
                // NumPy: the last bin [edge(L−2), edge(L−1)] is closed; beyond the last edge nothing is counted.
                return k == LastEdge && x == LastEdge * BinWidth ? LastEdge - 1 : -1;
            }

            return k;
        }
    }

    /// <summary>The bin <c>k</c> with <c>k·w ≤ x &lt; (k+1)·w</c>, comparing against the edges as computed.</summary>
    public static long BinOf(double x, double binWidth)
    {
        var k = (long)(x / binWidth);
        while ((k + 1) * binWidth <= x) k++;
        while (k > 0 && k * binWidth > x) k--;
        return k;
    }
}
