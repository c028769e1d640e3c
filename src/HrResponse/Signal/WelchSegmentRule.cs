namespace HrResponse.Signal;

/// <summary>How the Welch segment length is chosen.</summary>
public enum WelchSegmentRule
{
    /// <summary><see cref="WelchOptions.Segment"/> long (clipped to the series length).</summary>
    Fixed,

    /// <summary>
    /// NeuroKit2's automatic rule: half the series, <c>int((2 / f_min) · fs)</c> samples with
    /// <c>f_min = 2 fs / (N / 2)</c>, capped at <c>int(N / 2)</c>: two segments with 50 % overlap make three
    /// half-overlapping pieces of the record.
    /// </summary>
    HalfSeries,

    /// <summary>
    /// pyHRV 0.4's <c>welch_psd</c> rule: <c>nperseg = nfft</c> (4096) when the record is shorter than 300 s, which
    /// SciPy clips to the whole series (one segment), else 300 samples (75 s at pyHRV's fixed 4 Hz). Here: the whole
    /// series when it has at most 300 s × rate samples, else 300 samples.
    /// </summary>
    PyHrv,
}
