namespace HrResponse.Io;

/// <summary>A recording read from a file, with the report of how it was read.</summary>
public sealed record RecordingReadResult
{
    /// <summary>The recording.</summary>
    public required Recording Recording { get; init; }

    /// <summary>How the file was read: detected layout, units and why, columns used and ignored, lines skipped.</summary>
    public required RecordingReadReport Report { get; init; }
}
