using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// The beats whose decision depends on the thresholds within their own noise
/// (<see cref="ArtifactCorrection.BorderlineBeats(RrIntervals, ArtifactCorrectionOptions?, double)"/>): the ones to
/// review before trusting beat-to-beat indices.
/// </summary>
public class BorderlineBeatsTests
{
    [Test]
    public void DecisionsWithinTenPercentOfTheThresholds_AreListedAndNoOthers()
    {
        // 800 ms ± 2 ms: Th1 sits at its 10 % floor, 80 ms. A +85-ms interval is flagged long (steps 1.06 Th1) but not
        // with the thresholds 10 % higher; a +76-ms one is not flagged but is with them 10 % lower; a +200-ms one is
        // flagged either way.
        var random = new Random(11);
        var rr = Enumerable.Range(0, 300).Select(_ => 800 + (4 * (random.NextDouble() - 0.5))).ToArray();
        rr[100] = 885;
        rr[200] = 876;
        rr[250] = 1000;
        var borderline = ArtifactCorrection.BorderlineBeats(RrIntervals.FromMilliseconds(rr));
        Assert.That(borderline, Is.EqualTo(new[] { new BorderlineBeat(100, true, ArtifactType.Long), new BorderlineBeat(200, false, ArtifactType.Long) }));
        Assert.That(ArtifactCorrection.Clean(rr).Quality.Artifacts.Select(a => a.Index), Is.EqualTo(new[] { 100, 250 }), "the given options' flags");
    }

    [Test]
    public void TheBenchmarksNaturalFlagOnSubject09_IsBorderline()
    {
        // subject_09's one flag on its clean recording (714 741 822 963 847 868 ms, long by the step rule) is what
        // keeps its rows from the targets (docs/beat-quality.md); it is a borderline decision, and a keep clears it.
        var rr = RrIntervals.FromMilliseconds(BeatQualityBenchmark.CleanStretch("subject_09"));
        Assert.That(ArtifactCorrection.BorderlineBeats(rr), Is.EqualTo(new[] { new BorderlineBeat(45, true, ArtifactType.Long) }));
        Assert.That(ArtifactCorrection.Clean(rr, ArtifactCorrectionOptions.Default with { Edits = new BeatEdits([45], []) }).Quality.Artifacts, Is.Empty);
    }

    [Test]
    public void OtherMethodOrMarginOutOfRange_Throws()
    {
        var rr = RrIntervals.FromMilliseconds(BeatEditsTests.Sinus());
        Assert.Multiple(() =>
        {
            Assert.That(() => ArtifactCorrection.BorderlineBeats(rr, ArtifactCorrectionOptions.FromName("malik")),
                Throws.ArgumentException.With.Message.Contains("Lipponen–Tarvainen"));
            Assert.That(() => ArtifactCorrection.BorderlineBeats(rr, marginPercent: 60), Throws.InstanceOf<ArgumentException>());
            Assert.That(ArtifactCorrection.BorderlineBeats(rr, marginPercent: 0), Is.Empty);
        });
    }
}
