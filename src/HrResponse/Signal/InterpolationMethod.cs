namespace HrResponse.Signal;

/// <summary>How an unevenly sampled series (e.g. RR intervals at their beat times) is interpolated onto an even grid.</summary>
/// <remarks>
/// The spline methods build the interpolating B-spline exactly as SciPy's <c>make_interp_spline</c> (and therefore
/// <c>scipy.interpolate.interp1d(kind=...)</c>) does, so results agree with SciPy to rounding error.
/// </remarks>
public enum InterpolationMethod
{
    /// <summary>
    /// Cubic spline through every sample with not-a-knot end conditions (the second and second-to-last samples are
    /// not knots), as <c>interp1d(kind="cubic")</c>. Needs 4 samples; with fewer, linear interpolation is used.
    /// The Task Force (1996) and Kubios default.
    /// </summary>
    Cubic,

    /// <summary>Straight lines between successive samples, as <c>numpy.interp</c>. Needs 2 samples.</summary>
    Linear,

    /// <summary>
    /// Quadratic interpolating spline as <c>interp1d(kind="quadratic")</c>: knots at the midpoints between samples,
    /// omitting the first and last midpoint. NeuroKit2's default for RR series. Needs 3 samples; with fewer, linear.
    /// </summary>
    Quadratic,
}
