using HrResponse.Exercise;
using HrResponse.Plotting;
using HrResponse.Quality;
using HrResponse.Streaming;
using NUnit.Framework;
using ScottPlot;

namespace HrResponse.Tests.Plotting;

/// <summary>Each chart builder on small hand-made inputs: what lands in the ScottPlot plot, and empty inputs.</summary>
public class ChartsTests
{
    private static readonly ChartImageOptions Small = new() { WidthPx = 640, HeightPx = 400, Dpi = 96 };

    private static IEnumerable<TestCaseData> EmptyCharts()
    {
        yield return new TestCaseData((Func<Plot>)(() => HeartRateChart.Create([], []))).SetArgDisplayNames("heart-rate");
        yield return new TestCaseData((Func<Plot>)(() => TachogramChart.Create(Array.Empty<BeatRecord>()))).SetArgDisplayNames("tachogram");
        yield return new TestCaseData((Func<Plot>)(() => PsdChart.Create([], []))).SetArgDisplayNames("psd");
        yield return new TestCaseData((Func<Plot>)(() => PoincareChart.Create([], [], double.NaN, double.NaN))).SetArgDisplayNames("poincare");
        yield return new TestCaseData((Func<Plot>)(() => DfaChart.Create(Array.Empty<DfaScalingRange>()))).SetArgDisplayNames("dfa");
        yield return new TestCaseData((Func<Plot>)(() => EcgChart.Create([], 250, []))).SetArgDisplayNames("ecg");
        yield return new TestCaseData((Func<Plot>)(() => RollingHrvChart.Create([])[0])).SetArgDisplayNames("rolling-hrv");
    }

    [TestCaseSource(nameof(EmptyCharts))]
    public void Create_EmptyInput_PlotSaysNoDataAndRenders(Func<Plot> create)
    {
        var plot = create();
        var chart = new AnalysisChart("empty", "", [plot]);
        Assert.That(chart.NoDataReason, Is.Not.Null.And.Not.Empty);
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.Annotation>().Select(a => a.Text), Is.EqualTo(new[] { "No data: " + chart.NoDataReason }));
        ChartAssert.PngIsChart(chart.ToPng(Small), 640, 400, "empty");
        ChartAssert.SvgIsChart(chart.ToSvg(Small), 640, 400, "empty");
    }

    [Test]
    public void HeartRateChart_Create_LimitsSpanSamplesPhasesAndMarkers()
    {
        double[] t = [10, 20, 30, 40, 50];
        double[] hr = [70, 90, double.NaN, 150, 120];
        var annotations = new HeartRateAnnotations
        {
            Phases = [new ChartPhase("Rest", 0, 20), new ChartPhase("Exercise", 20, 45), new ChartPhase("Recovery", 45, 80)],
            Peak = new HeartRateMarker(40, 160, "peak"),
            RecoveryPoints = [new HeartRateMarker(60, 100, "10 s")],
            RecoveryFit = new RecoveryCurve(45, 80, 90, 60, 20),
        };
        var plot = HeartRateChart.Create(t, hr, annotations);
        var limits = plot.Axes.GetLimits();
        Assert.That((limits.Left, limits.Right), Is.EqualTo((0.0, 80.0)), "time from the first phase start to the last phase end");
        Assert.That(limits.Bottom, Is.LessThan(70));
        Assert.That(limits.Top, Is.GreaterThan(160));
        Assert.That(ChartAssert.Legend(plot), Is.EqualTo(new[] { "Heart rate (bpm)", "Exponential fit, τ = 20 s", "Recovery HR", "Peak 160 bpm" }));
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.HorizontalSpan>().Select(s => (s.X1, s.X2)),
            Is.EqualTo(new[] { (0.0, 20.0), (20.0, 45.0), (45.0, 80.0) }), "phases shaded over their time spans");
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.SignalXY>().Count(), Is.EqualTo(3), "the HR line breaks at NaN; one fit line");
        Assert.That(plot.Axes.Title.Label.Text, Is.EqualTo(HeartRateChart.DefaultTitle));
    }

    [Test]
    public void HeartRateChart_Create_LongRecording_TimeInMinutes()
    {
        double[] t = [0, 600, 1200, 1800];
        var plot = HeartRateChart.Create(t, [60, 80, 100, 90]);
        Assert.That(plot.Axes.Bottom.Label.Text, Is.EqualTo("Time (min)"));
        Assert.That(plot.Axes.GetLimits().Right, Is.EqualTo(30).Within(1e-9));
    }

    [Test]
    public void HeartRateChart_Create_Options_TitleAndFontSizeApplied()
    {
        var plot = HeartRateChart.Create([0, 1], [60, 61], options: new ChartOptions { Title = "Subject 7", FontSizePx = 18 });
        Assert.That(plot.Axes.Title.Label.Text, Is.EqualTo("Subject 7"));
        Assert.That(plot.Axes.Bottom.TickLabelStyle.FontSize, Is.EqualTo(18));
        Assert.That(plot.Axes.Left.Label.FontSize, Is.EqualTo(21));
    }

    [Test]
    public void TachogramChart_CreateWithReview_RingsTheBorderlineBeats()
    {
        // subject_09: one borderline interval (input 45, flagged long); without a review nothing is ringed.
        var rr = RrIntervals.FromMilliseconds(HrResponse.Tests.Quality.BeatQualityBenchmark.CleanStretch("subject_09"));
        var cleaned = ArtifactCorrection.Clean(rr);
        var review = ArtifactCorrection.ReviewBorderline(rr);
        var plot = TachogramChart.Create(cleaned, null, review);
        Assert.That(ChartAssert.Legend(plot), Is.EqualTo(new[] { "RR interval (ms)", "Interpolated (1)", "To review (1)" }));
        var ring = plot.GetPlottables<ScottPlot.Plottables.Markers>().Single(m => m.LegendText == "To review (1)");
        var row = cleaned.Beats.First(b => b.InputIndex == 45);
        Assert.That(ring.Data.GetScatterPoints().Single().X, Is.EqualTo(row.TimeSeconds).Within(1e-9), "at the interval's row");
        Assert.That(ChartAssert.Legend(TachogramChart.Create(cleaned, null, null)), Does.Not.Contain("To review (1)"));
    }

    [Test]
    public void TachogramChart_Create_DiamondsTheUndecidedReadings()
    {
        // The benchmark's subject_19 single seed 1: 885 [677] 964 890 ms, a pair the detector cannot read (input 5 and 6,
        // docs/beat-quality.md item 98), drawn at its two rows; the clean stretch has none.
        var rec = HrResponse.Tests.Quality.BeatQualityBenchmark.CiRecordings.Single(r => r.Name == "subject_19");
        var kind = Array.IndexOf(HrResponse.Tests.Quality.BeatQualityBenchmark.Kinds, "single");
        var (series, _) = HrResponse.Tests.Quality.BeatQualityInjector.InjectMapped(rec.Rr, HrResponse.Tests.Quality.BeatQualityBenchmark.Mix("single", 5),
            new Random(HrResponse.Tests.Quality.BeatQualityBenchmark.StableSeed(rec.Name, kind, 5, 1)), out _);
        var cleaned = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(series));
        var plot = TachogramChart.Create(cleaned);
        var diamonds = plot.GetPlottables<ScottPlot.Plottables.Markers>().Single(m => m.LegendText == "Undecided reading (2)");
        var rows = cleaned.Beats.Where(b => b.InputIndex is 5 or 6).Select(b => b.TimeSeconds).ToArray();
        Assert.That(diamonds.Data.GetScatterPoints().Select(p => p.X), Is.EqualTo(rows).Within(1e-9));
        Assert.That(ChartAssert.Legend(TachogramChart.Create(ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rec.Rr)))),
            Has.None.StartsWith("Undecided reading"));
    }

    [Test]
    public void TachogramChart_Create_SquaresTheNonSinusSteps()
    {
        // Without detection the 1,100-ms interval among 800-ms ones keeps its +37.5 % and −27 % steps: intervals 9, 10
        // and 11 are squared at their rows; a smooth series has no square.
        var rr = Enumerable.Repeat(800.0, 40).ToArray();
        rr[10] = 1100;
        var cleaned = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr), ArtifactCorrectionOptions.Default with { Method = ArtifactDetectionMethod.None });
        var plot = TachogramChart.Create(cleaned);
        var squares = plot.GetPlottables<ScottPlot.Plottables.Markers>().Single(m => m.LegendText == "Non-sinus step (3)");
        Assert.That(squares.Data.GetScatterPoints().Select(p => p.X),
            Is.EqualTo(new[] { 9, 10, 11 }.Select(i => cleaned.Beats.First(b => b.InputIndex == i).TimeSeconds)).Within(1e-9));
        var smooth = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(Enumerable.Repeat(800.0, 40).ToArray()));
        Assert.That(ChartAssert.Legend(TachogramChart.Create(smooth)), Has.None.StartsWith("Non-sinus step"));
    }

    [Test]
    public void TachogramChart_Create_ShadesTheDenseArtifactStretches()
    {
        // 400 beats of an 800-ms rhythm with intervals 200–229 corrupted (every beat displaced): one DenseArtifacts
        // stretch, shaded over its time; a clean series has no band.
        var rr = Enumerable.Range(0, 400).Select(i => 800 + (30 * Math.Sin(2 * Math.PI * i / 4.5))).ToArray();
        var clean = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr));
        for (var i = 200; i < 230; i++) rr[i] *= i % 2 == 0 ? 0.6 : 1.4;
        var cleaned = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr));
        var plot = TachogramChart.Create(cleaned);
        Assert.That(ChartAssert.Legend(plot), Does.Contain("Dense artifacts (1 stretch)"));
        var band = plot.GetPlottables<ScottPlot.Plottables.HorizontalSpan>().Single();
        var at = cleaned.Beats.First(b => b.InputIndex == 215).TimeSeconds;
        Assert.Multiple(() =>
        {
            Assert.That(band.X1, Is.LessThan(at));
            Assert.That(band.X2, Is.GreaterThan(at));
            Assert.That(band.X2 - band.X1, Is.LessThan(60), "the stretch, not the recording (about 40 s)");
            Assert.That(TachogramChart.Create(clean).GetPlottables<ScottPlot.Plottables.HorizontalSpan>(), Is.Empty);
        });
    }

    [Test]
    public void TachogramChart_Create_CorrectionsMarkedAndCounted()
    {
        BeatRecord[] beats =
        [
            new(0.8, 800, BeatAction.Kept, 0, false),
            new(1.6, 800, BeatAction.Kept, 1, false),
            new(2.4, 810, BeatAction.Interpolated, 2, false),
            new(2.6, 200, BeatAction.Removed, 3, false),
            new(3.4, 800, BeatAction.Inserted, 4, false),
            new(6.0, 2600, BeatAction.Gap, 5, false),
            new(6.8, 800, BeatAction.Kept, 6, true),
            new(7.6, 790, BeatAction.Kept, 7, false),
        ];
        var plot = TachogramChart.Create(beats);
        Assert.That(ChartAssert.Legend(plot), Is.EqualTo(new[] { "RR interval (ms)", "Interpolated (1)", "Inserted (1)", "Removed (1)", "Excluded, gap (1)" }));
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.SignalXY>().Count(), Is.EqualTo(2), "the line breaks at the gap");
        var limits = plot.Axes.GetLimits();
        Assert.That(limits.Bottom, Is.LessThan(790));
        Assert.That(limits.Top, Is.GreaterThan(810));
        Assert.That(limits.Top, Is.LessThan(2600), "a far-off gap row does not stretch the scale");
    }

    [Test]
    public void PsdChart_Create_BandsShadedAndNamedWithPower()
    {
        var f = Enumerable.Range(0, 101).Select(i => i * 0.005).ToArray();
        var p = f.Select(x => 100 * Math.Exp(-Math.Pow((x - 0.25) / 0.05, 2))).ToArray();
        var plot = PsdChart.Create(f, p, [new SpectralBand("LF", 0.04, 0.15, 12.5), new SpectralBand("HF", 0.15, 0.4)]);
        Assert.That(ChartAssert.Legend(plot), Is.EqualTo(new[] { "LF 0.04–0.15 Hz: 12.5 ms²", "HF 0.15–0.4 Hz", "PSD (ms²/Hz)" }));
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.FillY>().Count(), Is.EqualTo(2));
        var limits = plot.Axes.GetLimits();
        Assert.That((limits.Left, limits.Right), Is.EqualTo((0.0, 0.4)), "frequency axis to the highest band edge");
        Assert.That(limits.Top, Is.GreaterThanOrEqualTo(p.Max()));
        // The spectrum fills the data area, so the legend is a panel beside it, not a box over the curve.
        Assert.That(plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>().Count(), Is.EqualTo(1), "legend outside the data area");
    }

    [Test]
    public void PoincareChart_Create_EqualLimitsEllipseAndDescriptors()
    {
        var rr = RrIntervals.FromMilliseconds(Enumerable.Range(0, 200).Select(i => 800 + (40 * Math.Sin(i * 0.7))).ToArray());
        var plot = PoincareChart.Create(rr);
        var limits = plot.Axes.GetLimits();
        Assert.That((limits.Left, limits.Right), Is.EqualTo((limits.Bottom, limits.Top)), "same scale on both axes");
        Assert.That(limits.Left, Is.LessThan(760));
        Assert.That(limits.Right, Is.GreaterThan(840));
        var ellipse = plot.GetPlottables<ScottPlot.Plottables.Ellipse>().Single();
        var legend = ChartAssert.Legend(plot);
        Assert.That(legend, Has.Some.Match(@"^SD1 = [0-9.]+ ms$").And.Some.Match(@"^SD2 = [0-9.]+ ms$"));
        var sd1 = double.Parse(legend.Single(l => l.StartsWith("SD1", StringComparison.Ordinal))[6..^3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(ellipse.RadiusY, Is.EqualTo(sd1).Within(0.05), "ellipse half-width across the identity line is SD1");
    }

    [Test]
    public void DfaChart_Create_LogAxesWithLinearTickLabels()
    {
        var plot = DfaChart.Create([new DfaScalingRange("α1", [4, 8, 16], [10, 20, 40], 1.0)]);
        plot.GetImage(672, 403);
        var limits = plot.Axes.GetLimits();
        Assert.That(limits.Left, Is.LessThan(Math.Log10(4)));
        Assert.That(limits.Right, Is.GreaterThan(Math.Log10(16)));
        Assert.That(limits.Bottom, Is.LessThan(1));
        Assert.That(limits.Top, Is.GreaterThan(Math.Log10(40)));
        Assert.That(ChartAssert.Legend(plot), Is.EqualTo(new[] { "α1 = 1.00 (n = 4–16 beats)" }));
        var fit = plot.GetPlottables<ScottPlot.Plottables.LinePlot>().Single();
        Assert.That((fit.End.Y - fit.Start.Y) / (fit.End.X - fit.Start.X), Is.EqualTo(1.0).Within(1e-9), "fit slope is α");
        var x = MajorTicks(plot.Axes.Bottom);
        var y = MajorTicks(plot.Axes.Left);
        Assert.That(x.Select(t => t.Label), Is.EqualTo(new[] { "4", "8", "16" }), "box-size ticks at 4, 8, 16 beats");
        Assert.That(x.Select(t => t.Position), Is.EqualTo(new[] { Math.Log10(4), Math.Log10(8), Math.Log10(16) }).Within(1e-9), "at log10 n");
        Assert.That(y.Select(t => t.Label), Is.EqualTo(new[] { "10", "20", "30" }), "F(n) ticks at 10, 20, 30 ms");
        Assert.That(y.Select(t => t.Position), Is.EqualTo(new[] { 1, Math.Log10(20), Math.Log10(30) }).Within(1e-9), "at log10 F(n)");
    }

    [Test]
    public void DfaChart_Create_TickLabelsOfARealResultAreRoundNumbers()
    {
        var rr = HrResponse.Tests.Hrv.SyntheticRr.Generate(1000, 800, [(30, 0.1), (20, 0.25)], 10, seed: 3).Milliseconds.ToArray();
        var plot = DfaChart.Create(HrResponse.Hrv.NonlinearAnalysis.Dfa(rr));
        plot.GetImage(672, 403);
        var x = MajorTicks(plot.Axes.Bottom).Select(t => t.Label).ToArray();
        var y = MajorTicks(plot.Axes.Left).Select(t => t.Label).ToArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(x, Is.EqualTo(new[] { "4", "8", "16", "32", "64" }), "box sizes 4-64 beats in powers of two");
            Assert.That(y, Has.Length.GreaterThanOrEqualTo(3), "at least three F(n) ticks");
            Assert.That(y, Has.All.Match("^[1-9]0*$|^[1-9]$"), "F(n) ticks are one significant digit (1-2-5 steps)");
            var limits = plot.Axes.GetLimits();
            Assert.That(MajorTicks(plot.Axes.Left).Select(t => t.Position), Has.All.InRange(limits.Bottom, limits.Top), "ticks inside the axis");
        }
    }

    private static (double Position, string Label)[] MajorTicks(ScottPlot.IAxis axis) =>
        axis.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => (t.Position, t.Label)).OrderBy(t => t.Position).ToArray();

    [Test]
    public void HeartRateChart_Create_RecoveryLabelsDoNotOverlapWhenPointsAreClose()
    {
        // A 23-min test: recovery points 10 s apart at the start of recovery are closer than a label is wide.
        var t = Enumerable.Range(0, 1380).Select(i => (double)i).ToArray();
        var hr = t.Select(s => s < 420 ? 75 : s < 530 ? 75 + ((s - 420) * 0.65) : 85 + (60 * Math.Exp(-(s - 530) / 78))).ToArray();
        double[] offsets = [10, 30, 60, 90, 120, 180, 300];
        var a = new HeartRateAnnotations
        {
            Peak = new HeartRateMarker(525, 146, "Peak"),
            RecoveryPoints = offsets.Select(o => new HeartRateMarker(530 + o, 85 + (60 * Math.Exp(-o / 78)), $"{o:0} s")).ToList(),
        };
        var plot = HeartRateChart.Create(t, hr, a);
        plot.GetImage(672, 403);
        using var paint = ScottPlot.Paint.NewDisposablePaint();
        var boxes = plot.GetPlottables<ScottPlot.Plottables.Text>().Where(x => x.LabelText.EndsWith(" s", StringComparison.Ordinal)).Select(x =>
        {
            var p = plot.GetPixel(x.Location);
            var m = x.LabelStyle.Measure(paint);
            var (ax, ay) = (p.X + x.OffsetX, p.Y + x.OffsetY);
            var name = x.LabelAlignment.ToString();
            var left = name.EndsWith("Left", StringComparison.Ordinal) ? ax : name.EndsWith("Right", StringComparison.Ordinal) ? ax - m.Width : ax - (m.Width / 2);
            var top = name.StartsWith("Upper", StringComparison.Ordinal) ? ay : name.StartsWith("Lower", StringComparison.Ordinal) ? ay - m.Height : ay - (m.Height / 2);
            return (x.LabelText, L: left, R: left + m.Width, T: top, B: top + m.Height);
        }).ToList();
        Assert.That(boxes.Select(b => b.LabelText), Is.EquivalentTo(offsets.Select(o => $"{o:0} s")), "every recovery point keeps its label");
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (p, q) = (boxes[i], boxes[j]);
                var overlap = p.L < q.R && q.L < p.R && p.T < q.B && q.T < p.B;
                Assert.That(overlap, Is.False, $"labels '{p.LabelText}' and '{q.LabelText}' overlap");
            }
        }
    }

    [Test]
    public void RollingHrvChart_Create_ThreePanelsSharingTimeWithThresholds()
    {
        var snapshots = Enumerable.Range(1, 20).Select(i => new RollingHrvSnapshot
        {
            EndSeconds = i * 30, HeartRateBpm = 100 + i, RmssdMs = 40 - i, SdnnMs = 50 - i, DfaAlpha1 = 1.2 - (i * 0.04),
        }).ToList();
        var panels = RollingHrvChart.Create(snapshots);
        Assert.That(panels, Has.Count.EqualTo(3));
        Assert.That(panels.Select(p => (p.Axes.GetLimits().Left, p.Axes.GetLimits().Right)).Distinct(), Is.EqualTo(new[] { (30.0, 600.0) }));
        var lines = panels[2].GetPlottables<ScottPlot.Plottables.HorizontalLine>().Select(l => l.Y);
        Assert.That(lines, Is.EquivalentTo(new[] { RollingHrvChart.AerobicThresholdAlpha1, RollingHrvChart.AnaerobicThresholdAlpha1 }));
        Assert.That(ChartAssert.Legend(panels[1]), Is.EqualTo(new[] { "RMSSD (ms)", "SDNN (ms)" }));
        Assert.That(panels.Select(p => p.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>().Count()), Is.EqualTo(new[] { 1, 1, 1 }),
            "every panel's legend beside its data, in the right margin the panels share");
        var chart = new AnalysisChart("rolling-hrv", "", panels);
        ChartAssert.PngIsChart(chart.ToPng(), 2100, ChartImageOptions.Default.HeightFor(3), "rolling");
    }

    [Test]
    public void EcgChart_Create_PeaksInWindowCountedAndMarked()
    {
        var samples = Enumerable.Range(0, 2500).Select(i => i % 250 == 100 ? 1.0 : 0.0).ToArray();
        var peaks = Enumerable.Range(0, 10).Select(k => (k * 250) + 100).ToArray();
        var plot = EcgChart.Create(samples, 250, peaks, startSeconds: 2, durationSeconds: 4, unit: "mV", detector: "Test");
        Assert.That(ChartAssert.Legend(plot), Is.EqualTo(new[] { "ECG", "R peaks (Test, 4)" }));
        Assert.That(plot.Axes.Left.Label.Text, Is.EqualTo("Amplitude (mV)"));
        var limits = plot.Axes.GetLimits();
        Assert.That((limits.Left, limits.Right), Is.EqualTo((2.0, 6.0)));
    }

    [Test]
    public void EcgChart_Create_PeakOutsideSamples_Throws()
    {
        Assert.That(() => EcgChart.Create(new double[10], 250, [10]), Throws.ArgumentException.With.Message.Contain("peakSamples[0]"));
    }

    [Test]
    public void FromReport_SyntheticTest_PhasesPeakPointsAndFitNearTruth()
    {
        // Known truth: exercise 0–720 s, peak 180 bpm at exercise end, recovery τ = 60 s towards 95 bpm; 400 s of recovery
        // so the window around 300 s is covered (a point whose window is not covered is NaN and left out).
        var recording = SyntheticExerciseTest.Create(seed: 3, recoverySeconds: 400, jitterMs: 2);
        var report = ExerciseTestAnalysis.Compute(recording);
        var a = HeartRateAnnotations.FromReport(report);
        Assert.That(a.Phases.Select(p => p.Name), Is.EqualTo(new[] { "Rest", "Exercise", "Recovery" }));
        Assert.That(a.Phases[1].StartSeconds, Is.EqualTo(0).Within(5));
        Assert.That(a.Phases[1].EndSeconds, Is.EqualTo(720).Within(5));
        Assert.That(a.Peak!.HeartRateBpm, Is.EqualTo(180).Within(5));
        Assert.That(a.RecoveryPoints.Select(p => p.Label), Is.EqualTo(new[] { "10 s", "30 s", "60 s", "120 s", "180 s", "300 s" }));
        Assert.That(a.RecoveryPoints[2].TimeSeconds, Is.EqualTo(report.Phases.ExerciseEndSeconds + 60).Within(1e-9));
        Assert.That(a.RecoveryFit!.TauSeconds, Is.EqualTo(60).Within(6));

        var plot = HeartRateChart.Create(recording.Beats.ToHeartRateSeries(), a);
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.HorizontalSpan>().Count(), Is.EqualTo(3));
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.Markers>().Single().Data.GetScatterPoints(), Has.Count.EqualTo(6));
        Assert.That(ChartAssert.Texts(plot), Is.SupersetOf(a.RecoveryPoints.Select(p => p.Label)));
    }
}
