using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// The raw 24-hour NSR recordings (shared/data/nsr2db, nothing cleaned) contain ectopic beats, noise and gaps, e.g. the
/// 37 s interval in nsr003 (data README): it must come out as a dropout gap, never interpolated, and the ectopic beats
/// must be counted.
/// </summary>
public class Nsr24HourQualityTests
{
    [Test]
    public void Clean_Nsr003_37SecondIntervalIsADropoutGapAndEctopicBeatsAreCounted()
    {
        var rr = RrIntervals.FromMilliseconds(QualityTestData.ReadRrColumn(SharedData.Data("nsr2db", "nsr003.csv")));
        var ms = rr.Milliseconds.ToArray();
        var longest = Array.IndexOf(ms, ms.Max());
        Assert.That(ms[longest], Is.EqualTo(37000), "the data README's 37 s interval");

        var c = ArtifactCorrection.Clean(rr);
        var q = c.Quality;
        TestContext.Out.WriteLine($"nsr003: {q.EctopicCount} ectopic, {q.ArtifactCount} artifacts, {q.DropoutCount} dropouts, {q.EstimatedLostBeats} lost, {q.ArtifactPercent:F2} %");
        Assert.Multiple(() =>
        {
            Assert.That(q.Artifacts, Has.Some.EqualTo(new DetectedArtifact(longest, ArtifactType.Dropout, rr.BeatTimesSeconds[longest])));
            Assert.That(q.LongestGapSeconds, Is.EqualTo(37).Within(1e-9));
            Assert.That(q.EctopicCount, Is.GreaterThan(0));
            Assert.That(q.EstimatedLostBeats, Is.GreaterThanOrEqualTo(37000 / 1500), "at least one beat per 1.5 s of the gap");
            Assert.That(c.Intervals.Milliseconds.ToArray().Max(), Is.LessThan(3000), "no dropout survives into the cleaned series");
        });
    }
}
