namespace HrResponse.Hrv;

/// <summary>Which successive differences SDSD takes the standard deviation of.</summary>
public enum SuccessiveDifferenceForm
{
    /// <summary>
    /// The signed differences <c>d_i = RR_(i+1) − RR_i</c> (the default; Task Force 1996, NeuroKit2, hrv-analysis,
    /// systole, Kubios). With no trend their mean is near 0, so SDSD is close to RMSSD.
    /// </summary>
    WithSign = 0,

    /// <summary>
    /// The absolute differences <c>|RR_(i+1) − RR_i|</c>, as pyHRV 0.4's <c>sdsd</c> (<c>tools.nni_diff</c> returns
    /// <c>abs(diff)</c>): the spread of the size of the changes, always well below RMSSD.
    /// </summary>
    Absolute = 1,
}
