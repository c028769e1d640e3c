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
}
