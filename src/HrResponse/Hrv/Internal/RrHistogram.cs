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
        histogram = default;
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

        var counts = new int[last - first + 1];
        var inverse = 1 / binWidth;
        for (var i = 0; i < rr.Length; i++)
        {
            var x = rr[i];
            // A guess by multiplication, corrected against the edges k·w as computed (so identical to BinOf).
            var k = (long)(x * inverse);
            if ((k + 1) * binWidth <= x || k * binWidth > x) k = BinOf(x, binWidth);
            if (lastEdge >= 0 && k >= lastEdge)
            {
                // NumPy: the last bin [edge(L−2), edge(L−1)] is closed; beyond the last edge nothing is counted.
                if (k == lastEdge && x == lastEdge * binWidth) k = lastEdge - 1;
                else continue;
            }

            counts[k - first]++;
        }

        histogram = new RrHistogram(counts, first, binWidth);
        return true;
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
