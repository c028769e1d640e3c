using HrResponse.Internal;

namespace HrResponse;

/// <summary>
/// An extra time-stamped numeric column of a recording, such as ergometer power or oxygen uptake: its name, its unit
/// and its samples. Values may be NaN where the source had no value.
/// </summary>
public sealed class SampledChannel
{
    private readonly double[] _timesSeconds;
    private readonly double[] _values;

    private SampledChannel(string name, string unit, double[] timesSeconds, double[] values)
    {
        Name = name;
        Unit = unit;
        _timesSeconds = timesSeconds;
        _values = values;
    }

    /// <summary>Column name as in the source, e.g. <c>power_w</c>.</summary>
    public string Name { get; }

    /// <summary>Unit of the values, e.g. <c>W</c>; empty when unknown.</summary>
    public string Unit { get; }

    /// <summary>Sample times in seconds, non-decreasing.</summary>
    public ReadOnlySpan<double> TimesSeconds => _timesSeconds;

    /// <summary>Sample values in <see cref="Unit"/>; NaN where the source had none.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Number of samples.</summary>
    public int Count => _values.Length;

    /// <summary>Creates a channel.</summary>
    /// <param name="name">Name of the channel; not empty.</param>
    /// <param name="unit">Unit of the values (empty when unknown).</param>
    /// <param name="timesSeconds">Sample times in seconds, finite and non-decreasing.</param>
    /// <param name="values">Values; NaN marks a missing value.</param>
    /// <exception cref="ArgumentException">Empty name, lengths differ, or times decrease.</exception>
    public static SampledChannel Create(string name, string unit, ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(unit);
        Guard.SameLength(timesSeconds.Length, values.Length, nameof(values));
        for (var i = 0; i < timesSeconds.Length; i++)
        {
            Guard.Finite(timesSeconds[i], $"{nameof(timesSeconds)}[{i}]");
            if (i > 0 && timesSeconds[i] < timesSeconds[i - 1])
                throw new ArgumentException(
                    $"Times must not decrease; timesSeconds[{i}] = {Guard.Show(timesSeconds[i])} s is before the previous one.",
                    nameof(timesSeconds));
        }

        return new SampledChannel(name, unit, timesSeconds.ToArray(), values.ToArray());
    }

    /// <summary>The samples whose time lies in <c>[fromSeconds, toSeconds)</c>.</summary>
    /// <param name="fromSeconds">Inclusive start time in seconds.</param>
    /// <param name="toSeconds">Exclusive end time in seconds.</param>
    public SampledChannel Slice(double fromSeconds, double toSeconds)
    {
        TimeRange.Validate(fromSeconds, toSeconds);
        var (start, end) = TimeRange.IndexRange(_timesSeconds, fromSeconds, toSeconds);
        return new SampledChannel(Name, Unit, _timesSeconds[start..end], _values[start..end]);
    }
}
