namespace HrResponse.Exercise;

/// <summary>How many beats were excluded before an exercise test was analysed, and how.</summary>
public sealed record BeatQualitySummary
{
    /// <summary>Screening method used.</summary>
    public required BeatScreeningMethod Method { get; init; }

    /// <summary>Number of RR intervals in the recording.</summary>
    public required int IntervalCount { get; init; }

    /// <summary>Number of intervals excluded.</summary>
    public required int ExcludedCount { get; init; }

    /// <summary>Excluded intervals as percent of all intervals: <c>100·excluded/total</c>; NaN with no intervals.</summary>
    public double ArtifactPercent => IntervalCount == 0 ? double.NaN : 100.0 * ExcludedCount / IntervalCount;

    /// <summary>Number of excluded intervals before exercise start.</summary>
    public required int ExcludedDuringRest { get; init; }

    /// <summary>Number of excluded intervals during exercise.</summary>
    public required int ExcludedDuringExercise { get; init; }

    /// <summary>Number of excluded intervals after exercise end.</summary>
    public required int ExcludedDuringRecovery { get; init; }
}
