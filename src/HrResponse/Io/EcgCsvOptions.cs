namespace HrResponse.Io;

/// <summary>Settings of <see cref="EcgCsvReader"/>.</summary>
public sealed record EcgCsvOptions
{
    /// <summary>
    /// Sampling rate in Hz, or <c>null</c> to take it from the header (<c>ecg_360hz</c>) or a time column.
    /// When given it wins over both; a conflicting header is reported in <see cref="EcgCsvContent.Notes"/>. Default <c>null</c>.
    /// </summary>
    public double? SamplingRateHz { get; init; }

    /// <summary>Name of the one signal column to read (case-insensitive), or <c>null</c> for every non-time column. Default <c>null</c>.</summary>
    public string? SignalColumn { get; init; }

    /// <summary>
    /// Name of the time column (case-insensitive), or <c>null</c> to recognise <c>time</c>, <c>time_s</c>, <c>time_ms</c>,
    /// <c>t</c>, <c>seconds</c>, <c>sec</c>, <c>timestamp</c>. Times are in seconds unless the name ends in <c>ms</c>. Default <c>null</c>.
    /// </summary>
    public string? TimeColumn { get; init; }

    /// <summary>The defaults.</summary>
    public static EcgCsvOptions Default { get; } = new();
}
