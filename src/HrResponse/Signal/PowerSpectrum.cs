using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// A one-sided power spectral density: frequencies in Hz and density in (input unit)²/Hz — ms²/Hz for RR intervals
/// in ms — with the settings that produced it, ready for plotting and band integration.
/// </summary>
/// <remarks>
/// One-sided means the density of positive and negative frequencies is folded onto <c>[0, fs/2]</c>, so that
/// <c>∫ density df</c> over all listed frequencies approximates the variance of the input (Parseval). When
/// <see cref="Normalization"/> is not <see cref="SpectrumNormalization.None"/> the values are relative (see there).
/// </remarks>
public sealed record PowerSpectrum
{
    internal double[] Frequencies { get; init; } = [];

    internal double[] Density { get; init; } = [];

    /// <summary>Frequencies in Hz, increasing.</summary>
    public IReadOnlyList<double> FrequenciesHz => Frequencies;

    /// <summary>
    /// One-sided power spectral density at each frequency, in ms²/Hz for a series in ms (the squared input unit per
    /// Hz), or divided by its maximum when <see cref="Normalization"/> says so.
    /// </summary>
    public IReadOnlyList<double> DensityMs2PerHz => Density;

    /// <summary>The estimator.</summary>
    public SpectrumEstimator Method { get; init; }

    /// <summary>Sampling rate of the evenly sampled input in Hz; for Lomb–Scargle on uneven times, the mean rate N / span.</summary>
    public double SamplingRateHz { get; init; }

    /// <summary>
    /// Lowest frequency in Hz the estimate resolves: one cycle per Welch segment, or one cycle per record for
    /// Lomb–Scargle and Burg. Band powers below it are not reported.
    /// </summary>
    public double ResolutionHz { get; init; }

    /// <summary>How the density was scaled after estimation.</summary>
    public SpectrumNormalization Normalization { get; init; }

    /// <summary>Human-readable settings, e.g. "Welch: Hann window, 1200-sample (300 s) segments, 50 % overlap, nfft 2048, 3 segments".</summary>
    public string Settings { get; init; } = string.Empty;

    /// <summary>Number of frequencies.</summary>
    public int Count => Frequencies.Length;

    /// <summary>
    /// Integral of the density over <c>[lowHz, highHz]</c> of the piecewise-linear interpolant through the points
    /// (trapezoid rule, with the ends of the band interpolated), in ms² (or relative units when normalised). The part
    /// of the band outside the listed frequencies contributes nothing.
    /// </summary>
    /// <param name="lowHz">Lower limit in Hz.</param>
    /// <param name="highHz">Upper limit in Hz; not below <paramref name="lowHz"/>.</param>
    /// <returns>The integrated power; 0 when the band misses the spectrum.</returns>
    /// <exception cref="ArgumentException">A limit is NaN or <paramref name="highHz"/> &lt; <paramref name="lowHz"/>.</exception>
    public double Integrate(double lowHz, double highHz)
    {
        if (double.IsNaN(lowHz) || double.IsNaN(highHz) || highHz < lowHz)
            throw new ArgumentException($"Needs lowHz ≤ highHz; they are {lowHz} and {highHz}.", nameof(highHz));
        return SpectralMath.IntegrateLinear(Frequencies, Density, lowHz, highHz);
    }
}
