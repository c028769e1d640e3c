namespace HrResponse.Quality;

/// <summary>
/// One row of the cleaned series as written by <c>hrresponse clean</c> (<c>time_s,rr_ms,action,input_index</c>, …): either an
/// interval of the cleaned series (<see cref="BeatAction.Kept"/>, <see cref="BeatAction.Interpolated"/>,
/// <see cref="BeatAction.Inserted"/>) or an input interval left out of it (<see cref="BeatAction.Removed"/>,
/// <see cref="BeatAction.Gap"/>).
/// </summary>
public readonly record struct BeatRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="timeSeconds">Time of the beat ending the interval, in seconds.</param>
    /// <param name="rrMs">The interval in ms (cleaned value, or the input value for a left-out interval).</param>
    /// <param name="action">What happened to the beat.</param>
    /// <param name="inputIndex">Index of the input interval (for an inserted beat, the interval it was split from).</param>
    /// <param name="gapBefore">True for a cleaned interval that follows a gap.</param>
    public BeatRecord(double timeSeconds, double rrMs, BeatAction action, int inputIndex, bool gapBefore)
    {
        TimeSeconds = timeSeconds;
        RrMs = rrMs;
        Action = action;
        InputIndex = inputIndex;
        GapBefore = gapBefore;
    }

    /// <summary>Time in seconds of the beat ending the interval.</summary>
    public double TimeSeconds { get; }

    /// <summary>The interval in ms: the cleaned value, or for <see cref="BeatAction.Removed"/> and <see cref="BeatAction.Gap"/> the input value.</summary>
    public double RrMs { get; }

    /// <summary>What happened to the beat.</summary>
    public BeatAction Action { get; }

    /// <summary>Index of the input interval; for an <see cref="BeatAction.Inserted"/> beat, the input interval it was split from.</summary>
    public int InputIndex { get; }

    /// <summary>True for an interval of the cleaned series that follows a gap (its <see cref="RrIntervals.GapBefore"/>); false for left-out rows.</summary>
    public bool GapBefore { get; }

    /// <summary>True when the interval is part of the cleaned series (kept, interpolated or inserted).</summary>
    public bool InCleanedSeries => Action is BeatAction.Kept or BeatAction.Interpolated or BeatAction.Inserted;
}
