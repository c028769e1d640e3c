using System.Diagnostics;
using HrResponse.Hrv;
using HrResponse.Hrv.Internal;

namespace HrResponse.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- profile [length]</c>: a stopwatch breakdown of the full HRV path per part (after one
/// warm-up call), for relative profiling on a shared machine. Not a benchmark.
/// </summary>
internal static class Profile
{
    public static void Run(string[] args)
    {
        if (args.Length > 1 && args[1] == "genbatch")
        {
            // The 1,000 files of BatchThroughputBenchmarks, for timing the installed tool on them.
            new HrResponse.Benchmarks.Cli.BatchThroughputBenchmarks { Files = 1000 }.Setup();
            Console.WriteLine(Path.Combine(Path.GetTempPath(), "hrresponse-batch-bench"));
            return;
        }

        if (args.Length > 1 && args[1] == "mse")
        {
            var x = BenchmarkData.Rr(BenchmarkData.Length.TwentyFourHours);
            var r = NonlinearAnalysis.Tolerance(x, NonlinearOptions.Default);
            foreach (var s in new[] { 2, 5, 10, 14, 20 })
            {
                var len = x.Length / s;
                var coarse = new double[len];
                for (var i = 0; i < len; i++)
                {
                    double sum = 0;
                    for (var k = 0; k < s; k++) sum += x[(i * s) + k];
                    coarse[i] = sum / s;
                }

                var dec = new double[len];
                for (var i = 0; i < len; i++) dec[i] = x[i * s];
                Console.WriteLine($"scale {s}: distinct coarse {coarse.Distinct().Count()}, ranks {(TemplateMatching.CountByRanks(coarse, 1, r, null, null) is null ? "no" : "yes")}");
                Time($"  coarse {s}", () => TemplateMatching.Count(coarse, 2, 1, r));
                Time($"  one decimation {s}", () => TemplateMatching.Count(dec, 2, 1, r));
            }

            return;
        }

        if (args.Length > 1 && args[1] == "msescales")
        {
            // Multiscale entropy time per scale of the continuous scaling series (issue 15).
            foreach (var n in args.Skip(2).Select(int.Parse))
            {
                var x = Paths.FullHrvScalingBenchmarks.Series(Paths.ScalingData.Continuous, n);
                var r = NonlinearAnalysis.Tolerance(x, NonlinearOptions.Default);
                foreach (var scale in new[] { 1, 2, 3, 5, 8, 12, 20 }) Once($"n={n} scale {scale}", () => Entropies.Multiscale(x, [scale], 2, r));
            }

            return;
        }

        if (args.Length > 1 && args[1] == "fuzzy")
        {
            // FuzzyEn (O(n²) on continuous values, no exact shortcut) at the given lengths, both series kinds.
            foreach (var n in args.Skip(2).Select(int.Parse))
            {
                foreach (var kind in Enum.GetValues<Paths.ScalingData>())
                {
                    var x = Paths.FullHrvScalingBenchmarks.Series(kind, n);
                    var r = NonlinearAnalysis.Tolerance(x, NonlinearOptions.Default);
                    Time($"fuzzy {kind} {n}", () => Entropies.Fuzzy(x, 2, 1, r));
                }
            }

            return;
        }

        if (args.Length > 1 && args[1] == "boxes")
        {
            // Template counts (m = 2) of one series by the bucketed search and by 3-D box counts, same run (issue 15).
            foreach (var n in args.Skip(2).Select(int.Parse))
            {
                foreach (var kind in new[] { "continuous", "coarse5", "coarse20" })
                {
                    var scale = kind == "coarse5" ? 5 : kind == "coarse20" ? 20 : 1;
                    var raw = Paths.FullHrvScalingBenchmarks.Series(Paths.ScalingData.Continuous, n * scale);
                    var r = NonlinearAnalysis.Tolerance(raw, NonlinearOptions.Default);
                    var x = new double[n];
                    for (var i = 0; i < n; i++)
                    {
                        double sum = 0;
                        for (var k = 0; k < scale; k++) sum += raw[(i * scale) + k];
                        x[i] = sum / scale;
                    }

                    var pairs = TemplateMatching.CountByRanks(x, 1, r, null, null, boxes: true)!.Value;
                    Console.WriteLine($"{kind} n={n}: pairs m {pairs.PairsM} ({pairs.PairsM / (0.5 * n * n):P2}), m+1 {pairs.PairsM1}");
                    Time($"  boxes", () => TemplateMatching.CountByRanks(x, 1, r, null, null, boxes: true));
                    var values = x.Distinct().Order().ToArray();
                    var rank = x.Select(v => Array.BinarySearch(values, v)).ToArray();
                    var lo = new int[values.Length];
                    var hi = new int[values.Length];
                    for (int a = 0, a0 = 0, a1 = 0; a < values.Length; a++)
                    {
                        while (Math.Abs(values[a] - values[a0]) > r) a0++;
                        if (a1 < a) a1 = a;
                        while (a1 + 1 < values.Length && Math.Abs(values[a1 + 1] - values[a]) <= r) a1++;
                        (lo[a], hi[a]) = (a0, a1);
                    }

                    Time($"  3-D part", () => RankBoxCounting.CountOrderedPairs(rank.AsSpan(0, n - 2), rank.AsSpan(1, n - 2), rank.AsSpan(2, n - 2), values.Length, lo, hi, null));
                    if (n <= 400_000) Time($"  bucketed", () => TemplateMatching.CountBucketed(x, 2, 1, r, null, null));
                }
            }

            return;
        }

        if (args.Length > 1 && args[1] == "boxesnd")
        {
            // Template counts for m = 1, 3, 4 of one continuous series by the bucketed search and by K-D box counts,
            // same run (issue 15, m != 2). Args: maximum n for the bucketed search, then sizes.
            var bucketedMax = int.Parse(args[2]);
            foreach (var n in args.Skip(3).Select(int.Parse))
            {
                var x = Paths.FullHrvScalingBenchmarks.Series(Paths.ScalingData.Continuous, n);
                foreach (var factor in n > 200_000 ? new[] { 0.2 } : new[] { 0.2, 0.5 })
                {
                    var r = factor * NonlinearAnalysis.Tolerance(x, NonlinearOptions.Default) / 0.2;
                    var grid = TemplateMatching.CountByRanksNd(x, 2, 1, r, null, null, boxes: true)!.Value.PairsM;
                    foreach (var m in new[] { 1, 3, 4 })
                    {
                        var nt = n - m + 1;
                        var pairs = TemplateMatching.CountByRanksNd(x, m, 1, r, null, null, boxes: true)!.Value;
                        Console.WriteLine($"n={n} r={factor} SD m={m}: pairs m {pairs.PairsM}, m+1 {pairs.PairsM1}; grid pairs {grid} = {grid / (nt * Math.Pow(Math.Log2(nt), m)):0.00} N log^m N; auto {(TemplateMatching.CountByRanksNd(x, m, 1, r, null, null) is null ? "bucketed" : "boxes")}");
                        Time($"  boxes m={m}", () => TemplateMatching.CountByRanksNd(x, m, 1, r, null, null, boxes: true));
                        if (n <= bucketedMax)
                        {
                            Time($"  bucketed m={m}", () => TemplateMatching.CountBucketed(x, m, 1, r, null, null));
                        }
                    }
                }
            }

            return;
        }

        if (args.Length > 1 && args[1] == "scaling")
        {
            // Optional series kind first (Recorded or Continuous), then sizes.
            var kinds = args.Length > 2 && Enum.TryParse<HrResponse.Benchmarks.Paths.ScalingData>(args[2], out var only)
                ? [only] : Enum.GetValues<HrResponse.Benchmarks.Paths.ScalingData>();
            Scaling(args.Skip(kinds.Length == 1 && args.Length > 2 && !char.IsDigit(args[2][0]) ? 3 : 2).Select(int.Parse).ToArray(), kinds);
            return;
        }

        if (args.Length > 1 && args[1] == "csvparts")
        {
            // The CSV read of the batch files in parts: the file read, then the session with the plain-row reader and with CsvHelper.
            var dir = Path.Combine(Path.GetTempPath(), "hrresponse-batch-bench");
            var files = Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal).Take(200).ToArray();
            for (var round = 0; round < 8; round++)
            {
                double read = 0, plain = 0, helper = 0;
                foreach (var file in files)
                {
                    var sw = Stopwatch.StartNew();
                    var text = File.ReadAllText(file);
                    read += sw.Elapsed.TotalMilliseconds;
                    for (var k = 0; k < 2; k++)
                    {
                        var usePlain = (k == 0) == (round % 2 == 0);
                        sw.Restart();
                        new HrResponse.Io.Internal.CsvReadSession(text, file, HrResponse.Io.CsvReadOptions.Default, allowPlainPath: usePlain).Run();
                        if (usePlain) plain += sw.Elapsed.TotalMilliseconds;
                        else helper += sw.Elapsed.TotalMilliseconds;
                    }
                }

                var n = (double)files.Length;
                Console.WriteLine($"round {round}: per file: ReadAllText {read / n:0.000} ms, session plain rows {plain / n:0.000} ms, session CsvHelper rows {helper / n:0.000} ms");
            }

            return;
        }

        if (args.Length > 1 && args[1] == "batchread")
        {
            // Per-step CPU of opening one batch file (RecordingReader.Open's steps), one thread, over the BatchThroughput files.
            var dir = Path.Combine(Path.GetTempPath(), "hrresponse-batch-bench");
            var files = Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal).Take(200).ToArray();
            for (var round = 0; round < 3; round++)
            {
                double limit = 0, ecg = 0, detect = 0, csv = 0, open = 0;
                foreach (var file in files)
                {
                    var sw = Stopwatch.StartNew();
                    HrResponse.Io.Internal.BoundedFile.EnsureWithinLimit(file, HrResponse.Io.RecordingOpenOptions.Default.MaxInputBytes, "x");
                    limit += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    HrResponse.Io.EcgCsvReader.LooksLikeEcg(file);
                    ecg += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    HrResponse.Io.RecordingReader.Detect(file);
                    detect += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    HrResponse.Io.RecordingCsvReader.Read(file);
                    csv += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    HrResponse.Io.RecordingReader.Open(file);
                    open += sw.Elapsed.TotalMilliseconds;
                }

                var n = (double)files.Length;
                Console.WriteLine($"round {round}: per file: limit {limit / n:0.000} ms, ecg sniff {ecg / n:0.000} ms, detect {detect / n:0.000} ms, csv read {csv / n:0.000} ms; whole Open {open / n:0.000} ms");
            }

            return;
        }

        if (args.Length > 1 && args[1] == "batchfile")
        {
            // Per-stage CPU of the batch's per-file path (read, then RecordingAnalysis.Compute with the exercise part, as
            // `hrresponse batch` runs it), one thread, over the BatchThroughput files (generate them with `genbatch`).
            var dir = Path.Combine(Path.GetTempPath(), "hrresponse-batch-bench");
            var files = Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal).Take(200).ToArray();
            var options = HrResponse.Cli.Commands.ExerciseRunner.PipelineOptions(HrvOptions.Default, HrResponse.Quality.ArtifactCorrectionOptions.Default,
                AnalysisParts.Exercise, HrResponse.Exercise.MaxHeartRateEquation.Fox, null);
            var stageTicks = new Dictionary<string, long>();
            double readMs = 0;
            for (var round = 0; round < 2; round++)
            {
                stageTicks.Clear();
                readMs = 0;
                var total = Stopwatch.StartNew();
                foreach (var file in files)
                {
                    var sw = Stopwatch.StartNew();
                    var recording = HrResponse.Io.RecordingReader.Open(file).Recording;
                    readMs += sw.Elapsed.TotalMilliseconds;
                    var last = Stopwatch.GetTimestamp();
                    var stage = "start";
                    var progress = new SyncProgress(p =>
                    {
                        var now = Stopwatch.GetTimestamp();
                        stageTicks[stage] = stageTicks.GetValueOrDefault(stage) + (now - last);
                        last = now;
                        stage = p.Stage.ToString();
                    });
                    RecordingAnalysis.Compute(recording, options, progress, CancellationToken.None);
                    var end = Stopwatch.GetTimestamp();
                    stageTicks[stage] = stageTicks.GetValueOrDefault(stage) + (end - last);
                }

                Console.WriteLine($"round {round}: {files.Length} files in {total.Elapsed.TotalMilliseconds:0} ms; per file: read {readMs / files.Length:0.00} ms");
                foreach (var (name, ticks) in stageTicks)
                    Console.WriteLine($"  until next report after '{name}': {ticks * 1000.0 / Stopwatch.Frequency / files.Length:0.00} ms per file");
            }

            return;
        }

        if (args.Length > 1 && args[1] == "welch")
        {
            // NeuroKit2-preset Welch step per length: the full spectrum against the band-limited (pruned DFT) one.
            foreach (var length in new[] { BenchmarkData.Length.FiveMinutes, BenchmarkData.Length.OneHour })
            {
                var ms = BenchmarkData.Rr(length);
                var times = new double[ms.Length];
                double acc = 0;
                for (var i = 0; i < ms.Length; i++) times[i] = acc += ms[i] / 1000;
                var fo = FrequencyDomainOptions.NeuroKit2;
                var v = HrResponse.Signal.Resampling.Resample(times, ms, 100, fo.Interpolation, fo.ResamplingGrid).ValuesArray;
                var full = HrResponse.Signal.WelchSpectrum.Compute(v, 100, fo.Welch);
                var low = HrResponse.Signal.WelchSpectrum.ComputeLowBins(v, 100, fo.Welch, 0.5, always: true, out _)!;
                double worst = 0;
                for (var k = 0; k < low.Density.Length; k++) worst = Math.Max(worst, Math.Abs(low.Density[k] - full.Density[k]) / full.Density.Max());
                Console.WriteLine($"== {length}: {v.Length} samples; {full.Settings}; low bins {low.Density.Length}, largest difference {worst:E2} of the maximum");
                Time("  full Welch", () => HrResponse.Signal.WelchSpectrum.Compute(v, 100, fo.Welch));
                Time("  band-limited Welch", () => HrResponse.Signal.WelchSpectrum.ComputeLowBins(v, 100, fo.Welch, 0.5, always: true, out _));
            }

            return;
        }

        if (args.Length > 1 && args[1] == "cleanprint")
        {
            HrResponse.Benchmarks.Quality.CleanFingerprint.Run(args.Length > 2 ? args[2] : Path.Combine(BenchmarkData.SharedData(), "data"));
            return;
        }

        if (args.Length > 1 && args[1] == "cleanloop")
        {
            // Detection + correction of the 100,000-beat benchmark series in a loop, for a sampling profiler
            // (dotnet-trace collect -- ... profile cleanloop [seconds]).
            var bench = new HrResponse.Benchmarks.Quality.ArtifactCorrectionBenchmarks { Beats = 100_000 };
            bench.Setup();
            var rr = RrIntervals.FromMilliseconds(bench.Series);
            var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
            var watch = Stopwatch.StartNew();
            var calls = 0;
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                HrResponse.Quality.ArtifactCorrection.Clean(rr);
                calls++;
            }

            Console.WriteLine($"{calls} calls, {watch.Elapsed.TotalMilliseconds / calls:F2} ms per call");
            return;
        }

        if (args.Length > 1 && args[1] == "kernels")
        {
            Kernels();
            return;
        }

        var lengths = args.Length > 1 ? [Enum.Parse<BenchmarkData.Length>(args[1])] : Enum.GetValues<BenchmarkData.Length>();
        foreach (var length in lengths)
        {
            var ms = BenchmarkData.Rr(length);
            var rr = RrIntervals.FromMilliseconds(ms);
            foreach (var preset in new[] { HrvPreset.Default, HrvPreset.NeuroKit2 })
            {
                var o = HrvOptions.FromPreset(preset);
                var nl = o.Nonlinear;
                var r = NonlinearAnalysis.Tolerance(ms, nl);
                var quadraticOk = nl.QuadraticIndicesMaxIntervals is null || ms.Length <= nl.QuadraticIndicesMaxIntervals;
                var maxScale = nl.MultiscaleMaxScale ?? (quadraticOk ? (int)(ms.Length / 12.0) - 1 : 0);
                var scales = Enumerable.Range(1, Math.Max(0, maxScale)).ToArray();
                Console.WriteLine($"== {length} ({ms.Length} beats), preset {preset}");
                Time("full HRV", () => HrvAnalysis.Compute(rr, o));
                Time("time domain", () => TimeDomainAnalysis.Compute(rr, o.TimeDomain));
                Time("frequency domain", () => FrequencyDomainAnalysis.Compute(rr, o.FrequencyDomain));
                Time("nonlinear", () => NonlinearAnalysis.Compute(rr, nl));
                Time("  poincare+asym+frag", () => (NonlinearAnalysis.Poincare(ms), NonlinearAnalysis.HeartRateAsymmetry(ms), NonlinearAnalysis.Fragmentation(ms)));
                Time("  dfa", () => NonlinearAnalysis.Dfa(ms, nl));
                Time("  apen+sampen", () => Entropies.ApproximateAndSample(ms, 2, 1, r));
                Time("  shannon", () => Entropies.Shannon(ms));
                if (quadraticOk) Time("  fuzzy", () => Entropies.Fuzzy(ms, 2, 1, r));
                Time($"  multiscale ({scales.Length} scales)", () => Entropies.Multiscale(ms, scales, 2, r));
                if (quadraticOk) Time("  correlation dimension", () => FractalIndices.CorrelationDimension(ms, nl.CorrelationDimensionRadii));
                Time("  higuchi+katz+lz", () => (FractalIndices.Higuchi(ms, 10), FractalIndices.Katz(ms), FractalIndices.LempelZiv(ms)));
                Time("  stress", () => NonlinearAnalysis.StressIndex(ms));
            }
        }
    }

    /// <summary>One timed call per part of the default full HRV at each size (issue 15: near-linear in size).</summary>
    private static void Scaling(int[] sizes, HrResponse.Benchmarks.Paths.ScalingData[] kinds)
    {
        if (sizes.Length == 0) sizes = [50_000, 100_000, 200_000];
        foreach (var kind in kinds)
        {
            foreach (var n in sizes)
            {
                var ms = HrResponse.Benchmarks.Paths.FullHrvScalingBenchmarks.Series(kind, n);
                var rr = RrIntervals.FromMilliseconds(ms);
                // PROFILE_THREADS: NonlinearOptions.MaxDegreeOfParallelism of the full HRV and nonlinear rows (default 1).
                var threads = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_THREADS"), out var t) ? t : 1;
                var nl = NonlinearOptions.Default with { MaxDegreeOfParallelism = threads };
                var r = NonlinearAnalysis.Tolerance(ms, nl);
                Console.WriteLine($"== {kind} {n} beats, {ms.Distinct().Count()} distinct values, {threads} thread(s) for the scales");
                if (Environment.GetEnvironmentVariable("PROFILE_SKIP_FULL") is null) Once("full HRV", () => HrvAnalysis.Compute(rr, HrvOptions.Default with { Nonlinear = nl }));
                if (Environment.GetEnvironmentVariable("PROFILE_ONLY_FULL") is not null) continue;
                Once("time domain", () => TimeDomainAnalysis.Compute(rr, TimeDomainOptions.Default));
                Once("frequency domain", () => FrequencyDomainAnalysis.Compute(rr, FrequencyDomainOptions.Default));
                Once("nonlinear", () => NonlinearAnalysis.Compute(rr, nl));
                Once("  poincare+asym+frag", () => (NonlinearAnalysis.Poincare(ms), NonlinearAnalysis.HeartRateAsymmetry(ms), NonlinearAnalysis.Fragmentation(ms)));
                Once("  dfa", () => NonlinearAnalysis.Dfa(ms, nl));
                Once("  apen+sampen", () => Entropies.ApproximateAndSample(ms, 2, 1, r));
                Once("  shannon", () => Entropies.Shannon(ms));
                Once("  multiscale (20 scales)", () => Entropies.Multiscale(ms, Enumerable.Range(1, 20).ToArray(), 2, r, threads));
                Once("  higuchi", () => FractalIndices.Higuchi(ms, 10));
                Once("  katz+lz", () => (FractalIndices.Katz(ms), FractalIndices.LempelZiv(ms)));
                Once("  stress", () => NonlinearAnalysis.StressIndex(ms));
            }
        }
    }

    /// <summary>One call: wall time and the process's CPU time (they differ when work runs in parallel).</summary>
    private static void Once<T>(string what, Func<T> f)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        f();
        var wall = sw.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
        Console.WriteLine($"{what,-36} {wall,10:0.0} ms  cpu {cpu,10:0.0} ms");
    }

    private static void Kernels()
    {
        foreach (var n in new[] { 180_000, 1 << 18, 4_320_000 })
        {
            var re = new double[n];
            var im = new double[n];
            var rng = new Random(1);
            for (var i = 0; i < n; i++) re[i] = rng.NextDouble();
            Time($"fft {n}", () =>
            {
                HrResponse.Internal.Fft.Forward(re, im);
                return 0;
            });
        }

        var ms = BenchmarkData.Rr(BenchmarkData.Length.OneHour);
        var times = new double[ms.Length];
        double acc = 0;
        for (var i = 0; i < ms.Length; i++) times[i] = acc += ms[i] / 1000;
        var fo = FrequencyDomainOptions.NeuroKit2;
        var resampled = HrResponse.Signal.Resampling.Resample(times, ms, 100, fo.Interpolation, fo.ResamplingGrid);
        Time("nk resample 1h", () => HrResponse.Signal.Resampling.Resample(times, ms, 100, fo.Interpolation, fo.ResamplingGrid));
        var vals = resampled.ValuesArray;
        Time("nk welch 1h", () => HrResponse.Signal.WelchSpectrum.Compute(vals, 100, fo.Welch));
        var r = NonlinearAnalysis.Tolerance(ms, NonlinearOptions.Default);
        foreach (var len in new[] { 6067, 3000, 1500, 600, 100, 40 })
        {
            var x = ms[..len];
            Time($"count ranks {len}", () => TemplateMatching.CountByRanks(x, 1, r, null, null));
            Time($"count {len}", () => TemplateMatching.Count(x, 2, 1, r));
        }
    }

    private static void Time<T>(string what, Func<T> f)
    {
        f();
        var before = GC.GetTotalAllocatedBytes(true);
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var reps = 0;
        do
        {
            f();
            reps++;
        }
        while (sw.ElapsedMilliseconds < 300 && reps < 20);
        sw.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / reps;
        var alloc = (GC.GetTotalAllocatedBytes(true) - before) / reps;
        Console.WriteLine($"{what,-36} {sw.Elapsed.TotalMilliseconds / reps,10:0.00} ms wall {cpu,10:0.00} ms CPU {alloc / 1e6,8:0.00} MB alloc  ({reps} reps)");
    }

    private sealed class SyncProgress(Action<RecordingAnalysisProgress> report) : IProgress<RecordingAnalysisProgress>
    {
        public void Report(RecordingAnalysisProgress value) => report(value);
    }
}
