namespace HrResponse.Exercise;

/// <summary>Heart rate and heart-rate recovery at one time after exercise end.</summary>
/// <param name="OffsetSeconds">Seconds after exercise end (10, 30, 60, 120, 180, 300).</param>
/// <param name="HeartRateBpm">Time-weighted mean heart rate over the window centred on the offset, bpm; NaN when recovery does not cover the window.</param>
/// <param name="RecoveryBpm">Heart-rate recovery <c>HRpeak − HR(t)</c>, bpm.</param>
/// <param name="RecoveryPercent">Relative heart-rate recovery <c>100·(HRpeak − HR(t))/HRpeak</c>, percent of peak.</param>
public sealed record RecoveryHeartRate(double OffsetSeconds, double HeartRateBpm, double RecoveryBpm, double RecoveryPercent);
