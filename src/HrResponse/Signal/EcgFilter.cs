using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Cleans an ECG for display or detection: zero-phase Butterworth band-pass (forward–backward second-order-section
/// cascade, no delay) followed by a zero-phase power-line notch.
/// </summary>
public static class EcgFilter
{
    /// <summary>Filters <paramref name="ecg"/>.</summary>
    /// <param name="ecg">ECG samples (any unit); finite; not changed.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; finite and positive, above <c>2 × LowCutHz</c>.</param>
    /// <param name="options">Settings, or <c>null</c> for <see cref="EcgFilterOptions.Default"/>.</param>
    /// <returns>The filtered samples, same length and unit.</returns>
    /// <exception cref="ArgumentException">A sample is not finite, or a rate or frequency is out of range.</exception>
    public static double[] Clean(ReadOnlySpan<double> ecg, double samplingRateHz, EcgFilterOptions? options = null)
    {
        options ??= EcgFilterOptions.Default;
        Guard.Positive(samplingRateHz, nameof(samplingRateHz));
        SosFilter.CheckFinite(ecg, nameof(ecg));
        if (ecg.Length < 2) return ecg.ToArray();
        var nyquist = samplingRateHz / 2;
        var sections = options.HighCutHz < nyquist
            ? ButterworthDesign.BandPass(options.Order, options.LowCutHz, options.HighCutHz, samplingRateHz)
            : ButterworthDesign.HighPass(options.Order, options.LowCutHz, samplingRateHz);
        var y = SosFilter.FilterZeroPhase(ecg, sections);
        if (options.PowerlineHz is { } mains && mains < nyquist)
            y = SosFilter.FilterZeroPhase(y, [NotchDesign.Notch(mains, samplingRateHz, options.NotchQualityFactor)]);
        return y;
    }
}
