using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Issue 14 (docs/beat-quality.md item 93): the quality report lists the intervals the cleaned series reaches or leaves
/// by a step beyond Kamath and Fallen's sinus limits (<see cref="QualityReport.NonSinusStepBeats"/>) and warns about them
/// (<see cref="ProblemCode.NonSinusSteps"/>): the beats a user reviews first where the detector took an artifact for the
/// rhythm.
/// </summary>
[TestFixture]
public sealed class NonSinusStepTests
{
    private static double[] Steady(int n, double ms) => Enumerable.Repeat(ms, n).ToArray();

    [Test]
    public void Clean_WithoutDetection_ListsBothIntervalsOfEachStepBeyondTheLimits()
    {
        // 800 → 1,100 ms is +37.5 % (over 32.5 %) and 1,100 → 800 −27.3 % (over 24.5 %); 800 → 1,055 (+31.9 %) and
        // 1,055 → 800 (−24.2 %) are within the limits.
        var rr = Steady(40, 800);
        rr[10] = 1100;
        rr[30] = 1055;
        var q = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr), ArtifactCorrectionOptions.Default with { Method = ArtifactDetectionMethod.None }).Quality;
        var warning = q.Warnings.Single(w => w.Code == ProblemCode.NonSinusSteps);
        TestContext.Out.WriteLine(warning.Message);
        Assert.Multiple(() =>
        {
            Assert.That(q.NonSinusStepBeats, Is.EqualTo(new[] { 9, 10, 11 }));
            Assert.That(warning.BeatIndices, Is.EqualTo(q.NonSinusStepBeats));
            // RMSSD over all 39 steps: √((2 × 300² + 2 × 255²) / 39) = 89.2 ms; over the 37 within the limits:
            // √(2 × 255² / 37) = 59.3 ms.
            Assert.That(warning.Message, Does.StartWith("3 intervals").And.Contain("9, 10, 11")
                .And.Contain("RMSSD is 89.2 ms over every beat-to-beat step and 59.3 ms without these (−33.5 %)"));
            Assert.That(warning.AffectedIndices, Does.Contain("HRV_RMSSD"));
            Assert.That(q.ToIndexTable()["QUALITY_NonSinusStepBeats"], Is.EqualTo(3));
        });
    }

    [Test]
    public void Clean_StepAcrossAGap_NotListed()
    {
        // The beat times jump by 5 s before interval 10 (beats missing from the file): the step from 800 into the
        // 1,100 ms spans the gap and is no step; the one out of it is.
        var rr = Steady(40, 800);
        rr[10] = 1100;
        var t = new double[rr.Length];
        var time = 0.0;
        for (var i = 0; i < rr.Length; i++)
        {
            time += rr[i] / 1000 + (i == 10 ? 5 : 0);
            t[i] = time;
        }

        var q = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr, t), ArtifactCorrectionOptions.Default with { Method = ArtifactDetectionMethod.None }).Quality;
        Assert.That(q.NonSinusStepBeats, Is.EqualTo(new[] { 10, 11 }));
    }

    [Test]
    public void Clean_CorrectedArtifact_NotListed_AndSmoothRecordingHasNoWarning()
    {
        var rr = Steady(200, 800);
        for (var i = 0; i < rr.Length; i++) rr[i] += 30 * Math.Sin(2 * Math.PI * i / 5);
        var smooth = ArtifactCorrection.Clean(rr).Quality;
        rr[100] *= 1.35;
        var corrected = ArtifactCorrection.Clean(rr).Quality;
        Assert.Multiple(() =>
        {
            Assert.That(smooth.NonSinusStepBeats, Is.Empty);
            Assert.That(smooth.Warnings.Select(w => w.Code), Does.Not.Contain(ProblemCode.NonSinusSteps));
            Assert.That(corrected.Artifacts.Select(a => a.Index), Does.Contain(100), "the ×1.35 interval is found");
            Assert.That(corrected.NonSinusStepBeats, Is.Empty, "and its steps are gone from the cleaned series");
        });
    }

    [Test]
    public void Clean_ArtifactTheDetectorTakesForARhythmJump_IsListedForReview()
    {
        // The full benchmark's subject_10 single-interval seed 5: a ×1.35 interval (759 → 1,025 ms) on the first beat
        // of a natural rise, 823 695 708 [1,025] 929 909 ms. +45 % in one beat followed by a −9 % settling looks like
        // the natural abrupt pauses of resting recordings (test_08, test_15), and the detector keeps it; the report
        // must then name it, so that an artifact with a step no sinus beat makes is never kept silently.
        var rec = BeatQualityBenchmark.Recording("subject_10", int.MaxValue);
        var kind = Array.IndexOf(BeatQualityBenchmark.Kinds, "single");
        var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix("single", 5),
            new Random(BeatQualityBenchmark.StableSeed(rec.Name, kind, 5, 5)), out _);
        Assert.That(truth.Select(x => x.Index), Does.Contain(74));
        Assert.That(series[73..76], Is.EqualTo(new[] { 708.0, 1025.0, 929.0 }).Within(1.0));
        var cleaned = ArtifactCorrection.Clean(series);
        var q = cleaned.Quality;
        var flagged = q.Artifacts.Any(a => a.Index == 74);
        var warning = q.Warnings.SingleOrDefault(w => w.Code == ProblemCode.NonSinusSteps);
        TestContext.Out.WriteLine(warning?.Message);
        if (warning is not null)
            Assert.That(warning.Message, Does.Contain(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"RMSSD is {HrResponse.Hrv.TimeDomainAnalysis.Compute(cleaned.Intervals).RmssdMs:0.0} ms over every beat-to-beat step")), "RMSSD as the time domain has it");
        Assert.That(flagged || (q.NonSinusStepBeats.Contains(74) && q.Warnings.Any(w => w.Code == ProblemCode.NonSinusSteps && w.BeatIndices.Contains(74))),
            "the ×1.35 interval is flagged or listed for review");
    }
}
