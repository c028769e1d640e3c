using NUnit.Framework;

namespace HrResponse.Tests;

public class RrIntervalsTests
{
    [Test]
    public void FromMilliseconds_ThreeIntervals_BeatTimesAreCumulativeSums()
    {
        var rr = RrIntervals.FromMilliseconds([800, 900, 1000]);
        Assert.That(rr.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 0.8, 1.7, 2.7 }).Within(1e-12));
    }
}
