using HrResponse.Quality;

namespace HrResponse.Tests.Quality;

/// <summary>
/// A run's detection score for the sensitivity and PPV targets, which hold for premature, missed and extra beats
/// (not for ×1.35/×0.7 intervals): for a run of one of those kinds its whole score, for a mixed run the score of its
/// premature, missed and extra beats alone — those injected artifacts, and the detections typed ectopic, missed or extra
/// (a false alarm of such a type counts against PPV whatever was injected beside it; a false long or short flag is a
/// single-interval detection, which has no target). Null for single-interval runs.
/// </summary>
/// <param name="Injected">Artifacts of the target kinds injected.</param>
/// <param name="Found">Of them, found with their type within one interval.</param>
/// <param name="Detections">Detections of the target types, less those on the clean recording's own flags.</param>
/// <param name="TrueDetections">Of them, those that found an injected artifact.</param>
/// <param name="MissesPhysical">Missed target artifacts with a physical reason (<see cref="MissReason"/> other than Other).</param>
/// <param name="FalseAlarmsPhysical">False alarms beyond the local detection limit or on the intervals of an artifact (of
/// any kind) missed for a physical reason.</param>
internal sealed record TargetScore(int Injected, int Found, int Detections, int TrueDetections, int MissesPhysical, int FalseAlarmsPhysical)
{
    public double Sensitivity => Injected == 0 ? 100 : 100.0 * Found / Injected;

    public double Ppv => Detections == 0 ? 100 : 100.0 * TrueDetections / Detections;

    public bool MissesAllPhysical => Injected - Found == MissesPhysical;

    public bool FalseAlarmsAllPhysical => Detections - TrueDetections == FalseAlarmsPhysical;

    /// <summary>A mixed run's score: <paramref name="truth"/>'s premature, missed and extra beats against the detections of those types.</summary>
    /// <param name="clean">The clean recording, ms.</param>
    /// <param name="series">The injected series, ms.</param>
    /// <param name="map">Clean index → injected index.</param>
    /// <param name="truth">Every injected artifact of the run.</param>
    /// <param name="found">The run's detections.</param>
    /// <param name="natural">Injected-series indices of the clean recording's own flags.</param>
    /// <param name="beyondLimit">Beats where the run's report says the local detection limit is exceeded.</param>
    /// <param name="missed">Every injected artifact the run missed, with its reason.</param>
    public static TargetScore OfMixed(double[] clean, double[] series, int[] map, List<InjectedArtifact> truth, IReadOnlyList<DetectedArtifact> found,
        HashSet<int> natural, HashSet<int> beyondLimit, List<(InjectedArtifact Artifact, MissReason Reason)> missed)
    {
        var targets = truth.Where(t => t.Kind != InjectedKind.Single).ToList();
        var typed = found.Where(a => a.Type is ArtifactType.Ectopic or ArtifactType.Missed or ArtifactType.Extra).ToList();
        var (hits, detections, trueDetections) = BeatQualityBenchmark.Score(targets, typed, natural, out var matched, out var falseAlarms);
        var missesPhysical = targets.Where((t, k) => !matched[k])
            .Count(t => MissClassification.ClassifyMiss(clean, series, map, t, beyondLimit) != MissReason.Other);
        var falsePhysical = falseAlarms.Count(i => MissClassification.NearAny(beyondLimit, i) || MissClassification.OnPhysicalMiss(i, missed));
        return new TargetScore(targets.Count, hits, detections, trueDetections, missesPhysical, falsePhysical);
    }
}
