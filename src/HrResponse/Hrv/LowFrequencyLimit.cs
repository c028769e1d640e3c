namespace HrResponse.Hrv;

/// <summary>The lowest frequency counted in band powers.</summary>
public enum LowFrequencyLimit
{
    /// <summary>
    /// The spectrum's resolution: one cycle per Welch segment, or one cycle per record for Lomb–Scargle and Burg
    /// (<see cref="Signal.PowerSpectrum.ResolutionHz"/>). Below it nothing is counted.
    /// </summary>
    Resolution,

    /// <summary>
    /// NeuroKit2: <c>f_min = 2 fs / (N / 2)</c> with N the number of resampled values — two cycles per half record,
    /// i.e. 4 / duration. Points below it are discarded before integration.
    /// </summary>
    NeuroKit2,
}
