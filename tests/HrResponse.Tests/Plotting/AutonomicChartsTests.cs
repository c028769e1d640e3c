using HrResponse.Autonomic;
using HrResponse.Io;
using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class AutonomicChartsTests
{
    private static void AssertRenders(ScottPlot.Plot plot)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrresponse-autonomic-{Guid.NewGuid():N}.png");
        try
        {
            plot.SavePng(path, 800, 500);
            Assert.That(new FileInfo(path).Length, Is.GreaterThan(5000));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Create_ValsalvaWithPressure_RrAndSystolicAxesWithFiveLandmarks()
    {
        var recording = RecordingReader.Open(SharedData.Data("valsalva", "Subject_1_beats.csv")).Recording;
        var result = AutonomicAnalysis.Compute(recording);
        var plot = AutonomicCharts.Create(result);
        Assert.That(plot.Axes.Left.Label.Text, Is.EqualTo("RR interval (ms)"));
        Assert.That(plot.Axes.Right.Label.Text, Is.EqualTo("Systolic pressure (mmHg)"));
        var texts = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToArray();
        Assert.That(texts, Is.EquivalentTo(new[] { "I", "IIe", "IIl", "III", "IV" }));
        AssertRenders(plot);
    }

    [Test]
    public void Create_ActiveStand_MarksStandUpPeakAndRatioBeats()
    {
        var recording = RecordingReader.Open(SharedData.Data("orthostatic-stand", "polar_h10_2025-03-23_seated_to_standing_rr.csv")).Recording;
        var result = AutonomicAnalysis.Compute(recording, new AutonomicOptions { Test = AutonomicTest.ActiveStand });
        var plot = AutonomicCharts.Create(result);
        var stand = plot.GetPlottables().OfType<ScottPlot.Plottables.VerticalLine>().Single();
        Assert.That(stand.X, Is.EqualTo(result.ActiveStand!.StandSeconds));
        Assert.That(plot.GetPlottables().OfType<ScottPlot.Plottables.HorizontalSpan>().Count(), Is.EqualTo(2));
        AssertRenders(plot);
    }

    [Test]
    public void Create_DeepBreathing_OneBoundaryLinePerCycleEdge()
    {
        var recording = Recording.Create(RrIntervals.FromMilliseconds(
            Enumerable.Range(0, 80).Select(k => 1000 - (100 * Math.Cos(2 * Math.PI * k / 10))).ToArray()));
        var result = AutonomicAnalysis.Compute(recording, new AutonomicOptions { Test = AutonomicTest.DeepBreathing });
        var plot = AutonomicCharts.Create(result);
        Assert.That(plot.GetPlottables().OfType<ScottPlot.Plottables.VerticalLine>().Count(), Is.EqualTo(result.DeepBreathing!.CycleBoundariesSeconds.Count));
        AssertRenders(plot);
    }
}
