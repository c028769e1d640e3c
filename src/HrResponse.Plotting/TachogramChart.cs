using System.Globalization;
using HrResponse.Plotting.Internal;
using HrResponse.Quality;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// RR tachogram as a ScottPlot <see cref="Plot"/>: RR interval (ms) against beat time (s, or min for recordings longer
/// than 15 min). From cleaned beats it marks what artifact correction did: interpolated and inserted beats on the
/// line, removed beats and intervals replaced by gaps as crosses at their input value; the line breaks at gaps. Long
/// series (a 24-h Holter recording has about 100,000 beats) are drawn per pixel column, so rendering time depends on
/// the image width rather than the beat count.
/// </summary>
public static class TachogramChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "RR tachogram";

    /// <summary>Builds the chart of an RR series, broken at gaps (<see cref="RrIntervals.GapBefore"/>).</summary>
    /// <param name="intervals">RR intervals with beat times.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; an empty series gives a plot with the message "No data: no RR interval".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    public static Plot Create(RrIntervals intervals, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var beats = new BeatRecord[intervals.Count];
        var gaps = intervals.GapBefore;
        for (var i = 0; i < beats.Length; i++)
            beats[i] = new BeatRecord(intervals.BeatTimesSeconds[i], intervals.Milliseconds[i], BeatAction.Kept, i, gaps[i]);
        return Create(beats, options);
    }

    /// <summary>
    /// Builds the chart of the cleaned series of <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>
    /// with corrected beats marked, the intervals of <see cref="QualityReport.NonSinusStepBeats"/> (reached or left by
    /// a step no sinus beat makes) in open squares, legend "Non-sinus step (N)", and those of
    /// <see cref="QualityReport.AmbiguousReadingBeats"/> (short–long pairs the detector cannot read) in open diamonds,
    /// legend "Undecided reading (N)".
    /// </summary>
    /// <param name="cleaned">Result of artifact correction.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cleaned"/> is null.</exception>
    public static Plot Create(CleanedRrIntervals cleaned, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        return Build(cleaned.Beats, options, null, dense: cleaned.Quality.DenseArtifactIndices.ToHashSet(), nonSinus: cleaned.Quality.NonSinusStepBeats.ToHashSet(),
            undecided: cleaned.Quality.AmbiguousReadingBeats.ToHashSet());
    }

    /// <summary>
    /// As <see cref="Create(CleanedRrIntervals, ChartOptions?)"/>, with the borderline beats of
    /// <paramref name="review"/> (<see cref="ArtifactCorrection.ReviewBorderline(RrIntervals, ArtifactCorrectionOptions?, double)"/> of the same recording and correction)
    /// ringed at their row (legend "To review (N)"): the beats whose artifact decision flips within the thresholds'
    /// own noise, for the analyst to look at.
    /// </summary>
    /// <param name="cleaned">Result of artifact correction.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <param name="review">The borderline review, or <c>null</c> for none (the chart is then that of the two-argument overload).</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cleaned"/> is null.</exception>
    public static Plot Create(CleanedRrIntervals cleaned, ChartOptions? options, BorderlineReview? review)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        return Build(cleaned.Beats, options, null, review?.Beats.Select(b => b.Index).ToHashSet(), cleaned.Quality.DenseArtifactIndices.ToHashSet(),
            cleaned.Quality.NonSinusStepBeats.ToHashSet(), cleaned.Quality.AmbiguousReadingBeats.ToHashSet());
    }

    /// <summary>
    /// Builds the chart of beat rows (<see cref="CleanedRrIntervals.Beats"/>): a line through the rows of the cleaned
    /// series (kept, interpolated, inserted) with finite values, broken after each gap; markers for interpolated
    /// (dot, legend "Interpolated (N)"), inserted (triangle, "Inserted (N)"), removed ("Removed (N)") and gap rows
    /// ("Excluded, gap (N)"), these two as crosses at the input value. The RR axis spans the cleaned series, widened to
    /// take in marked beats unless they are more than a span away; the time axis spans from the start of the first
    /// interval to the last beat.
    /// </summary>
    /// <param name="beats">Beat rows in time order.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; no finite row gives a plot with the message "No data: no RR interval".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="beats"/> is null.</exception>
    public static Plot Create(IReadOnlyList<BeatRecord> beats, ChartOptions? options = null) => Build(beats, options, null);

    /// <summary>
    /// The chart, with the time unit forced (1 = s, 60 = min) or, when null, chosen from the span, the rows of the
    /// input intervals in <paramref name="toReview"/> ringed, and the stretches of consecutive input intervals in
    /// <paramref name="dense"/> (<see cref="QualityReport.DenseArtifactIndices"/>) shaded grey, legend
    /// "Dense artifacts (N stretches)", and the rows of the input intervals in <paramref name="nonSinus"/>
    /// (<see cref="QualityReport.NonSinusStepBeats"/>) in open squares, legend "Non-sinus step (N)", and those in
    /// <paramref name="undecided"/> (<see cref="QualityReport.AmbiguousReadingBeats"/>) in open diamonds, legend
    /// "Undecided reading (N)".
    /// </summary>
    internal static Plot Build(IReadOnlyList<BeatRecord> beats, ChartOptions? options, double? timeDivisor, IReadOnlySet<int>? toReview = null,
        IReadOnlySet<int>? dense = null, IReadOnlySet<int>? nonSinus = null, IReadOnlySet<int>? undecided = null)
    {
        ArgumentNullException.ThrowIfNull(beats);
        var ok = beats.Where(b => double.IsFinite(b.TimeSeconds) && double.IsFinite(b.RrMs)).ToList();
        if (ok.Count == 0)
            return ChartStyle.NoData(ChartStyle.New(options, DefaultTitle, "Time (s)", "RR interval (ms)"), "no RR interval", 0, 60, 400, 1200);

        var series = ok.Where(b => b.InCleanedSeries).ToList();
        var tMin = ok.Min(b => b.TimeSeconds - (b.RrMs / 1000));
        var tMax = ok.Max(b => b.TimeSeconds);
        var (div, timeLabel) = timeDivisor is { } forced ? ChartStyle.TimeUnitOf(forced) : ChartStyle.TimeUnit(tMax - tMin);
        var plot = ChartStyle.New(options, DefaultTitle, timeLabel, "RR interval (ms)");

        var basis = series.Count > 0 ? series : ok;
        var yMin = basis.Min(b => b.RrMs);
        var yMax = basis.Max(b => b.RrMs);
        var span = Math.Max(yMax - yMin, 50);
        foreach (var b in ok.Where(b => !b.InCleanedSeries))
        {
            // Widen the scale for marked beats unless they are far off it (then they sit at the edge).
            if (b.RrMs >= yMin - span && b.RrMs <= yMax + span)
                (yMin, yMax) = (Math.Min(yMin, b.RrMs), Math.Max(yMax, b.RrMs));
        }

        var pad = Math.Max(5, (yMax - yMin) * 0.04);
        var (lo, hi) = (yMin - pad, yMax + pad);
        var inv = CultureInfo.InvariantCulture;
        if (dense is { Count: > 0 }) ShadeDenseStretches(plot, ok, dense, div);

        var t = series.Select(b => b.TimeSeconds).ToArray();
        var rr = series.Select(b => b.RrMs).ToArray();
        ChartStyle.Line(plot, t, rr, ChartStyle.Blue, 1f, "RR interval (ms)", breakBefore: i => series[i].GapBefore, xScale: div);

        void Mark(BeatAction action, MarkerShape shape, float size, Color color, string name)
        {
            var rows = ok.Where(b => b.Action == action).ToList();
            // Markers far off the scale are held just inside its edge.
            ChartStyle.Markers(plot, rows.Select(b => b.TimeSeconds / div).ToList(),
                rows.Select(b => Math.Clamp(b.RrMs, lo + (pad / 2), hi - (pad / 2))).ToList(), shape, size, color,
                string.Create(inv, $"{name} ({rows.Count})"));
        }

        Mark(BeatAction.Interpolated, MarkerShape.FilledCircle, 6, ChartStyle.Orange, "Interpolated");
        Mark(BeatAction.Inserted, MarkerShape.FilledTriangleUp, 8, ChartStyle.Green, "Inserted");
        Mark(BeatAction.Removed, MarkerShape.Cross, 8, ChartStyle.Vermillion, "Removed");
        Mark(BeatAction.Gap, MarkerShape.Eks, 8, ChartStyle.Purple, "Excluded, gap");
        // One ring (borderline) or square (non-sinus step) per input interval, at its first row (an extra beat's merged
        // interval has one).
        void Ring(IReadOnlySet<int>? indices, MarkerShape shape, string name)
        {
            if (indices is not { Count: > 0 }) return;
            var rows = ok.Where(b => indices.Contains(b.InputIndex)).GroupBy(b => b.InputIndex).Select(g => g.First()).ToList();
            ChartStyle.Markers(plot, rows.Select(b => b.TimeSeconds / div).ToList(),
                rows.Select(b => Math.Clamp(b.RrMs, lo + (pad / 2), hi - (pad / 2))).ToList(), shape, 13, ChartStyle.Black,
                string.Create(inv, $"{name} ({rows.Count})"));
        }

        Ring(toReview, MarkerShape.OpenCircle, "To review");
        Ring(nonSinus, MarkerShape.OpenSquare, "Non-sinus step");
        Ring(undecided, MarkerShape.OpenDiamond, "Undecided reading");

        var tPad = tMax > tMin ? 0 : 1;
        plot.Axes.SetLimits((tMin - tPad) / div, (tMax + tPad) / div, lo, hi);
        ChartStyle.LegendOutside(plot);
        return plot;
    }

    // One grey band per stretch of consecutive input intervals in `dense`, from the start of its first row's interval
    // to its last row; the legend names the stretch count once.
    private static void ShadeDenseStretches(Plot plot, List<BeatRecord> rows, IReadOnlySet<int> dense, double div)
    {
        var spans = new List<(double From, double To)>();
        var lastIndex = int.MinValue;
        foreach (var b in rows.Where(b => dense.Contains(b.InputIndex)))
        {
            var start = b.TimeSeconds - (b.RrMs / 1000);
            if (spans.Count > 0 && b.InputIndex <= lastIndex + 1) spans[^1] = (spans[^1].From, Math.Max(spans[^1].To, b.TimeSeconds));
            else spans.Add((start, b.TimeSeconds));
            lastIndex = b.InputIndex;
        }

        for (var k = 0; k < spans.Count; k++)
        {
            var band = plot.Add.HorizontalSpan(spans[k].From / div, spans[k].To / div, DenseShade);
            band.LegendText = k == 0 ? string.Create(CultureInfo.InvariantCulture, $"Dense artifacts ({spans.Count} stretch{(spans.Count == 1 ? "" : "es")})") : string.Empty;
        }
    }

    private static readonly Color DenseShade = Color.FromHex("#999999").WithAlpha(0.25);
}
