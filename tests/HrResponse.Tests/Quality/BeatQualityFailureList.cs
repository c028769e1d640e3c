using System.Globalization;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Diagnostics (explicit): every injected artifact missed or mistyped and every false alarm of the CI-size benchmark
/// runs (5 %, 4 seeds) of one kind, each with its neighbourhood and the clean recording's there (its own flags
/// starred), so the per-run sensitivity and PPV failures can be classified. Environment: HRR_FULL=1 for the full
/// benchmark's runs (whole recordings, 10 seeds), HRR_RECS=name,name… for some recordings only, HRR_RATE for another
/// artifact rate (percent).
/// </summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityFailureList
{
    [TestCase("premature")]
    [TestCase("missed")]
    [TestCase("extra")]
    [TestCase("single")]
    [TestCase("mixed")]
    public void Failures(string kind)
    {
        var ki = Array.IndexOf(BeatQualityBenchmark.Kinds, kind);
        var classes = new Dictionary<string, int> { ["not early"] = 0, ["pause not compensating"] = 0, ["other"] = 0 };
        var only = Environment.GetEnvironmentVariable("HRR_RECS")?.Split(',');
        var rate = DiagnosedRun.Rate;
        foreach (var rec in BeatQualityBenchmark.Recordings(DiagnosedRun.MaxBeats).Where(x => only is null || only.Contains(x.Name)))
        {
            var baseline = ArtifactCorrection.Clean(rec.Rr);
            if (baseline.Quality.IndicesUnreliable == true) continue;
            var natural = RecordingEvents.FlaggedIntervals(baseline.Quality.Artifacts);
            for (var seed = 0; seed < (DiagnosedRun.Full ? 10 : 4); seed++)
            {
                var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix(kind, rate), new Random(BeatQualityBenchmark.StableSeed(rec.Name, ki, rate, seed)), out var map);
                var naturalHere = natural.Select(i => map[i]).ToHashSet();
                var found = ArtifactCorrection.Clean(series).Quality.Artifacts.Where(a => a.Type is not (ArtifactType.Dropout or ArtifactType.Discontinuity)).ToList();
                foreach (var t in truth.Where(t => !found.Any(a => Math.Abs(a.Index - t.Index) <= 1 && BeatQualityBenchmark.IsMatch(t.Kind, a.Type))))
                {
                    var why = t.Kind == InjectedKind.Premature ? Describe(MissClassification.ClassifyPrematureMiss(rec.Rr, series, map, t.Index)) : "";
                    Print(rec.Name, seed, $"MISS {t.Kind} {why}", t.Index, series, found);
                    PrintClean(rec.Rr, map, t.Index, natural);
                    if (why.Length > 0) classes[why]++;
                }
                foreach (var a in found.Where(a => !truth.Any(t => Math.Abs(a.Index - t.Index) <= 1 && BeatQualityBenchmark.IsMatch(t.Kind, a.Type))
                                                   && !naturalHere.Contains(a.Index) && !naturalHere.Contains(a.Index - 1) && !naturalHere.Contains(a.Index + 1)))
                {
                    var near = truth.Where(t => Math.Abs(t.Index - a.Index) <= 3).Select(t => $"{t.Kind}@{t.Index}");
                    Print(rec.Name, seed, $"FALSE {a.Type} (near: {string.Join(",", near)})", a.Index, series, found);
                    PrintClean(rec.Rr, map, a.Index, natural);
                }
            }
        }

        if (kind == "premature")
            TestContext.Out.WriteLine("premature misses: " + string.Join(", ", classes.Select(c => $"{c.Key} {c.Value}")));
    }

    private static string Describe(MissReason miss) => miss switch
    {
        MissReason.NotEarly => "not early",
        MissReason.PauseNotCompensating => "pause not compensating",
        MissReason.BeyondLocalLimit => "beyond the local detection limit",
        _ => "other",
    };

    // The clean recording around the interval that became run index i (its own flags starred).
    private static void PrintClean(double[] rr, int[] map, int i, HashSet<int> natural)
    {
        var c = Array.FindIndex(map, m => m >= i);
        if (c < 0) return;
        var lo = Math.Max(0, c - 5);
        var hi = Math.Min(rr.Length, c + 6);
        TestContext.Out.WriteLine("      clean: " + string.Join(" ", Enumerable.Range(lo, hi - lo).Select(k =>
            (k == c ? "[" : "") + (natural.Contains(k) ? "*" : "") + rr[k].ToString("F0", CultureInfo.InvariantCulture) + (k == c ? "]" : ""))));
    }

    private static void Print(string name, int seed, string what, int i, double[] s, List<DetectedArtifact> found)
    {
        var lo = Math.Max(0, i - 5);
        var hi = Math.Min(s.Length, i + 6);
        var ctx = string.Join(" ", Enumerable.Range(lo, hi - lo).Select(k => (k == i ? "[" : "") + s[k].ToString("F0", CultureInfo.InvariantCulture) + (k == i ? "]" : "")));
        var flags = string.Join(" ", found.Where(a => Math.Abs(a.Index - i) <= 5).Select(a => $"{a.Type}@{a.Index}"));
        TestContext.Out.WriteLine($"{name} s{seed} {what} @{i}: {ctx}   flags: {flags}");
    }
}
