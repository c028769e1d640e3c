namespace HrResponse.Autonomic;

/// <summary>How one autonomic reflex test result compares with its cited normal limits.</summary>
public enum AutonomicRating
{
    /// <summary>Not rated: the index is NaN, or no cited limit applies (e.g. age unknown where the limit needs it).</summary>
    NotRated = 0,

    /// <summary>Within normal limits.</summary>
    Normal = 1,

    /// <summary>Between the normal and the abnormal limit (Ewing's borderline band).</summary>
    Borderline = 2,

    /// <summary>Beyond the abnormal limit.</summary>
    Abnormal = 3,
}
