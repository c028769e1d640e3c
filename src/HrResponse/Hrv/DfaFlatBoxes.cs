namespace HrResponse.Hrv;

/// <summary>
/// Whether DFA boxes in which the profile is a straight line (residual variance ≤ 1e-8 ms², e.g. three equal
/// consecutive intervals in a 4-beat box, common with intervals quantised to whole milliseconds) count in F(n).
/// </summary>
public enum DfaFlatBoxes
{
    /// <summary>
    /// Flat boxes are left out of F(n) and of the multifractal moments (NeuroKit2 keeps boxes whose variance is
    /// above 1e-8); F(n) is NaN when no box remains. The default.
    /// </summary>
    Excluded = 0,

    /// <summary>
    /// Flat boxes count in F(n) with their zero fluctuation, as nolds' <c>dfa</c> (and so pyHRV) does; a box size
    /// whose F(n) is 0 (every box flat) is reported as NaN and left out of the fit, as nolds drops zero fluctuations. The multifractal moments still
    /// leave flat boxes out (a zero fluctuation has no negative moment).
    /// </summary>
    Included = 1,
}
