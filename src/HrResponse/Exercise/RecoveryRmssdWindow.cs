namespace HrResponse.Exercise;

/// <summary>RMSSD of one window of recovery.</summary>
/// <param name="StartSeconds">Window start, seconds after exercise end (inclusive).</param>
/// <param name="EndSeconds">Window end, seconds after exercise end (exclusive).</param>
/// <param name="RmssdMs">
/// Root mean square of successive differences in ms, <c>sqrt(mean((RR[i] − RR[i−1])²))</c> over the pairs whose
/// second beat lies in the window and neither interval was excluded nor follows a gap; divides by the number of such
/// differences (N). NaN when fewer than 2.
/// </param>
/// <param name="DifferenceCount">Number of successive differences used.</param>
public sealed record RecoveryRmssdWindow(double StartSeconds, double EndSeconds, double RmssdMs, int DifferenceCount);
