namespace HrResponse.Hrv;

/// <summary>How intervals are assigned to the histogram bins of HTI and TINN.</summary>
public enum HistogramBinning
{
    /// <summary>
    /// Half-open bins <c>[k·w, (k+1)·w)</c> for <c>k = 0, 1, ...</c>, <c>w</c> the bin width (the default).
    /// </summary>
    HalfOpen = 0,

    /// <summary>
    /// NumPy's <c>np.histogram(rr, bins=np.arange(0, max + w, w))</c> as NeuroKit2 calls it: edges <c>k·w</c>, all
    /// bins half-open except the last, which is closed, so an interval equal to the last edge (the longest interval
    /// when it falls exactly on an edge) joins the bin below it.
    /// </summary>
    NumPy = 1,
}
