namespace HrResponse.Reporting.Definitions;

/// <summary>Definitions of the frequency-domain HRV indices (<c>FrequencyDomainAnalysis.Compute</c>).</summary>
internal static class FrequencyDomainDefinitions
{
    private const string PowerRule =
        "Default: integral of the PSD (ms²/Hz) over the band with interpolated edges, counted from the lowest resolved frequency (1/segment for Welch, 1/record for Lomb and Burg); neurokit2 preset: trapezoid over the spectral points with low ≤ f < high above 4/duration, PSD divided by its maximum unless normalize=False. NaN when the band lies below the resolved range or holds too few points.";

    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new("HRV_ULF", "ms²", "Ultra-low-frequency power, band [0, 0.0033) Hz. " + PowerRule + " Needs 24-h recordings.", "Task Force 1996"),
        new("HRV_VLF", "ms²", "Very-low-frequency power, band [0.0033, 0.04) Hz. " + PowerRule, "Task Force 1996"),
        new("HRV_LF", "ms²", "Low-frequency power, band [0.04, 0.15) Hz. " + PowerRule, "Task Force 1996"),
        new("HRV_HF", "ms²", "High-frequency power, band [0.15, 0.4) Hz. " + PowerRule, "Task Force 1996"),
        new("HRV_VHF", "ms²", "Very-high-frequency power, band [0.4, 0.5) Hz. " + PowerRule, "NeuroKit2"),
        new("HRV_TP", "ms²", "Total power: sum of the band powers that are not NaN (ULF + VLF + LF + HF + VHF, as NeuroKit2). NaN when all are NaN.", "Task Force 1996; NeuroKit2"),
        new("HRV_LFHF", "", "LF / HF. NaN when either is NaN or HF is 0.", "Task Force 1996"),
        new("HRV_LFn", "n.u.", "Default: 100 · LF / (LF + HF), normalized units 0–100 (Task Force); neurokit2 preset: LF / TP, a fraction 0–1.", "Task Force 1996; NeuroKit2"),
        new("HRV_HFn", "n.u.", "Default: 100 · HF / (LF + HF), normalized units 0–100 (Task Force); neurokit2 preset: HF / TP, a fraction 0–1.", "Task Force 1996; NeuroKit2"),
        new("HRV_LnHF", "ln(ms²)", "Natural logarithm of HF power. NaN when HF is NaN or not positive.", "NeuroKit2"),
        new("HRV_LnLF", "ln(ms²)", "Natural logarithm of LF power. NaN when LF is NaN or not positive.", "Kubios"),
        new("HRV_LnVLF", "ln(ms²)", "Natural logarithm of VLF power. NaN when VLF is NaN or not positive.", "Kubios"),
        new("HRV_ULFPercent", "%", "100 · ULF / TP.", "Kubios"),
        new("HRV_VLFPercent", "%", "100 · VLF / TP.", "Kubios"),
        new("HRV_LFPercent", "%", "100 · LF / TP.", "Kubios"),
        new("HRV_HFPercent", "%", "100 · HF / TP.", "Kubios"),
        new("HRV_VHFPercent", "%", "100 · VHF / TP.", "Kubios"),
        new("HRV_VLFPeak", "Hz", "Frequency of the largest PSD value among the spectral points counted in VLF power.", "Kubios"),
        new("HRV_LFPeak", "Hz", "Frequency of the largest PSD value among the spectral points counted in LF power.", "Kubios"),
        new("HRV_HFPeak", "Hz", "Frequency of the largest PSD value among the spectral points counted in HF power.", "Kubios"),
    ];
}
