namespace HrResponse.Signal;

/// <summary>Which even time grid a series is resampled onto.</summary>
public enum ResamplingGrid
{
    /// <summary>
    /// <c>t₀ + k / rate</c> for every <c>k ≥ 0</c> with the point not after the last sample time: only
    /// interpolation, never extrapolation.
    /// </summary>
    FirstToLastSample,

    /// <summary>
    /// NeuroKit2's grid, <c>numpy.arange(t₀, t_last + 1/rate, 1/rate)</c>: may end one step past the last sample, where
    /// the last value is held (constant extrapolation, as <c>interp1d(fill_value=(y₀, y_last))</c>).
    /// </summary>
    NeuroKit2,

    /// <summary>
    /// <c>numpy.arange(t₀, t_last, 1/rate)</c> as hrv-analysis, pyHRV and systole build it: <c>t₀ + k / rate</c> for
    /// <c>k = 0 .. ⌈(t_last − t₀)·rate⌉ − 1</c>, so the last sample time itself is never a grid point (one point fewer
    /// than <see cref="FirstToLastSample"/> when the span is a whole number of steps).
    /// </summary>
    HalfOpen,
}
