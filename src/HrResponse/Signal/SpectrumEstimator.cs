namespace HrResponse.Signal;

/// <summary>The estimator that produced a <see cref="PowerSpectrum"/>.</summary>
public enum SpectrumEstimator
{
    /// <summary>Welch's averaged, windowed periodogram of an evenly sampled series (<see cref="WelchSpectrum"/>).</summary>
    Welch,

    /// <summary>Lomb–Scargle periodogram of an unevenly (or evenly) sampled series (<see cref="LombScargleSpectrum"/>).</summary>
    LombScargle,

    /// <summary>Autoregressive spectrum with Burg's coefficients (<see cref="BurgSpectrum"/>).</summary>
    Burg,
}
