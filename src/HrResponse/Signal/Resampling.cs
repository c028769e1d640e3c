using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Resamples an unevenly sampled series (typically RR intervals in ms at their beat times in s) onto an even time
/// grid, the step every FFT- or AR-based spectrum needs.
/// </summary>
/// <remarks>
/// <para>Splines are SciPy's interpolating B-splines (<c>interp1d(kind="cubic"|"quadratic")</c>); linear is
/// <c>numpy.interp</c>. Outside the sample times (only with <see cref="ResamplingGrid.NeuroKit2"/>) the first or last
/// value is held.</para>
/// <para>Reference: Task Force of the ESC and NASPE (1996), Circulation 93:1043 (resampling before FFT);
/// Kubios HRV user guide (cubic spline, 4 Hz).</para>
/// </remarks>
public static class Resampling
{
    /// <summary>Default resampling rate, 4 Hz (Task Force 1996, Kubios).</summary>
    public const double DefaultRateHz = 4.0;

    /// <summary>Resamples <paramref name="values"/> given at <paramref name="timesSeconds"/> onto an even grid.</summary>
    /// <param name="timesSeconds">Sample times in seconds, finite and strictly increasing.</param>
    /// <param name="values">Values at those times (e.g. RR in ms), finite; same length.</param>
    /// <param name="rateHz">Grid rate in Hz, finite and greater than 0.</param>
    /// <param name="method">Interpolation; default cubic spline.</param>
    /// <param name="grid">Grid rule; default from the first to the last sample time.</param>
    /// <returns>The even series; empty when there are fewer than 2 samples.</returns>
    /// <exception cref="ArgumentException">
    /// Lengths differ, times not increasing, a value not finite, rate not positive, or the grid would have more than
    /// <see cref="MaxGridPoints"/> points or the samples are more than one hour apart on average.
    /// </exception>
    public static ResampledSeries Resample(
        ReadOnlySpan<double> timesSeconds,
        ReadOnlySpan<double> values,
        double rateHz,
        InterpolationMethod method = InterpolationMethod.Cubic,
        ResamplingGrid grid = ResamplingGrid.FirstToLastSample)
    {
        Guard.SameLength(timesSeconds.Length, values.Length, nameof(values));
        Guard.Positive(rateHz, nameof(rateHz));
        ValidateSamples(timesSeconds, values, nameof(timesSeconds), nameof(values));
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interpolation method.");
        if (!Enum.IsDefined(grid)) throw new ArgumentOutOfRangeException(nameof(grid), grid, "Unknown grid.");
        if (timesSeconds.Length >= 2)
        {
            // The grid is as long as the times say: bound it so that one wild time cannot take the machine's memory and hours.
            var points = (timesSeconds[^1] - timesSeconds[0]) * rateHz;
            var perSample = RrIntervals.MaxIntervalMs / 1000.0 * rateHz * timesSeconds.Length;
            if (!(points <= MaxGridPoints && points <= Math.Max(perSample, 1e6)))
            {
                throw new ArgumentException(
                    $"The grid from {Guard.Show(timesSeconds[0])} s to {Guard.Show(timesSeconds[^1])} s at {Guard.Show(rateHz)} Hz would have " +
                    $"{Guard.Show(points)} points: more than {Guard.Show(MaxGridPoints)}, or samples more than one hour apart on average; check the time unit.",
                    nameof(timesSeconds));
            }
        }

        return ResampleTrusted(timesSeconds, values, rateHz, method, grid);
    }

    /// <summary>Largest grid <see cref="Resample"/> builds: 100,000,000 points (800 MB), e.g. 289 days at 4 Hz.</summary>
    public const double MaxGridPoints = 100_000_000;

    /// <summary>Checks times finite and strictly increasing and values finite, formatting a message only on failure.</summary>
    internal static void ValidateSamples(ReadOnlySpan<double> times, ReadOnlySpan<double> values, string timesName, string valuesName)
    {
        for (var i = 0; i < times.Length; i++)
        {
            if (!double.IsFinite(times[i]) || (i > 0 && !(times[i] > times[i - 1])))
                Guard.StrictlyIncreasing(times[..(i + 1)], timesName);
            if (!double.IsFinite(values[i])) Guard.Finite(values[i], $"{valuesName}[{i}]");
        }
    }

    /// <summary>Resample without argument checks (inputs from a validated <see cref="RrIntervals"/>).</summary>
    internal static ResampledSeries ResampleTrusted(
        ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> values, double rateHz, InterpolationMethod method, ResamplingGrid grid)
    {

        var applied = AppliedMethod(method, values.Length);
        if (values.Length < 2)
        {
            return new ResampledSeries
            {
                ValuesArray = [], StartSeconds = values.Length == 1 ? timesSeconds[0] : 0, RateHz = rateHz,
                Method = method, AppliedMethod = applied, Grid = grid,
            };
        }

        var count = GridCount(timesSeconds[0], timesSeconds[^1], rateHz, grid);
        var gridTimes = System.Buffers.ArrayPool<double>.Shared.Rent(count);
        FillGridTimes(timesSeconds[0], rateHz, grid, gridTimes.AsSpan(0, count));
        var result = new double[count];
        Interpolate(timesSeconds, values, gridTimes.AsSpan(0, count), result, applied);
        System.Buffers.ArrayPool<double>.Shared.Return(gridTimes);
        return new ResampledSeries
        {
            ValuesArray = result, StartSeconds = timesSeconds[0], RateHz = rateHz, Method = method,
            AppliedMethod = applied, Grid = grid,
        };
    }

    internal static InterpolationMethod AppliedMethod(InterpolationMethod method, int count) => method switch
    {
        InterpolationMethod.Cubic when count < 4 => InterpolationMethod.Linear,
        InterpolationMethod.Quadratic when count < 3 => InterpolationMethod.Linear,
        _ => method,
    };

    internal static double[] GridTimes(double first, double last, double rateHz, ResamplingGrid grid)
    {
        var times = new double[GridCount(first, last, rateHz, grid)];
        FillGridTimes(first, rateHz, grid, times);
        return times;
    }

    /// <summary>
    /// Number of grid points: <c>numpy.arange</c>'s <c>ceil((stop − start) / step)</c> for the NeuroKit2 grid and (with
    /// stop the last sample) the half-open grid, else every <c>t₀ + k/rate</c> not after the last sample.
    /// </summary>
    private static int GridCount(double first, double last, double rateHz, ResamplingGrid grid)
    {
        var step = 1.0 / rateHz;
        if (grid == ResamplingGrid.NeuroKit2) return Math.Max((int)Math.Ceiling((last + step - first) / step), 0);
        if (grid == ResamplingGrid.HalfOpen) return Math.Max((int)Math.Ceiling(((last - first) * rateHz) - 1e-9), 0);
        return (int)Math.Floor(((last - first) * rateHz) + 1e-9) + 1;
    }

    /// <summary>NeuroKit2 grid values are numpy.arange's <c>start + i · ((start + step) − start)</c>.</summary>
    private static void FillGridTimes(double first, double rateHz, ResamplingGrid grid, Span<double> times)
    {
        if (grid == ResamplingGrid.NeuroKit2)
        {
            var delta = (first + (1.0 / rateHz)) - first;
            for (var i = 0; i < times.Length; i++) times[i] = first + (i * delta);
        }
        else
        {
            for (var i = 0; i < times.Length; i++) times[i] = first + (i / rateHz);
        }
    }

    internal static void Interpolate(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> points, Span<double> destination, InterpolationMethod method)
    {
        if (method == InterpolationMethod.Linear)
        {
            InterpolateLinear(x, y, points, destination);
            return;
        }

        var spline = BSplineInterpolant.Create(x, y, method == InterpolationMethod.Cubic ? 3 : 2);
        spline.EvaluateSorted(points, destination, y[0], y[^1]);
    }

    private static void InterpolateLinear(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> points, Span<double> destination)
    {
        var j = 0;
        for (var i = 0; i < points.Length; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            var p = points[i];
            if (p <= x[0])
            {
                destination[i] = y[0];
                continue;
            }

            if (p >= x[^1])
            {
                destination[i] = y[^1];
                continue;
            }

            while (j < x.Length - 2 && p >= x[j + 1]) j++;
            var f = (p - x[j]) / (x[j + 1] - x[j]);
            destination[i] = y[j] + (f * (y[j + 1] - y[j]));
        }
    }
}
