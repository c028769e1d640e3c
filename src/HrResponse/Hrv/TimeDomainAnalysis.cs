using System.Globalization;
using HrResponse.Hrv.Internal;

namespace HrResponse.Hrv;

/// <summary>
/// Time-domain HRV indices (<see cref="TimeDomainResult"/>) of RR interval series. Stateless; inputs are never modified.
/// </summary>
/// <remarks>
/// Part of <see cref="HrvAnalysis.Compute(RrIntervals, HrvOptions?)"/>, which runs it with <see cref="HrvOptions.TimeDomain"/>; call it directly for
/// the time domain alone. As every low-level analysis call, it does not correct beats: pass corrected intervals, or use
/// <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/>, which corrects them first.
/// </remarks>
public static class TimeDomainAnalysis
{
    /// <summary>
    /// Time-domain HRV indices of consecutive RR intervals (no gaps): the first interval starts at 0 s and beat
    /// times are the cumulative sums of the intervals.
    /// </summary>
    /// <param name="rrMs">RR (NN) intervals in milliseconds, in recording order; each finite and greater than 0.</param>
    /// <param name="options">Settings; <see cref="TimeDomainOptions.Default"/> when null.</param>
    /// <returns>Every index, NaN where the series is too short (see each property of <see cref="TimeDomainResult"/>).</returns>
    /// <exception cref="ArgumentException">A value is not finite or not positive, the values look like seconds
    /// (median below 20), or an option is invalid.</exception>
    public static TimeDomainResult Compute(ReadOnlySpan<double> rrMs, TimeDomainOptions? options = null)
    {
        options = Validate(options);
        for (var i = 0; i < rrMs.Length; i++)
        {
            var v = rrMs[i];
            if (!double.IsFinite(v) || v <= 0)
            {
                throw new ArgumentException(
                    $"Every RR interval must be a finite number greater than 0 ms; rrMs[{i}] is {v.ToString("R", CultureInfo.InvariantCulture)}.",
                    nameof(rrMs));
            }
        }

        return TimeDomainCalculator.Compute(rrMs, default, default, 0, options, nameof(rrMs));
    }

    /// <summary>
    /// Time-domain HRV indices of an RR series, gap-aware: the successive difference from interval <c>i − 1</c> to
    /// <c>i</c> is skipped where <see cref="RrIntervals.GapBefore"/>[i] is set (as NeuroKit2's
    /// <c>_intervals_successive</c> does), so RMSSD, SDSD and pNNx use real beat-to-beat changes only. Clock-aligned
    /// SDANN/SDNNI segments use <see cref="RrIntervals.BeatTimesSeconds"/> from <see cref="RrIntervals.StartSeconds"/>;
    /// the NeuroKit2 segment rule uses the cumulative sum of the intervals, as NeuroKit2 0.2.12 does.
    /// </summary>
    /// <param name="rr">The intervals.</param>
    /// <param name="options">Settings; <see cref="TimeDomainOptions.Default"/> when null.</param>
    /// <returns>Every index, NaN where the series is too short.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rr"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static TimeDomainResult Compute(RrIntervals rr, TimeDomainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rr);
        options = Validate(options);
        return TimeDomainCalculator.Compute(
            rr.Milliseconds, rr.HasGaps ? rr.GapBefore : default, rr.BeatTimesSeconds, rr.StartSeconds, options, paramName: null);
    }

    private static TimeDomainOptions Validate(TimeDomainOptions? options)
    {
        options ??= TimeDomainOptions.Default;
        if (options.HistogramBinWidth <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"HistogramBinWidth must be greater than zero; it is {options.HistogramBinWidth}.", nameof(options));
        }

        if (options.HistogramStart < TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"HistogramStart must be zero or more; it is {options.HistogramStart}.", nameof(options));
        }

        var undefined =
            Undefined(options.PnnDenominator, nameof(TimeDomainOptions.PnnDenominator))
            ?? Undefined(options.SdsdDifferences, nameof(TimeDomainOptions.SdsdDifferences))
            ?? Undefined(options.HeartRateSdEstimator, nameof(TimeDomainOptions.HeartRateSdEstimator))
            ?? Undefined(options.SdsdEstimator, nameof(TimeDomainOptions.SdsdEstimator))
            ?? Undefined(options.SegmentRule, nameof(TimeDomainOptions.SegmentRule))
            ?? Undefined(options.TinnMethod, nameof(TimeDomainOptions.TinnMethod))
            ?? Undefined(options.HistogramBinning, nameof(TimeDomainOptions.HistogramBinning));
        if (undefined is not null) throw new ArgumentException(undefined, nameof(options));
        return options;
    }

    private static string? Undefined<T>(T value, string name)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? null : $"{name} must be a defined {typeof(T).Name}; it is {value}.";
}
