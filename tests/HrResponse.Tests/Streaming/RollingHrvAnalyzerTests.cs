using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Streaming;

[TestFixture]
public sealed class RollingHrvAnalyzerTests
{
    private static readonly RollingHrvOptions Small = RollingHrvOptions.Default with
    {
        Window = TimeSpan.FromSeconds(10),
        Step = TimeSpan.FromSeconds(5),
        ArtifactFilter = ArtifactFilter.None,
    };

    private static List<Beat> Beats(params double[] rr)
    {
        var beats = new List<Beat>();
        double t = 0;
        foreach (var r in rr)
        {
            t += r / 1000;
            beats.Add(new Beat(t, r));
        }

        return beats;
    }

    [Test]
    public void Add_AlternatingIntervals_HandComputedIndices()
    {
        // 1000, 800 alternating. First beat at 1.0 s → first window ends at 11.0 s: beats in (1.0, 11.0].
        var rr = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? 1000.0 : 800.0).ToArray();
        var snapshots = Beats(rr).RollingHrv(Small).ToList();
        var first = snapshots[0];
        Assert.That(first.EndSeconds, Is.EqualTo(11.0));
        // Beat times 1.0, 1.8, 2.8, 3.6, 4.6, 5.4, 6.4, 7.2, 8.2, 9.0, 10.0, 10.8 → 11 beats after 1.0 s (6 of 800, 5 of 1000).
        Assert.That(first.BeatCount, Is.EqualTo(11));
        var mean = ((6 * 800.0) + (5 * 1000.0)) / 11;
        var ss = (6 * Math.Pow(800 - mean, 2)) + (5 * Math.Pow(1000 - mean, 2));
        Assert.That(first.HeartRateBpm, Is.EqualTo(60000 / mean).Within(1e-9));
        Assert.That(first.SdnnMs, Is.EqualTo(Math.Sqrt(ss / 10)).Within(1e-9));
        Assert.That(first.RmssdMs, Is.EqualTo(200).Within(1e-9));
        Assert.That(first.ArtifactPercent, Is.Zero);
        Assert.That(first.DfaAlpha1, Is.NaN, "11 beats < 2 × 16");
        Assert.That(snapshots[1].EndSeconds, Is.EqualTo(16.0));
    }

    [Test]
    public void Add_SpikeWithFilter_FlagsSpikeAndItsSuccessor()
    {
        var rr = Enumerable.Repeat(1000.0, 30).ToArray();
        rr[15] = 1300;
        var options = Small with { ArtifactFilter = ArtifactFilter.SuccessiveDifference };
        var snapshots = Beats(rr).RollingHrv(options).ToList();
        // Window ending at 21 s holds beats at 12..21 s: the spike ends at 16.3 s, the next at 17.3 s.
        var s = snapshots.Single(x => x.EndSeconds == 21.0);
        Assert.That(s.BeatCount, Is.EqualTo(9));
        Assert.That(s.ArtifactCount, Is.EqualTo(2));
        Assert.That(s.ArtifactPercent, Is.EqualTo(200.0 / 9).Within(1e-9));
        Assert.That(s.HeartRateBpm, Is.EqualTo(60).Within(1e-9));
        Assert.That(s.RmssdMs, Is.Zero);
    }

    [Test]
    public void Add_GapSpanningSteps_EmitsOneSnapshotPerStep()
    {
        var analyzer = new RollingHrvAnalyzer(Small);
        var raised = new List<RollingHrvSnapshot>();
        analyzer.SnapshotReady += (_, s) => raised.Add(s);
        for (var i = 1; i <= 12; i++) analyzer.Add(i, 1000);
        Assert.That(raised.Select(s => s.EndSeconds), Is.EqualTo(new[] { 11.0 }));
        var last = analyzer.Add(40, 1000);
        Assert.That(raised.Select(s => s.EndSeconds), Is.EqualTo(new[] { 11.0, 16, 21, 26, 31, 36 }));
        Assert.That(last!.Value.EndSeconds, Is.EqualTo(36));
        Assert.That(raised[^1].BeatCount, Is.Zero);
        Assert.That(raised[^1].HeartRateBpm, Is.NaN);
    }

    [Test]
    public void Add_TimeNotIncreasing_Throws()
    {
        var analyzer = new RollingHrvAnalyzer();
        analyzer.Add(1, 1000);
        var ex = Assert.Throws<ArgumentException>(() => analyzer.Add(1, 1000));
        Assert.That(ex!.ParamName, Is.EqualTo("beat"));
        Assert.Throws<ArgumentException>(() => analyzer.Add(2, double.NaN));
        Assert.Throws<ArgumentException>(() => analyzer.Add(2, 0));
    }

    [Test]
    public void Reset_StartsNewSchedule()
    {
        var analyzer = new RollingHrvAnalyzer(Small);
        for (var i = 1; i <= 20; i++) analyzer.Add(i, 1000);
        analyzer.Reset();
        Assert.That(analyzer.Add(5, 1000), Is.Null);
        Assert.That(analyzer.Add(15.5, 1000)!.Value.EndSeconds, Is.EqualTo(15));
    }

    [Test]
    public void Options_InvalidValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = RollingHrvOptions.Default with { Window = TimeSpan.FromSeconds(5) });
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = RollingHrvOptions.Default with { Step = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = RollingHrvOptions.Default with { SmoothnessPriorsLambda = -1 });
        Assert.Throws<ArgumentException>(() => _ = new RollingHrvAnalyzer(RollingHrvOptions.Default with { DfaMinBoxBeats = 16 }));
    }

    [Test]
    public void Dfa_WhiteNoise_AlphaNearHalf_BrownNoise_AlphaNearOnePointFive()
    {
        var random = new Random(42);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var options = RollingHrvOptions.Default with { ArtifactFilter = ArtifactFilter.None, SmoothnessPriorsLambda = 0 };
        var white = Enumerable.Range(0, 3000).Select(_ => 800 + (20 * Gauss())).ToArray();
        var walk = new double[3000];
        walk[0] = 800;
        for (var i = 1; i < walk.Length; i++) walk[i] = walk[i - 1] + (2 * Gauss());
        var whiteAlpha = Beats(white).RollingHrv(options).Where(s => !double.IsNaN(s.DfaAlpha1)).Average(s => s.DfaAlpha1);
        var walkAlpha = Beats(walk).RollingHrv(options).Where(s => !double.IsNaN(s.DfaAlpha1)).Average(s => s.DfaAlpha1);
        // DFA over boxes of 4–16 beats overestimates α for white noise (small-box bias): about 0.6, not 0.5.
        Assert.That(whiteAlpha, Is.EqualTo(0.6).Within(0.08));
        Assert.That(walkAlpha, Is.EqualTo(1.5).Within(0.2));
    }

    [TestCase("white")]
    [TestCase("ar")]
    [TestCase("walk")]
    public void DfaAlpha1_MatchesIndependentPythonReference(string name)
    {
        // TestData/dfa_reference.txt: series and α1 from a plain-Python transcription of FatMaxxer's (Altini's) DFA.
        var line = File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "dfa_reference.txt"))
            .Single(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Split(' ');
        var expected = double.Parse(line[1], System.Globalization.CultureInfo.InvariantCulture);
        var x = line.Skip(2).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var dfa = new DfaAlpha1(4, 16, 1000);
        Assert.That(dfa.Compute(x), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Add_AfterWarmUp_AllocatesNothing()
    {
        var analyzer = new RollingHrvAnalyzer();
        var random = new Random(7);
        double t = 0;
        for (var i = 0; i < 2000; i++)
        {
            var rr = 600 + (100 * random.NextDouble());
            t += rr / 1000;
            analyzer.Add(t, rr);
        }

        var bytes = SteadyStateAllocation.MinimumBytes(_ =>
        {
            for (var i = 0; i < 7000; i++)
            {
                var rr = 600 + (100 * random.NextDouble());
                t += rr / 1000;
                analyzer.Add(t, rr);
            }
        });
        Assert.That(bytes, Is.Zero);
    }

    [Test]
    public async Task RollingHrv_AsyncStream_SameAsReplay()
    {
        var random = new Random(3);
        var beats = Beats([.. Enumerable.Range(0, 1000).Select(_ => 700 + (50 * random.NextDouble()))]);
        var replay = beats.RollingHrv().ToList();
        var live = new List<RollingHrvSnapshot>();
        await foreach (var s in Source(beats).RollingHrv()) live.Add(s);
        Assert.That(live, Is.EqualTo(replay));
        Assert.That(live, Is.Not.Empty);

        static async IAsyncEnumerable<Beat> Source(IEnumerable<Beat> beats)
        {
            foreach (var b in beats)
            {
                await Task.Yield();
                yield return b;
            }
        }
    }
}
