namespace HrResponse.Hrv;

/// <summary>
/// Poincaré plot of RR(n+1) against RR(n) and its ellipse descriptors (Brennan et al. 2001; Toichi et al. 1997;
/// Jeppesen et al. 2014). Pairs whose second interval follows a gap (<see cref="RrIntervals.GapBefore"/>) are left out.
/// </summary>
public sealed record PoincareResult
{
    /// <summary>RR(n) of every pair used, ms (x axis of the plot).</summary>
    public required IReadOnlyList<double> RrNMs { get; init; }

    /// <summary>RR(n+1) of every pair used, ms (y axis of the plot).</summary>
    public required IReadOnlyList<double> RrNPlus1Ms { get; init; }

    /// <summary>Number of pairs M.</summary>
    public int PairCount => RrNMs.Count;

    /// <summary>SD1 = sample SD (M − 1) of (RR(n) − RR(n+1)) / √2, ms. NaN when M &lt; 2.</summary>
    public required double Sd1Ms { get; init; }

    /// <summary>SD2 = sample SD (M − 1) of (RR(n) + RR(n+1)) / √2, ms. NaN when M &lt; 2.</summary>
    public required double Sd2Ms { get; init; }

    /// <summary>SD1 / SD2.</summary>
    public double Sd1Sd2Ratio => Sd1Ms / Sd2Ms;

    /// <summary>Ellipse area S = π · SD1 · SD2, ms².</summary>
    public double AreaMs2 => Math.PI * Sd1Ms * Sd2Ms;

    /// <summary>Cardiac sympathetic index CSI = L / T with L = 4·SD2, T = 4·SD1 (Toichi et al. 1997).</summary>
    public double Csi => Sd2Ms / Sd1Ms;

    /// <summary>Cardiac vagal index CVI = log10(L · T) = log10(16 · SD1 · SD2) (Toichi et al. 1997).</summary>
    public double Cvi => Math.Log10(4 * Sd2Ms * 4 * Sd1Ms);

    /// <summary>Modified CSI = L² / T = (4·SD2)² / (4·SD1), ms (Jeppesen et al. 2014).</summary>
    public double CsiModified => 4 * Sd2Ms * (4 * Sd2Ms) / (4 * Sd1Ms);
}
