namespace HrResponse.Hrv;

/// <summary>Which band powers make up the total power <c>HRV_TP</c> (and so the relative powers in percent).</summary>
public enum TotalPowerRule
{
    /// <summary>
    /// The sum of every band power that is not NaN: ULF + VLF + LF + HF + VHF (the default; NeuroKit2's
    /// <c>HRV_TP</c>). On short recordings ULF is NaN and drops out.
    /// </summary>
    AllBands = 0,

    /// <summary>
    /// VLF + LF + HF only (Task Force 1996 "total power" of short-term recordings; hrv-analysis, pyHRV, systole and
    /// Kubios): VHF and ULF are reported but not added. NaN when any of the three is NaN.
    /// </summary>
    VlfLfHf = 1,
}
