using System.Buffers;
using System.Globalization;

namespace HrResponse.Quality.Internal;

/// <summary>
/// Flags that cannot be told from natural variability: an interval flagged by the detection (for a pair, the smaller of
/// its two deviations) whose deviation from the median of its unflagged neighbours is less than <see cref="StepMultiple"/> times their median beat-to-beat step. Where several such
/// flags lie within one threshold window, whether they are artifacts cannot be decided, and the indices of the
/// corrected series depend on that choice (issue 14: the irregular first 15 beats of a Polar H10 recording, steps of
/// 80–130 ms at 800–900 ms, had 3 such flags that flipped between runs and moved RMSSD by up to 35 %).
/// </summary>
internal static class AmbiguousFlags
{
    /// <summary>A flag is ambiguous when its deviation is below this multiple of the neighbourhood's median step.</summary>
    public const double StepMultiple = 2;

    /// <summary>Number of intervals on each side whose steps describe the neighbourhood.</summary>
    public const int NeighbourBeats = 4;

    /// <summary>Ambiguous flags within one threshold window from which the indices are called unreliable.</summary>
    public const int ClusterCount = 3;

    /// <summary>
    /// The input indices of a cluster of at least <see cref="ClusterCount"/> ambiguous flags within
    /// <paramref name="windowBeats"/> input intervals, or an empty array when there is none.
    /// </summary>
    /// <param name="rr">The input intervals in ms.</param>
    /// <param name="gapBefore">Gap marks of the input.</param>
    /// <param name="artifacts">The detected artifacts (input indices).</param>
    /// <param name="windowBeats">Window within which the flags must lie.</param>
    /// <param name="borderline">Input indices of single intervals the detector kept from a flag only by a margin on its
    /// thresholds (refinement 58: flagged at some thresholds, not at others); each counts as a one-interval flag unless an
    /// artifact starts there. Null for none.</param>
    public static int[] Cluster(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, IReadOnlyList<DetectedArtifact> artifacts, int windowBeats,
        IReadOnlyCollection<int>? borderline = null)
    {
        var n = rr.Length;
        var readings = Readings(artifacts, borderline, n);
        if (readings.Count < ClusterCount) return [];
        var rented = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            return Cluster(rr, gapBefore, readings, windowBeats, rented.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(rented);
        }
    }

    // The flagged stretches (first and last input interval; a pair's two, every other flag's one) and whether each is
    // tested for ambiguity (a dropout is flagged but not tested; a discontinuity is neither).
    private static List<(int First, int Last, bool Tested)> Readings(IReadOnlyList<DetectedArtifact> artifacts, IReadOnlyCollection<int>? borderline, int n)
    {
        var readings = new List<(int First, int Last, bool Tested)>(artifacts.Count + (borderline?.Count ?? 0));
        foreach (var a in artifacts)
        {
            if (a.Type is ArtifactType.Discontinuity || a.Index < 0 || a.Index >= n) continue;
            var last = a.Type is ArtifactType.Ectopic or ArtifactType.Extra ? Math.Min(a.Index + 1, n - 1) : a.Index;
            readings.Add((a.Index, last, a.Type != ArtifactType.Dropout));
        }

        if (borderline is null || borderline.Count == 0) return readings;
        var starts = new HashSet<int>();
        foreach (var a in artifacts) starts.Add(a.Index);
        foreach (var k in borderline)
            if (k >= 0 && k < n && !starts.Contains(k)) readings.Add((k, k, true));
        return readings;
    }

    private static int[] Cluster(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, List<(int First, int Last, bool Tested)> readings, int windowBeats, Span<bool> flagged)
    {
        var n = rr.Length;
        flagged.Clear();
        foreach (var (first, last, _) in readings) flagged[first..(last + 1)].Fill(true);

        var ambiguous = new List<int>();
        Span<double> steps = stackalloc double[(2 * NeighbourBeats) + 2];
        Span<double> levels = stackalloc double[(2 * NeighbourBeats) + 2];
        foreach (var (first, last, tested) in readings)
        {
            if (!tested) continue;
            int ns = 0, nl = 0;
            for (var k = Math.Max(0, first - NeighbourBeats); k <= Math.Min(n - 1, last + NeighbourBeats); k++)
            {
                if (flagged[k]) continue;
                levels[nl++] = rr[k];
                if (k > 0 && !flagged[k - 1] && !gapBefore[k]) steps[ns++] = Math.Abs(rr[k] - rr[k - 1]);
            }

            if (ns < 3 || nl < 3) continue;
            var step = HrResponse.Internal.MedianSelect.Median(steps[..ns]);
            var level = HrResponse.Internal.MedianSelect.Median(levels[..nl]);
            // A pair (ectopic, extra) moves both of its intervals; the smaller deviation says whether it stands out.
            var deviation = double.PositiveInfinity;
            for (var k = first; k <= last; k++) deviation = Math.Min(deviation, Math.Abs(rr[k] - level));
            if (deviation < StepMultiple * step) ambiguous.Add(first);
        }

        ambiguous.Sort();
        for (var i = 0; i + ClusterCount - 1 < ambiguous.Count; i++)
        {
            if (ambiguous[i + ClusterCount - 1] - ambiguous[i] >= windowBeats) continue;
            var end = i + ClusterCount - 1;
            while (end + 1 < ambiguous.Count && ambiguous[end + 1] - ambiguous[i] < windowBeats) end++;
            return ambiguous.GetRange(i, end - i + 1).ToArray();
        }

        return [];
    }

    /// <summary>The reason text for a cluster.</summary>
    public static string Reason(int[] cluster, int windowBeats) => string.Create(CultureInfo.InvariantCulture,
        $"{cluster.Length} flagged or borderline beats (flagged at some thresholds, not at others) within {windowBeats} beats (input indices {string.Join(", ", cluster)}) lie off their unflagged neighbours by less than {StepMultiple:0.#} times the natural beat-to-beat step there: whether they are artifacts cannot be decided, and RMSSD, SDNN, the spectra and DFA α1 depend on that choice");
}
