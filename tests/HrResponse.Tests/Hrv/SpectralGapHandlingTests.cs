using HrResponse.Hrv;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

public class SpectralGapHandlingTests
{
    private static RrIntervals SeriesWithGap()
    {
        var rr = Enumerable.Range(0, 600).Select(i => 800 + (40 * Math.Sin(2 * Math.PI * 0.1 * i * 0.8))).ToArray();
        return RrIntervals.FromMilliseconds(rr).WithGapsBefore([300]);
    }

    [Test]
    public void Compute_GapsBridged_ComputesWithNote()
    {
        var result = FrequencyDomainAnalysis.Compute(SeriesWithGap());
        Assert.That(result.LfPowerMs2, Is.GreaterThan(0));
        Assert.That(result.Notes.Select(n => n.Message), Has.Some.Contains("interpolates across"));
    }

    [Test]
    public void Compute_GapsRejected_AllNaNWithReason()
    {
        var result = FrequencyDomainAnalysis.Compute(SeriesWithGap(), FrequencyDomainOptions.Default with { Gaps = SpectralGapHandling.Reject });
        Assert.That(result.LfPowerMs2, Is.NaN);
        Assert.That(result.TotalPowerMs2, Is.NaN);
        Assert.That(result.Notes.Single().Message, Does.Contain("1 gap(s)").And.Contain("Reject"));
    }

    [Test]
    public void Compute_NoGapsAndReject_ComputesNormally()
    {
        var rr = RrIntervals.FromMilliseconds(Enumerable.Range(0, 600).Select(i => 800.0 + (i % 7)).ToArray());
        var result = FrequencyDomainAnalysis.Compute(rr, FrequencyDomainOptions.Default with { Gaps = SpectralGapHandling.Reject });
        Assert.That(result.TotalPowerMs2, Is.GreaterThan(0));
    }
}
