namespace HrResponse.Quality;

/// <summary>
/// One interval an analyst marks as an artifact of a given type (<see cref="BeatEdits.Marks"/>): it is corrected as that
/// type whether or not the detector finds it.
/// </summary>
/// <param name="Index">Input interval index (0-based, as <see cref="BeatRecord.InputIndex"/> and <see cref="DetectedArtifact.Index"/>);
/// for <see cref="ArtifactType.Ectopic"/> and <see cref="ArtifactType.Extra"/> the first of the two intervals concerned.</param>
/// <param name="Type">The artifact type: <see cref="ArtifactType.Ectopic"/>, <see cref="ArtifactType.Missed"/>,
/// <see cref="ArtifactType.Extra"/>, <see cref="ArtifactType.Long"/> or <see cref="ArtifactType.Short"/>; corrected as
/// <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/> corrects a detected one.</param>
public readonly record struct MarkedArtifact(int Index, ArtifactType Type);
