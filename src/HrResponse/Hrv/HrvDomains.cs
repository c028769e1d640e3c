namespace HrResponse.Hrv;

/// <summary>Which groups of HRV indices <see cref="HrvAnalysis.Compute(RrIntervals, HrvOptions?)"/> computes.</summary>
[Flags]
public enum HrvDomains
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Time-domain indices (<see cref="TimeDomainAnalysis.Compute(RrIntervals, TimeDomainOptions?)"/>).</summary>
    Time = 1,

    /// <summary>Frequency-domain indices (<see cref="FrequencyDomainAnalysis.Compute(RrIntervals, FrequencyDomainOptions?)"/>).</summary>
    Frequency = 2,

    /// <summary>Nonlinear and autonomic-balance indices (<see cref="NonlinearAnalysis.Compute(RrIntervals, NonlinearOptions?)"/>).</summary>
    Nonlinear = 4,

    /// <summary>Every group (the default).</summary>
    All = Time | Frequency | Nonlinear,
}
