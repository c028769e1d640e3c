using HrResponse.Hrv;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>The span overloads equal the <see cref="RrIntervals"/> calls they stand for, and reject seconds.</summary>
public class SpanOverloadTests
{
    private static double[] Rr()
    {
        var random = new Random(21);
        return [.. Enumerable.Range(0, 400).Select(i => 800 + (60 * Math.Sin(i / 3.0)) + (30 * random.NextDouble()))];
    }

    [Test]
    public void Compute_Span_SameAsRrIntervals()
    {
        var rr = Rr();
        var expected = HrvAnalysis.Compute(RrIntervals.FromMilliseconds(rr));
        var actual = HrvAnalysis.Compute(rr.AsSpan());
        Assert.That(actual.ToIndexTable(), Is.EqualTo(expected.ToIndexTable()));
        Assert.That(actual.ToIndexTable()["HRV_RMSSD"], Is.Not.NaN);
        Assert.That(FrequencyDomainAnalysis.Compute(rr.AsSpan()).ToIndexTable(), Is.EqualTo(expected.FrequencyDomain!.ToIndexTable()));
        Assert.That(NonlinearAnalysis.Compute(rr.AsSpan()).ToIndexTable(), Is.EqualTo(expected.Nonlinear!.ToIndexTable()));
    }

    [Test]
    public void Clean_Span_SameAsRrIntervals()
    {
        var rr = Rr();
        rr[100] = 400;
        var expected = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr));
        var actual = ArtifactCorrection.Clean(rr.AsSpan());
        Assert.That(actual.Intervals.Milliseconds.ToArray(), Is.EqualTo(expected.Intervals.Milliseconds.ToArray()));
        Assert.That(actual.Intervals.Milliseconds[100], Is.Not.EqualTo(400.0));
    }

    [Test]
    public void Compute_SpanInSeconds_ThrowsPassMilliseconds()
    {
        var seconds = Rr().Select(v => v / 1000).ToArray();
        Assert.That(() => HrvAnalysis.Compute(seconds.AsSpan()), Throws.ArgumentException.With.Message.Contains("pass milliseconds"));
    }
}
