namespace HrResponse.Exercise;

/// <summary>
/// How many of the recording's intervals were not used unchanged in an exercise test (excluded by screening, or removed
/// or replaced by artifact correction), overall and by phase.
/// </summary>
public sealed record BeatQualitySummary
{
    /// <summary>Screening method used.</summary>
    public required BeatScreeningMethod Method { get; init; }

    /// <summary>Number of RR intervals in the recording.</summary>
    public required int IntervalCount { get; init; }

    /// <summary>Number of intervals not used unchanged (excluded, removed or interpolated).</summary>
    public required int ExcludedCount { get; init; }

    /// <summary>Excluded or changed intervals as percent of all intervals: <c>100·excluded/total</c>; NaN with no intervals. Index <c>QUALITY_ExcludedPercent</c>.</summary>
    public double ArtifactPercent => IntervalCount == 0 ? double.NaN : 100.0 * ExcludedCount / IntervalCount;

    /// <summary>Number of excluded intervals before exercise start.</summary>
    public required int RestExcludedCount { get; init; }

    /// <summary>Number of excluded intervals during exercise.</summary>
    public required int ExerciseExcludedCount { get; init; }

    /// <summary>Number of excluded intervals after exercise end.</summary>
    public required int RecoveryExcludedCount { get; init; }
}
