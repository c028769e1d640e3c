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
    public static int[] Cluster(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, IReadOnlyList<DetectedArtifact> artifacts, int windowBeats)
    {
        var n = rr.Length;
        if (n == 0 || artifacts.Count < ClusterCount) return [];
        var rented = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            return Cluster(rr, gapBefore, artifacts, windowBeats, rented.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(rented);
        }
    }

    private static int[] Cluster(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, IReadOnlyList<DetectedArtifact> artifacts, int windowBeats, Span<bool> flagged)
    {
        var n = rr.Length;
        flagged.Clear();
        foreach (var a in artifacts)
        {
            if (a.Type is ArtifactType.Discontinuity || a.Index < 0 || a.Index >= n) continue;
            flagged[a.Index] = true;
            if (a.Type is ArtifactType.Ectopic or ArtifactType.Extra && a.Index + 1 < n) flagged[a.Index + 1] = true;
        }

        var ambiguous = new List<int>();
        Span<double> steps = stackalloc double[(2 * NeighbourBeats) + 2];
        Span<double> levels = stackalloc double[(2 * NeighbourBeats) + 2];
        foreach (var a in artifacts)
        {
            if (a.Type is ArtifactType.Discontinuity or ArtifactType.Dropout || a.Index < 0 || a.Index >= n) continue;
            var last = a.Type is ArtifactType.Ectopic or ArtifactType.Extra ? Math.Min(a.Index + 1, n - 1) : a.Index;
            int ns = 0, nl = 0;
            for (var k = Math.Max(0, a.Index - NeighbourBeats); k <= Math.Min(n - 1, last + NeighbourBeats); k++)
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
            for (var k = a.Index; k <= last; k++) deviation = Math.Min(deviation, Math.Abs(rr[k] - level));
            if (deviation < StepMultiple * step) ambiguous.Add(a.Index);
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
