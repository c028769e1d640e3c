namespace HrResponse.Hrv;

/// <summary>Definition of the normalised powers <c>HRV_LFn</c> and <c>HRV_HFn</c>.</summary>
public enum NormalizedUnitsRule
{
    /// <summary>Task Force (1996): <c>LFn = 100 · LF / (LF + HF)</c>, <c>HFn = 100 · HF / (LF + HF)</c>, in n.u. (0–100).</summary>
    LfPlusHf,

    /// <summary>NeuroKit2: <c>LFn = LF / TP</c>, <c>HFn = HF / TP</c>, fractions (0–1) of total power.</summary>
    FractionOfTotalPower,
}
