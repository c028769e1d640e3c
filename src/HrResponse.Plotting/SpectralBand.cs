namespace HrResponse.Plotting;

/// <summary>A frequency band shaded under a power spectrum, e.g. LF [0.04, 0.15) Hz.</summary>
/// <param name="Name">Short name shown in the legend, e.g. "LF".</param>
/// <param name="LowHz">Lower edge, Hz.</param>
/// <param name="HighHz">Upper edge, Hz; a band with a non-finite edge or with high ≤ low is not drawn.</param>
/// <param name="PowerMs2">Band power to show in the legend, ms²; NaN shows none.</param>
public sealed record SpectralBand(string Name, double LowHz, double HighHz, double PowerMs2 = double.NaN)
{
    /// <summary>The Task Force (1996) short-term bands VLF [0.0033, 0.04), LF [0.04, 0.15) and HF [0.15, 0.4) Hz.</summary>
    public static IReadOnlyList<SpectralBand> TaskForce1996 { get; } =
    [
        new("VLF", 0.0033, 0.04),
        new("LF", 0.04, 0.15),
        new("HF", 0.15, 0.4),
    ];
}
