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
    /// Offline, zero-phase adaptation for any sampling rate: order-2 Butterworth band-pass run forward and backward,
    /// centred derivative and integration window, thresholds learnt on the first 2 s (SPKI = max/3, NPKI = mean/2)
    /// and learnt again after 6 s without a beat. Not implemented: the paper's second threshold set on the band-passed
    /// signal and the halving of thresholds for irregular rhythms. Reference: Pan J, Tompkins WJ (1985), A real-time
    /// QRS detection algorithm, <i>IEEE Trans Biomed Eng</i> 32(3):230–236.
    /// </summary>
    PanTompkins1985 = 1,

    /// <summary>
    /// Elgendi's two moving averages: 8–20 Hz band-pass (order-3 Butterworth, zero phase), squaring, a 97 ms (QRS)
    /// and a 611 ms (beat) centred moving average; blocks where the QRS average exceeds the beat average plus
    /// 0.08 × the mean squared signal, at least 97 ms long, each give one peak at the largest band-passed deflection.
    /// Parameters of the optimised version (Elgendi 2013). References: Elgendi M, Jonkman M, De Boer F (2010),
    /// Frequency bands effects on QRS detection, <i>BIOSIGNALS 2010</i>:428–431; Elgendi M (2013), Fast QRS detection
    /// with an optimized knowledge-based method, <i>PLoS ONE</i> 8(9):e73557.
    /// </summary>
    Elgendi2010 = 2,
}
