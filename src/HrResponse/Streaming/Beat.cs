namespace HrResponse.Streaming;

/// <summary>One heartbeat as it arrives: the time of the beat and the RR interval that ends at it.</summary>
/// <param name="TimeSeconds">Time of the beat in seconds (any origin; must increase from beat to beat).</param>
/// <param name="RrMs">The RR interval ending at this beat, in milliseconds.</param>
public readonly record struct Beat(double TimeSeconds, double RrMs);
