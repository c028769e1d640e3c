namespace HrResponse.Io;

/// <summary>
/// What a device reader found and did: the format, the absolute start time, the device, laps, counts, and every
/// kind of data it skipped (with counts), so nothing is dropped silently.
/// </summary>
public sealed record DeviceReadReport
{
    /// <summary>The format that was read.</summary>
    public required DeviceFormat Format { get; init; }

    /// <summary>File path or stream name.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Absolute time of the recording's time origin (0 s), or <c>null</c> when the file does not say. For local
    /// times without an offset (Polar HRM) the offset is zero and <see cref="StartTimeIsLocal"/> is true.
    /// </summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>True when <see cref="StartTime"/> is a local wall-clock time whose UTC offset the file does not give.</summary>
    public bool StartTimeIsLocal { get; init; }

    /// <summary>Device or creating application as the file names it, or <c>null</c>.</summary>
    public string? Device { get; init; }

    /// <summary>Sport or activity type as the file names it, or <c>null</c>.</summary>
    public string? Sport { get; init; }

    /// <summary>Number of RR intervals read.</summary>
    public int BeatCount { get; init; }

    /// <summary>Number of heart-rate samples read from the file (not derived from beats).</summary>
    public int HeartRateSampleCount { get; init; }

    /// <summary>Number of power samples read (0 when the file has no power).</summary>
    public int PowerSampleCount { get; init; }

    /// <summary>Laps or intervals as recorded, in file order; empty when the file has none.</summary>
    public IReadOnlyList<DeviceLap> Laps { get; init; } = [];

    /// <summary>
    /// Unit the RR values were read in (<see cref="RrTextReader"/> only, whose files give RR values without a fixed
    /// unit); <c>null</c> for the other formats, whose RR unit the format defines.
    /// </summary>
    public RrUnit? RrUnit { get; init; }

    /// <summary>
    /// Why <see cref="RrUnit"/> was chosen (an explicit unit, the column header, or the median of the values); <c>null</c>
    /// when <see cref="RrUnit"/> is.
    /// </summary>
    public string? RrUnitReason { get; init; }

    /// <summary>Human-readable notes on data that was skipped or adjusted, each with its count and reason.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}
