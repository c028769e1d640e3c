using HrResponse.Quality;
using HrResponse.Quality.Internal;

namespace HrResponse.Tests.Quality;

/// <summary>
/// The events of a recording among the flags the method raises on a benchmark's clean stretch: beats that are not
/// sinus beats of the rhythm, which the method is right to flag, so that the clean-flag target (fewer than 0.5 % of
/// beats flagged) is about the other flags (docs/beat-quality.md, Method and item 81).
/// </summary>
internal static class RecordingEvents
{
    /// <summary>
    /// True when a flag on a clean stretch is a displaced beat, an event of the recording rather than a sinus interval:
    /// an ectopic pair (i, i+1) whose total equals the two intervals around it, rr(i−1) + rr(i+2), or twice the median
    /// of the unflagged intervals within 5 beats of it (where a neighbour is itself part of another displaced beat:
    /// 344 [320 368] 324 368 ms), within 2 % or 8 ms (a beat out of its place, early or mis-timed, with the rhythm
    /// unchanged), displaced from the middle of that total by at least 4 times the median beat-to-beat step of the 20
    /// unflagged intervals around it (exercise tests at 180 bpm: 348 [328 364] 348 ms among steps of 0–4 ms). Such beats
    /// are real in the recording, so flagging them is right, and the fewer-than-0.5 %-flagged target cannot be met on a
    /// stretch that holds more of them.
    /// </summary>
    internal static bool IsDisplacedBeat(double[] rr, HashSet<int> flagged, DetectedArtifact a)
    {
        var i = a.Index;
        if (a.Type != ArtifactType.Ectopic || i < 1 || i + 2 >= rr.Length) return false;
        var total = rr[i] + rr[i + 1];
        var around = new[] { rr[i - 1] + rr[i + 2], 2 * MedianOfUnflagged(rr, flagged, i - 5, i + 6, i) }
            .Where(x => Math.Abs(total - x) <= Math.Max(8, 0.02 * x)).DefaultIfEmpty(double.NaN).First();
        if (double.IsNaN(around)) return false;
        var steps = new List<double>();
        for (var k = Math.Max(1, i - 10); k <= Math.Min(rr.Length - 1, i + 12); k++)
            if (!flagged.Contains(k) && !flagged.Contains(k - 1)) steps.Add(Math.Abs(rr[k] - rr[k - 1]));
        if (steps.Count < 5) return false;
        steps.Sort();
        return Math.Abs(rr[i] - (around / 2)) >= 4 * Math.Max(steps[steps.Count / 2], 1);
    }

    // Median of the intervals from..to (clipped) that are not flagged and not the pair at i; NaN when there are none.
    private static double MedianOfUnflagged(double[] rr, HashSet<int> flagged, int from, int to, int i)
    {
        var values = Enumerable.Range(Math.Max(0, from), Math.Min(rr.Length - 1, to) - Math.Max(0, from) + 1)
            .Where(k => k != i && k != i + 1 && !flagged.Contains(k)).Select(k => rr[k]).Order().ToArray();
        return values.Length == 0 ? double.NaN : values[values.Length / 2];
    }

    /// <summary>
    /// True when a flag on a clean stretch covers an interval reached or left by a step beyond Kamath and Fallen's limits
    /// for a sinus interval against the one before it (at most 32.5 % longer, at most 24.5 % shorter; Kamath MV, Fallen
    /// EL, in Malik M, Camm AJ, eds., Heart Rate Variability, Futura, 1995, pp. 75–85): the flagged interval is then not a
    /// sinus interval, an event of the recording (an ectopic or a mis-detected beat of the device) that the clean
    /// stretch's definition (within 30 % of the 11-beat median) let through, and flagging it is right
    /// (`rr-George_Ron`: 702 [964] 776 ms, +37 % in one beat; 581 [930 751] 928 ms, +60 %).
    /// </summary>
    internal static bool IsBeyondSinusLimits(double[] rr, DetectedArtifact a)
    {
        var last = Math.Min(rr.Length - 1, a.Type is ArtifactType.Ectopic or ArtifactType.Extra ? a.Index + 1 : a.Index);
        for (var k = Math.Max(1, a.Index); k <= Math.Min(rr.Length - 1, last + 1); k++)
        {
            var ratio = rr[k] / rr[k - 1];
            if (ratio > 1 + KamathLimits.LongerMaxFraction || ratio < 1 - KamathLimits.ShorterMaxFraction) return true;
        }

        return false;
    }

    /// <summary>How many of the flags are events of the recording (<see cref="IsDisplacedBeat"/>, <see cref="IsBeyondSinusLimits"/>).</summary>
    internal static int Count(double[] rr, IReadOnlyList<DetectedArtifact> flags)
    {
        var flagged = FlaggedIntervals(flags);
        return flags.Count(a => IsDisplacedBeat(rr, flagged, a) || IsBeyondSinusLimits(rr, a));
    }

    /// <summary>The intervals the flags cover: an ectopic pair's and an extra beat's two, every other flag's one.</summary>
    internal static HashSet<int> FlaggedIntervals(IEnumerable<DetectedArtifact> flags) =>
        flags.SelectMany(f => f.Type is ArtifactType.Ectopic or ArtifactType.Extra ? new[] { f.Index, f.Index + 1 } : new[] { f.Index }).ToHashSet();
}
