namespace HrResponse.Quality.Internal;

/// <summary>Which input intervals an artifact of a type concerns.</summary>
internal static class ArtifactSpan
{
    /// <summary>True for an ectopic pair and an extra beat, which concern their interval and the next one.</summary>
    public static bool CoversNext(ArtifactType type) => type is ArtifactType.Ectopic or ArtifactType.Extra;
}
