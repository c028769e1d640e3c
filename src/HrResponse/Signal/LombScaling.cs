namespace HrResponse.Signal;

/// <summary>Units of a Lomb–Scargle spectrum.</summary>
public enum LombScaling
{
    /// <summary>
    /// One-sided density in (input unit)²/Hz: <c>P · 2 / f̄s</c> with P the periodogram below and
    /// <c>f̄s = (N − 1) / (t_last − t₀)</c> the mean sampling rate, so that the integral over <c>[0, f̄s/2]</c>
    /// approximates the variance as for an FFT periodogram.
    /// </summary>
    Density,

    /// <summary>
    /// The classical periodogram <c>P = ½ [YC²/CC + YS²/SS] · N</c> (astropy's <c>normalization="psd"</c> without
    /// uncertainties; NeuroKit2's Lomb values): in (input unit)², <c>f̄s / 2</c> times the density.
    /// </summary>
    AstropyPsd,
}
