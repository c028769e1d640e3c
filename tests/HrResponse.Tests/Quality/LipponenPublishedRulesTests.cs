using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// The published Lipponen–Tarvainen rules (no threshold floor, no refinements) against our defaults on clean 5-minute
/// NSR excerpts whose intervals are quantised to 1/128 s: the published rules flag natural beats there, which is why
/// the refinements exist, and switching them off must really give the published behaviour.
/// </summary>
public class LipponenPublishedRulesTests
{
    private static readonly ArtifactCorrectionOptions Published = new() { LipponenRefinements = false, LipponenMinimumThresholdPercent = 0 };

    [TestCase("nsr007_5min.csv")]
    [TestCase("nsr012_5min.csv")]
    [TestCase("nsr015_5min.csv")]
    public void Clean_QuantisedCleanNsr_PublishedRulesFlagNaturalBeatsDefaultsDoNot(string file)
    {
        var rr = RrIntervals.FromMilliseconds(QualityTestData.ReadRrColumn(SharedData.Data("nsr2db_5min", file)));
        var byDefault = ArtifactCorrection.Clean(rr).Quality;
        var published = ArtifactCorrection.Clean(rr, Published).Quality;
        TestContext.Out.WriteLine($"{file}: default {byDefault.Artifacts.Count}, published {published.Artifacts.Count} of {rr.Count} intervals");
        Assert.Multiple(() =>
        {
            Assert.That(byDefault.Artifacts, Is.Empty);
            Assert.That(published.ArtifactCount, Is.GreaterThan(rr.Count * 0.02), "the published rules flag more than 2 % of clean beats");
            Assert.That(published.Options.LipponenRefinements, Is.False);
        });
    }

    [Test]
    public void Clean_TwoRaisedIntervals_PublishedRuleTakesTheFirstRefinedBoth()
    {
        // dRR = +150 then 0 then −150 at 800 ms: the published long rule takes S22 = min(dRR(j+1), dRR(j+2)) = −150 as
        // the return and flags the first interval only, leaving the second 150 ms off a flat rhythm. Refinement (3)
        // needs the drop at j+1 itself and 150 ms is under 3 × Th2 for the median rule, so neither rule of the refined
        // method takes them; refinement (56) takes the two together (19 % off two agreeing intervals, many natural steps).
        double[] rr = [.. Enumerable.Repeat(800.0, 30), 950, 950, .. Enumerable.Repeat(800.0, 30)];
        var refined = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr)).Quality.Artifacts;
        var published = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr), new ArtifactCorrectionOptions { LipponenRefinements = false }).Quality.Artifacts;
        Assert.Multiple(() =>
        {
            Assert.That(refined.Select(x => (x.Index, x.Type)), Is.EqualTo(new[] { (30, ArtifactType.Long), (31, ArtifactType.Long) }));
            Assert.That(published.Select(x => (x.Index, x.Type)), Is.EqualTo(new[] { (30, ArtifactType.Long) }));
        });
    }
}
