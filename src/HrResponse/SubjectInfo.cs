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

    /// <summary>
    /// This subject's known fields, and <paramref name="fallback"/>'s where this one's are <c>null</c>: e.g. what an
    /// analyst's table gives on top of what the recording itself says.
    /// </summary>
    /// <param name="fallback">What to keep where this subject is unknown.</param>
    /// <returns>The merged subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fallback"/> is null.</exception>
    public SubjectInfo OrElse(SubjectInfo fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new SubjectInfo
        {
            AgeYears = AgeYears ?? fallback.AgeYears,
            Sex = Sex ?? fallback.Sex,
            TakesBetaBlockers = TakesBetaBlockers ?? fallback.TakesBetaBlockers,
            RecoveryPosture = RecoveryPosture ?? fallback.RecoveryPosture,
        };
    }
}
