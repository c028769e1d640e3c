using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

[Explicit]
public class TraceProbe
{
    [TestCase("subject_04", "missed", 3, 43)]
    public void Trace(string name, string kind, int seed, int at)
    {
        var rec = BeatQualityBenchmark.Recordings(3000).Single(r => r.Name == name);
        var ki = Array.IndexOf(BeatQualityBenchmark.Kinds, kind);
        var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix(kind, 5), new Random(BeatQualityBenchmark.StableSeed(rec.Name, ki, 5, seed)), out var map);
        var inv = new Dictionary<int, int>();
        for (var i = 0; i < map.Length; i++) inv[map[i]] = i;
        var t = DetectorTrace.Of(series);
        var t0 = DetectorTrace.Of(rec.Rr);
        TestContext.Out.WriteLine(string.Join(" ", truth.Select(x => $"{x.Kind}@{x.Index}")));
        for (var i = at - 5; i <= at + 4; i++)
        {
            var ci = inv.TryGetValue(i, out var x) ? x : -1;
            TestContext.Out.WriteLine($"  {i}: rr {series[i]:0} med {t.Median[i]:0} qd1 {t.Qd1[i]:0.0} qd2 {t.Qd2[i]:0.0} ev {string.Join(",", t.Events.Where(e => e.Index == i).Select(e => e.Type))} | clean {(ci >= 0 ? $"rr {rec.Rr[ci]:0} med {t0.Median[ci]:0} qd1 {t0.Qd1[ci]:0.0} qd2 {t0.Qd2[ci]:0.0} ev {string.Join(",", t0.Events.Where(e => e.Index == ci).Select(e => e.Type))}" : "-")}");
        }
        var c = ArtifactCorrection.Clean(series);
        TestContext.Out.WriteLine(string.Join(" ", c.Quality.Artifacts.Select(a => $"{a.Type}@{a.Index}")));
    }
}
