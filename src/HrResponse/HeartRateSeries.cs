using HrResponse.Internal;

namespace HrResponse;

/// <summary>
/// An immutable series of heart-rate samples: time in seconds and heart rate in beats per minute. Sampling may be
/// irregular (smart-recording watches, 10-s clinic logs); times are strictly increasing.
/// </summary>
public sealed class HeartRateSeries
{
    /// <summary>Highest heart rate accepted, in bpm. Above it a value is a unit or device error, not a heart rate.</summary>
    public const double MaxPlausibleBpm = 400;

    private readonly double[] _timesSeconds;
    private readonly double[] _bpm;

    private HeartRateSeries(double[] timesSeconds, double[] bpm)
    {
        _timesSeconds = timesSeconds;
        _bpm = bpm;
    }

    /// <summary>Sample times in seconds, strictly increasing.</summary>
    public ReadOnlySpan<double> TimesSeconds => _timesSeconds;

    /// <summary>Heart rate of each sample in beats per minute.</summary>
    public ReadOnlySpan<double> Bpm => _bpm;

    /// <summary>Number of samples.</summary>
    public int Count => _bpm.Length;

    /// <summary>Time of the first sample in seconds, or 0 when empty.</summary>
    public double StartSeconds => Count == 0 ? 0 : _timesSeconds[0];

    /// <summary>Time of the last sample in seconds, or 0 when empty.</summary>
    public double EndSeconds => Count == 0 ? 0 : _timesSeconds[^1];

    /// <summary>An empty series.</summary>
    public static HeartRateSeries Empty { get; } = new([], []);

    /// <summary>Creates a series from sample times and heart rates.</summary>
    /// <param name="timesSeconds">Sample times in seconds; finite and strictly increasing.</param>
    /// <param name="bpm">Heart rate per sample in bpm; finite, greater than 0 and at most <see cref="MaxPlausibleBpm"/>.</param>
    /// <exception cref="ArgumentException">Lengths differ, a time does not increase, or a heart rate is out of range.</exception>
    public static HeartRateSeries FromSamples(ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> bpm)
    {
        Guard.SameLength(timesSeconds.Length, bpm.Length, nameof(bpm));
        Guard.StrictlyIncreasing(timesSeconds, nameof(timesSeconds));
        for (var i = 0; i < bpm.Length; i++)
        {
            var v = bpm[i];
            if (!double.IsFinite(v) || v <= 0 || v > MaxPlausibleBpm)
                throw new ArgumentException(
                    $"Every heart rate must be finite, greater than 0 and at most {MaxPlausibleBpm} bpm; bpm[{i}] is {Guard.Show(v)}.",
                    nameof(bpm));
        }

        return new HeartRateSeries(timesSeconds.ToArray(), bpm.ToArray());
    }

    /// <summary>The samples whose time lies in <c>[fromSeconds, toSeconds)</c>.</summary>
    /// <param name="fromSeconds">Inclusive start time in seconds.</param>
    /// <param name="toSeconds">Exclusive end time in seconds; not before <paramref name="fromSeconds"/>.</param>
    /// <exception cref="ArgumentException">A bound is NaN or <paramref name="toSeconds"/> is before <paramref name="fromSeconds"/>.</exception>
    public HeartRateSeries Slice(double fromSeconds, double toSeconds)
    {
        TimeRange.Validate(fromSeconds, toSeconds);
        var (start, end) = TimeRange.IndexRange(_timesSeconds, fromSeconds, toSeconds);
        return new HeartRateSeries(_timesSeconds[start..end], _bpm[start..end]);
    }

    internal static HeartRateSeries CreateTrusted(double[] timesSeconds, double[] bpm) => new(timesSeconds, bpm);
}
