using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality.Internal;

/// <summary>The allowance for artifacts that may stay undetected where the local detection limit is exceeded.</summary>
public class UndetectedArtifactsTests
{
    // 200 limit-exceeded beats at an 800-ms median with Th1 = 160 ms (20 %).
    private static (double Th1, double Median)[] Limit(int count = 200) => [.. Enumerable.Repeat((160.0, 800.0), count)];

    [TestCase(0.1, 1)]
    [TestCase(1.0, 3)]
    [TestCase(4.0, 8)]
    [TestCase(10.0, 17)]
    [TestCase(400.0, 440)]
    public void PoissonQuantile_At975_MatchesTheTable(double mean, int expected) =>
        Assert.That(UndetectedArtifacts.PoissonQuantile(mean, 0.975), Is.EqualTo(expected));

    [Test]
    public void Allowance_FoundRateTimesTheBeatsLessTheFlagsThere_AtTheQuantileEachAtMostTh1()
    {
        // 50 flags in 1,000 other beats: 10 expected among the 200, 6 flagged there, 4 escaped; q(4) = 8. The found
        // artifacts are 30 % off (240 ms at 800 ms), over Th1, so each escaped one is taken at Th1: D = 8 × 160².
        var (count, squares) = UndetectedArtifacts.Allowance(50, 1000, 6, 0.09, Limit());
        Assert.Multiple(() =>
        {
            Assert.That(count, Is.EqualTo(8));
            Assert.That(squares, Is.EqualTo(8 * 160.0 * 160.0).Within(1e-6));
        });
    }

    [Test]
    public void Allowance_FoundArtifactsSmallerThanTh1_TakenAtTheirOwnSize()
    {
        // Displaced beats 8 % off (64 ms at 800 ms) stay under Th1: D = q × 64².
        var (count, squares) = UndetectedArtifacts.Allowance(50, 1000, 6, 0.0064, Limit());
        Assert.That(squares, Is.EqualTo(count * 64.0 * 64.0).Within(1e-6));
    }

    [Test]
    public void Allowance_FewerThanOneExpectedOrNothingToScaleFrom_IsNone()
    {
        Assert.Multiple(() =>
        {
            Assert.That(UndetectedArtifacts.Allowance(2, 1000, 0, 0.09, Limit()), Is.EqualTo((0, 0.0)), "0.4 expected");
            Assert.That(UndetectedArtifacts.Allowance(50, 1000, 10, 0.09, Limit()), Is.EqualTo((0, 0.0)), "all expected ones flagged");
            Assert.That(UndetectedArtifacts.Allowance(0, 1000, 0, 0.09, Limit()), Is.EqualTo((0, 0.0)), "none found outside");
            Assert.That(UndetectedArtifacts.Allowance(50, 1000, 0, 0.09, []), Is.EqualTo((0, 0.0)), "no limit-exceeded beat");
            Assert.That(UndetectedArtifacts.Allowance(50, 0, 0, 0.09, Limit()), Is.EqualTo((0, 0.0)), "every beat limit-exceeded");
        });
    }
}
