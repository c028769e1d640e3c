namespace HrResponse.Plotting;

/// <summary>What <see cref="HeartRateChart"/> draws over the heart-rate curve: phases, peak, recovery points and the recovery fit.</summary>
public sealed record HeartRateAnnotations
{
    /// <summary>No annotations.</summary>
    public static HeartRateAnnotations None { get; } = new();

    /// <summary>Shaded phases (e.g. rest, exercise, recovery), in time order.</summary>
    public IReadOnlyList<ChartPhase> Phases { get; init; } = [];

    /// <summary>Peak heart rate, drawn as a triangle; <c>null</c> for none.</summary>
    public HeartRateMarker? Peak { get; init; }

    /// <summary>Heart rate at fixed recovery times (e.g. 10, 30, 60, 120 s after exercise end), drawn as dots.</summary>
    public IReadOnlyList<HeartRateMarker> RecoveryPoints { get; init; } = [];

    /// <summary>The fitted recovery curve, drawn dashed; <c>null</c> for none.</summary>
    public RecoveryCurve? RecoveryFit { get; init; }
}
