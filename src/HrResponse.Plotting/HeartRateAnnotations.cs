using System.Globalization;
using HrResponse.Exercise;

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

    /// <summary>
    /// The annotations of an exercise test: the rest, exercise and recovery phases (those whose boundaries were found),
    /// the peak, the heart rate at each recovery offset (10, 30, 60, 120, 180, 300 s after exercise end, where
    /// recorded) and the mono-exponential recovery fit over the recovery phase (when a fit was made).
    /// </summary>
    /// <param name="report">Result of <see cref="ExerciseTestAnalysis.Compute"/>.</param>
    /// <returns>The annotations; what the report could not find is left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static HeartRateAnnotations FromReport(ExerciseTestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var p = report.Phases;
        var end = p.ExerciseEndSeconds;
        var points = new List<HeartRateMarker>();
        foreach (var point in report.Recovery.Points)
        {
            if (double.IsFinite(point.HeartRateBpm) && double.IsFinite(end))
                points.Add(new HeartRateMarker(end + point.OffsetSeconds, point.HeartRateBpm,
                    string.Create(CultureInfo.InvariantCulture, $"{point.OffsetSeconds:0} s")));
        }

        var fit = report.Recovery.TauFit;
        var recoveryEnd = double.IsFinite(p.RecoveryEndSeconds) ? p.RecoveryEndSeconds : end + report.Recovery.RecoveryDurationSeconds;
        return new HeartRateAnnotations
        {
            Phases =
            [
                new ChartPhase("Rest", p.RestStartSeconds, p.ExerciseStartSeconds),
                new ChartPhase("Exercise", p.ExerciseStartSeconds, p.ExerciseEndSeconds),
                new ChartPhase("Recovery", p.ExerciseEndSeconds, p.RecoveryEndSeconds),
            ],
            Peak = new HeartRateMarker(report.PeakTimeSeconds, report.PeakHeartRateBpm, "peak"),
            RecoveryPoints = points,
            RecoveryFit = fit.Reason is null
                ? new RecoveryCurve(end, recoveryEnd, fit.AsymptoteBpm, fit.AmplitudeBpm, fit.TauSeconds)
                : null,
        };
    }
}
