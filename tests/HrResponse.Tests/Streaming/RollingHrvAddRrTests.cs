using HrResponse.Signal;
using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Streaming;

/// <summary><see cref="RollingHrvAnalyzer.Add(double)"/> (RR only, time accumulated) and the seconds check on every Add.</summary>
[TestFixture]
public sealed class RollingHrvAddRrTests
{
    private static double[] Rr(int n, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(i => 750 * (1 + (0.02 * Math.Sin(i / 4.0)) + (0.01 * (random.NextDouble() - 0.5))))];
    }

    [Test]
    public void Add_RrOnly_AccumulatesTimeFromZero()
    {
        var options = RollingHrvOptions.Default with { Window = TimeSpan.FromSeconds(10), Step = TimeSpan.FromSeconds(5) };
        var rr = Rr(40, 1);
        var byRr = new RollingHrvAnalyzer(options);
        var byTime = new RollingHrvAnalyzer(options);
        var fromRr = new List<RollingHrvSnapshot>();
        var fromTime = new List<RollingHrvSnapshot>();
        byRr.SnapshotReady += (_, s) => fromRr.Add(s);
        byTime.SnapshotReady += (_, s) => fromTime.Add(s);
        double t = 0;
        foreach (var r in rr)
        {
            t += r / 1000;
            byRr.Add(r);
            byTime.Add(t, r);
        }

        Assert.That(fromRr, Is.Not.Empty);
        Assert.That(fromRr, Is.EqualTo(fromTime));
        Assert.That(fromRr[0].EndSeconds, Is.EqualTo((rr[0] / 1000) + 10).Within(1e-12), "first beat at rr[0]/1000 s, first window ends a window later");
    }

    [Test]
    public void Add_RrAfterTimedBeat_ContinuesFromThatBeat()
    {
        var analyzer = new RollingHrvAnalyzer(RollingHrvOptions.Default with { Window = TimeSpan.FromSeconds(10), Step = TimeSpan.FromSeconds(1) });
        analyzer.Add(100, 800);
        for (var i = 0; i < 12; i++) analyzer.Add(1000);
        var s = analyzer.Add(1000);
        // Beats at 101, 102, ..., 113 s; windows end at 110, 111, 112 s (first beat + 10 s, then every 1 s), each emitted by the next beat.
        Assert.That(s, Is.Not.Null);
        Assert.That(s!.Value.EndSeconds, Is.EqualTo(112).Within(1e-9));
        Assert.That(() => analyzer.Add(112.5, 800), Throws.ArgumentException, "time accumulated to 113 s, so 112.5 s is in the past");
    }

    [Test]
    public void Add_AfterReset_TimeStartsAgainAtZero()
    {
        var options = RollingHrvOptions.Default with { Window = TimeSpan.FromSeconds(10), Step = TimeSpan.FromSeconds(5) };
        var analyzer = new RollingHrvAnalyzer(options);
        foreach (var r in Rr(30, 2)) analyzer.Add(r);
        analyzer.Reset();
        RollingHrvSnapshot? first = null;
        foreach (var r in Enumerable.Repeat(1000.0, 12)) first ??= analyzer.Add(r);
        Assert.That(first!.Value.EndSeconds, Is.EqualTo(11).Within(1e-9));
    }

    [TestCase(0.8)]
    [TestCase(1.2)]
    [TestCase(19.9)]
    public void Add_RrInSeconds_ThrowsLooksLikeSeconds(double seconds)
    {
        var analyzer = new RollingHrvAnalyzer();
        Assert.That(() => analyzer.Add(seconds),
            Throws.ArgumentException.With.Message.Contains("looks like seconds").And.Message.Contains("pass milliseconds")
                .And.Property("ParamName").EqualTo("rrMs"));
        Assert.That(() => analyzer.Add(1.0, seconds), Throws.ArgumentException.With.Message.Contains("pass milliseconds"));
        Assert.That(() => analyzer.Add(new Beat(1.0, seconds)), Throws.ArgumentException.With.Message.Contains("pass milliseconds"));
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(0)]
    [TestCase(-800)]
    public void Add_RrNotFinitePositive_Throws(double rr)
    {
        var analyzer = new RollingHrvAnalyzer();
        Assert.That(() => analyzer.Add(rr), Throws.ArgumentException.With.Message.Contains("finite number greater than 0"));
        Assert.That(() => analyzer.Add(1.0, rr), Throws.ArgumentException.With.Message.Contains("finite number greater than 0"));
    }

    [Test]
    public void Add_RejectedBeat_LeavesStateUnchanged()
    {
        var options = RollingHrvOptions.Default with { Window = TimeSpan.FromSeconds(10), Step = TimeSpan.FromSeconds(5) };
        var clean = new RollingHrvAnalyzer(options);
        var disturbed = new RollingHrvAnalyzer(options);
        var a = new List<RollingHrvSnapshot>();
        var b = new List<RollingHrvSnapshot>();
        clean.SnapshotReady += (_, s) => a.Add(s);
        disturbed.SnapshotReady += (_, s) => b.Add(s);
        var rr = Rr(60, 3);
        for (var i = 0; i < rr.Length; i++)
        {
            clean.Add(rr[i]);
            if (i == 20) Assert.That(() => disturbed.Add(rr[i] / 1000), Throws.ArgumentException);
            disturbed.Add(rr[i]);
        }

        Assert.That(b, Is.EqualTo(a));
    }

    [Test]
    public void Add_RrOnlyEvery5s_DfaAlpha1MatchesBatchOnEachWindow()
    {
        // Beats pushed one at a time; a snapshot every 5 s over the last 120 s; α1 of each equals α1 of the same
        // beats detrended by the public smoothness-priors trend (λ = 500) — an independent path through the library.
        var options = RollingHrvOptions.Default with { Step = TimeSpan.FromSeconds(5) };
        var analyzer = new RollingHrvAnalyzer(options);
        var rr = Rr(900, 4);
        var times = new double[rr.Length];
        var snapshots = new List<RollingHrvSnapshot>();
        double t = 0;
        for (var i = 0; i < rr.Length; i++)
        {
            t += rr[i] / 1000;
            times[i] = t;
            if (analyzer.Add(rr[i]) is { } s) snapshots.Add(s);
        }

        Assert.That(snapshots, Has.Count.GreaterThan(100));
        var dfa = new DfaAlpha1(options.DfaMinBoxBeats, options.DfaMaxBoxBeats, 1000);
        for (var k = 0; k < snapshots.Count; k++)
        {
            var s = snapshots[k];
            Assert.That(s.EndSeconds, Is.EqualTo((rr[0] / 1000) + 120 + (5 * k)).Within(1e-9));
            Assert.That(s.ArtifactCount, Is.Zero);
            var window = rr.Where((_, i) => times[i] > s.EndSeconds - 120 && times[i] <= s.EndSeconds).ToArray();
            Assert.That(s.BeatCount, Is.EqualTo(window.Length));
            var trend = Detrending.SmoothnessPriorsTrend(window, options.SmoothnessPriorsLambda);
            var detrended = window.Select((v, i) => v - trend[i]).ToArray();
            Assert.That(s.DfaAlpha1, Is.EqualTo(dfa.Compute(detrended)).Within(1e-6), $"snapshot {k} at {s.EndSeconds} s");
        }
    }

    [Test]
    public void Add_RrOnlyAfterWarmUp_AllocatesNothing()
    {
        var analyzer = new RollingHrvAnalyzer(RollingHrvOptions.Default with { Step = TimeSpan.FromSeconds(5) });
        var rr = Rr(20000, 5);
        for (var i = 0; i < 2000; i++) analyzer.Add(rr[i]);
        var bytes = SteadyStateAllocation.MinimumBytes(r =>
        {
            for (var i = 2000 + (6000 * r); i < 8000 + (6000 * r); i++) analyzer.Add(rr[i]);
        });
        Assert.That(bytes, Is.Zero);
    }

    [TestCase(1e308)]
    [TestCase(3_600_001.0)]
    public void Add_RrLongerThanOneHour_ThrowsAndLeavesAnalyzerUnchanged(double huge)
    {
        var analyzer = new RollingHrvAnalyzer();
        analyzer.Add(800);
        var ex = Assert.Throws<ArgumentException>(() => analyzer.Add(huge));
        Assert.That(ex!.Message, Does.Contain("longer than one hour"));
        Assert.That(() => analyzer.Add(810), Throws.Nothing);
    }
}
