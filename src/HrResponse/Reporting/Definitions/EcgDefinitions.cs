namespace HrResponse.Reporting.Definitions;

/// <summary>Definitions of the R-peak detection summary indices (<c>Ecg.RPeakResult</c>).</summary>
internal static class EcgDefinitions
{
    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new("ECG_R_Peaks_N", "", "Number of R peaks detected in the ECG.", "Pan & Tompkins 1985; Makowski et al. 2021 (NeuroKit2)"),
        new("ECG_Rate_Median", "bpm", "60 / median of the intervals between successive R peaks (s). NaN when fewer than 2 peaks.", ""),
        new("ECG_Quality_Median", "", "Median over beats of the Pearson correlation of each beat (raw ECG ±100 ms around the R peak, least-squares line removed) with the sample-wise median beat; near 1 for clean ECG, below 0.5 flags noise. NaN when fewer than 3 peaks.", "template-matching signal quality, cf. Orphanidou et al. 2015"),
    ];
}
