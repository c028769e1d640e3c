using System.Globalization;
using HrResponse.Ecg;
using HrResponse.Plotting.Internal;

namespace HrResponse.Plotting;

/// <summary>
/// An ECG segment with its detected R peaks, for checking a detector by eye: amplitude (in the signal's unit, or
/// "a.u." when it has none) against time (s), with a marker on each R-peak sample inside the window.
/// Only the samples of the window are drawn. When the window holds more samples than twice the chart width in px
/// (<see cref="ChartOptions.WidthPx"/>), the line is decimated to the minimum and maximum of each pixel column of the
/// plot (in their order in time), so the line's size is bounded by the chart width, not the signal length; the extremes, and so the R waves, stay visible, and every peak keeps its
/// own marker at its exact sample value.
/// </summary>
public static class EcgChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "ECG with detected R peaks";

    /// <summary>Default length of the window drawn, in seconds.</summary>
    public const double DefaultDurationSeconds = 10;

    /// <summary>
    /// Draws <paramref name="durationSeconds"/> of <paramref name="ecg"/> from <paramref name="startSeconds"/> after
    /// its first sample, with the peaks of <paramref name="peaks"/> in that window marked. The time axis shows the
    /// signal's own clock (<see cref="EcgSignal.TimeOfSample"/>); the legend names the detector and the number of peaks
    /// in the window.
    /// </summary>
    /// <param name="ecg">The ECG.</param>
    /// <param name="peaks">R peaks detected in <paramref name="ecg"/> (same sample count and sampling rate).</param>
    /// <param name="startSeconds">Start of the window in seconds from the first sample; ≥ 0. Default 0.</param>
    /// <param name="durationSeconds">Length of the window in seconds; &gt; 0. Default 10. Cut at the end of the signal.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; a window with no finite sample (e.g. starting after the end) gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ecg"/> or <paramref name="peaks"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="peaks"/> was detected on a signal of another length or sampling rate, or a window argument is
    /// out of range.
    /// </exception>
    public static string Render(
        EcgSignal ecg, RPeakResult peaks, double startSeconds = 0, double durationSeconds = DefaultDurationSeconds,
        ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ecg);
        ArgumentNullException.ThrowIfNull(peaks);
        var inv = CultureInfo.InvariantCulture;
        if (peaks.SampleCount != ecg.Count || peaks.SamplingRateHz != ecg.SamplingRateHz)
        {
            throw new ArgumentException(string.Create(inv,
                $"The peaks were detected on {peaks.SampleCount} samples at {peaks.SamplingRateHz} Hz; the ECG has {ecg.Count} samples at {ecg.SamplingRateHz} Hz."),
                nameof(peaks));
        }

        var indices = peaks.PeakSamples.ToArray();
        return Draw(ecg.Samples, ecg.SamplingRateHz, indices, startSeconds, durationSeconds, ecg.Unit,
            peaks.Detector.ToString(), ecg.StartSeconds, options);
    }

    /// <summary>
    /// Draws a window of a plain sample array with the given R-peak sample indices marked. Sample <c>i</c> is at
    /// <c>i / samplingRateHz</c> seconds; the legend reads "R peaks (<paramref name="detector"/>, N)" with N the number
    /// of peaks in the window. NaN samples break the line.
    /// </summary>
    /// <param name="samples">ECG samples.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; finite and &gt; 0.</param>
    /// <param name="peakSamples">Sample indices of the R peaks, each in [0, <paramref name="samples"/>.Length); any order.</param>
    /// <param name="startSeconds">Start of the window in seconds; finite and ≥ 0. Default 0.</param>
    /// <param name="durationSeconds">Length of the window in seconds; finite and &gt; 0. Default 10. Cut at the end of the signal.</param>
    /// <param name="unit">Unit of the samples for the y-axis title (e.g. "mV"); empty gives "a.u.".</param>
    /// <param name="detector">Name of the detector for the legend; empty leaves it out.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; no finite sample in the window gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="detector"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="samplingRateHz"/>, <paramref name="startSeconds"/> or <paramref name="durationSeconds"/> is out of
    /// range, or a peak index is outside the samples.
    /// </exception>
    public static string Render(
        ReadOnlySpan<double> samples, double samplingRateHz, ReadOnlySpan<int> peakSamples, double startSeconds = 0,
        double durationSeconds = DefaultDurationSeconds, string unit = "", string detector = "", ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(detector);
        return Draw(samples, samplingRateHz, peakSamples, startSeconds, durationSeconds, unit, detector, 0, options);
    }

    private static string Draw(
        ReadOnlySpan<double> samples, double samplingRateHz, ReadOnlySpan<int> peakSamples, double startSeconds, double durationSeconds,
        string unit, string detector, double timeOrigin, ChartOptions? options)
    {
        var inv = CultureInfo.InvariantCulture;
        var fs = samplingRateHz;
        if (!(fs > 0 && double.IsFinite(fs)))
            throw new ArgumentException(string.Create(inv, $"samplingRateHz must be finite and > 0; it is {fs}."), nameof(samplingRateHz));
        if (!(startSeconds >= 0 && double.IsFinite(startSeconds)))
            throw new ArgumentException(string.Create(inv, $"startSeconds must be finite and >= 0; it is {startSeconds}."), nameof(startSeconds));
        if (!(durationSeconds > 0 && double.IsFinite(durationSeconds)))
            throw new ArgumentException(string.Create(inv, $"durationSeconds must be finite and > 0; it is {durationSeconds}."), nameof(durationSeconds));
        for (var k = 0; k < peakSamples.Length; k++)
        {
            if (peakSamples[k] < 0 || peakSamples[k] >= samples.Length)
            {
                throw new ArgumentException(string.Create(inv,
                    $"peakSamples[{k}] must be in [0, {samples.Length}) (the sample count); it is {peakSamples[k]}."), nameof(peakSamples));
            }
        }

        // Window [first, end): samples at or after the start, before start + duration.
        var first = (int)Math.Min(samples.Length, Math.Ceiling((startSeconds * fs) - 1e-9));
        var end = (int)Math.Min(samples.Length, Math.Ceiling(((startSeconds + durationSeconds) * fs) - 1e-9));
        end = Math.Max(first, end);
        var window = samples[first..end];
        var (yMin, yMax) = Series.Range(window);

        var inWindow = new List<int>();
        foreach (var p in peakSamples)
        {
            if (p >= first && p < end && double.IsFinite(samples[p])) inWindow.Add(p);
        }

        inWindow.Sort();
        var yTitle = "Amplitude (" + (unit.Length > 0 ? unit : "a.u.") + ")";
        var peakLabel = detector.Length > 0
            ? string.Create(inv, $"R peaks ({detector}, {inWindow.Count})")
            : string.Create(inv, $"R peaks ({inWindow.Count})");
        var options1 = options ?? ChartOptions.Default;
        var decimate = window.Length > 2 * options1.WidthPx;
        var legend = new List<LegendEntry>
        {
            new(decimate ? "ECG (min/max per pixel column)" : "ECG", LegendSymbol.Line, Palette.Blue),
            new(peakLabel, LegendSymbol.Dot, Palette.Vermillion),
        };
        var canvas = new ChartCanvas(options, DefaultTitle, "ecg-chart", legend);
        var svg = canvas.Svg;
        var t0 = timeOrigin + startSeconds;
        // The axis ends with the signal when the window runs past it (but keeps the asked length when it starts after it).
        var signalEnd = samples.Length / fs;
        var t1 = timeOrigin + (signalEnd > startSeconds ? Math.Min(startSeconds + durationSeconds, signalEnd) : startSeconds + durationSeconds);
        var (div, timeTitle) = Series.TimeUnit(t1 - t0);
        if (double.IsNaN(yMin))
        {
            canvas.Panels(() => Axis.Linear(t0 / div, t1 / div, timeTitle, 8, extendToTicks: false), [Axis.Linear(-1, 1, yTitle)])[0].NoData(svg);
            return canvas.Finish();
        }

        var pad = Math.Max((yMax - yMin) * 0.06, Math.Max(Math.Abs(yMax), 1e-9) * 1e-3);
        var panel = canvas.Panels(
            () => Axis.Linear(t0 / div, t1 / div, timeTitle, 8, extendToTicks: false),
            [Axis.Linear(yMin - pad, yMax + pad, yTitle)])[0];

        var (xs, ys) = decimate ? MinMaxColumns(window, first, fs, timeOrigin, t0, t1, (int)Math.Ceiling(panel.Width)) : AllSamples(window, first, fs, timeOrigin);
        svg.OpenGroup("data", panel.ClipId);
        foreach (var seg in Series.Segments(xs, ys, panel, xScale: div))
            svg.Polyline(seg, Palette.Blue, 1.1, cls: "series", dataName: "ecg");

        svg.OpenGroup("r-peaks");
        foreach (var p in inWindow)
        {
            var x = panel.X.Map((timeOrigin + (p / fs)) / div);
            svg.Circle(x, panel.Y.Map(samples[p]), 3.5, Palette.Vermillion, "#ffffff", cls: "r-peak");
        }

        svg.CloseGroup();
        svg.CloseGroup();
        return canvas.Finish();
    }

    private static (double[] X, double[] Y) AllSamples(ReadOnlySpan<double> window, int first, double fs, double origin)
    {
        var x = new double[window.Length];
        for (var i = 0; i < x.Length; i++) x[i] = origin + ((first + i) / fs);
        return (x, window.ToArray());
    }

    /// <summary>
    /// Min and max of each of <paramref name="columns"/> equal time columns over [t0, t1), in time order; a column
    /// with no finite sample gives a NaN point, which breaks the line.
    /// </summary>
    private static (double[] X, double[] Y) MinMaxColumns(
        ReadOnlySpan<double> window, int first, double fs, double origin, double t0, double t1, int columns)
    {
        columns = Math.Max(1, columns);
        var x = new List<double>(2 * columns);
        var y = new List<double>(2 * columns);
        var i = 0;
        for (var c = 0; c < columns && i < window.Length; c++)
        {
            var columnEnd = t0 + ((t1 - t0) * (c + 1) / columns);
            int iMin = -1, iMax = -1;
            var any = false;
            var start = i;
            while (i < window.Length && (c == columns - 1 || origin + ((first + i) / fs) < columnEnd))
            {
                var v = window[i];
                if (double.IsFinite(v))
                {
                    if (iMin < 0 || v < window[iMin]) iMin = i;
                    if (iMax < 0 || v > window[iMax]) iMax = i;
                    any = true;
                }

                i++;
            }

            if (i == start) continue;
            if (!any)
            {
                x.Add(double.NaN);
                y.Add(double.NaN);
                continue;
            }

            var (a, b) = iMin <= iMax ? (iMin, iMax) : (iMax, iMin);
            x.Add(origin + ((first + a) / fs));
            y.Add(window[a]);
            if (b != a)
            {
                x.Add(origin + ((first + b) / fs));
                y.Add(window[b]);
            }
        }

        return (x.ToArray(), y.ToArray());
    }
}
