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
        var rec = BeatQualityBenchmark.Recordings(DiagnosedRun.MaxBeats).Single(r => r.Name == parts[0]);
        var ki = Array.IndexOf(BeatQualityBenchmark.Kinds, parts[1]);
        var seed = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var baseline = ArtifactCorrection.Clean(rec.Rr);
        var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix(parts[1], DiagnosedRun.Rate), new Random(BeatQualityBenchmark.StableSeed(rec.Name, ki, DiagnosedRun.Rate, seed)), out var map);
        var c = ArtifactCorrection.Clean(series);
        TestContext.Out.WriteLine($"clean flags: {string.Join(" ", baseline.Quality.Artifacts.Select(a => a.Type + "@" + map[a.Index]))}");
        TestContext.Out.WriteLine($"truth: {string.Join(" ", truth.Select(t => t.Kind + "@" + t.Index))}");
        TestContext.Out.WriteLine($"found: {string.Join(" ", c.Quality.Artifacts.Select(a => a.Type + "@" + a.Index))}");
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rmssd clean-corrected {QualityTestData.Rmssd(baseline.Intervals.Milliseconds):F2} run {QualityTestData.Rmssd(c.Intervals.Milliseconds, c.Intervals.GapBefore):F2}"));
        TestContext.Out.WriteLine($"report: unreliable {c.Quality.IndicesUnreliable} ({c.Quality.IndicesUnreliableReason}); beyond the local limit {c.Quality.DetectionLimitExceededBeats.Count} beats; warnings {string.Join(", ", c.Quality.Warnings.Select(w => w.Code))}");
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

/// <summary>Diagnostics (explicit): the largest local detection limit (Th1 over short windows) of every clean recording.</summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityLocalLimitDiagnostics
{
    [Test]
    public void LocalLimits()
    {
        foreach (var rec in BeatQualityBenchmark.Recordings(3000))
        {
            var c = ArtifactCorrection.Clean(rec.Rr);
            var rr = rec.Rr;
            var n = rr.Length;
            var med = new double[n];
            HrResponse.Quality.Internal.RollingStatistics.Median(rr, 11, med);
            var parts = new List<string>();
            foreach (var w in new[] { 11, 15, 21, 31 })
            {
                double best = 0;
                var at = 0;
                for (var s = 1; s + w <= n; s++)
                {
                    var d = new double[w];
                    for (var k = 0; k < w; k++) d[k] = Math.Abs(rr[s + k] - rr[s + k - 1]);
                    Array.Sort(d);
                    double Q(double p) { var x = p * (w - 1); var lo = (int)Math.Floor(x); var hi = Math.Min(w - 1, lo + 1); return d[lo] + ((x - lo) * (d[hi] - d[lo])); }
                    var mm = med[s + (w / 2)];
                    var lim = 100 * 5.2 * (Q(0.75) - Q(0.25)) / 2 / mm;
                    if (lim > best) { best = lim; at = s; }
                }

                parts.Add(string.Create(CultureInfo.InvariantCulture, $"w{w} {best:F1}%@{at}"));
            }

            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rec.Name,-36} n {n,5} limit {c.Quality.DetectionLimitPercent,5:F1} flagged {100.0 * c.Quality.ArtifactCount / n,5:F2}% {string.Join("  ", parts)}"));
        }
    }
}

/// <summary>Diagnostics (explicit): detector values around one index of one benchmark run (env HRR_RUN = name,kind,seed,index).</summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityRunTrace
{
    [Test]
    public void Trace()
    {
        var (rec, series, truth, at, parts) = DiagnosedRun.FromEnvironment("subject_19,premature,1,56");
        if (parts.Length > 4 && parts[4] == "clean") (series, truth) = (rec.Rr, []); // the clean recording's own trace
        var n = series.Length;
        var (med, qd1, qd2, events) = DetectorTrace.Of(series);
        for (var i = Math.Max(0, at - 5); i < Math.Min(n, at + 6); i++)
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i}: rr {series[i]:F0} med {med[i]:F0} th1 {Math.Max(qd1[i], 0.10 * med[i]):F1} th2 {Math.Max(qd2[i], 0.10 * med[i]):F1} truth {string.Join(",", truth.Where(x => x.Index == i).Select(x => x.Kind))} pass1 {string.Join(",", events.Where(e => e.Index == i).Select(e => e.Type))}"));
    }
}

/// <summary>Diagnostics (explicit): every flag of one clean recording (env HRR_REC), with context.</summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityOneCleanFlags
{
    [Test]
    public void Flags()
    {
        var rec = BeatQualityBenchmark.Recordings(3000).Single(r => r.Name == (Environment.GetEnvironmentVariable("HRR_REC") ?? "test_10"));
        // HRR_PUBLISHED=1: the published method (no refinements, no threshold floor).
        var options = Environment.GetEnvironmentVariable("HRR_PUBLISHED") == "1"
            ? ArtifactCorrectionOptions.Default with { LipponenRefinements = false, LipponenMinimumThresholdPercent = 0 }
            : ArtifactCorrectionOptions.Default;
        var c = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rec.Rr), options);
        TestContext.Out.WriteLine($"artifact count {c.Quality.ArtifactCount} e{c.Quality.EctopicCount} s{c.Quality.ShortCount} l{c.Quality.LongCount} m{c.Quality.MissedCount} x{c.Quality.ExtraCount} o{c.Quality.OutOfRangeCount} list {c.Quality.Artifacts.Count}; out {string.Join(" ", c.Intervals.Milliseconds.ToArray().Take(8).Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))}");
        foreach (var a in c.Quality.Artifacts)
        {
            var i = a.Index;
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{a.Type}@{i}: {string.Join(" ", Enumerable.Range(Math.Max(0, i - 5), Math.Min(rec.Rr.Length, i + 6) - Math.Max(0, i - 5)).Select(k => (k == i ? "[" : "") + rec.Rr[k].ToString("F0", CultureInfo.InvariantCulture) + (k == i ? "]" : "")))}"));
        }
    }
}

/// <summary>
/// Diagnostics (explicit): the 91-beat threshold window around one index (env HRR_RUN = name,kind,seed,index), on the
/// clean recording and on the run: the |mRR| and |dRR| values left after masking the final pass-1 flags, their quartiles
/// and the thresholds they give (α = 5.2), to see why a threshold moved between the two.
/// </summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityThresholdWindow
{
    [Test]
    public void Window()
    {
        var (rec, series, _, at, _) = DiagnosedRun.FromEnvironment("010,premature,0,663");
        foreach (var (label, s) in new[] { ("clean", rec.Rr), ("run", series) })
        {
            var n = s.Length;
            var med = new double[n];
            HrResponse.Quality.Internal.RollingStatistics.Median(s, 11, med);
            var trace = DetectorTrace.Of(s);
            var flagged = new bool[n];
            foreach (var e in trace.Events)
            {
                flagged[e.Index] = true;
                if (e.Type is ArtifactType.Ectopic or ArtifactType.Extra && e.Index + 1 < n) flagged[e.Index + 1] = true;
            }

            var m = new List<double>();
            var d = new List<double>();
            for (var k = Math.Max(0, at - 45); k <= Math.Min(n - 1, at + 45); k++)
            {
                if (flagged[k]) continue;
                var x = s[k] - med[k];
                m.Add(Math.Abs(x < 0 ? 2 * x : x));
                if (k > 0 && !flagged[k - 1]) d.Add(Math.Abs(s[k] - s[k - 1]));
            }

            m.Sort();
            d.Sort();
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: |mRR| n {m.Count} Q1 {Q(m, 0.25):F1} Q3 {Q(m, 0.75):F1} -> Th2 {5.2 * (Q(m, 0.75) - Q(m, 0.25)) / 2:F1}; |dRR| n {d.Count} Q1 {Q(d, 0.25):F1} Q3 {Q(d, 0.75):F1} -> Th1 {5.2 * (Q(d, 0.75) - Q(d, 0.25)) / 2:F1}; flags {string.Join(" ", trace.Events.Where(e => Math.Abs(e.Index - at) <= 45).Select(e => e.Type + "@" + e.Index))}"));
            TestContext.Out.WriteLine("  |dRR| " + string.Join(" ", d.Select(v => v.ToString("F0", CultureInfo.InvariantCulture))));
        }

        static double Q(List<double> v, double p)
        {
            if (v.Count == 0) return double.NaN;
            var x = p * (v.Count - 1);
            var lo = (int)x;
            var hi = Math.Min(v.Count - 1, lo + 1);
            return v[lo] + ((x - lo) * (v[hi] - v[lo]));
        }
    }
}

/// <summary>
/// The benchmark run a diagnostic looks at: env HRR_RUN = name,kind,seed,index[,…] (CI size, 5 %; with HRR_FULL=1 the
/// full benchmark's whole recording, with HRR_RATE another artifact rate in percent).
/// </summary>
internal static class DiagnosedRun
{
    /// <summary>Whether the diagnostics look at the full benchmark's runs (env HRR_FULL=1: whole recordings, 10 seeds).</summary>
    public static bool Full => Environment.GetEnvironmentVariable("HRR_FULL") == "1";

    /// <summary>The longest stretch the diagnostics load: the full benchmark's or the CI benchmark's.</summary>
    public static int MaxBeats => Full ? int.MaxValue : 3000;

    /// <summary>The artifact rate in percent (env HRR_RATE, default 5).</summary>
    public static double Rate => double.TryParse(Environment.GetEnvironmentVariable("HRR_RATE"), CultureInfo.InvariantCulture, out var r) ? r : 5;

    /// <summary>The clean recording, the injected series, its truth, the index and every field of HRR_RUN (or <paramref name="fallback"/>).</summary>
    public static (BenchRecording Recording, double[] Series, List<InjectedArtifact> Truth, int Index, string[] Fields) FromEnvironment(string fallback)
    {
        var parts = (Environment.GetEnvironmentVariable("HRR_RUN") ?? fallback).Split(',');
        var rec = BeatQualityBenchmark.Recording(parts[0], MaxBeats);
        var ki = Array.IndexOf(BeatQualityBenchmark.Kinds, parts[1]);
        var seed = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix(parts[1], Rate), new Random(BeatQualityBenchmark.StableSeed(rec.Name, ki, Rate, seed)), out _);
        return (rec, series, truth, int.Parse(parts[3], CultureInfo.InvariantCulture), parts);
    }
}

/// <summary>
/// Diagnostics (explicit): the sign of the RMSSD and SDNN errors per kind at 5 % (env HRR_FULL=1 for the full
/// benchmark), in the pipeline and with perfect detection: mean, median, the share below zero and how many runs fall out
/// of 5 % / 2 % on each side (docs/beat-quality.md item 95: with perfect detection the runs out are RMSSD underestimates).
/// </summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityErrorSigns
{
    [Test]
    public void Signs()
    {
        var recs = (DiagnosedRun.Full ? BeatQualityBenchmark.Recordings(DiagnosedRun.MaxBeats) : BeatQualityBenchmark.CiRecordings).ToList();
        var (runs, clean) = BeatQualityBenchmark.Run(recs, [DiagnosedRun.Rate], DiagnosedRun.Full ? 10 : 4, spectral: false);
        foreach (var g in runs.Where(r => !clean[r.Recording].Unreliable).GroupBy(r => r.Kind))
        {
            var k = g.ToList();
            string S(Func<BenchRun, double> f, double bound) => string.Create(CultureInfo.InvariantCulture,
                $"mean {k.Average(f):F2} median {Median(k.Select(f)):F2} below 0 {100.0 * k.Count(r => f(r) < 0) / k.Count:F0} %, out {k.Count(r => f(r) < -bound)} low / {k.Count(r => f(r) > bound)} high");
            TestContext.Out.WriteLine($"{g.Key} ({k.Count} runs): RMSSD {S(r => r.RmssdError, 5)}; SDNN {S(r => r.SdnnError, 2)}");
            TestContext.Out.WriteLine($"   perfect detection: RMSSD {S(r => r.PerfectRmssdError, 5)}; SDNN {S(r => r.PerfectSdnnError, 2)}");
        }

        static double Median(IEnumerable<double> values)
        {
            var a = values.Where(x => !double.IsNaN(x)).Order().ToArray();
            return a.Length == 0 ? double.NaN : a[a.Length / 2];
        }
    }
}
