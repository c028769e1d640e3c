namespace HrResponse.Hrv;

/// <summary>How the triangle of TINN (triangular interpolation of the NN interval histogram) is fitted.</summary>
/// <remarks>
/// Both methods work on the histogram of <see cref="TimeDomainOptions.HistogramBinWidth"/> bins, with each bin's count
/// placed at its left edge, <c>X</c> the left edge of the first fullest bin and <c>Y</c> its count. The triangle
/// <c>q</c> is 0 at and outside <c>N</c> and <c>M</c>, rises linearly from <c>(N, 0)</c> to <c>(X, Y)</c> and falls
/// linearly to <c>(M, 0)</c>. TINN = <c>M − N</c> in ms.
/// </remarks>
public enum TinnMethod
{
    /// <summary>
    /// Full least-squares search (the default; Task Force 1996): <c>N</c> and <c>M</c> range over every bin edge
    /// below and above <c>X</c>, from one bin below the shortest interval's bin to one bin above the longest's, and
    /// the pair minimising <c>Σ (D − q)²</c> over all bins (bins outside the triangle count with <c>q = 0</c>) is
    /// taken. The error separates into a part depending only on <c>N</c> and one depending only on <c>M</c>, each
    /// evaluated in O(1) from prefix sums, so the search is linear in the number of bins. Ties go to the narrower
    /// triangle.
    /// </summary>
    FullLeastSquares = 0,

    /// <summary>
    /// NeuroKit2 0.2.12's <c>_hrv_TINN</c> loop, quirks included: <c>N</c> starts at the first bin edge above the
    /// shortest interval; <c>M</c> starts at <c>X</c> + one bin and is not reset by the outer loop, so only the first
    /// <c>N</c> is really searched; <c>M</c> stays below the longest interval; the error sums only the bins from
    /// <c>N</c> to <c>M</c>; the best error starts at 2^14 with a strict <c>&lt;</c>, so when no pair has an error
    /// below 16384 (typical of long recordings) TINN is 0.
    /// </summary>
    NeuroKit2 = 1,
}
