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
    /// Press &amp; Rybicki (1989) extirpolation onto a regular grid and one FFT, O(N + Nf log Nf), with astropy's
    /// parameters (grid = next power of two ≥ 5 Nf, 4-point Lagrange weights, clipped at the grid ends). An
    /// approximation: relative errors of a few percent near the highest frequencies are typical.
    /// </summary>
    PressRybicki,

    /// <summary>
    /// astropy's <c>LombScargle(method="auto")</c> choice, which NeuroKit2 uses: <see cref="PressRybicki"/> when there
    /// are more than 200 frequencies, otherwise <see cref="Exact"/>.
    /// </summary>
    Astropy,
}
