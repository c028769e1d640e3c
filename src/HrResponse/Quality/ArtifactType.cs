using System.Diagnostics.CodeAnalysis;

namespace HrResponse.Quality;

/// <summary>The kind of a detected artifact.</summary>
public enum ArtifactType
{
    /// <summary>
    /// A beat out of its place (premature or late, typically ectopic): the interval ending at it and the next one
    /// deviate in opposite directions. Both intervals are corrected; it counts as one artifact.
    /// </summary>
    Ectopic,

    /// <summary>An interval that is too long, not explained by a missed beat.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Long/short interval is the published artifact class name.")]
    Long,

    /// <summary>An interval that is too short, not explained by an extra beat.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Long/short interval is the published artifact class name.")]
    Short,

    /// <summary>A beat the detector missed: one interval about twice the local median, split in two by correction.</summary>
    Missed,

    /// <summary>A false beat inside a real interval: two short intervals that add up to about the local median; the false beat is removed.</summary>
    Extra,

    /// <summary>An interval outside the absolute range (<see cref="ArtifactDetectionMethod.AbsoluteRange"/>).</summary>
    OutOfRange,

    /// <summary>
    /// An interval so long that it spans several lost beats (longer than
    /// <see cref="ArtifactCorrectionOptions.DropoutMedianMultiple"/> times the local median), e.g. a chest strap losing
    /// contact. Never interpolated: it is removed and replaced by a gap.
    /// </summary>
    Dropout,

    /// <summary>
    /// The input's beat times jump by more than the interval plus <see cref="ArtifactCorrectionOptions.TimeJumpTolerance"/>
    /// (beats or intervals missing from the input). The interval is kept and a gap is marked before it.
    /// </summary>
    Discontinuity,
}
