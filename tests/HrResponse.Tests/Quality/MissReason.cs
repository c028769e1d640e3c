namespace HrResponse.Tests.Quality;

/// <summary>Why an injected artifact was not found (<see cref="MissClassification.ClassifyMiss"/>).</summary>
internal enum MissReason
{
    /// <summary>A premature beat whose interval is at least 85 % of the one before it: not early against the rhythm.</summary>
    NotEarly,

    /// <summary>A premature beat whose clean interval after it is under 90 % of its local median: the pause ends near the rhythm.</summary>
    PauseNotCompensating,

    /// <summary>
    /// It lies among the beats the quality report warns about as beyond the local detection limit
    /// (ProblemCode.DetectionLimitExceededLocally): natural beat-to-beat steps there are as large as the artifact.
    /// </summary>
    BeyondLocalLimit,

    /// <summary>
    /// A ×1.35 or ×0.7 interval whose value lies within the range of the clean intervals two beats either side of it:
    /// against its own neighbourhood it is not an outlier (a step of the rhythm one beat early or late), and no detector
    /// that judges an interval by its neighbours can tell it from the rhythm.
    /// </summary>
    WithinNeighbours,

    /// <summary>
    /// A ×0.7 interval followed by a naturally long one (the clean interval after it at least 10 % over its local
    /// median): the two read as a premature beat with a non-compensatory pause, the pattern an atrial premature beat
    /// makes (it resets the sinus node), and no detector can tell which it is.
    /// </summary>
    ReadsAsPrematureBeat,

    /// <summary>None of these: the detector's own miss.</summary>
    Other,
}
