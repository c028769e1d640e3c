using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HrResponse.Quality;

namespace HrResponse.Benchmarks.Quality;

/// <summary>
/// <c>dotnet run -c Release -- profile cleanprint [dataDir]</c> (default <c>../shared/data</c>): one line per (series, options) with a SHA-256 of
/// everything <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/> returns (intervals, beat
/// times, gaps, every beat record, artifacts, report numbers, warnings), for checking that a speed change leaves the
/// results bit-identical: run it on two builds and diff the outputs. Series: the benchmark's synthetic series, seeded
/// synthetic series with mixed injected artifacts (lengths 5–4,000, low to very high variability, 0–15 %), and every
/// <c>rr_ms</c> CSV of the shared data, clean and with artifacts injected. Not a benchmark.
/// </summary>
internal static class CleanFingerprint
{
    public static void Run(string dataDir)
    {
        var options = new (string Name, ArtifactCorrectionOptions Options)[]
        {
            ("default", ArtifactCorrectionOptions.Default),
            ("exclude", new ArtifactCorrectionOptions { Action = CorrectionAction.ExcludeAndMarkGaps }),
            ("published", new ArtifactCorrectionOptions { LipponenRefinements = false, LipponenMinimumThresholdPercent = 0 }),
            ("w31", new ArtifactCorrectionOptions { LipponenThresholdWindowBeats = 31, MedianWindowBeats = 7 }),
            ("w201", new ArtifactCorrectionOptions { LipponenThresholdWindowBeats = 201, MedianWindowBeats = 41 }),
            ("medium", new ArtifactCorrectionOptions { Method = ArtifactDetectionMethod.ThresholdMedium }),
            ("acar", new ArtifactCorrectionOptions { Method = ArtifactDetectionMethod.Acar }),
        };

        var series = new List<(string Name, double[] Rr)>();
        foreach (var beats in new[] { 300, 5_000, 100_000 })
        {
            var b = new ArtifactCorrectionBenchmarks { Beats = beats };
            b.Setup();
            series.Add(($"bench{beats}", b.Series));
        }

        for (var seed = 1; seed <= 60; seed++)
        {
            var random = new Random(seed);
            var n = seed % 10 == 0 ? 5 + random.Next(100) : 50 + random.Next(4000);
            var spread = new[] { 5.0, 20, 60, 120, 200 }[seed % 5];
            var rate = new[] { 0.0, 0.01, 0.05, 0.1, 0.15 }[(seed / 5) % 5];
            var rr = new List<double>();
            double t = 0;
            for (var i = 0; i < n; i++)
            {
                // Values on a 1/1024-s grid now and then, so that ties occur.
                var x = 850 + (spread * Math.Sin(2 * Math.PI * 0.25 * t)) + (0.5 * spread * Math.Sin(2 * Math.PI * 0.04 * t)) + (spread * 0.5 * ((random.NextDouble() * 2) - 1));
                if (seed % 3 == 0) x = Math.Round(x / 7.8125) * 7.8125;
                rr.Add(x);
                t += x / 1000;
            }

            series.Add(($"synth{seed}", Inject(rr, rate, random)));
        }

        if (Directory.Exists(dataDir))
        {
            foreach (var path in Directory.EnumerateFiles(dataDir, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var rr = ReadRr(path);
                if (rr is null) continue;
                var name = Path.GetRelativePath(dataDir, path);
                series.Add((name, rr));
                for (var seed = 1; seed <= (rr.Length > 20_000 ? 1 : 3); seed++)
                    series.Add(($"{name}+5%#{seed}", Inject([.. rr], 0.05, new Random(seed))));
            }
        }

        // Beat times with jumps (discontinuities): every 97th beat of some series comes 1.5 s late, plus seeded noise.
        var withTimes = new List<(string Name, double[] Rr, double[]? Times)>();
        foreach (var (name, rr) in series)
        {
            withTimes.Add((name, rr, null));
            if (!name.StartsWith("synth", StringComparison.Ordinal) && !name.StartsWith("bench", StringComparison.Ordinal)) continue;
            var times = new double[rr.Length];
            var random = new Random(rr.Length);
            double t = 0;
            for (var i = 0; i < rr.Length; i++)
            {
                t += (rr[i] / 1000) + (i % 97 == 50 ? 1.5 : 0) + (random.NextDouble() * 0.001);
                times[i] = t;
            }

            withTimes.Add((name + "+jumps", rr, times));
        }

        foreach (var (name, rr, times) in withTimes)
        {
            foreach (var (optionName, o) in options)
            {
                if (rr.Length > 20_000 && optionName is not ("default" or "exclude")) continue;
                string print;
                try
                {
                    var input = times is null ? RrIntervals.FromMilliseconds(rr) : RrIntervals.FromMilliseconds(rr, times);
                    print = Hash(ArtifactCorrection.Clean(input, o));
                }
                catch (ArgumentException e)
                {
                    print = "throws " + e.GetType().Name;
                }

                Console.WriteLine($"{name} {optionName} {rr.Length} {print}");
            }
        }
    }

    private static double[] Inject(List<double> rr, double rate, Random random)
    {
        for (var p = 2; p < rr.Count - 3; p++)
        {
            if (random.NextDouble() >= rate) continue;
            switch (random.Next(5))
            {
                case 0:
                    var d = 0.35 * rr[p];
                    rr[p] -= d;
                    rr[p + 1] += d;
                    break;
                case 1:
                    rr[p] += rr[p + 1];
                    rr.RemoveAt(p + 1);
                    break;
                case 2:
                    rr.Insert(p + 1, rr[p] * 0.55);
                    rr[p] *= 0.45;
                    break;
                case 3:
                    rr[p] *= 1.35;
                    break;
                default:
                    rr[p] *= 0.7;
                    break;
            }

            p += 2;
        }

        return [.. rr];
    }

    private static double[]? ReadRr(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(',');
        if (header is null) return null;
        var column = Array.IndexOf(header, "rr_ms");
        if (column < 0) return null;
        var values = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length <= column) continue;
            if (double.TryParse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && double.IsFinite(v)) values.Add(v);
        }

        return values.Count > 0 ? [.. values] : null;
    }

    private static string Hash(CleanedRrIntervals c)
    {
        var sb = new StringBuilder();
        var iv = c.Intervals;
        foreach (var x in iv.Milliseconds) sb.Append(BitConverter.DoubleToInt64Bits(x)).Append(',');
        sb.Append('|');
        foreach (var x in iv.BeatTimesSeconds) sb.Append(BitConverter.DoubleToInt64Bits(x)).Append(',');
        sb.Append('|');
        foreach (var g in iv.GapBefore) sb.Append(g ? '1' : '0');
        sb.Append('|');
        foreach (var b in c.Beats)
            sb.Append(BitConverter.DoubleToInt64Bits(b.TimeSeconds)).Append(';').Append(BitConverter.DoubleToInt64Bits(b.RrMs)).Append(';')
                .Append(b.Action).Append(';').Append(b.InputIndex).Append(';').Append(b.GapBefore).Append(',');
        var q = c.Quality;
        sb.Append('|');
        foreach (var a in q.Artifacts) sb.Append(a.Index).Append(a.Type).Append(',');
        sb.Append('|').Append(string.Join(',', q.ChangedBeatIndices));
        sb.Append(CultureInfo.InvariantCulture, $"|{q.OriginalCount},{q.CleanedCount},{q.EctopicCount},{q.MissedCount},{q.ExtraCount},{q.LongCount},{q.ShortCount},{q.OutOfRangeCount},{q.DropoutCount},{q.DiscontinuityCount},{q.EstimatedLostBeats},{q.InterpolatedCount},{q.InsertedCount},{q.RemovedCount},{q.ExcludedCount},{q.PassCount},{q.GapCount}");
        sb.Append(CultureInfo.InvariantCulture, $"|{BitConverter.DoubleToInt64Bits(q.ArtifactPercent)},{BitConverter.DoubleToInt64Bits(q.CorrectedPercent)},{BitConverter.DoubleToInt64Bits(q.LongestGapSeconds)},{BitConverter.DoubleToInt64Bits(q.DetectionLimitPercent)},{q.DfaAlpha1Reliable},{q.IndicesUnreliable},{q.IndicesUnreliableReason}");
        foreach (var w in q.Warnings) sb.Append('|').Append(w.Code).Append(w.Message);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }
}
