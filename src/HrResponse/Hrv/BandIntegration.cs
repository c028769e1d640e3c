namespace HrResponse.Hrv;

/// <summary>How band power is integrated from the spectrum.</summary>
public enum BandIntegration
{
    /// <summary>
    /// Exact integral over the band of the piecewise-linear interpolant of the spectrum, with the band edges
    /// interpolated: adjacent bands add up with no gap, and the result does not depend on where the frequency grid
    /// points fall.
    /// </summary>
    Interpolated,

    /// <summary>
    /// NeuroKit2's rule: trapezoid (<c>numpy.trapz</c>) over the spectral points with <c>low ≤ f &lt; high</c> only;
    /// the stretch between the last point of one band and the first of the next belongs to neither. A band with
    /// fewer than two points integrates to 0, reported as NaN.
    /// </summary>
    PointsInsideBand,

    /// <summary>
    /// pyHRV 0.4's rule (<c>_compute_parameters</c>): the sum of the spectral values at the frequencies with
    /// <c>low ≤ f ≤ high</c> (both edges inclusive) times the frequency step <c>f₁ − f₀</c> (a rectangle sum). A point
    /// exactly on a shared edge counts in both bands. A band with no point is NaN.
    /// </summary>
    RectangleInclusive,
}
