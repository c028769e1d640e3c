namespace HrResponse.Plotting;

/// <summary>
/// A fitted mono-exponential recovery curve <c>HR(t) = AsymptoteBpm + AmplitudeBpm · exp(−(t − StartSeconds) / TauSeconds)</c>,
/// drawn from <see cref="StartSeconds"/> (exercise end) to <see cref="EndSeconds"/>.
/// </summary>
/// <param name="StartSeconds">Time origin of the fit (exercise end), seconds from recording start.</param>
/// <param name="EndSeconds">Last time to draw, seconds.</param>
/// <param name="AsymptoteBpm">Heart rate the curve tends to, bpm.</param>
/// <param name="AmplitudeBpm">HR at <see cref="StartSeconds"/> minus the asymptote, bpm.</param>
/// <param name="TauSeconds">Time constant τ, seconds. A curve with any non-finite parameter or τ ≤ 0 is not drawn.</param>
public sealed record RecoveryCurve(double StartSeconds, double EndSeconds, double AsymptoteBpm, double AmplitudeBpm, double TauSeconds)
{
    /// <summary>True when every parameter is finite, τ &gt; 0 and the end is after the start.</summary>
    public bool IsDrawable =>
        double.IsFinite(StartSeconds) && double.IsFinite(EndSeconds) && EndSeconds > StartSeconds &&
        double.IsFinite(AsymptoteBpm) && double.IsFinite(AmplitudeBpm) && double.IsFinite(TauSeconds) && TauSeconds > 0;

    /// <summary>The curve's heart rate at <paramref name="timeSeconds"/>, bpm.</summary>
    /// <param name="timeSeconds">Time, seconds from recording start.</param>
    public double HeartRateAt(double timeSeconds) =>
        AsymptoteBpm + (AmplitudeBpm * Math.Exp(-(timeSeconds - StartSeconds) / TauSeconds));
}
