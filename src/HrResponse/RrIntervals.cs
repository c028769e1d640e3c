using HrResponse.Internal;

namespace HrResponse;

/// <summary>
/// An immutable series of RR (beat-to-beat) intervals in milliseconds, each with the time in seconds of the beat
/// that ends it. Validated once, in the factories; everything downstream can trust it.
/// </summary>
/// <remarks>
/// <para>Interval <c>i</c> ends at beat time <see cref="BeatTimesSeconds"/><c>[i]</c>. When only intervals are
/// given, the first interval is taken to start at 0 s, so beat time <c>i</c> is the cumulative sum of intervals
/// 0..i divided by 1000 (NeuroKit2's convention). When times are given (beat times or a time column), they are kept
/// as they are: a file's own time origin (e.g. negative times before exercise start) survives.</para>
/// <para>Intervals need not tile the time axis: a recording with missing beats can have
/// <c>BeatTimesSeconds[i] - BeatTimesSeconds[i-1]</c> larger than <c>Milliseconds[i] / 1000</c>.</para>
/// </remarks>
public sealed class RrIntervals
{
    private readonly double[] _milliseconds;
    private readonly double[] _beatTimesSeconds;
    private readonly bool[] _gapBefore;
    private readonly bool[] _reconstructed;

    private RrIntervals(double[] milliseconds, double[] beatTimesSeconds, bool[]? gapBefore = null, bool[]? reconstructed = null)
    {
        _milliseconds = milliseconds;
        _beatTimesSeconds = beatTimesSeconds;
        _gapBefore = gapBefore ?? new bool[milliseconds.Length];
        _reconstructed = reconstructed ?? new bool[milliseconds.Length];
        HasGaps = Array.IndexOf(_gapBefore, true) >= 0;
        foreach (var r in _reconstructed)
            if (r) ReconstructedCount++;
    }

    /// <summary>
    /// For each interval, true when it does not directly follow the previous one: beats were excluded or lost
    /// between them, so their successive difference is not a real beat-to-beat change and gap-aware indices skip
    /// it. Always false for the first interval. Same length as <see cref="Milliseconds"/>.
    /// </summary>
    public ReadOnlySpan<bool> GapBefore => _gapBefore;

    /// <summary>True when at least one interval has <see cref="GapBefore"/> set.</summary>
    public bool HasGaps { get; }

    /// <summary>
    /// For each interval, true when its value was not recorded but reconstructed from the beat times (for example an
    /// empty RR cell beside a time column, read with <see cref="Io.MissingRrPolicy.RebuildFromTimes"/>). The artifact
    /// correction counts these intervals in its <see cref="Quality.QualityReport"/>. Same length as
    /// <see cref="Milliseconds"/>.
    /// </summary>
    public ReadOnlySpan<bool> Reconstructed => _reconstructed;

    /// <summary>Number of intervals with <see cref="Reconstructed"/> set.</summary>
    public int ReconstructedCount { get; }

    /// <summary>The intervals in milliseconds, in recording order.</summary>
    public ReadOnlySpan<double> Milliseconds => _milliseconds;

    /// <summary>The time in seconds of the beat that ends each interval; strictly increasing.</summary>
    public ReadOnlySpan<double> BeatTimesSeconds => _beatTimesSeconds;

    /// <summary>Number of intervals.</summary>
    public int Count => _milliseconds.Length;

    /// <summary>Time in seconds of the beat that starts the first interval (first beat time minus first interval), or 0 when empty.</summary>
    public double StartSeconds => Count == 0 ? 0 : _beatTimesSeconds[0] - (_milliseconds[0] / 1000.0);

    /// <summary>Time in seconds of the last beat, or 0 when empty.</summary>
    public double EndSeconds => Count == 0 ? 0 : _beatTimesSeconds[^1];

    /// <summary>Time covered from the start of the first interval to the last beat, in seconds.</summary>
    public double DurationSeconds => EndSeconds - StartSeconds;

    /// <summary>An empty series.</summary>
    public static RrIntervals Empty { get; } = new([], []);

    /// <summary>Creates a series from intervals in milliseconds; the first interval starts at 0 s.</summary>
    /// <param name="rrMs">Intervals in milliseconds; every value finite and greater than 0.</param>
    /// <exception cref="ArgumentException">
    /// A value is not finite, not positive or above <see cref="MaxIntervalMs"/>, too small to advance the beat time in
    /// double precision (e.g. 1e-300 ms after the first beat), or all values look like seconds.
    /// </exception>
    public static RrIntervals FromMilliseconds(ReadOnlySpan<double> rrMs)
    {
        ValidateIntervals(rrMs, nameof(rrMs), "ms");
        var ms = rrMs.ToArray();
        var times = new double[ms.Length];
        double sum = 0;
        for (var i = 0; i < ms.Length; i++)
        {
            sum += ms[i];
            times[i] = sum / 1000.0;
            if (!(times[i] > (i == 0 ? 0 : times[i - 1])))
            {
                throw new ArgumentException(
                    $"Every RR interval must advance the beat time; {nameof(rrMs)}[{i}] is {Guard.Show(ms[i])} ms, too small to move the time " +
                    $"{Guard.Show(i == 0 ? 0 : times[i - 1])} s in double precision.", nameof(rrMs));
            }
        }

        return new RrIntervals(ms, times);
    }

    /// <summary>Creates a series from intervals in milliseconds with the time of the beat ending each one.</summary>
    /// <param name="rrMs">Intervals in milliseconds; every value finite and greater than 0.</param>
    /// <param name="beatTimesSeconds">Time in seconds of the beat ending each interval; strictly increasing; same length.</param>
    /// <exception cref="ArgumentException">Lengths differ, a value is invalid, or times do not increase.</exception>
    public static RrIntervals FromMilliseconds(ReadOnlySpan<double> rrMs, ReadOnlySpan<double> beatTimesSeconds)
    {
        Guard.SameLength(beatTimesSeconds.Length, rrMs.Length, nameof(rrMs));
        ValidateIntervals(rrMs, nameof(rrMs), "ms");
        Guard.StrictlyIncreasing(beatTimesSeconds, nameof(beatTimesSeconds));
        return new RrIntervals(rrMs.ToArray(), beatTimesSeconds.ToArray());
    }

    /// <summary>Creates a series from intervals in seconds; the first interval starts at 0 s.</summary>
    /// <param name="rrSeconds">Intervals in seconds; every value finite and greater than 0.</param>
    /// <exception cref="ArgumentException">A value is not finite or not positive, or all values look like milliseconds.</exception>
    public static RrIntervals FromSeconds(ReadOnlySpan<double> rrSeconds)
    {
        ValidateIntervals(rrSeconds, nameof(rrSeconds), "s");
        var ms = new double[rrSeconds.Length];
        for (var i = 0; i < ms.Length; i++) ms[i] = rrSeconds[i] * 1000.0;
        return FromMilliseconds(ms);
    }

    /// <summary>
    /// Creates a series from the times of successive beats (R peaks) in seconds: interval <c>i</c> is
    /// <c>(t[i+1] - t[i]) * 1000</c> ms and ends at <c>t[i+1]</c>. <c>n</c> beat times give <c>n - 1</c> intervals.
    /// </summary>
    /// <param name="beatTimesSeconds">Beat times in seconds; strictly increasing; at least two.</param>
    /// <exception cref="ArgumentException">Fewer than two times, times not strictly increasing, or two beats more than <see cref="MaxIntervalMs"/> apart.</exception>
    public static RrIntervals FromBeatTimes(ReadOnlySpan<double> beatTimesSeconds)
    {
        if (beatTimesSeconds.Length < 2)
            throw new ArgumentException(
                $"Needs at least two beat times to form an interval; it has {beatTimesSeconds.Length}.", nameof(beatTimesSeconds));
        Guard.StrictlyIncreasing(beatTimesSeconds, nameof(beatTimesSeconds));
        var n = beatTimesSeconds.Length - 1;
        var ms = new double[n];
        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            ms[i] = (beatTimesSeconds[i + 1] - beatTimesSeconds[i]) * 1000.0;
            times[i] = beatTimesSeconds[i + 1];
            if (!(ms[i] <= MaxIntervalMs))
                throw new ArgumentException(
                    $"Beat times {Guard.Show(beatTimesSeconds[i])} s and {Guard.Show(beatTimesSeconds[i + 1])} s are more than one hour apart (RrIntervals.MaxIntervalMs); mark a recording gap instead.",
                    nameof(beatTimesSeconds));
        }

        return new RrIntervals(ms, times);
    }

    /// <summary>A copy in which the intervals at <paramref name="indices"/> are marked as following a gap.</summary>
    /// <param name="indices">Indices of intervals that do not directly follow the previous interval.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside <c>[0, Count)</c>.</exception>
    public RrIntervals WithGapsBefore(IEnumerable<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var gaps = (bool[])_gapBefore.Clone();
        foreach (var i in indices)
        {
            if ((uint)i >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(indices), i, $"Must be in [0, {Count}); it is {i}.");
            gaps[i] = i > 0;
        }

        return new RrIntervals(_milliseconds, _beatTimesSeconds, gaps, _reconstructed);
    }

    /// <summary>A copy in which the intervals at <paramref name="indices"/> are marked as <see cref="Reconstructed"/>.</summary>
    /// <param name="indices">Indices of intervals whose value was reconstructed rather than recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside <c>[0, Count)</c>.</exception>
    public RrIntervals WithReconstructed(IEnumerable<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var marks = (bool[])_reconstructed.Clone();
        foreach (var i in indices)
        {
            if ((uint)i >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(indices), i, $"Must be in [0, {Count}); it is {i}.");
            marks[i] = true;
        }

        return new RrIntervals(_milliseconds, _beatTimesSeconds, _gapBefore, marks);
    }

    /// <summary>The intervals whose ending beat lies in <c>[fromSeconds, toSeconds)</c>.</summary>
    /// <param name="fromSeconds">Inclusive start time in seconds.</param>
    /// <param name="toSeconds">Exclusive end time in seconds; not before <paramref name="fromSeconds"/>.</param>
    /// <exception cref="ArgumentException">A bound is NaN or <paramref name="toSeconds"/> is before <paramref name="fromSeconds"/>.</exception>
    public RrIntervals Slice(double fromSeconds, double toSeconds)
    {
        TimeRange.Validate(fromSeconds, toSeconds);
        var (start, end) = TimeRange.IndexRange(_beatTimesSeconds, fromSeconds, toSeconds);
        var gaps = _gapBefore[start..end];
        if (gaps.Length > 0) gaps[0] = false;
        return new RrIntervals(_milliseconds[start..end], _beatTimesSeconds[start..end], gaps, _reconstructed[start..end]);
    }

    /// <summary>Instantaneous heart rate at each beat, <c>60000 / RR</c> bpm, sampled at the beat times.</summary>
    public HeartRateSeries ToHeartRateSeries()
    {
        var bpm = new double[Count];
        for (var i = 0; i < bpm.Length; i++) bpm[i] = 60000.0 / _milliseconds[i];
        return HeartRateSeries.CreateTrusted(_beatTimesSeconds, bpm);
    }

    /// <summary>
    /// Largest RR interval a factory accepts: 3,600,000 ms (one hour). No heart pauses that long; a larger value is a unit
    /// or data error, and accepting it would make time grids (resampling, windows) as long as the value says.
    /// Recording gaps are marked with <see cref="GapBefore"/>, not written as intervals.
    /// </summary>
    public const double MaxIntervalMs = 3_600_000;

    internal static RrIntervals CreateTrusted(double[] milliseconds, double[] beatTimesSeconds, bool[]? gapBefore = null, bool[]? reconstructed = null) =>
        new(milliseconds, beatTimesSeconds, gapBefore, reconstructed);

    private static void ValidateIntervals(ReadOnlySpan<double> values, string paramName, string unit)
    {
        var max = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!double.IsFinite(v) || v <= 0)
                throw new ArgumentException(
                    $"Every RR interval must be a finite number greater than 0 {unit}; {paramName}[{i}] is {Guard.Show(v)}.", paramName);
            if (v > max) max = v;
        }

        var limit = unit == "ms" ? MaxIntervalMs : MaxIntervalMs / 1000;
        if (max > limit)
            throw new ArgumentException(
                $"Every RR interval must be at most {Guard.Show(limit)} {unit} (one hour; RrIntervals.MaxIntervalMs); the largest is {Guard.Show(max)}.", paramName);

        if (unit == "ms" && values.Length > 0 && UnitDetection.LooksLikeSeconds(values))
            throw new ArgumentException(
                $"The RR intervals look like seconds (median below 20, largest {Guard.Show(max)}); pass milliseconds, or use RrIntervals.FromSeconds.",
                paramName);
        if (unit == "s" && values.Length > 0 && !UnitDetection.LooksLikeSeconds(values))
            throw new ArgumentException(
                $"The RR intervals look like milliseconds (median above 20); pass seconds, or use RrIntervals.FromMilliseconds.",
                paramName);
    }
}
