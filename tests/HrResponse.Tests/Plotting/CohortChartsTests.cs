using System.Globalization;
using HrResponse.Cli;
using HrResponse.Exercise;
using HrResponse.Plotting;
using HrResponse.Reporting;
using HrResponse.Tests.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

/// <summary>Cohort charts on the Cleveland Clinic HRR table: what the plots hold is what the cohort table says.</summary>
public class CohortChartsTests
{
    private static readonly CohortCsvColumns Columns = new()
    {
        Rest = "heart_ra", Peak = "peak_hr", Hrr60 = "hrrecov", Age = "age", BetaBlocker = "betablok",
    };

    private static CohortCsvSummary Cleveland()
    {
        using var reader = new StreamReader(SharedData.Data("cleveland-hrr", "hrrecov.csv"));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        return CohortCsv.Process(reader, writer, Columns);
    }

    [Test]
    public void Create_Cleveland_HistogramsCountEveryFiniteValueAndMarkTheCutoffs()
    {
        var summary = Cleveland();
        Assert.That(summary.Results, Has.Count.EqualTo(summary.RowCount).And.Count.GreaterThan(100));
        var charts = CohortCharts.Create(summary.Results).ToDictionary(c => c.Name);
        Assert.That(charts.Keys, Is.EqualTo(new[] { "cohort-chronotropic-index", "cohort-hrr60", "cohort-flags" }));

        var index = summary.Results.Select(r => r.Chronotropic.ChronotropicIndex).Where(double.IsFinite).ToList();
        var ci = charts["cohort-chronotropic-index"].Plot;
        var bars = ci.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.That(bars.Sum(b => b.Value), Is.EqualTo(index.Count), "every finite index is in a bin");
        foreach (var v in index.Take(50))
            Assert.That(bars.Count(b => v >= b.Position - (b.Size / 0.95 / 2) - 1e-9 && v < b.Position + (b.Size / 0.95 / 2) + 1e-9), Is.InRange(1, 2), "each value in its bin (or on the edge of two)");
        var cutoffs = ci.GetPlottables<ScottPlot.Plottables.VerticalLine>().Select(l => l.X).ToList();
        Assert.That(cutoffs, Is.EquivalentTo(new[] { ChronotropicResult.IndexCutoffBetaBlocker, ChronotropicResult.IndexCutoff }), "both cut-offs: the table has beta-blocker users");
        Assert.That(ci.Axes.Bottom.Label.Text, Does.StartWith("Chronotropic index"));
        Assert.That(ci.Axes.Left.Label.Text, Is.EqualTo("Tests (count)"));

        var hrr = charts["cohort-hrr60"].Plot;
        var hrrValues = summary.Results.Select(r => r.Hrr60Bpm).Where(double.IsFinite).ToList();
        Assert.That(hrr.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.Sum(b => b.Value), Is.EqualTo(hrrValues.Count));
        Assert.That(hrr.GetPlottables<ScottPlot.Plottables.VerticalLine>().Select(l => l.X), Is.EqualTo(new[] { 12.0 }), "active recovery: 12 bpm");
        Assert.That(ChartAssert.Legend(hrr), Does.Contain("Cut-off 12 bpm (Active recovery)"));
        Assert.That(hrr.Axes.Bottom.Label.Text, Is.EqualTo("HRR60 (bpm)"));
        var limits = hrr.Axes.GetLimits();
        Assert.That(limits.Left, Is.LessThanOrEqualTo(hrrValues.Min()));
        Assert.That(limits.Right, Is.GreaterThan(hrrValues.Max()));
    }

    [Test]
    public void Create_Cleveland_FlagBarsAreTheFlagCounts()
    {
        var results = Cleveland().Results;
        var flags = CohortCharts.Create(results).Single(c => c.Name == "cohort-flags").Plot;
        var bars = flags.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.ToList();
        var incompetent = results.Count(r => r.Chronotropic.Incompetent == true);
        var hrrAbnormal = results.Count(r => r.Hrr60Abnormal == true);
        Assert.That(bars.Select(b => b.Value), Is.EqualTo(new double[]
        {
            incompetent, results.Count(r => r.Chronotropic.BelowPercentPredicted == true), hrrAbnormal, 0,
        }));
        Assert.That(bars[0].Label, Is.EqualTo($"{incompetent} / {results.Count(r => r.Chronotropic.Incompetent is not null)}"));
        Assert.That(bars[3].Label, Is.EqualTo("0 / 0"), "no HRR120 column: the flag is never known");
    }

    [Test]
    public void Create_NoResults_ChartsSayWhy()
    {
        var charts = CohortCharts.Create([]);
        Assert.That(charts.Select(c => c.NoDataReason), Is.EqualTo(new[] { "no finite chronotropic index", "no finite HRR60", "no flag could be computed" }));
        foreach (var c in charts) ChartAssert.PngIsChart(c.ToPng(new ChartImageOptions { WidthPx = 500, HeightPx = 300, Dpi = 96 }), 500, 300, c.Name);
    }

    [Test]
    public void Cohort_PlotFolder_WritesTheThreeChartsAsPngOrSvg()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hrresponse-cohort-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = SharedData.Data("cleveland-hrr", "hrrecov.csv");
            var (code, _, error) = CliRunner.Run("cohort", input, "--rest", "heart_ra", "--peak", "peak_hr", "--hrr60", "hrrecov", "--age", "age",
                "--beta-blocker", "betablok", "-o", Path.Combine(dir, "out.csv"), "--plot", Path.Combine(dir, "charts"));
            Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
            foreach (var name in new[] { "cohort-chronotropic-index", "cohort-hrr60", "cohort-flags" })
                ChartAssert.PngIsChart(File.ReadAllBytes(Path.Combine(dir, "charts", name + ".png")), 2100, 1260, name);

            (code, _, error) = CliRunner.Run("cohort", input, "--rest", "heart_ra", "--peak", "peak_hr", "--hrr60", "hrrecov", "--age", "age",
                "-o", Path.Combine(dir, "out2.csv"), "--plot", Path.Combine(dir, "svg"), "--format", "svg", "--width", "800", "--height", "500");
            Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
            ChartAssert.SvgIsChart(File.ReadAllText(Path.Combine(dir, "svg", "cohort-flags.svg")), 800, 500, "flags svg");
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
