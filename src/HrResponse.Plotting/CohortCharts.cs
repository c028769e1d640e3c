using System.Globalization;
using HrResponse.Exercise;
using HrResponse.Plotting.Internal;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// Charts of a cohort (one <see cref="CohortResult"/> per exercise test, e.g. <see cref="Reporting.CohortCsvSummary.Results"/>)
/// as ScottPlot plots: the distributions of the chronotropic index and of HRR60 with their cut-offs marked, and the
/// number of tests with each flag. Drawn from the results only; nothing is recomputed.
/// </summary>
public static class CohortCharts
{
    /// <summary>Width of a chronotropic-index bin (dimensionless); doubled until there are at most 60 bins.</summary>
    public const double IndexBinWidth = 0.05;

    /// <summary>Width of an HRR60 bin, bpm; doubled until there are at most 60 bins.</summary>
    public const double Hrr60BinWidthBpm = 2;

    /// <summary>Builds the cohort charts.</summary>
    /// <param name="results">One result per test, in any order.</param>
    /// <param name="options">Title and text size of every chart; <c>null</c> for each chart's defaults.</param>
    /// <returns>
    /// <c>cohort-chronotropic-index</c> (histogram of the finite indices, bins of <see cref="IndexBinWidth"/> starting
    /// at a multiple of it, with a dashed line at each cut-off in use: 0.80, or 0.62 with beta-blockers),
    /// <c>cohort-hrr60</c> (histogram of the finite HRR60 values, bins of <see cref="Hrr60BinWidthBpm"/>, with a dashed
    /// line at each cut-off in use: 12 bpm for active and 18 bpm for supine recovery) and <c>cohort-flags</c> (for each
    /// flag the number of tests with it, labelled "flagged / known"). A chart with no finite value says "No data" with
    /// the reason (<see cref="AnalysisChart.NoDataReason"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or one of its items is null.</exception>
    public static IReadOnlyList<AnalysisChart> Create(IReadOnlyList<CohortResult> results, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Any(r => r is null)) throw new ArgumentNullException(nameof(results), "A result is null.");
        var inv = CultureInfo.InvariantCulture;

        var index = results.Select(r => r.Chronotropic.ChronotropicIndex).Where(double.IsFinite).ToArray();
        var indexCutoffs = results.Where(r => double.IsFinite(r.Chronotropic.ChronotropicIndex))
            .Select(r => (r.Chronotropic.ChronotropicIndexCutoff, r.Chronotropic.IndexCutoffCitation)).Distinct().OrderBy(c => c.Item1).ToList();
        var incompetent = results.Count(r => r.Chronotropic.Incompetent == true);
        var ci = Histogram(index, IndexBinWidth, options, "Chronotropic index", "Chronotropic index (HR reserve used / predicted)", "no finite chronotropic index",
            indexCutoffs.Select(c => (c.Item1, string.Create(inv, $"Cut-off {c.Item1:0.00} ({c.Item2})"))).ToList(), "0.##");
        var ciCaption = string.Create(inv,
            $"Chronotropic index (HRpeak − HRrest)/(HRpredicted − HRrest) of {index.Length} of {results.Count} tests, in bins of {IndexBinWidth:0.##}; dashed: the incompetence cut-off(s) in use (index ≤ cut-off); {incompetent} tests are flagged incompetent.");

        var hrr = results.Select(r => r.Hrr60Bpm).Where(double.IsFinite).ToArray();
        var hrrCutoffs = results.Where(r => double.IsFinite(r.Hrr60Bpm))
            .Select(r => (r.Hrr60CutoffBpm, r.Posture)).Distinct().OrderBy(c => c.Item1).ToList();
        var abnormal = results.Count(r => r.Hrr60Abnormal == true);
        var hrrPlot = Histogram(hrr, Hrr60BinWidthBpm, options, "Heart-rate recovery at 1 min", "HRR60 (bpm)", "no finite HRR60",
            hrrCutoffs.Select(c => (c.Item1, string.Create(inv, $"Cut-off {c.Item1:0} bpm ({c.Item2} recovery)"))).ToList(), "0.#");
        var hrrCaption = string.Create(inv,
            $"Heart-rate recovery 1 min after exercise end (peak HR − HR at 1 min) of {hrr.Length} of {results.Count} tests, in bins of {Hrr60BinWidthBpm:0.#} bpm; dashed: the abnormal cut-off(s) in use (HRR60 ≤ cut-off); {abnormal} tests are flagged abnormal.");

        (string Name, Func<CohortResult, bool?> Flag)[] flags =
        [
            ("Chronotropic incompetence", r => r.Chronotropic.Incompetent),
            ("Peak < 85 % predicted", r => r.Chronotropic.BelowPercentPredicted),
            ("HRR60 abnormal", r => r.Hrr60Abnormal),
            ("HRR120 abnormal", r => r.Hrr120Abnormal),
        ];
        var flagged = flags.Select(f => results.Count(r => f.Flag(r) == true)).ToArray();
        var known = flags.Select(f => results.Count(r => f.Flag(r) is not null)).ToArray();
        var flagPlot = ChartStyle.New(options, "Flags", "", "Tests flagged (count)");
        if (known.All(k => k == 0))
        {
            ChartStyle.NoData(flagPlot, "no flag could be computed", -0.5, flags.Length - 0.5, 0, 1);
        }
        else
        {
            var bars = flags.Select((f, i) => new Bar
            {
                Position = i,
                Value = flagged[i],
                FillColor = ChartStyle.Fills[i],
                Label = string.Create(inv, $"{flagged[i]} / {known[i]}"),
            }).ToArray();
            var plot = flagPlot.Add.Bars(bars);
            plot.ValueLabelStyle.FontSize = flagPlot.Axes.Bottom.TickLabelStyle.FontSize;
            flagPlot.Axes.Bottom.SetTicks(Enumerable.Range(0, flags.Length).Select(i => (double)i).ToArray(), flags.Select(f => f.Name).ToArray());
            flagPlot.Axes.SetLimits(-0.6, flags.Length - 0.4, 0, Math.Max(1, flagged.Max()) * 1.15);
            flagPlot.Grid.XAxisStyle.IsVisible = false;
        }

        var flagCaption = string.Create(inv,
            $"Number of the {results.Count} tests with each flag, labelled flagged / tests where the flag could be computed.");
        return
        [
            new AnalysisChart("cohort-chronotropic-index", ciCaption, [ci]),
            new AnalysisChart("cohort-hrr60", hrrCaption, [hrrPlot]),
            new AnalysisChart("cohort-flags", flagCaption, [flagPlot]),
        ];
    }

    private static Plot Histogram(
        double[] values, double width, ChartOptions? options, string title, string xLabel, string emptyReason,
        List<(double Value, string Label)> cutoffs, string format)
    {
        var plot = ChartStyle.New(options, title, xLabel, "Tests (count)");
        if (values.Length == 0) return ChartStyle.NoData(plot, emptyReason, 0, 1, 0, 1);
        var lo = Math.Floor(values.Min() / width) * width;
        var hi = values.Max();
        while ((hi - lo) / width > 60) width *= 2;
        lo = Math.Floor(values.Min() / width) * width;
        var bins = Math.Max(1, (int)Math.Floor((hi - lo) / width) + 1);
        var counts = new int[bins];
        foreach (var v in values) counts[Math.Min(bins - 1, (int)Math.Floor((v - lo) / width))]++;
        var bars = Enumerable.Range(0, bins).Select(i => new Bar
        {
            Position = lo + ((i + 0.5) * width),
            Value = counts[i],
            Size = width * 0.95,
            FillColor = ChartStyle.Blue.WithAlpha(0.75),
            LineWidth = 0,
        }).ToArray();
        var b = plot.Add.Bars(bars);
        b.LegendText = string.Create(CultureInfo.InvariantCulture, $"Tests (n = {values.Length}), bins of {width.ToString(format, CultureInfo.InvariantCulture)}");
        var left = lo;
        var right = lo + (bins * width);
        for (var k = 0; k < cutoffs.Count; k++)
        {
            var line = plot.Add.VerticalLine(cutoffs[k].Value, 2, k == 0 ? ChartStyle.Vermillion : ChartStyle.Purple, LinePattern.Dashed);
            line.LegendText = cutoffs[k].Label;
            (left, right) = (Math.Min(left, cutoffs[k].Value - width), Math.Max(right, cutoffs[k].Value + width));
        }

        plot.Axes.SetLimits(left, right, 0, counts.Max() * 1.15);
        ChartStyle.Legend(plot, Alignment.UpperRight);
        return plot;
    }
}
