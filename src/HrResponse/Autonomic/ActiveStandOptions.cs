namespace HrResponse.Autonomic;

/// <summary>
/// Settings of <see cref="ActiveStandAnalysis"/>. The stand-up time is <see cref="StandSeconds"/>, else the first marker
/// whose label starts with one of <see cref="StandMarkerLabels"/>, else detected from the heart-rate rise.
/// </summary>
public sealed record ActiveStandOptions
{
    /// <summary>The defaults.</summary>
    public static ActiveStandOptions Default { get; } = new();

    /// <summary>Stand-up time in seconds on the recording's axis, or <c>null</c>.</summary>
    public double? StandSeconds { get; init; }

    /// <summary>Marker labels (prefixes, case-insensitive) that mark the stand-up. Default <c>stand</c>, <c>est_stand</c>, <c>orthostatic</c>, <c>active_stand</c>.</summary>
    public IReadOnlyList<string> StandMarkerLabels { get; init; } = ["stand", "est_stand", "orthostatic", "active_stand"];

    /// <summary>Baseline (supine or seated) before the stand-up for heart rate. Default 60 s.</summary>
    public TimeSpan BaselineDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Longest stretch of HRV before the stand-up (it ends 10 s before) and while standing (it starts 60 s after the
    /// stand-up, after the initial response). Default 5 min; at least 60 s must be recorded on each side.
    /// </summary>
    public TimeSpan HrvWindow { get; init; } = TimeSpan.FromMinutes(5);
}
