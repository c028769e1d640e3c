namespace HrResponse.Io;

/// <summary>A lap (or interval) as the device recorded it.</summary>
public sealed record DeviceLap
{
    /// <summary>1-based lap number in file order.</summary>
    public required int Number { get; init; }

    /// <summary>Start of the lap in seconds from the recording start.</summary>
    public required double StartSeconds { get; init; }

    /// <summary>Elapsed duration of the lap in seconds, or NaN when the file does not give it.</summary>
    public double DurationSeconds { get; init; } = double.NaN;

    /// <summary>Average heart rate the device stored for the lap in bpm, or NaN when not given.</summary>
    public double AverageHeartRateBpm { get; init; } = double.NaN;

    /// <summary>Maximum heart rate the device stored for the lap in bpm, or NaN when not given.</summary>
    public double MaxHeartRateBpm { get; init; } = double.NaN;
}
