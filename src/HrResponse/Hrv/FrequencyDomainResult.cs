using HrResponse.Signal;

namespace HrResponse.Hrv;

/// <summary>
/// Frequency-domain HRV indices with the spectrum they came from and the settings that produced them.
/// </summary>
/// <remarks>
/// Powers are in ms² when <see cref="FrequencyDomainOptions.Normalization"/> is <see cref="SpectrumNormalization.None"/>;
/// with <see cref="SpectrumNormalization.DivideByMaximum"/> (NeuroKit2's default) they are relative (Hz), and only
/// ratios are comparable between recordings. A NaN index has a <see cref="Notes"/> entry saying why.
/// </remarks>
public sealed record FrequencyDomainResult : IIndexTableSource
{
    /// <summary>Ultra-low-frequency power (ms²), integral of the PSD over the ULF band.</summary>
    public double UlfMs2 { get; init; } = double.NaN;

    /// <summary>Very-low-frequency power (ms²).</summary>
    public double VlfMs2 { get; init; } = double.NaN;

    /// <summary>Low-frequency power (ms²).</summary>
    public double LfMs2 { get; init; } = double.NaN;

    /// <summary>High-frequency power (ms²).</summary>
    public double HfMs2 { get; init; } = double.NaN;

    /// <summary>Very-high-frequency power (ms²).</summary>
    public double VhfMs2 { get; init; } = double.NaN;

    /// <summary>Total power (ms²): sum of the five band powers that are not NaN (NeuroKit2's <c>nansum</c>); NaN when all are.</summary>
    public double TotalPowerMs2 { get; init; } = double.NaN;

    /// <summary>LF / HF.</summary>
    public double LfHf { get; init; } = double.NaN;

    /// <summary>Normalised LF: 100·LF/(LF+HF) n.u. by default, LF/TP with the NeuroKit2 preset (<see cref="FrequencyDomainOptions.NormalizedUnits"/>).</summary>
    public double LfNu { get; init; } = double.NaN;

    /// <summary>Normalised HF: 100·HF/(LF+HF) n.u. by default, HF/TP with the NeuroKit2 preset.</summary>
    public double HfNu { get; init; } = double.NaN;

    /// <summary>Natural logarithm of VLF power (ln ms²).</summary>
    public double LnVlf { get; init; } = double.NaN;

    /// <summary>Natural logarithm of LF power (ln ms²).</summary>
    public double LnLf { get; init; } = double.NaN;

    /// <summary>Natural logarithm of HF power (ln ms²).</summary>
    public double LnHf { get; init; } = double.NaN;

    /// <summary>ULF power as percent of total power.</summary>
    public double UlfPercent { get; init; } = double.NaN;

    /// <summary>VLF power as percent of total power.</summary>
    public double VlfPercent { get; init; } = double.NaN;

    /// <summary>LF power as percent of total power.</summary>
    public double LfPercent { get; init; } = double.NaN;

    /// <summary>HF power as percent of total power.</summary>
    public double HfPercent { get; init; } = double.NaN;

    /// <summary>VHF power as percent of total power.</summary>
    public double VhfPercent { get; init; } = double.NaN;

    /// <summary>Frequency (Hz) of the largest spectral value in the VLF band (among points counted in band power).</summary>
    public double VlfPeakHz { get; init; } = double.NaN;

    /// <summary>Frequency (Hz) of the largest spectral value in the LF band.</summary>
    public double LfPeakHz { get; init; } = double.NaN;

    /// <summary>Frequency (Hz) of the largest spectral value in the HF band.</summary>
    public double HfPeakHz { get; init; } = double.NaN;

    /// <summary>Number of RR intervals analysed.</summary>
    public int IntervalCount { get; init; }

    /// <summary>Duration of the analysed series in seconds (first to last beat).</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Lowest frequency (Hz) counted in band powers (see <see cref="FrequencyDomainOptions.LowFrequencyLimit"/>).</summary>
    public double LowestFrequencyHz { get; init; } = double.NaN;

    /// <summary>
    /// The spectrum, restricted to <c>[lowest frequency, highest band edge]</c> for the NeuroKit2 limit and to
    /// <c>[0, highest band edge]</c> otherwise; empty when the series was too short.
    /// </summary>
    public PowerSpectrum Spectrum { get; init; } = new();

    /// <summary>The settings that produced this result (method, rate, detrending, window, bands ...).</summary>
    public FrequencyDomainOptions Options { get; init; } = FrequencyDomainOptions.Default;

    /// <summary>Why indices are NaN, and caveats (e.g. a band only partly resolved by a short recording).</summary>
    public IReadOnlyList<FrequencyDomainNote> Notes { get; init; } = [];

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["HRV_ULF"] = UlfMs2,
        ["HRV_VLF"] = VlfMs2,
        ["HRV_LF"] = LfMs2,
        ["HRV_HF"] = HfMs2,
        ["HRV_VHF"] = VhfMs2,
        ["HRV_TP"] = TotalPowerMs2,
        ["HRV_LFHF"] = LfHf,
        ["HRV_LFn"] = LfNu,
        ["HRV_HFn"] = HfNu,
        ["HRV_LnHF"] = LnHf,
        ["HRV_LnLF"] = LnLf,
        ["HRV_LnVLF"] = LnVlf,
        ["HRV_ULFPercent"] = UlfPercent,
        ["HRV_VLFPercent"] = VlfPercent,
        ["HRV_LFPercent"] = LfPercent,
        ["HRV_HFPercent"] = HfPercent,
        ["HRV_VHFPercent"] = VhfPercent,
        ["HRV_VLFPeak"] = VlfPeakHz,
        ["HRV_LFPeak"] = LfPeakHz,
        ["HRV_HFPeak"] = HfPeakHz,
    };
}
