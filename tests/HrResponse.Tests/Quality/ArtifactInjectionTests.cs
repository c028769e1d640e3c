using System.Globalization;
using System.Text;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Injection test on real recordings (issue 3): artifacts of one type at a time are inserted at seeded random
/// positions into clean 5-minute NSR excerpts and Polar H10 recordings, at rates of 1–5 % of beats; the default
/// Lipponen–Tarvainen detection must find them (sensitivity ≥ 95 %) without false alarms (PPV ≥ 95 %) for each type,
/// and after correction RMSSD must be within 5 % and SDNN within 2 % of the clean series, as a mean over the runs of
/// each type (the statistic Lipponen &amp; Tarvainen 2019 report), with at least 85 % of single runs within both.
/// </summary>
/// <remarks>
/// <para>Why the bounds are not asserted for every single run: they are out of reach of the correction the issue
/// prescribes even with perfect detection. <see cref="ArtifactCorrection.CorrectKnown"/> applies the same correction to
/// the true injected positions and types; it too leaves runs outside the bounds (46 of 1,100: interpolating 10 % of
/// the intervals of a 100-beat recording with RMSSD 60–90 ms, or splitting merged intervals in halves, removes more
/// true variability than 2 % of SDNN). Automatic detection adds misses on the high-variability Polar recordings, where
/// some injected 25–40 % long or short intervals are no larger than the natural beat-to-beat swings (subject 15: the
/// largest natural deviation from the neighbours' mean is 124 ms; a 25 % long interval adds 214 ms). The docs/validation.md table
/// (checked by <see cref="Readme_InjectionTable_IsWhatTheCodeComputes"/>) shows both.</para>
/// <para>Clean files: those in which the method flags nothing before injection (some Polar recordings contain large
/// natural beat-to-beat swings that it flags; they are not used because their truth is unknown). The test asserts
/// that enough files remain.</para>
/// <para>Scoring, aggregated per type over all files, rates and seeds: a detection of type X at input index d
/// matches an injected artifact of type X at index p when |d − p| ≤ 1 (one-to-one). Sensitivity = matched injected /
/// injected; PPV = matched detections / all detections of type X in every run (detections of X in runs injecting
/// another type count as false positives of X).</para>
/// <para>Injected shapes (u drawn uniformly): ectopic = premature beat with full compensatory pause, interval p
/// shortened by u ∈ [20, 35] % and the next lengthened by the same amount in ms; missed = intervals p and p+1 merged;
/// extra = interval p split at a fraction u ∈ [30, 70] %; long = interval p lengthened by u ∈ [25, 40] %; short =
/// interval p shortened by u ∈ [25, 40] %. Positions are at least 6 beats from the ends and 8 beats apart.</para>
/// </remarks>
[TestFixture]
public class ArtifactInjectionTests
{
    private static readonly ArtifactType[] Types =
        [ArtifactType.Ectopic, ArtifactType.Missed, ArtifactType.Extra, ArtifactType.Long, ArtifactType.Short];

    private static readonly Lazy<Results> Outcome = new(Run);

    [TestCaseSource(nameof(Types))]
    public void Clean_InjectedArtifacts_SensitivityAtLeast95Percent(ArtifactType type)
    {
        var r = Outcome.Value;
        var injected = r.Injected[type];
        Assert.That(injected, Is.GreaterThan(100), "too few injected artifacts for a meaningful rate");
        var sensitivity = 100.0 * r.Found[type] / injected;
        TestContext.Out.WriteLine($"{type}: injected {injected}, found {r.Found[type]}, sensitivity {sensitivity:F1} %");
        Assert.That(sensitivity, Is.GreaterThanOrEqualTo(95));
    }

    [TestCaseSource(nameof(Types))]
    public void Clean_InjectedArtifacts_PositivePredictiveValueAtLeast95Percent(ArtifactType type)
    {
        var r = Outcome.Value;
        var detected = r.Detected[type];
        Assert.That(detected, Is.GreaterThan(100));
        var ppv = 100.0 * r.TruePositives[type] / detected;
        TestContext.Out.WriteLine($"{type}: detected {detected}, true {r.TruePositives[type]}, PPV {ppv:F1} %");
        Assert.That(ppv, Is.GreaterThanOrEqualTo(95));
    }

    [TestCaseSource(nameof(Types))]
    public void Clean_InjectedArtifacts_RmssdWithin5PercentOfClean(ArtifactType type)
    {
        var errors = Outcome.Value.RmssdErrorPercent[type];
        TestContext.Out.WriteLine($"{type}: {errors.Count} runs, RMSSD error mean {errors.Average():F2} %, 90th percentile {Percentile(errors, 0.9):F2} %, worst {errors.Max():F2} %");
        Assert.That(errors.Average(), Is.LessThanOrEqualTo(5.0));
    }

    [TestCaseSource(nameof(Types))]
    public void Clean_InjectedArtifacts_SdnnWithin2PercentOfClean(ArtifactType type)
    {
        var errors = Outcome.Value.SdnnErrorPercent[type];
        TestContext.Out.WriteLine($"{type}: {errors.Count} runs, SDNN error mean {errors.Average():F2} %, 90th percentile {Percentile(errors, 0.9):F2} %, worst {errors.Max():F2} %");
        Assert.That(errors.Average(), Is.LessThanOrEqualTo(2.0));
    }

    [TestCaseSource(nameof(Types))]
    public void Clean_InjectedArtifacts_AtLeast85PercentOfRunsWithinBothBounds(ArtifactType type)
    {
        var r = Outcome.Value;
        var within = 100.0 * WithinBoth(r.RmssdErrorPercent[type], r.SdnnErrorPercent[type]) / r.RmssdErrorPercent[type].Count;
        var perfect = 100.0 * WithinBoth(r.PerfectRmssdErrorPercent[type], r.PerfectSdnnErrorPercent[type]) / r.RmssdErrorPercent[type].Count;
        TestContext.Out.WriteLine($"{type}: RMSSD ≤ 5 % and SDNN ≤ 2 % in {within:F1} % of runs; with perfect detection {perfect:F1} %");
        Assert.That(within, Is.GreaterThanOrEqualTo(85));
    }

    [Test]
    public void ValidationPage_InjectionTable_IsWhatTheCodeComputes()
    {
        var r = Outcome.Value;
        var sb = new StringBuilder();
        sb.AppendLine("| type | sensitivity | PPV | mean RMSSD error | mean SDNN error | runs with RMSSD ≤ 5 % and SDNN ≤ 2 % | same, perfect detection | worst RMSSD / SDNN error |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var type in Types)
        {
            var runs = r.RmssdErrorPercent[type].Count;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {type.ToString().ToLowerInvariant()} | {100.0 * r.Found[type] / r.Injected[type]:0.0} % | {100.0 * r.TruePositives[type] / r.Detected[type]:0.0} % | " +
                $"{r.RmssdErrorPercent[type].Average():0.00} % | {r.SdnnErrorPercent[type].Average():0.00} % | " +
                $"{100.0 * WithinBoth(r.RmssdErrorPercent[type], r.SdnnErrorPercent[type]) / runs:0.0} % | " +
                $"{100.0 * WithinBoth(r.PerfectRmssdErrorPercent[type], r.PerfectSdnnErrorPercent[type]) / runs:0.0} % | " +
                $"{r.RmssdErrorPercent[type].Max():0.0} % / {r.SdnnErrorPercent[type].Max():0.0} % |"));
        }

        HrResponse.Tests.Docs.DocsPage.AssertContains("validation.md", sb.ToString(), "injection-results.md");
    }

    private static int WithinBoth(List<double> rmssdErrors, List<double> sdnnErrors) =>
        rmssdErrors.Zip(sdnnErrors).Count(e => e.First <= 5.0 && e.Second <= 2.0);

    [Test]
    public void Clean_InjectionFiles_EnoughCleanRecordings()
    {
        var r = Outcome.Value;
        TestContext.Out.WriteLine($"clean NSR files {r.NsrFiles}, clean Polar files {r.PolarFiles}");
        Assert.That(r.NsrFiles, Is.GreaterThanOrEqualTo(5));
        Assert.That(r.PolarFiles, Is.GreaterThanOrEqualTo(10));
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)(p * (sorted.Count - 1))];
    }

    private static Results Run()
    {
        var results = new Results();
        var files = new List<(string Path, bool Nsr)>();
        files.AddRange(Directory.GetFiles(SharedData.Data("nsr2db_5min"), "*.csv").Order().Select(p => (p, true)));
        files.AddRange(Directory.GetFiles(SharedData.Data("welltory_polar_h10"), "*.csv").Order().Select(p => (p, false)));
        var fileNo = 0;
        foreach (var (path, nsr) in files)
        {
            fileNo++;
            var clean = QualityTestData.ReadRrColumn(path);
            if (ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(clean)).Quality.Artifacts.Count > 0) continue;
            if (nsr) results.NsrFiles++;
            else results.PolarFiles++;
            var rmssd = QualityTestData.Rmssd(clean);
            var sdnn = QualityTestData.Sdnn(clean);
            for (var ti = 0; ti < Types.Length; ti++)
            {
                for (var ratePercent = 1; ratePercent <= 5; ratePercent++)
                {
                    for (var seed = 0; seed < 2; seed++)
                    {
                        var random = new Random((fileNo * 1000) + (ti * 100) + (ratePercent * 10) + seed);
                        var (series, truth) = Inject(clean, Types[ti], ratePercent, random);
                        var cleaned = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(series));
                        Score(results, Types[ti], truth, cleaned.Quality.Artifacts);
                        var rr = cleaned.Intervals.Milliseconds;
                        results.RmssdErrorPercent[Types[ti]].Add(100 * Math.Abs(QualityTestData.Rmssd(rr, cleaned.Intervals.GapBefore) - rmssd) / rmssd);
                        results.SdnnErrorPercent[Types[ti]].Add(100 * Math.Abs(QualityTestData.Sdnn(rr) - sdnn) / sdnn);
                        var perfect = ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(series), truth.Select(p => (p, Types[ti])), ArtifactCorrectionOptions.Default);
                        var prr = perfect.Intervals.Milliseconds;
                        results.PerfectRmssdErrorPercent[Types[ti]].Add(100 * Math.Abs(QualityTestData.Rmssd(prr, perfect.Intervals.GapBefore) - rmssd) / rmssd);
                        results.PerfectSdnnErrorPercent[Types[ti]].Add(100 * Math.Abs(QualityTestData.Sdnn(prr) - sdnn) / sdnn);
                    }
                }
            }
        }

        return results;
    }

    private static void Score(Results results, ArtifactType type, List<int> truth, IReadOnlyList<DetectedArtifact> found)
    {
        results.Injected[type] += truth.Count;
        var matched = new bool[truth.Count];
        foreach (var a in found)
        {
            if (!results.Detected.ContainsKey(a.Type)) continue;
            results.Detected[a.Type]++;
            if (a.Type != type) continue;
            for (var k = 0; k < truth.Count; k++)
            {
                if (matched[k] || Math.Abs(truth[k] - a.Index) > 1) continue;
                matched[k] = true;
                results.TruePositives[type]++;
                results.Found[type]++;
                break;
            }
        }
    }

    private static (double[] Series, List<int> Truth) Inject(double[] clean, ArtifactType type, int ratePercent, Random random)
    {
        var n = clean.Length;
        var wanted = Math.Max(1, (int)Math.Round(n * ratePercent / 100.0));
        var positions = new List<int>();
        for (var attempt = 0; attempt < 10_000 && positions.Count < wanted; attempt++)
        {
            var p = random.Next(6, n - 7);
            if (positions.All(q => Math.Abs(q - p) >= 8)) positions.Add(p);
        }

        positions.Sort();
        var series = new List<double>(clean);
        var truth = new List<int>();
        var shift = 0; // index shift from earlier missed (−1) or extra (+1) injections
        foreach (var p0 in positions)
        {
            var p = p0 + shift;
            switch (type)
            {
                case ArtifactType.Ectopic:
                {
                    var moved = series[p] * Uniform(random, 0.20, 0.35);
                    series[p] -= moved;
                    series[p + 1] += moved;
                    break;
                }

                case ArtifactType.Missed:
                    series[p] += series[p + 1];
                    series.RemoveAt(p + 1);
                    shift--;
                    break;
                case ArtifactType.Extra:
                {
                    var first = series[p] * Uniform(random, 0.30, 0.70);
                    series.Insert(p + 1, series[p] - first);
                    series[p] = first;
                    shift++;
                    break;
                }

                case ArtifactType.Long:
                    series[p] *= 1 + Uniform(random, 0.25, 0.40);
                    break;
                default:
                    series[p] *= 1 - Uniform(random, 0.25, 0.40);
                    break;
            }

            truth.Add(p);
        }

        return (series.ToArray(), truth);
    }

    private static double Uniform(Random random, double lo, double hi) => lo + (random.NextDouble() * (hi - lo));

    private sealed class Results
    {
        public int NsrFiles { get; set; }

        public int PolarFiles { get; set; }

        public Dictionary<ArtifactType, int> Injected { get; } = Types.ToDictionary(t => t, _ => 0);

        public Dictionary<ArtifactType, int> Found { get; } = Types.ToDictionary(t => t, _ => 0);

        public Dictionary<ArtifactType, int> Detected { get; } = Types.ToDictionary(t => t, _ => 0);

        public Dictionary<ArtifactType, int> TruePositives { get; } = Types.ToDictionary(t => t, _ => 0);

        public Dictionary<ArtifactType, List<double>> RmssdErrorPercent { get; } = Types.ToDictionary(t => t, _ => new List<double>());

        public Dictionary<ArtifactType, List<double>> SdnnErrorPercent { get; } = Types.ToDictionary(t => t, _ => new List<double>());

        public Dictionary<ArtifactType, List<double>> PerfectRmssdErrorPercent { get; } = Types.ToDictionary(t => t, _ => new List<double>());

        public Dictionary<ArtifactType, List<double>> PerfectSdnnErrorPercent { get; } = Types.ToDictionary(t => t, _ => new List<double>());
    }
}
