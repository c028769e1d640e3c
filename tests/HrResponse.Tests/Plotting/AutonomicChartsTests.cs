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
        Assert.That(result.ActiveStand.HasPressure, Is.False);
        Assert.That(plot.Axes.Right.Label.Text, Is.Empty, "no pressure recorded: no pressure axis");
        Assert.That(plot.GetPlottables().OfType<ScottPlot.Plottables.HorizontalLine>(), Is.Empty);
        AssertRenders(plot);
    }

    [Test]
    public void Create_ActiveStandWithPressure_DrawsSystolicAndDiastolicOnTheRightAxisWithInitialNadirs()
    {
        // 300 s at 60 bpm, then 400 s at 80 bpm standing; SBP/DBP 120/80 with a V-shaped dip of 50/25 mmHg at 7.5 s
        // after the stand-up (a beat: beats fall every 0.75 s from 300 s).
        var rr = new List<double>();
        for (var t = 0.0; t < 700; t += rr[^1] / 1000) rr.Add(t < 300 - 1e-9 ? 1000 : 750);
        var beats = RrIntervals.FromMilliseconds(rr.ToArray());
        var times = beats.BeatTimesSeconds.ToArray();
        var depth = times.Select(t => t < 300 ? 0 : Math.Max(0, 1 - (Math.Abs(t - 307.5) / 6))).ToArray();
        var recording = Recording.Create(beats, markers: null, channels:
        [
            SampledChannel.Create("sbp", "mmHg", times, depth.Select(d => 120 - (50 * d)).ToArray()),
            SampledChannel.Create("dbp", "mmHg", times, depth.Select(d => 80 - (25 * d)).ToArray()),
        ]);
        var result = AutonomicAnalysis.Compute(recording, new AutonomicOptions
        {
            Test = AutonomicTest.ActiveStand,
            ActiveStand = new ActiveStandOptions { StandSeconds = 300 },
        });
        var stand = result.ActiveStand!;
        Assert.That(stand.BeatSystolicMmHg, Has.Count.EqualTo(times.Length));

        var plot = AutonomicCharts.Create(result);
        var right = plot.GetPlottables().Where(p => p.Axes.YAxis == plot.Axes.Right).ToArray();
        var pressure = right.OfType<ScottPlot.Plottables.Scatter>().Select(p => p.LegendText).ToArray();
        var nadirs = right.OfType<ScottPlot.Plottables.Marker>().ToArray();
        var baselines = right.OfType<ScottPlot.Plottables.HorizontalLine>().Select(l => l.Y).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(plot.Axes.Left.Label.Text, Is.EqualTo("Heart rate (bpm)"));
            Assert.That(plot.Axes.Right.Label.Text, Is.EqualTo("Blood pressure (mmHg)"));
            Assert.That(pressure, Is.EquivalentTo(new[] { "Systolic pressure", "Diastolic pressure" }));
            Assert.That(baselines, Is.EqualTo(new[] { 120.0, 80.0 }).Within(1e-9));
            Assert.That(nadirs.Select(m => m.Location.X), Is.All.EqualTo(307.5).Within(1e-9));
            Assert.That(nadirs.Select(m => m.Location.Y), Is.EqualTo(new[] { 70.0, 55.0 }).Within(1e-9));
            Assert.That(nadirs.Select(m => m.LegendText), Has.All.Contain("(initial orthostatic hypotension)"));
            Assert.That(nadirs.Select(m => m.LegendText), Has.Some.StartsWith("Initial systolic nadir −50 mmHg at 7.5 s"));
        });
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
