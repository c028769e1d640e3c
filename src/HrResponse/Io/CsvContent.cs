namespace HrResponse.Io;

/// <summary>What a CSV file holds.</summary>
public enum CsvContent
{
    /// <summary>
    /// Detect from the column names: an RR column means <see cref="RrIntervals"/>; otherwise a beat-time column
    /// (<c>beat_time</c>, <c>r_peak</c>, ...) means <see cref="BeatTimes"/>; otherwise a heart-rate column with a time
    /// column means <see cref="HeartRateSamples"/>. A single column without a header is read as RR intervals.
    /// </summary>
    Auto,

    /// <summary>RR (beat-to-beat) intervals, one per row, optionally with a time column.</summary>
    RrIntervals,

    /// <summary>Times of successive beats (R peaks); <c>n</c> times give <c>n − 1</c> intervals.</summary>
    BeatTimes,

    /// <summary>Heart-rate samples in beats per minute with a time column, at any (irregular) spacing.</summary>
    HeartRateSamples,
}
