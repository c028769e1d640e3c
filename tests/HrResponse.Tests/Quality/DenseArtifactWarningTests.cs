using HrResponse.Io;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// <see cref="ProblemCode.DenseArtifacts"/>: stretches where more than half of the intervals of a local-median window
/// are artifact intervals, whose corrected values are not derived from the rhythm (docs/artifact-correction.md).
/// </summary>
public class DenseArtifactWarningTests
{
    [Test]
    public void Clean_CorruptedStretch_WarnsWithItsIntervals()
    {
        // 400 beats of a breathing-modulated 800-ms rhythm; intervals 200–229 corrupted as a strap does it, every beat
        // displaced (0.6 / 1.4 of the interval, alternately): every interval there is an artifact interval.
        var rr = Sinus(400);
        for (var i = 200; i < 230; i++) rr[i] *= i % 2 == 0 ? 0.6 : 1.4;
        var warning = Dense(ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr)));
        Assert.That(warning, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(warning!.BeatIndices, Is.SupersetOf(Enumerable.Range(200, 30)));
            Assert.That(warning.BeatIndices, Is.SubsetOf(Enumerable.Range(190, 50)), "only the stretch and its window's reach");
            Assert.That(warning.BeatIndices, Is.Ordered.Ascending);
            Assert.That(warning.Message, Does.Contain("--exclude-beats"));
            Assert.That(warning.AffectedIndices, Does.Contain("HRV_RMSSD"));
        });
    }

    [Test]
    public void Clean_StretchExcludedAsNoise_NoWarning()
    {
        var rr = Sinus(400);
        for (var i = 200; i < 230; i++) rr[i] *= i % 2 == 0 ? 0.6 : 1.4;
        var input = RrIntervals.FromMilliseconds(rr);
        var excluded = ArtifactCorrectionOptions.Default with { Edits = new BeatEdits([], [], Enumerable.Range(195, 40)) };
        Assert.That(Dense(ArtifactCorrection.Clean(input, excluded)), Is.Null);
    }

    [Test]
    public void Clean_ScatteredArtifactsAtFivePercent_NoWarning()
    {
        // The issue-14 case: nsr009 (5 min) with premature beats at 5 % — many artifacts, none in a dense stretch.
        foreach (var seed in new[] { 0, 1, 2, 3 })
        {
            var series = BeatQualityBenchmark.CiRun("nsr009_5min", "premature", seed, out var truth);
            Assert.That(truth, Is.Not.Empty);
            var c = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(series));
            Assert.That(Dense(c), Is.Null, $"seed {seed}");
            Assert.That(c.Quality.DenseArtifactPercent, Is.Zero, $"seed {seed}");
        }
    }

    [Test]
    public void Clean_GarminStrapRecording_NamesItsCorruptedStretches()
    {
        // 2017_hrv.FIT (Garmin fenix 3 + HRM-Run) at 841–873 s: extra beats every few intervals among ~510-ms beats
        // (518 516 331 235 493 583 273 736 287 709 ms), where the correction's values depend on every detail of the
        // detector (docs/beat-quality.md item 49).
        var beats = FitReader.Read(SharedData.Data("device-files", "2017_hrv.FIT")).Recording.Beats;
        var warning = Dense(ArtifactCorrection.Clean(beats));
        Assert.That(warning, Is.Not.Null);
        var c = ArtifactCorrection.Clean(beats);
        Assert.Multiple(() =>
        {
            Assert.That(warning!.BeatIndices, Is.SupersetOf(Enumerable.Range(1749, 8)));
            Assert.That(warning.BeatIndices.Count, Is.LessThan(beats.Count / 10), "the corrupted stretches, not the recording");
            Assert.That(c.Quality.DenseArtifactIndices, Is.EqualTo(warning.BeatIndices));
            Assert.That(c.Quality.DenseArtifactPercent, Is.EqualTo(100.0 * warning.BeatIndices.Count / beats.Count).Within(1e-9));
            Assert.That(c.Quality.ToIndexTable()["QUALITY_DenseArtifactPercent"], Is.EqualTo(c.Quality.DenseArtifactPercent));
        });
    }

    private static QualityWarning? Dense(CleanedRrIntervals c) => c.Quality.Warnings.SingleOrDefault(w => w.Code == ProblemCode.DenseArtifacts);

    private static double[] Sinus(int n) =>
        [.. Enumerable.Range(0, n).Select(i => 800 + (30 * Math.Sin(2 * Math.PI * i / 4.5)) + (10 * Math.Sin(2 * Math.PI * i / 37)))];
}
