namespace HrResponse.Hrv;

/// <summary>What frequency-domain analysis does with a series that has gaps (<see cref="RrIntervals.GapBefore"/>).</summary>
public enum SpectralGapHandling
{
    /// <summary>
    /// Interpolate across the gaps (the default): the spectrum is computed on the whole series and a note says it
    /// bridged gaps. Suitable when gaps are short against the record (a few excluded beats).
    /// </summary>
    Bridge,

    /// <summary>Refuse: every index is NaN with a note naming the number of gaps and the longest one.</summary>
    Reject,
}
