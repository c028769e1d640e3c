namespace HrResponse.Ecg;

/// <summary>R-peak (QRS) detection algorithms of <see cref="RPeakDetection"/>.</summary>
public enum RPeakDetector
{
    /// <summary>
    /// NeuroKit2's default detector (<c>method="neurokit"</c>, with <c>ecg_clean</c>'s default cleaning): 0.5 Hz
    /// fifth-order Butterworth high-pass and a one-mains-period moving average (both zero phase), then QRS complexes
    /// where the smoothed (100 ms) absolute gradient exceeds 1.5 × its 750 ms average; in each complex at least
    /// 0.4 × the mean complex length, the most prominent local maximum, at least 300 ms after the previous peak.
    /// Reference: Makowski D et al. (2021), NeuroKit2, <i>Behav Res Methods</i> 53:1689–1696.
    /// </summary>
    NeuroKit2 = 0,

    /// <summary>
    /// Pan and Tompkins (1985): 5–15 Hz band-pass, five-point derivative, squaring, 150 ms moving-window integration,
    /// adaptive signal/noise peak levels with thresholds <c>NPKI + 0.25 (SPKI − NPKI)</c>, a 200 ms refractory period,
    /// T-wave discrimination by slope within 360 ms, and search-back at half the threshold after 166 % of the mean RR.
    /// Offline, zero-phase adaptation for any sampling rate. Reference: Pan J, Tompkins WJ (1985), A real-time QRS
    /// detection algorithm, <i>IEEE Trans Biomed Eng</i> 32(3):230–236.
    /// </summary>
    PanTompkins1985 = 1,
}
