namespace HrResponse.Hrv;

/// <summary>How detrended fluctuation analysis lays its boxes over the integrated series.</summary>
public enum DfaWindowing
{
    /// <summary>Boxes of n beats side by side from the first beat; the last N mod n beats are not used (Peng et al. 1995).</summary>
    NonOverlapping,

    /// <summary>
    /// Boxes start every ⌊n/2⌋ beats while the start is before N − n, so the last possible box is not used
    /// (NeuroKit2's <c>overlap=True</c>, reproduced exactly).
    /// </summary>
    HalfOverlapping,
}
