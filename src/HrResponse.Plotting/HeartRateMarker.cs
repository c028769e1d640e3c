namespace HrResponse.Plotting;

/// <summary>A labelled point on a heart-rate chart, e.g. the peak or the heart rate 60 s into recovery.</summary>
/// <param name="TimeSeconds">Time, seconds from recording start.</param>
/// <param name="HeartRateBpm">Heart rate, bpm; a non-finite value is not drawn.</param>
/// <param name="Label">Short label drawn beside the point, e.g. "60 s"; empty for none.</param>
public sealed record HeartRateMarker(double TimeSeconds, double HeartRateBpm, string Label);
