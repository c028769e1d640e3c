using HrResponse.Plotting.Internal;
using HrResponse.Streaming;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// Rolling HRV over time as three ScottPlot plots (panels, top to bottom, with the same time limits): heart rate
/// (bpm), RMSSD and SDNN (ms), and DFA α1 with the 0.75 (aerobic) and 0.5 (anaerobic) threshold lines (Rogers et al.
/// 2021). Each point is the end of a window.
/// </summary>
public static class RollingHrvChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Rolling HRV";

    /// <summary>DFA α1 of the aerobic threshold (Rogers et al. 2021).</summary>
    public const double AerobicThresholdAlpha1 = 0.75;

    /// <summary>DFA α1 of the anaerobic threshold (Rogers et al. 2021).</summary>
    public const double AnaerobicThresholdAlpha1 = 0.5;

    /// <summary>
    /// Builds the panels of snapshots (e.g. from <see cref="BeatStreamExtensions.RollingHrv(IEnumerable{Beat}, RollingHrvOptions?)"/>):
    /// per index a line through the snapshots with a finite value, broken at NaN. The title is on the first panel.
    /// </summary>
    /// <param name="snapshots">Snapshots in time order.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>
    /// Three plots (heart rate; RMSSD and SDNN; DFA α1). No snapshot gives three plots whose first says
    /// "No data: no rolling-HRV window"; a panel whose index is NaN in every window says so.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    public static IReadOnlyList<Plot> Create(IReadOnlyList<RollingHrvSnapshot> snapshots, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var o = options ?? ChartOptions.Default;
        var t = snapshots.Select(s => s.EndSeconds).ToArray();
        var (tMin, tMax) = ChartStyle.Range(t);
        var (div, timeLabel) = double.IsNaN(tMin) ? (1, "Time (s)") : ChartStyle.TimeUnit(tMax - tMin);
        var below = o with { Title = "" };
        var hrPlot = ChartStyle.New(o, DefaultTitle, timeLabel, "HR (bpm)");
        var msPlot = ChartStyle.New(below, "", timeLabel, "RMSSD, SDNN (ms)");
        var alphaPlot = Alpha1Panel(snapshots, below, "", timeLabel, div);
        if (double.IsNaN(tMin))
        {
            ChartStyle.NoData(hrPlot, "no rolling-HRV window", 0, 60, 60, 180);
            ChartStyle.NoData(msPlot, "no rolling-HRV window", 0, 60, 0, 100);
            ChartStyle.NoData(alphaPlot, "no rolling-HRV window", 0, 60, 0.25, 1.5);
            return [hrPlot, msPlot, alphaPlot];
        }

        var tPad = tMax > tMin ? 0 : 1;
        var (x0, x1) = ((tMin - tPad) / div, (tMax + tPad) / div);
        var hr = snapshots.Select(s => s.HeartRateBpm).ToArray();
        var (hMin, hMax) = ChartStyle.Range(hr);
        if (double.IsNaN(hMin)) ChartStyle.NoData(hrPlot, "heart rate is NaN in every window", x0, x1, 60, 180);
        else
        {
            ChartStyle.Line(hrPlot, t, hr, ChartStyle.Blue, 1.5f, "HR (bpm)", xScale: div);
            var pad = Math.Max(2, (hMax - hMin) * 0.08);
            hrPlot.Axes.SetLimits(x0, x1, hMin - pad, hMax + pad);
            ChartStyle.LegendOutside(hrPlot);
        }

        var rmssd = snapshots.Select(s => s.RmssdMs).ToArray();
        var sdnn = snapshots.Select(s => s.SdnnMs).ToArray();
        var (mMin, mMax) = ChartStyle.Range([.. rmssd, .. sdnn]);
        if (double.IsNaN(mMin)) ChartStyle.NoData(msPlot, "RMSSD and SDNN are NaN in every window", x0, x1, 0, 100);
        else
        {
            ChartStyle.Line(msPlot, t, rmssd, ChartStyle.Green, 1.5f, "RMSSD (ms)", xScale: div);
            ChartStyle.Line(msPlot, t, sdnn, ChartStyle.Orange, 1.5f, "SDNN (ms)", LinePattern.Dashed, xScale: div);
            msPlot.Axes.SetLimits(x0, x1, 0, mMax > 0 ? mMax * 1.08 : 1);
            ChartStyle.LegendOutside(msPlot);
        }

        alphaPlot.Axes.SetLimitsX(x0, x1);
        ChartStyle.AlignPanels([hrPlot, msPlot, alphaPlot]);
        return [hrPlot, msPlot, alphaPlot];
    }

    /// <summary>
    /// The DFA α1 panel: α1 of each window (line), the two threshold lines, y from min(α1, 0.4) to max(α1, 1.0); x
    /// limits are left to the caller. Says "No data" when α1 is NaN in every window.
    /// </summary>
    internal static Plot Alpha1Panel(IReadOnlyList<RollingHrvSnapshot> snapshots, ChartOptions options, string title, string timeLabel, double div)
    {
        var plot = ChartStyle.New(options with { Title = title }, "", timeLabel, "DFA α1");
        var t = snapshots.Select(s => s.EndSeconds).ToArray();
        var alpha = snapshots.Select(s => s.DfaAlpha1).ToArray();
        var (aMin, aMax) = ChartStyle.Range(alpha);
        var (tMin, tMax) = ChartStyle.Range(t);
        if (double.IsNaN(tMin)) return plot;
        var th1 = plot.Add.HorizontalLine(AerobicThresholdAlpha1, 1.5f, ChartStyle.Muted, LinePattern.Dashed);
        th1.LegendText = "0.75 (aerobic)";
        var th2 = plot.Add.HorizontalLine(AnaerobicThresholdAlpha1, 1.5f, ChartStyle.Black, LinePattern.Dotted);
        th2.LegendText = "0.5 (anaerobic)";
        if (double.IsNaN(aMin))
        {
            ChartStyle.NoData(plot, "DFA α1 is NaN in every window", tMin / div, Math.Max(tMax, tMin + 1) / div, 0.25, 1.5);
            return plot;
        }

        ChartStyle.Line(plot, t, alpha, ChartStyle.Vermillion, 1.5f, "DFA α1", xScale: div);
        plot.Axes.SetLimitsY(Math.Min(aMin, 0.4) - 0.05, Math.Max(aMax, 1.0) + 0.05);
        ChartStyle.LegendOutside(plot);
        return plot;
    }
}
