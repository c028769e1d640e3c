using System.Globalization;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>Diagnostics (explicit): what the method flags on the clean recordings, with context.</summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityCleanFlagsDiagnostics
{
    [Test]
    public void CleanFlags()
    {
        foreach (var rec in BeatQualityBenchmark.Recordings(3000))
        {
            var c = ArtifactCorrection.Clean(rec.Rr);
            var flags = c.Quality.Artifacts.Where(a => a.Type is not (ArtifactType.Dropout or ArtifactType.Discontinuity)).ToList();
            if (100.0 * c.Quality.ArtifactCount / rec.Rr.Length < 0.5) continue;
            var med = new double[rec.Rr.Length];
            HrResponse.Quality.Internal.RollingStatistics.Median(rec.Rr, 11, med);
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rec.Name} ({rec.Rr.Length}, limit {c.Quality.DetectionLimitPercent:F1} %): {flags.Count} flags"));
            foreach (var a in flags)
            {
                var i = a.Index;
                TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {a.Type}@{i} med {med[i]:F0}: {string.Join(" ", Enumerable.Range(Math.Max(0, i - 4), Math.Min(rec.Rr.Length, i + 5) - Math.Max(0, i - 4)).Select(k => (k == i ? "[" : "") + rec.Rr[k].ToString("F0", CultureInfo.InvariantCulture) + (k == i ? "]" : "")))}"));
            }
        }
    }
}

/// <summary>Diagnostics (explicit): one benchmark run (env HRR_RUN = name,kind,seed) in full.</summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityRunDump
{
    [Test]
    public void Dump()
    {
        var parts = (Environment.GetEnvironmentVariable("HRR_RUN") ?? "subject_08,missed,2").Split(',');
        var rec = BeatQualityBenchmark.Recordings(3000).Single(r => r.Name == parts[0]);
        var ki = Array.IndexOf(BeatQualityBenchmark.Kinds, parts[1]);
        var seed = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var baseline = ArtifactCorrection.Clean(rec.Rr);
        var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix(parts[1], 5), new Random(BeatQualityBenchmark.StableSeed(rec.Name, ki, 5, seed)), out var map);
        var c = ArtifactCorrection.Clean(series);
        TestContext.Out.WriteLine($"clean flags: {string.Join(" ", baseline.Quality.Artifacts.Select(a => a.Type + "@" + map[a.Index]))}");
        TestContext.Out.WriteLine($"truth: {string.Join(" ", truth.Select(t => t.Kind + "@" + t.Index))}");
        TestContext.Out.WriteLine($"found: {string.Join(" ", c.Quality.Artifacts.Select(a => a.Type + "@" + a.Index))}");
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rmssd clean-corrected {QualityTestData.Rmssd(baseline.Intervals.Milliseconds):F2} run {QualityTestData.Rmssd(c.Intervals.Milliseconds, c.Intervals.GapBefore):F2}"));
        var inv = new int[series.Length];
        Array.Fill(inv, -1);
        for (var i = 0; i < map.Length; i++) inv[map[i]] = i;
        foreach (var b in c.Beats)
        {
            var ci = b.InputIndex < inv.Length ? inv[b.InputIndex] : -1;
            var cleanV = ci >= 0 ? baseline.Intervals.Milliseconds[ci] : double.NaN;
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{b.InputIndex,5} in {series[b.InputIndex],7:F0} out {b.RrMs,7:F0} {b.Action,-12} clean {cleanV,7:F0} {(truth.Any(t => t.Index == b.InputIndex) ? "<== " + truth.First(t => t.Index == b.InputIndex).Kind : "")}"));
        }
    }
}
