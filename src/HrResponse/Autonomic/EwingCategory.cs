namespace HrResponse.Autonomic;

/// <summary>
/// Ewing's classification of cardiovascular autonomic involvement from the three heart-rate tests (Valsalva ratio,
/// 30:15 ratio, deep-breathing difference; <see cref="AutonomicCitations.EwingClassification"/>). The blood-pressure
/// tests of the full battery (response to standing and to sustained handgrip) are needed for "severe" and "atypical".
/// </summary>
public enum EwingCategory
{
    /// <summary>Not enough heart-rate tests rated to classify.</summary>
    NotAssessed = 0,

    /// <summary>All heart-rate tests normal, or one borderline.</summary>
    Normal = 1,

    /// <summary>Early involvement: one heart-rate test abnormal, or two borderline.</summary>
    Early = 2,

    /// <summary>Definite involvement: two or more heart-rate tests abnormal.</summary>
    Definite = 3,

    /// <summary>Another combination (e.g. three borderline) that Ewing's scheme calls atypical.</summary>
    Atypical = 4,
}
