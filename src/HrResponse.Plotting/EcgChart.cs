using System.Globalization;
using HrResponse.Ecg;
using HrResponse.Plotting.Internal;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// An ECG segment with its detected R peaks as a ScottPlot <see cref="Plot"/>, for checking a detector by eye:
/// amplitude (in the signal's unit, or "a.u." when it has none) against time (s), with a marker on each R-peak sample
/// inside the window. Only the samples of the window are added to the plot; ScottPlot draws a long window per pixel
/// column (minimum and maximum of each column), so the R waves stay visible at any length.
/// </summary>
public static class EcgChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "ECG with detected R peaks";

    /// <summary>Default length of the window drawn, in seconds.</summary>
    public const double DefaultDurationSeconds = 10;

    /// <summary>
    /// Builds <paramref name="durationSeconds"/> of <paramref name="ecg"/> from <paramref name="startSeconds"/> after
    /// its first sample, with the peaks of <paramref name="peaks"/> in that window marked. The time axis shows the
    /// signal's own clock (<see cref="EcgSignal.TimeOfSample"/>); the legend names the detector and the number of peaks
    /// in the window.
    /// </summary>
    /// <param name="ecg">The ECG.</param>
    /// <param name="peaks">R peaks detected in <paramref name="ecg"/> (same sample count and sampling rate).</param>
    /// <param name="startSeconds">Start of the window in seconds from the first sample; ≥ 0. Default 0.</param>
    /// <param name="durationSeconds">Length of the window in seconds; &gt; 0. Default 10. Cut at the end of the signal.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; a window with no finite sample (e.g. starting after the end) gives a plot with the message "No data: no finite sample in the window".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ecg"/> or <paramref name="peaks"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="peaks"/> was detected on a signal of another length or sampling rate, or a window argument is
    /// out of range.
    /// </exception>
    public static Plot Create(
        EcgSignal ecg, RPeakResult peaks, double startSeconds = 0, double durationSeconds = DefaultDurationSeconds,
        ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ecg);
        ArgumentNullException.ThrowIfNull(peaks);
        if (peaks.SampleCount != ecg.Count || peaks.SamplingRateHz != ecg.SamplingRateHz)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The peaks were detected on {peaks.SampleCount} samples at {peaks.SamplingRateHz} Hz; the ECG has {ecg.Count} samples at {ecg.SamplingRateHz} Hz."),
                nameof(peaks));
        }

        return Draw(ecg.Samples, ecg.SamplingRateHz, peaks.PeakSamples.ToArray(), startSeconds, durationSeconds, ecg.Unit,
            peaks.Detector.ToString(), ecg.StartSeconds, options);
    }

    /// <summary>
    /// Builds a window of a plain sample array with the given R-peak sample indices marked. Sample <c>i</c> is at
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
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; no finite sample in the window gives a plot with the message "No data: no finite sample in the window".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="detector"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="samplingRateHz"/>, <paramref name="startSeconds"/> or <paramref name="durationSeconds"/> is out of
    /// range, or a peak index is outside the samples.
    /// </exception>
    public static Plot Create(
        ReadOnlySpan<double> samples, double samplingRateHz, ReadOnlySpan<int> peakSamples, double startSeconds = 0,
        double durationSeconds = DefaultDurationSeconds, string unit = "", string detector = "", ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(detector);
        return Draw(samples, samplingRateHz, peakSamples, startSeconds, durationSeconds, unit, detector, 0, options);
    }

    private static Plot Draw(
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
        var (yMin, yMax) = ChartStyle.Range(window);
        var t0 = timeOrigin + startSeconds;
        // The axis ends with the signal when the window runs past it (but keeps the asked length when it starts after it).
        var signalEnd = samples.Length / fs;
        var t1 = timeOrigin + (signalEnd > startSeconds ? Math.Min(startSeconds + durationSeconds, signalEnd) : startSeconds + durationSeconds);
        var (div, timeLabel) = ChartStyle.TimeUnit(t1 - t0);
        var plot = ChartStyle.New(options, DefaultTitle, timeLabel, "Amplitude (" + (unit.Length > 0 ? unit : "a.u.") + ")");
        if (double.IsNaN(yMin)) return ChartStyle.NoData(plot, "no finite sample in the window", t0 / div, t1 / div, -1, 1);

        var xs = new double[window.Length];
        for (var i = 0; i < xs.Length; i++) xs[i] = timeOrigin + ((first + i) / fs);
        ChartStyle.Line(plot, xs, window, ChartStyle.Blue, 1f, "ECG", xScale: div);
        var px = new List<double>();
        var py = new List<double>();
        var inWindow = new List<int>();
        foreach (var p in peakSamples)
        {
            if (p >= first && p < end && double.IsFinite(samples[p])) inWindow.Add(p);
        }

        inWindow.Sort();
        foreach (var p in inWindow)
        {
            px.Add((timeOrigin + (p / fs)) / div);
            py.Add(samples[p]);
        }

        var label = detector.Length > 0
            ? string.Create(inv, $"R peaks ({detector}, {inWindow.Count})")
            : string.Create(inv, $"R peaks ({inWindow.Count})");
        if (px.Count > 0)
        {
            var m = plot.Add.Markers(px.ToArray(), py.ToArray(), MarkerShape.OpenCircle, 8, ChartStyle.Vermillion);
            m.MarkerLineWidth = 1.5f;
            m.LegendText = label;
        }

        var pad = Math.Max((yMax - yMin) * 0.06, Math.Max(Math.Abs(yMax), 1e-9) * 1e-3);
        plot.Axes.SetLimits(t0 / div, t1 / div, yMin - pad, yMax + (3 * pad));
        ChartStyle.LegendOutside(plot);
        return plot;
    }
}
