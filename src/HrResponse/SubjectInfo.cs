using HrResponse.Internal;

namespace HrResponse;

/// <summary>What is known about the person recorded. Every field is optional; <c>null</c> means not known.</summary>
public sealed record SubjectInfo
{
    private readonly double? _ageYears;

    /// <summary>Nobody in particular: all fields unknown.</summary>
    public static SubjectInfo Unknown { get; } = new();

    /// <summary>Age in years, in [0, 130], or <c>null</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, when outside [0, 130] or not finite.</exception>
    public double? AgeYears
    {
        get => _ageYears;
        init
        {
            if (value is { } age) Guard.InRange(age, 0, 130, nameof(AgeYears));
            _ageYears = value;
        }
    }

    /// <summary>Sex, or <c>null</c>.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Whether the subject takes beta-blockers (changes chronotropic cut-offs), or <c>null</c>.</summary>
    public bool? TakesBetaBlockers { get; init; }

    /// <summary>Posture during recovery, or <c>null</c>.</summary>
    public RecoveryPosture? RecoveryPosture { get; init; }
}
