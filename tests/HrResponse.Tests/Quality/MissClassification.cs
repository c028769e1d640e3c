using HrResponse.Quality;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Why an injected artifact was missed, or a false alarm raised, read from the truth: the physical reasons the
/// benchmark's rows name (docs/beat-quality.md, "Per row, the targets not met and why").
/// </summary>
internal static class MissClassification
{
    /// <summary>
    /// Why an injected premature beat was not found as one, from the truth: <see cref="MissReason.NotEarly"/> when
    /// the injected interval is at least 85 % of the interval before it (the beat cut a naturally long interval and is
    /// not early against the rhythm); <see cref="MissReason.PauseNotCompensating"/> when the clean interval after it
    /// is under 90 % of its local median (the pause then ends near the rhythm: the same intervals as a ×0.7 interval
    /// beside a naturally long one); otherwise <see cref="MissReason.Other"/>.
    /// </summary>
    public static MissReason ClassifyPrematureMiss(double[] clean, double[] series, int[] map, int index)
    {
        if (index >= 1 && series[index] >= 0.85 * series[index - 1]) return MissReason.NotEarly;
        var c = Array.IndexOf(map, index);
        if (c < 0 || c + 1 >= clean.Length) return MissReason.Other;
        var around = Enumerable.Range(Math.Max(0, c - 5), Math.Min(clean.Length, c + 7) - Math.Max(0, c - 5))
            .Where(k => k != c && k != c + 1).Select(k => clean[k]).Order().ToArray();
        var median = around[around.Length / 2];
        return clean[c + 1] < 0.9 * median ? MissReason.PauseNotCompensating : MissReason.Other;
    }

    /// <summary>
    /// Why an injected artifact was not found: for a premature beat first <see cref="ClassifyPrematureMiss"/>'s
    /// reasons; then <see cref="MissReason.BeyondLocalLimit"/> when it lies (within one interval) among the beats
    /// the quality report warns about as beyond the local detection limit (<see cref="BeyondLocalLimit"/>); otherwise
    /// <see cref="MissReason.Other"/>.
    /// </summary>
    public static MissReason ClassifyMiss(double[] clean, double[] series, int[] map, InjectedArtifact artifact, HashSet<int> beyondLimit)
    {
        var why = artifact.Kind switch
        {
            InjectedKind.Premature => ClassifyPrematureMiss(clean, series, map, artifact.Index),
            InjectedKind.Single => ClassifySingleMiss(clean, series, map, artifact.Index),
            _ => MissReason.Other,
        };
        return why == MissReason.Other && NearAny(beyondLimit, artifact.Index) ? MissReason.BeyondLocalLimit : why;
    }

    /// <summary>
    /// Why an injected ×1.35 or ×0.7 interval was not found, from the truth: <see cref="MissReason.WithinNeighbours"/>
    /// when its value lies within the range of the clean intervals two beats either side of the one it replaced
    /// (683 [1,037] 990 1,069 ms where the clean recording steps 683 768 990 1,069 ms: a step of the rhythm one beat
    /// early); <see cref="MissReason.ReadsAsPrematureBeat"/> when it is short and the clean interval after it is at
    /// least <see cref="NaturalPauseFraction"/> of the median of the clean intervals within 5 beats (the pair at
    /// c, c + 1 left out): 885 [677] 964 890 ms with a local median of 873 ms (`subject_19` single seed 1), a premature
    /// beat with a non-compensatory pause; otherwise <see cref="MissReason.Other"/>.
    /// </summary>
    public static MissReason ClassifySingleMiss(double[] clean, double[] series, int[] map, int index)
    {
        var c = Array.IndexOf(map, index);
        if (c < 2 || c + 2 >= clean.Length) return MissReason.Other;
        double[] around = [clean[c - 2], clean[c - 1], clean[c + 1], clean[c + 2]];
        if (series[index] >= around.Min() && series[index] <= around.Max()) return MissReason.WithinNeighbours;
        var local = Enumerable.Range(Math.Max(0, c - 5), Math.Min(clean.Length, c + 7) - Math.Max(0, c - 5))
            .Where(k => k != c && k != c + 1).Select(k => clean[k]).Order().ToArray();
        return series[index] < clean[c] && clean[c + 1] >= NaturalPauseFraction * local[local.Length / 2]
            ? MissReason.ReadsAsPrematureBeat
            : MissReason.Other;
    }

    /// <summary>A clean interval at least this multiple of its local median is a naturally long one (a pause to a premature beat's eye); the mirror of <see cref="MissReason.PauseNotCompensating"/>'s 90 %.</summary>
    public const double NaturalPauseFraction = 1.1;

    /// <summary>
    /// True when false alarm <paramref name="index"/> lies on the intervals of an injected artifact missed for a
    /// physical reason: a reading of that artifact that physics allows (a premature beat whose pause does not
    /// compensate read as short + long, a ×0.7 interval before a natural pause read as an ectopic pair), not a flag on
    /// a natural beat. The artifact's intervals: a premature beat's or an extra beat's two, a ×0.7 interval read as a
    /// premature beat with the pause after it, and otherwise its one interval.
    /// </summary>
    public static bool OnPhysicalMiss(int index, IEnumerable<(InjectedArtifact Artifact, MissReason Reason)> misses) =>
        misses.Any(m => m.Reason != MissReason.Other
            && (index == m.Artifact.Index
                || (index == m.Artifact.Index + 1
                    && (m.Artifact.Kind is InjectedKind.Premature or InjectedKind.Extra || m.Reason == MissReason.ReadsAsPrematureBeat))));

    /// <summary>
    /// The input indices of the beats the quality report says lie beyond the local detection limit
    /// (<see cref="QualityReport.DetectionLimitExceededBeats"/>: the beats of the
    /// <see cref="ProblemCode.DetectionLimitExceededLocally"/> warning, and since 2026-12-07 also those of a run whose
    /// report calls the whole recording unreliable, where that warning is not given); empty when there are none.
    /// </summary>
    public static HashSet<int> BeyondLocalLimit(QualityReport report) => [.. report.DetectionLimitExceededBeats];

    /// <summary>True when <paramref name="index"/> or an interval beside it is in <paramref name="beats"/>.</summary>
    public static bool NearAny(HashSet<int> beats, int index) => beats.Contains(index) || beats.Contains(index - 1) || beats.Contains(index + 1);
}
