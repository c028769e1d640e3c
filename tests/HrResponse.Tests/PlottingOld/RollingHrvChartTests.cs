using HrResponse.Plotting;
using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class RollingHrvChartTests
{
    private static RollingHrvSnapshot Snap(double t, double alpha) => new()
    {
        EndSeconds = t, BeatCount = 100, HeartRateBpm = 60 + (t / 10), RmssdMs = 40, SdnnMs = 50, DfaAlpha1 = alpha, ArtifactPercent = 0,
    };

    [Test]
    public void Render_Snapshots_ThreePanelsOnePointPerSnapshotAndThresholds()
    {
        var snaps = Enumerable.Range(0, 10).Select(i => Snap(120 + (20 * i), 1.0 - (i * 0.05))).ToList();
        var doc = Svg.Parse(RollingHrvChart.Render(snaps));
        Assert.That(Svg.Elements(doc, "rect", "frame").Count(), Is.EqualTo(3));
        foreach (var name in new[] { "hr", "rmssd", "sdnn", "dfa-alpha1" })
        {
            var line = Svg.Elements(doc, "polyline", "series").Single(e => e.Attribute("data-name")!.Value == name);
            Assert.That(Svg.PointCount(line), Is.EqualTo(10), name);
        }

        Assert.That(Svg.Elements(doc, "line", "threshold").Count(), Is.EqualTo(2));
        Assert.That(Svg.Texts(doc, "axis-title"), Is.EquivalentTo(new[] { "Time (s)", "HR (bpm)", "RMSSD, SDNN (ms)", "DFA α1" }));
        Assert.That(doc.Root!.Attribute("height")!.Value, Is.EqualTo("560"));
    }

    [Test]
    public void Render_NaNAlpha_BreaksOnlyThatLine()
    {
        var snaps = Enumerable.Range(0, 6).Select(i => Snap(120 + (20 * i), i == 2 ? double.NaN : 0.9)).ToList();
        var doc = Svg.Parse(RollingHrvChart.Render(snaps));
        var alpha = Svg.Elements(doc, "polyline", "series").Where(e => e.Attribute("data-name")!.Value == "dfa-alpha1").Select(Svg.PointCount);
        Assert.That(alpha, Is.EqualTo(new[] { 2, 3 }));
    }

    [Test]
    public void Render_Empty_SaysNoData()
    {
        var doc = Svg.Parse(RollingHrvChart.Render([]));
        Assert.That(Svg.Texts(doc, "no-data"), Is.EqualTo(new[] { "no data" }));
    }
}
