namespace HrResponse.Tests.Quality;

/// <summary>Why an injected premature beat was not found as one (<see cref="BeatQualityBenchmark.ClassifyPrematureMiss"/>).</summary>
internal enum PrematureMiss
{
    /// <summary>The injected interval is at least 85 % of the one before it: not early against the rhythm.</summary>
    NotEarly,

    /// <summary>The clean interval after it is under 90 % of its local median: the pause ends near the rhythm.</summary>
    PauseNotCompensating,

    /// <summary>Neither: the detector's own miss.</summary>
    Other,
}
