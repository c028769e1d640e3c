namespace HrResponse.Hrv;

/// <summary>
/// One DFA scaling exponent with its fluctuation function F(n) for plotting (log F against log n), and the
/// multifractal summary over the same box sizes.
/// </summary>
public sealed record DfaFit
{
    /// <summary>Box sizes n used, beats, in increasing order.</summary>
    public required IReadOnlyList<int> BoxSizes { get; init; }

    /// <summary>
    /// F(n) = √(mean over boxes of the mean squared residual of the detrended profile), ms, per box size. Boxes whose
    /// residual variance is ≤ 1e-8 ms² (a perfectly straight stretch of profile, common with quantised RR) are left
    /// out, as NeuroKit2 does; NaN when no box remains.
    /// </summary>
    public required IReadOnlyList<double> FluctuationsMs { get; init; }

    /// <summary>α: least-squares slope of log F(n) on log n. NaN when fewer than 2 box sizes (3 under <see cref="DfaBoxSizeRule.AtLeastFourBoxes"/>).</summary>
    public required double Alpha { get; init; }

    /// <summary>Multifractal DFA summary over the same box sizes (q = −5..5).</summary>
    public required MultifractalSpectrum Multifractal { get; init; }
}
