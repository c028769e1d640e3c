namespace HrResponse.Quality;

/// <summary>
/// An input interval whose artifact decision depends on the detection thresholds within a small margin
/// (<see cref="ArtifactCorrection.ReviewBorderline(RrIntervals, ArtifactCorrectionOptions?, double)"/>): a beat to
/// review, and to keep or mark (<see cref="BeatEdits"/>) when the analyst decides otherwise.
/// </summary>
/// <param name="Index">Input interval index (0-based, as <see cref="BeatRecord.InputIndex"/>).</param>
/// <param name="Flagged">True when the given options flag it (it is no longer flagged with the thresholds raised by
/// the margin); false when they do not (it is flagged with the thresholds lowered by the margin).</param>
/// <param name="Type">The artifact type it is flagged as: with the given options when <paramref name="Flagged"/>, else
/// with the lowered thresholds. For an ectopic pair or an extra beat, the type of the flag attached to its first
/// interval also marks the second.</param>
public sealed record BorderlineBeat(int Index, bool Flagged, ArtifactType Type);
