namespace HrResponse.Quality.Internal;

/// <summary>An artifact found by a detector: index in the current working series and its type.</summary>
internal readonly record struct RunEvent(int Index, ArtifactType Type);
