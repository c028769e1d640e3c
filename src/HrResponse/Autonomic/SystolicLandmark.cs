namespace HrResponse.Autonomic;

/// <summary>One systolic-pressure landmark of the Valsalva manoeuvre: the beat's time and its systolic pressure.</summary>
/// <param name="TimeSeconds">Time of the beat (R peak) in seconds on the recording's axis; NaN when not found.</param>
/// <param name="SystolicMmHg">Systolic pressure of that beat in mmHg; NaN when not found.</param>
public sealed record SystolicLandmark(double TimeSeconds, double SystolicMmHg)
{
    /// <summary>A landmark that was not found (both NaN).</summary>
    public static SystolicLandmark None { get; } = new(double.NaN, double.NaN);
}
