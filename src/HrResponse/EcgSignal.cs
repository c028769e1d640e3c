using HrResponse.Internal;

namespace HrResponse;

/// <summary>
/// A uniformly sampled ECG lead: samples, sampling rate, name and unit, and the time of the first sample.
/// Sample <c>i</c> is at <c>StartSeconds + i / SamplingRateHz</c> seconds. Immutable; validated in <see cref="Create"/>.
/// </summary>
public sealed class EcgSignal
{
    private readonly double[] _samples;

    private EcgSignal(double[] samples, double samplingRateHz, string name, string unit, double startSeconds)
    {
        _samples = samples;
        SamplingRateHz = samplingRateHz;
        Name = name;
        Unit = unit;
        StartSeconds = startSeconds;
    }

    /// <summary>The samples in <see cref="Unit"/>, all finite.</summary>
    public ReadOnlySpan<double> Samples => _samples;

    /// <summary>Number of samples.</summary>
    public int Count => _samples.Length;

    /// <summary>Sampling rate in Hz.</summary>
    public double SamplingRateHz { get; }

    /// <summary>Lead or column name, e.g. <c>MLII</c> or <c>ecg</c>.</summary>
    public string Name { get; }

    /// <summary>Unit of the samples, e.g. <c>mV</c>; empty when unknown.</summary>
    public string Unit { get; }

    /// <summary>Time in seconds of sample 0 on the recording's time axis (0 unless the source says otherwise).</summary>
    public double StartSeconds { get; }

    /// <summary>Duration in seconds, <c>Count / SamplingRateHz</c>.</summary>
    public double DurationSeconds => Count / SamplingRateHz;

    /// <summary>Time in seconds of sample <paramref name="index"/>: <c>StartSeconds + index / SamplingRateHz</c>.</summary>
    /// <param name="index">Sample index (may be outside the signal, e.g. for extrapolation).</param>
    public double TimeOfSample(double index) => StartSeconds + (index / SamplingRateHz);

    /// <summary>Creates a signal.</summary>
    /// <param name="samples">Samples; at least one; every value finite (fill or cut gaps first).</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; finite and positive.</param>
    /// <param name="name">Lead or column name; default <c>ecg</c>.</param>
    /// <param name="unit">Unit of the samples (empty when unknown).</param>
    /// <param name="startSeconds">Time of the first sample in seconds; finite. Default 0.</param>
    /// <exception cref="ArgumentException">No samples, a sample that is not finite, a rate that is not positive, an empty name.</exception>
    public static EcgSignal Create(
        ReadOnlySpan<double> samples, double samplingRateHz, string name = "ecg", string unit = "", double startSeconds = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(unit);
        Guard.Positive(samplingRateHz, nameof(samplingRateHz));
        Guard.Finite(startSeconds, nameof(startSeconds));
        Guard.NotEmpty(samples, nameof(samples));
        Signal.SosFilter.CheckFinite(samples, nameof(samples));
        return new EcgSignal(samples.ToArray(), samplingRateHz, name, unit, startSeconds);
    }

    /// <summary>
    /// The samples whose time lies in <c>[fromSeconds, toSeconds)</c>, with <see cref="StartSeconds"/> set to the time
    /// of the first kept sample. May be empty.
    /// </summary>
    /// <param name="fromSeconds">Inclusive start time in seconds.</param>
    /// <param name="toSeconds">Exclusive end time in seconds; not before <paramref name="fromSeconds"/>.</param>
    /// <exception cref="ArgumentException">A bound is NaN or the range is reversed.</exception>
    public EcgSignal Slice(double fromSeconds, double toSeconds)
    {
        TimeRange.Validate(fromSeconds, toSeconds);
        var start = FirstIndexAtOrAfter(fromSeconds);
        var end = Math.Max(start, FirstIndexAtOrAfter(toSeconds));
        return new EcgSignal(_samples[start..end], SamplingRateHz, Name, Unit, TimeOfSample(start));
    }

    private int FirstIndexAtOrAfter(double seconds)
    {
        if (double.IsNegativeInfinity(seconds)) return 0;
        if (double.IsPositiveInfinity(seconds)) return Count;
        var raw = Math.Ceiling((seconds - StartSeconds) * SamplingRateHz);
        var index = (int)Math.Clamp(raw, 0, Count);
        // Guard against rounding: step so that TimeOfSample(index) >= seconds > TimeOfSample(index - 1).
        while (index > 0 && TimeOfSample(index - 1) >= seconds) index--;
        while (index < Count && TimeOfSample(index) < seconds) index++;
        return index;
    }
}
