namespace HrResponse.Hrv;

/// <summary>How the recording is cut into 1-, 2- and 5-minute segments for SDANN and SDNNI.</summary>
public enum SegmentRule
{
    /// <summary>
    /// Complete clock-aligned segments of the whole recording (the default; Task Force 1996: "all 5 min segments of
    /// the entire recording"). With <c>t0</c> the start of the first interval and <c>w</c> the segment length,
    /// segment <c>k</c> holds the intervals whose ending beat time lies in <c>[t0 + k·w, t0 + (k+1)·w)</c>; only
    /// segments ending at or before the last beat are used (a partial last segment is dropped). A segment's mean
    /// counts for SDANN when it holds at least 1 interval, its standard deviation (N − 1) for SDNNI when it holds at
    /// least 2. Each index is NaN when fewer than 3 segments count.
    /// </summary>
    CompleteClockAligned = 0,

    /// <summary>
    /// NeuroKit2 0.2.12's <c>_sdann</c>/<c>_sdnni</c> rule, reproduced with its floating-point operations:
    /// positions <c>c = (cumsum(rr/1000) − rr[0]/1000)·1000 + rr[0]</c> ms (always from the intervals, never from
    /// beat times), <c>n = round(c_last / w)</c> windows (half to even), NaN when <c>n &lt; 3</c>; window <c>i</c>
    /// holds the intervals with <c>i·w ≤ c &lt; (i+1)·w</c> except the last of them (NeuroKit2 slices
    /// <c>rri[start_idx:end_idx]</c>, which excludes <c>end_idx</c>); the last window may run past the end of the
    /// recording. SDANN = SD (N − 1) of the window means, SDNNI = mean of the window SDs (N − 1), NaN windows ignored.
    /// </summary>
    NeuroKit2 = 1,
}
