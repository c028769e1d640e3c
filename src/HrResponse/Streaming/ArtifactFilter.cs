namespace HrResponse.Streaming;

/// <summary>How the rolling analysis flags artifact beats as they arrive.</summary>
public enum ArtifactFilter
{
    /// <summary>No filtering: every beat is used.</summary>
    None,

    /// <summary>
    /// FatMaxxer's live filter: a beat is an artifact when its RR differs from the previous RR (as received) by more
    /// than <see cref="RollingHrvOptions.ArtifactThresholdPercent"/> of the previous RR, or lies outside
    /// [<see cref="RollingHrvOptions.MinRrMs"/>, <see cref="RollingHrvOptions.MaxRrMs"/>].
    /// </summary>
    SuccessiveDifference,
}
