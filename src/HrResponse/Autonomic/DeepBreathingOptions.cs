namespace HrResponse.Autonomic;

/// <summary>
/// Settings of <see cref="DeepBreathingAnalysis"/>. Breathing cycles come from <see cref="CycleStartTimesSeconds"/>,
/// else from markers whose labels start with one of <see cref="BreathMarkerLabels"/> (each marks the start of a
/// cycle), else they are detected from the respiratory oscillation of the RR intervals.
/// </summary>
public sealed record DeepBreathingOptions
{
    /// <summary>The defaults.</summary>
    public static DeepBreathingOptions Default { get; } = new();

    /// <summary>Start of the test in seconds, or <c>null</c> for the start of the recording.</summary>
    public double? TestStartSeconds { get; init; }

    /// <summary>End of the test in seconds, or <c>null</c> for the end of the recording.</summary>
    public double? TestEndSeconds { get; init; }

    /// <summary>Cycle boundaries in seconds (n + 1 times for n cycles), increasing, or <c>null</c>.</summary>
    public IReadOnlyList<double>? CycleStartTimesSeconds { get; init; }

    /// <summary>Marker labels (prefixes, case-insensitive) each of which starts a breathing cycle. Default <c>breath</c>, <c>insp</c>, <c>cycle</c>.</summary>
    public IReadOnlyList<string> BreathMarkerLabels { get; init; } = ["breath", "insp", "cycle"];

    /// <summary>Paced breathing rate in Hz, used to detect cycles. Default 0.1 Hz (6 breaths/min).</summary>
    public double BreathingRateHz { get; init; } = 0.1;

    /// <summary>Fewest cycles for a result; fewer give NaN indices. Default 3 (Ewing averaged three successive cycles).</summary>
    public int MinimumCycleCount { get; init; } = 3;
}
