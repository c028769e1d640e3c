namespace HrResponse.Hrv;

/// <summary>Spectral estimator for the frequency-domain indices.</summary>
public enum PsdMethod
{
    /// <summary>Welch's averaged periodogram of the resampled series (<see cref="Signal.WelchSpectrum"/>).</summary>
    Welch,

    /// <summary>Lomb–Scargle periodogram (<see cref="Signal.LombScargleSpectrum"/>), by default on the beat times without resampling.</summary>
    Lomb,

    /// <summary>Burg autoregressive spectrum of the resampled series (<see cref="Signal.BurgSpectrum"/>).</summary>
    Burg,
}
