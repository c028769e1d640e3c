using HrResponse.Signal;

namespace HrResponse.Hrv;

/// <summary>
/// Frequency-domain HRV indices with the spectrum they came from and the settings that produced them.
/// </summary>
/// <remarks>
/// <para>Absolute and normalised band powers never share a property. When
/// <see cref="FrequencyDomainOptions.Normalization"/> is <see cref="SpectrumNormalization.None"/> (the default) the
/// spectrum is in ms²/Hz: the <c>…PowerMs2</c> properties hold band powers in ms² and the
/// <c>…PowerNormalizedSpectrum</c> properties are NaN. With <see cref="SpectrumNormalization.DivideByMaximum"/>
/// (NeuroKit2's default, used by <see cref="HrvPreset.NeuroKit2"/>) the density was divided by its maximum, so the
/// <c>…PowerMs2</c> properties are NaN and the <c>…PowerNormalizedSpectrum</c> properties hold the band integrals of
/// that dimensionless density (in Hz; only ratios are comparable between recordings). <see cref="IsNormalizedSpectrum"/>
/// says which case applies. Ratios, percentages and peak frequencies do not depend on the scaling.</para>
/// <para><see cref="ToIndexTable"/> keeps NeuroKit2's names: <c>HRV_LF</c> (and the other band powers, <c>HRV_TP</c>,
/// <c>HRV_LnLF</c> ...) holds the ms² value, or the normalised-spectrum value when the spectrum is normalised, as
/// NeuroKit2 does. A NaN index has a <see cref="Notes"/> entry saying why.</para>
/// </remarks>
public sealed record FrequencyDomainResult : IIndexTableSource
{
    /// <summary>
    /// True when the spectrum was scaled after estimation (<see cref="FrequencyDomainOptions.Normalization"/> is not
    /// <see cref="SpectrumNormalization.None"/>): band powers are then in the <c>…PowerNormalizedSpectrum</c>
    /// properties and the <c>…PowerMs2</c> properties are NaN.
    /// </summary>
    public bool IsNormalizedSpectrum => Options.Normalization != SpectrumNormalization.None;

    /// <summary>
    /// Ultra-low-frequency power, ms²: integral of the PSD (ms²/Hz) over the ULF band (trapezoid rule, see
    /// <see cref="PowerSpectrum.Integrate"/>). NaN when the spectrum is normalised (<see cref="IsNormalizedSpectrum"/>),
    /// or as described for <see cref="FrequencyDomainAnalysis.Compute(RrIntervals, FrequencyDomainOptions?)"/>.
    /// </summary>
    public double UlfPowerMs2 { get; init; } = double.NaN;

    /// <summary>Very-low-frequency power, ms²; as <see cref="UlfPowerMs2"/> over the VLF band.</summary>
    public double VlfPowerMs2 { get; init; } = double.NaN;

    /// <summary>Low-frequency power, ms²; as <see cref="UlfPowerMs2"/> over the LF band.</summary>
    public double LfPowerMs2 { get; init; } = double.NaN;

    /// <summary>High-frequency power, ms²; as <see cref="UlfPowerMs2"/> over the HF band.</summary>
    public double HfPowerMs2 { get; init; } = double.NaN;

    /// <summary>Very-high-frequency power, ms²; as <see cref="UlfPowerMs2"/> over the VHF band.</summary>
    public double VhfPowerMs2 { get; init; } = double.NaN;

    /// <summary>
    /// Total power, ms²: sum of the five band powers that are not NaN (NeuroKit2's <c>nansum</c>); NaN when all are,
    /// or when the spectrum is normalised (<see cref="IsNormalizedSpectrum"/>).
    /// </summary>
    public double TotalPowerMs2 { get; init; } = double.NaN;

    /// <summary>
    /// ULF band integral of the maximum-normalised spectrum (density divided by its largest value over
    /// <c>[0, fs/2]</c>, so dimensionless; the integral is in Hz). NaN unless <see cref="IsNormalizedSpectrum"/>.
    /// This is what NeuroKit2 reports as <c>HRV_ULF</c> with <c>normalize=True</c>.
    /// </summary>
    public double UlfPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>VLF band integral of the maximum-normalised spectrum, as <see cref="UlfPowerNormalizedSpectrum"/>.</summary>
    public double VlfPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>LF band integral of the maximum-normalised spectrum, as <see cref="UlfPowerNormalizedSpectrum"/>.</summary>
    public double LfPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>HF band integral of the maximum-normalised spectrum, as <see cref="UlfPowerNormalizedSpectrum"/>.</summary>
    public double HfPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>VHF band integral of the maximum-normalised spectrum, as <see cref="UlfPowerNormalizedSpectrum"/>.</summary>
    public double VhfPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>
    /// Sum of the five normalised-spectrum band integrals that are not NaN, as <see cref="TotalPowerMs2"/>; NaN unless
    /// <see cref="IsNormalizedSpectrum"/>.
    /// </summary>
    public double TotalPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>LF / HF band-power ratio, dimensionless (the same for an absolute or a normalised spectrum). NaN when HF is 0 or NaN.</summary>
    public double LfHfRatio { get; init; } = double.NaN;

    /// <summary>
    /// Normalised LF in normalised units (0–100): <c>100 · LF / (LF + HF)</c> (Task Force 1996), whatever
    /// <see cref="FrequencyDomainOptions.NormalizedUnits"/> says. NaN when LF + HF is 0 or NaN.
    /// </summary>
    /// <remarks>
    /// With <see cref="NormalizedUnitsRule.FractionOfTotalPower"/> (NeuroKit2) the index table's <c>HRV_LFn</c> is
    /// <c>LF / TP</c> (0–1) instead, which is <see cref="LfPercent"/> / 100.
    /// </remarks>
    public double LfNu { get; init; } = double.NaN;

    /// <summary>
    /// Normalised HF in normalised units (0–100): <c>100 · HF / (LF + HF)</c> (Task Force 1996), whatever
    /// <see cref="FrequencyDomainOptions.NormalizedUnits"/> says. NaN when LF + HF is 0 or NaN. See <see cref="LfNu"/>.
    /// </summary>
    public double HfNu { get; init; } = double.NaN;

    /// <summary><c>HRV_LFn</c> by <see cref="FrequencyDomainOptions.NormalizedUnits"/> (n.u. 0–100, or LF/TP 0–1).</summary>
    internal double LfNormalizedIndex { get; init; } = double.NaN;

    /// <summary><c>HRV_HFn</c> by <see cref="FrequencyDomainOptions.NormalizedUnits"/> (n.u. 0–100, or HF/TP 0–1).</summary>
    internal double HfNormalizedIndex { get; init; } = double.NaN;

    /// <summary>Natural logarithm of <see cref="VlfPowerMs2"/>, ln(ms²). NaN when that power is NaN or not positive.</summary>
    public double LnVlfPowerMs2 { get; init; } = double.NaN;

    /// <summary>Natural logarithm of <see cref="LfPowerMs2"/>, ln(ms²). NaN when that power is NaN or not positive.</summary>
    public double LnLfPowerMs2 { get; init; } = double.NaN;

    /// <summary>Natural logarithm of <see cref="HfPowerMs2"/>, ln(ms²). NaN when that power is NaN or not positive.</summary>
    public double LnHfPowerMs2 { get; init; } = double.NaN;

    /// <summary>Natural logarithm of <see cref="VlfPowerNormalizedSpectrum"/>. NaN when that value is NaN or not positive.</summary>
    public double LnVlfPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>Natural logarithm of <see cref="LfPowerNormalizedSpectrum"/>. NaN when that value is NaN or not positive.</summary>
    public double LnLfPowerNormalizedSpectrum { get; init; } = double.NaN;

    /// <summary>Natural logarithm of <see cref="HfPowerNormalizedSpectrum"/>. NaN when that value is NaN or not positive.</summary>
    public double LnHfPowerNormalizedSpectrum { get; init; } = double.NaN;

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

    /// <summary>
    /// The frequency-domain indices in a stable order: band powers <c>HRV_ULF</c>, <c>HRV_VLF</c>, <c>HRV_LF</c>,
    /// <c>HRV_HF</c>, <c>HRV_VHF</c>, <c>HRV_TP</c> (ms²), <c>HRV_LFHF</c>, normalised powers <c>HRV_LFn</c>/<c>HRV_HFn</c>,
    /// log powers, band shares (%) and peak frequencies (Hz). NaN where an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
    /// <remarks>
    /// Band powers (<c>HRV_ULF</c> ... <c>HRV_TP</c>, <c>HRV_LnVLF</c>, <c>HRV_LnLF</c>, <c>HRV_LnHF</c>) come from the
    /// <c>…PowerMs2</c> properties, or from the <c>…PowerNormalizedSpectrum</c> properties when
    /// <see cref="IsNormalizedSpectrum"/> (as NeuroKit2 reports them); <c>HRV_LFn</c>/<c>HRV_HFn</c> follow
    /// <see cref="FrequencyDomainOptions.NormalizedUnits"/>.
    /// </remarks>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var n = IsNormalizedSpectrum;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["HRV_ULF"] = n ? UlfPowerNormalizedSpectrum : UlfPowerMs2,
            ["HRV_VLF"] = n ? VlfPowerNormalizedSpectrum : VlfPowerMs2,
            ["HRV_LF"] = n ? LfPowerNormalizedSpectrum : LfPowerMs2,
            ["HRV_HF"] = n ? HfPowerNormalizedSpectrum : HfPowerMs2,
            ["HRV_VHF"] = n ? VhfPowerNormalizedSpectrum : VhfPowerMs2,
            ["HRV_TP"] = n ? TotalPowerNormalizedSpectrum : TotalPowerMs2,
            ["HRV_LFHF"] = LfHfRatio,
            ["HRV_LFn"] = LfNormalizedIndex,
            ["HRV_HFn"] = HfNormalizedIndex,
            ["HRV_LnHF"] = n ? LnHfPowerNormalizedSpectrum : LnHfPowerMs2,
            ["HRV_LnLF"] = n ? LnLfPowerNormalizedSpectrum : LnLfPowerMs2,
            ["HRV_LnVLF"] = n ? LnVlfPowerNormalizedSpectrum : LnVlfPowerMs2,
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
}
