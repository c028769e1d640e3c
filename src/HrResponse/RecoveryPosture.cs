namespace HrResponse;

/// <summary>What the subject did after exercise stopped; heart-rate-recovery cut-offs depend on it.</summary>
public enum RecoveryPosture
{
    /// <summary>Active cool-down (walking or unloaded pedalling), as in Cole et al. 1999.</summary>
    Active,

    /// <summary>Lying down with no cool-down, as in Watanabe et al. 2001 (left lateral decubitus, for stress echocardiography).</summary>
    Supine,

    /// <summary>Seated, passive.</summary>
    Seated,
}
