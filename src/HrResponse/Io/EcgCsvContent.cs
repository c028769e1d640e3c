namespace HrResponse.Io;

/// <summary>What <see cref="EcgCsvReader"/> read: one <see cref="EcgSignal"/> per signal column, and how the rate was found.</summary>
public sealed record EcgCsvContent
{
    /// <summary>File path or stream name.</summary>
    public required string Source { get; init; }

    /// <summary>The signals, in column order; at least one.</summary>
    public required IReadOnlyList<EcgSignal> Signals { get; init; }

    /// <summary>Sampling rate in Hz shared by all signals.</summary>
    public required double SamplingRateHz { get; init; }

    /// <summary>Where the sampling rate came from.</summary>
    public required EcgSamplingRateSource SamplingRateSource { get; init; }

    /// <summary>
    /// Events from the marker column (<c>event</c>, <c>marker</c>, ...): one per non-empty cell whose text differs from
    /// the previous row's, at that sample's time in seconds; empty without a marker column.
    /// </summary>
    public IReadOnlyList<Marker> Markers { get; init; } = [];

    /// <summary>Name of the marker column read, or <c>null</c>.</summary>
    public string? MarkerColumn { get; init; }

    /// <summary>Name of the time column used, or <c>null</c>.</summary>
    public string? TimeColumn { get; init; }

    /// <summary>Number of blank and comment (<c>#</c>) lines skipped.</summary>
    public int SkippedLineCount { get; init; }

    /// <summary>Things the user should know (skipped lines, a header rate overridden by the option); empty when none.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
