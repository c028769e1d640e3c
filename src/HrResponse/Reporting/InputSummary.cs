namespace HrResponse.Reporting;

/// <summary>What was read from the input: the <c>input</c> object of the CLI's JSON output.</summary>
public sealed record InputSummary
{
    /// <summary>What the input held, e.g. <c>rr-intervals</c>, <c>beat-times</c>, <c>hr-samples</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Number of RR intervals read (0 when only heart-rate samples).</summary>
    public int Beats { get; init; }

    /// <summary>Number of heart-rate samples given in the source (0 when HR was derived from beats).</summary>
    public int HrSamples { get; init; }

    /// <summary>Duration of the recording in seconds.</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Further facts about the reading (chosen units and why, lines skipped, ...), in a stable order.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();

    /// <summary>A summary of a recording that was built in code rather than read from a file.</summary>
    /// <param name="recording">The recording.</param>
    /// <param name="format">The format name to report.</param>
    public static InputSummary Of(Recording recording, string format)
    {
        ArgumentNullException.ThrowIfNull(recording);
        return new InputSummary
        {
            Format = format,
            Beats = recording.Beats.Count,
            HrSamples = recording.HeartRateIsFromBeats ? 0 : recording.HeartRate.Count,
            DurationSeconds = recording.DurationSeconds,
        };
    }
}
