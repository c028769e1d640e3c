namespace HrResponse.Streaming;

/// <summary>
/// The rolling indices of one window, emitted by <see cref="RollingHrvAnalyzer"/> every step. A value type, so
/// emitting it allocates nothing.
/// </summary>
/// <remarks>
/// All indices use the beats not flagged as artifacts. HR is <c>60000 / mean RR</c> (NaN when no beat); SDNN is the
/// N−1 standard deviation (NaN when fewer than 2 beats); RMSSD uses successive differences of adjacent beats that
/// are both kept, divided by the number of such pairs (NaN when none); DFA α1 is NaN when fewer than twice the
/// largest box of beats are kept.
/// </remarks>
public readonly record struct RollingHrvSnapshot
{
    /// <summary>End of the window in seconds (the window is <c>(EndSeconds − window, EndSeconds]</c>).</summary>
    public double EndSeconds { get; init; }

    /// <summary>Beats in the window, artifacts included.</summary>
    public int BeatCount { get; init; }

    /// <summary>Beats in the window flagged as artifacts and left out.</summary>
    public int ArtifactCount { get; init; }

    /// <summary>Mean heart rate in bpm, <c>60000 / mean RR</c> of the kept beats.</summary>
    public double HeartRateBpm { get; init; }

    /// <summary>Root mean square of successive differences in ms.</summary>
    public double RmssdMs { get; init; }

    /// <summary>Standard deviation of the kept RR intervals in ms (N−1).</summary>
    public double SdnnMs { get; init; }

    /// <summary>Short-term DFA scaling exponent α1 of the kept (detrended) RR series.</summary>
    public double DfaAlpha1 { get; init; }

    /// <summary>Artifacts as a percentage of the beats in the window (0–100), NaN when the window is empty.</summary>
    public double ArtifactPercent { get; init; }
}
