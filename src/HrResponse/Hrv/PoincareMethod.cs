namespace HrResponse.Hrv;

/// <summary>How SD1 and SD2 of the Poincaré plot are computed.</summary>
/// <remarks>
/// Both use the pairs <c>(RR_i, RR_(i+1))</c> with no gap between them; the standard deviations divide by N or N − 1
/// by <see cref="NonlinearOptions.PoincareEstimator"/>. The two methods give the same SD1; SD2 differs slightly
/// because <c>SDNN</c> is taken over all N intervals while the pair projection uses N − 1 pairs.
/// </remarks>
public enum PoincareMethod
{
    /// <summary>
    /// Standard deviations of the projections of the pairs on the two diagonals (the default; NeuroKit2, pyHRV):
    /// <c>SD1 = SD((RR_i − RR_(i+1)) / √2)</c>, <c>SD2 = SD((RR_i + RR_(i+1)) / √2)</c>.
    /// </summary>
    PairProjections = 0,

    /// <summary>
    /// From SDNN and SDSD (Brennan et al. 2001): <c>SD1 = √(½·SDSD²)</c>, <c>SD2 = √(2·SDNN² − ½·SDSD²)</c>, with SDSD
    /// the SD of the signed successive differences and SDNN the SD of all intervals (hrv-analysis with N − 1, systole
    /// with N, and the formulas of the Kubios user guide). NaN when the radicand of SD2 is negative.
    /// </summary>
    SdnnSdsdFormula = 1,
}
