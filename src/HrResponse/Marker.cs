namespace HrResponse;

/// <summary>A labelled event at a point in time, e.g. <c>exercise_start</c> or <c>recovery</c>.</summary>
/// <param name="TimeSeconds">Time of the event in seconds on the recording's time axis.</param>
/// <param name="Label">The event's label as given in the source.</param>
public sealed record Marker(double TimeSeconds, string Label);
