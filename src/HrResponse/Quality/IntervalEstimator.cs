namespace HrResponse.Quality;

/// <summary>
/// How <see cref="CorrectionAction.Interpolate"/> estimates the intervals it cannot keep: ectopic pairs, the two halves
/// of a missed beat, and long, short and out-of-range intervals. With the autoregressive estimators the detection pass
/// after a correction sees the model's conditional mean of the intervals interpolated (the split halves of a missed beat
/// stay equal until the end), and every estimated interval is estimated again once the flags are final, with the
/// variance-preserving shift where chosen. Merged extra beats are exact and never estimated.
/// </summary>
/// <remarks>
/// Why the default is not the spline (issue 14, docs/beat-quality.md "The estimate of a corrected interval"): an
/// estimate from the neighbours is their conditional mean, smoother than the beat it replaces, so every corrected beat
/// removes some beat-to-beat variability and RMSSD and SDNN come out low (−2 % on average at 5 % artifacts on the
/// benchmark recordings, with perfect detection, whatever the interpolant). The autoregressive estimate follows the
/// respiratory oscillation that the spline smooths over; the variance-preserving step restores the variability the
/// conditional mean leaves out, so RMSSD is unbiased (mean error −0.03 % instead of −2.1 % for premature beats with
/// perfect detection).
/// </remarks>
public enum IntervalEstimator
{
    /// <summary>
    /// Natural cubic spline through up to three accepted intervals on each side, as a function of beat time (Kubios
    /// HRV's interpolation; Lipponen &amp; Tarvainen 2019); an ectopic pair that compensates keeps its recorded total;
    /// a missed beat is split into two equal halves. The method as published uses this.
    /// </summary>
    CubicSpline,

    /// <summary>
    /// Least-squares autoregressive interpolation (Janssen, Veldhuis &amp; Vries 1986, IEEE Trans. Acoust. Speech
    /// Signal Process. 34:317–330): an AR(4) model is fitted by least squares to the accepted intervals within 30 beats
    /// of each side (mean removed); the missing values are those that minimise the model's prediction errors over the
    /// block and the 4 intervals after it. A pair with a known total (a compensated ectopic pair, a split missed beat)
    /// keeps it. Blocks are estimated in series order, and an estimated block counts as accepted for the blocks after
    /// it. A block that starts within 4 intervals of the series' start (or of a gap) is also estimated on the series read
    /// backwards, from the 4 intervals after each of its intervals (the backward predictor of a stationary process has
    /// the forward coefficients), and the estimate whose parameters the rows determine better (smaller variance) is
    /// kept. The spline value stays where the model cannot be fitted: blocks of more than 4 estimated intervals in a row,
    /// fewer than 16 complete model rows (5 accepted intervals in a row) within the window, or a singular system.
    /// Values are clamped to the range of the accepted intervals within 4 beats, widened by half its span (a pair
    /// keeps its total).
    /// </summary>
    Autoregressive,

    /// <summary>
    /// <see cref="Autoregressive"/>, then each estimated parameter (a single interval, or the first of a pair with a
    /// known total) moved from its conditional mean by the smallest amount δ after which the squared successive
    /// differences it touches add up to their expected value under the model: Σ(d + gδ)² = Σd² + v Σg², with d those
    /// differences at the conditional mean, g their coefficients in δ (+1, −1 for a single interval; +1, −2, +1 for a
    /// pair) and v the parameter's estimation-error variance (the model's residual variance through the least-squares
    /// normal matrix); |δ| ≤ √v. The conditional mean alone is smoother than the beats it replaces and biases RMSSD,
    /// SDNN and HF power low (about −2 % RMSSD at 5 % artifacts on the benchmark, whatever the interpolant); the shift
    /// restores the variability the conditional mean leaves out, deterministically (moment matching, the deterministic
    /// counterpart of stochastic regression imputation: Little &amp; Rubin, Statistical Analysis with Missing Data, 3rd
    /// ed., Wiley 2019, ch. 4). Default.
    /// </summary>
    AutoregressiveVariancePreserving,
}
