namespace HrResponse.Hrv;

/// <summary>What pNN50 and pNN20 divide their count of large successive differences by.</summary>
/// <remarks>
/// Tools disagree here. For <c>N</c> intervals without gaps there are <c>N − 1</c> successive differences;
/// with gaps, differences across a gap are not counted and <c>D</c> below is the number of differences kept.
/// </remarks>
public enum PnnDenominator
{
    /// <summary>
    /// Divide by the number of successive differences <c>D</c> (the default): pNNx is the percentage of successive
    /// differences larger than x, as in pyHRV and PhysioNet's <c>pNNx</c> (Mietus et al., 2002).
    /// </summary>
    SuccessiveDifferences = 0,

    /// <summary>
    /// Divide by <c>D + 1</c>, the number of intervals when there are no gaps: NeuroKit2's
    /// <c>nn50 / (len(diff_rri) + 1) * 100</c>, following the Task Force (1996) wording "NN50 count divided by the
    /// total number of all NN intervals".
    /// </summary>
    Intervals = 1,
}
