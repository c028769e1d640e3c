namespace HrResponse.Quality;

/// <summary>One artifact found while cleaning.</summary>
public readonly record struct DetectedArtifact
{
    /// <summary>Creates a record.</summary>
    /// <param name="index">Index of the input interval (see <see cref="Index"/>).</param>
    /// <param name="type">The kind of artifact.</param>
    /// <param name="timeSeconds">Time of the beat ending that interval, in seconds.</param>
    public DetectedArtifact(int index, ArtifactType type, double timeSeconds)
    {
        Index = index;
        Type = type;
        TimeSeconds = timeSeconds;
    }

    /// <summary>
    /// Index in the input series of the interval the artifact is attached to: for <see cref="ArtifactType.Ectopic"/>
    /// the interval ending at the misplaced beat (the next interval is corrected too); for
    /// <see cref="ArtifactType.Extra"/> the interval ending at the false beat; for
    /// <see cref="ArtifactType.Discontinuity"/> the first interval after the jump. Artifacts found in a later pass on
    /// an inserted beat carry the index of the interval that beat was split from.
    /// </summary>
    public int Index { get; }

    /// <summary>The kind of artifact.</summary>
    public ArtifactType Type { get; }

    /// <summary>Time in seconds of the beat ending the interval at <see cref="Index"/> (as recorded in the input).</summary>
    public double TimeSeconds { get; }

    /// <summary>
    /// True when an analyst marked this interval (<see cref="ArtifactCorrectionOptions.Edits"/>,
    /// <see cref="BeatEdits.Marks"/>); false when the detector found it.
    /// </summary>
    public bool Manual { get; init; }
}
