namespace HrResponse.Signal;

/// <summary>How the Lomb–Scargle sums are evaluated.</summary>
public enum LombAlgorithm
{
    /// <summary>
    /// <see cref="Exact"/> when samples × frequencies ≤ 5·10⁷, otherwise <see cref="PressRybicki"/>.
    /// </summary>
    Auto,

    /// <summary>Direct O(N·Nf) sums (phasor recurrence over the frequency grid); exact to rounding.</summary>
    Exact,

    /// <summary>
    /// Press &amp; Rybicki (1989) extirpolation onto a regular grid and FFTs, O(N + Nf log Nf): grid of the next power
    /// of two ≥ 10 Nf points, 6-point Lagrange weights. An approximation (relative error about 10⁻⁴ and below in the
    /// HRV bands on RR series); used by <see cref="Auto"/> for large problems.
    /// </summary>
    PressRybicki,

    /// <summary>
    /// astropy's <c>LombScargle(method="auto")</c> choice, which NeuroKit2 uses: exact sums up to 200 frequencies,
    /// otherwise astropy's own fast method (grid ≥ 5 Nf, 4-point weights, clipped at the grid ends), whose errors
    /// reach a few percent near the highest frequencies (about 3 % in VHF on the 5-min reference recordings). Reproduces
    /// NeuroKit2's Lomb values, errors included.
    /// </summary>
    Astropy,
}
