namespace HrResponse.Signal;

/// <summary>An evenly sampled series produced by <see cref="Resampling.Resample"/>, with the settings that made it.</summary>
public sealed record ResampledSeries
{
    internal double[] ValuesArray { get; init; } = [];

    /// <summary>The resampled values, in the unit of the input (ms for RR intervals).</summary>
    public IReadOnlyList<double> Values => ValuesArray;

    /// <summary>Time in seconds of the first value; value <c>k</c> is at <c>StartSeconds + k / RateHz</c>.</summary>
    public double StartSeconds { get; init; }

    /// <summary>Sampling rate of the grid in Hz.</summary>
    public double RateHz { get; init; }

    /// <summary>Interpolation used.</summary>
    public InterpolationMethod Method { get; init; }

    /// <summary>
    /// Interpolation actually applied: differs from <see cref="Method"/> when there were too few samples for the
    /// spline (then <see cref="InterpolationMethod.Linear"/>).
    /// </summary>
    public InterpolationMethod AppliedMethod { get; init; }

    /// <summary>The grid rule used.</summary>
    public ResamplingGrid Grid { get; init; }

    /// <summary>Number of values.</summary>
    public int Count => ValuesArray.Length;
}
