namespace HrResponse.Hrv;

/// <summary>The beat times at which the RR values are placed before they are resampled for a spectrum.</summary>
public enum SpectralTimeAxis
{
    /// <summary>The series' own beat times (<see cref="RrIntervals.BeatTimesSeconds"/>).</summary>
    BeatTimes = 0,

    /// <summary>
    /// NeuroKit2 0.2.12's time axis, <c>np.nancumsum(rri / 1000)</c> (<c>_intervals_sanitize</c>, reached from
    /// <c>hrv_frequency</c> through <c>_hrv_format_input</c>): beat time <c>i</c> is the running double-precision sum
    /// <c>t_i = t_(i−1) + RR_i / 1000</c>, <c>t_0 = RR_0 / 1000</c>. It equals the cumulative sum of the intervals except
    /// for rounding, and that rounding matters: NeuroKit2's grid has <c>ceil((t_last + 0.01 − t_0) / 0.01)</c> points,
    /// so when the record spans a whole number of 10-ms steps (one recording in ten with millisecond RR values) the
    /// last bit of <c>t_last</c> decides the number of samples N, hence the Welch segment (N / 2), the lowest kept
    /// frequency (4 fs / N) and whether the first spectral bin counts: LF of a 67-s Polar H10 recording moves by 20 %.
    /// Used for series without gaps; a series with gaps keeps its beat times.
    /// </summary>
    NeuroKit2CumulativeSum = 1,
}
