using System.Globalization;
using System.Text;
using HrResponse.Hrv;
using HrResponse.Quality;
using HrResponse.Io;

namespace HrResponse.Tests.Quality;

/// <summary>One clean recording of the benchmark.</summary>
internal sealed record BenchRecording(string Name, string Group, double[] Rr);

/// <summary>The clean recording: its size, share flagged by the method, RMSSD and the quality report's verdict.</summary>
internal sealed record BenchClean(string Group, int Beats, double FlaggedPercent, double Rmssd, double DetectionLimitPercent, bool Unreliable, string? UnreliableReason = null,
    int Flags = 0, int RecordingEventFlags = 0, BorderlineReview? Review = null)
{
    /// <summary>
    /// True when the clean recording's own RMSSD or SDNN depend on its borderline beats by more than 5 % / 2 %
    /// (<see cref="BorderlineReview.IndicesDependOnBorderlineBeats"/>): its "clean value" is then not determined by
    /// the detector to the precision the targets ask of a run.
    /// </summary>
    public bool DependsOnBorderline => Review?.IndicesDependOnBorderlineBeats == true;

    /// <summary>The clean recording's RMSSD range over its borderline decisions, when <see cref="DependsOnBorderline"/>.</summary>
    public string BorderlineText => Review is null ? string.Empty : string.Create(CultureInfo.InvariantCulture,
        $"indices depend on {Review.Beats.Count} borderline beat{(Review.Beats.Count == 1 ? "" : "s")} (RMSSD {Review.RmssdMs.Lowest:0.0}–{Review.RmssdMs.Highest:0.0} ms, ±{Review.RmssdMs.SpreadPercent:0.0} %; SDNN ±{Review.SdnnMs.SpreadPercent:0.0} %)");

    /// <summary>
    /// Share of the clean stretch's beats flagged other than as events of the recording (displaced beats,
    /// <see cref="RecordingEvents.IsDisplacedBeat"/>, and intervals reached or left by a step beyond the sinus limits,
    /// <see cref="RecordingEvents.IsBeyondSinusLimits"/>), in percent: the flags the fewer-than-0.5 % target is about
    /// once the recording's own events, which the method is right to flag, are set aside.
    /// </summary>
    public double FlaggedOtherThanEventsPercent => 100.0 * (Flags - RecordingEventFlags) / Beats;

    /// <summary>
    /// True when the clean stretch's flags that are not events of the recording are fewer than 0.5 % of its beats
    /// (before 2026-12-05 the rows asked every flag to be a displaced beat: test_08's 4 displaced beats and 1 other flag
    /// among 907 beats, 0.11 % flagged otherwise, missed the target for its real displaced beats).
    /// </summary>
    public bool UnderTargetBesideRecordingEvents => Flags > 0 && FlaggedOtherThanEventsPercent < 0.5;

    /// <summary>The clean stretch's share flagged, with how many of the flags are events of the recording.</summary>
    public string FlaggedText => string.Create(CultureInfo.InvariantCulture,
        $"{FlaggedPercent:0.00} % flagged ({RecordingEventFlags} of {Flags} flags events of the recording: displaced beats or steps beyond the sinus limits; {FlaggedOtherThanEventsPercent:0.00} % otherwise)");

    /// <summary>Short form of the reason for the table.</summary>
    public string ShortReason => UnreliableReason is null ? string.Empty : UnreliableReason.StartsWith("detection limit", StringComparison.Ordinal) ? "detection limit" : "flags as small as natural steps";
}

/// <summary>The outcome of one (recording, kind, rate, seed) run, errors in percent of the clean value (signed).</summary>
/// <remarks>
/// <see cref="WithinCleanBorderlineRange"/>: the clean recording's own indices depend on its borderline beats by
/// more than 5 % / 2 % (<see cref="BenchClean.DependsOnBorderline"/>), and the run's RMSSD and SDNN lie within 5 %
/// / 2 % of the range they take over the clean recording's three cleanings (thresholds as given and ±10 %): the run
/// agrees with a cleaning of the clean recording that is as valid as the reference, and no detector's reference
/// is better defined than that.
/// <see cref="OutWithEveryFlagRight"/>: the run is out of RMSSD 5 % / SDNN 2 % even with every flag right — the injected
/// artifacts and the clean recording's own flags corrected by the same correction (<c>ArtifactCorrection.CorrectKnown</c>),
/// against the clean recording corrected by its own flags alone, the reference the run itself is held to. Such a run is
/// lost to what the artifacts destroyed (the beat-to-beat steps a correction cannot restore), not to detection.
/// <see cref="PerfectWithin"/> takes the injected artifacts alone against the uncorrected recording, whose natural
/// artifacts then stay in both series and dilute the error.
/// </remarks>
internal sealed record BenchRun(
    string Recording, string Kind, double RatePercent, int Seed, int Injected, int Found, int Detections, int TrueDetections,
    double RmssdError, double SdnnError, double LfError, double HfError, double Alpha1Error,
    double PerfectRmssdError = double.NaN, double PerfectSdnnError = double.NaN,
    double RmssdBound = double.NaN, double SdnnBound = double.NaN, double PerfectRmssdBound = double.NaN, double PerfectSdnnBound = double.NaN,
    int MissesNotEarly = 0, int MissesPauseNotCompensating = 0, int FalseAlarmsBesideArtifacts = 0,
    int MissesBeyondLocalLimit = 0, int FalseAlarmsBeyondLocalLimit = 0, int InjectedOnNaturalFlags = 0,
    int MissesForReview = 0, int FalseAlarmsForReview = 0, int ReviewCount = 0, int Length = 0, bool WithinCleanBorderlineRange = false,
    int MissesWithinNeighbours = 0, int MissesReadAsPremature = 0, int FalseAlarmsPhysical = 0, bool OutWithEveryFlagRight = false,
    TargetScore? Targets = null)
{
    /// <summary>
    /// True when the run has detection errors (missed artifacts or false alarms) and every one of them lies where the
    /// quality report warns that the local detection limit is exceeded (ProblemCode.DetectionLimitExceededLocally):
    /// natural beat-to-beat steps there are as large as the artifacts.
    /// </summary>
    /// <remarks>
    /// <see cref="InjectedOnNaturalFlags"/> counts the injected artifacts within two intervals of a beat the method flags
    /// on the clean recording (a natural displaced beat): the benchmark compares with the corrected clean recording, and
    /// an artifact that merges with or replaces one interval of such a beat leaves its other interval, which the clean
    /// recording's correction changed, as a natural-looking interval. Reported, not excused.
    /// </remarks>
    public bool ErrorsAllBeyondLocalLimit =>
        (Injected - Found) + (Detections - TrueDetections) > 0
        && MissesBeyondLocalLimit == Injected - Found && FalseAlarmsBeyondLocalLimit == Detections - TrueDetections;

    /// <summary>Missed artifacts with a physical reason (<see cref="MissReason"/> other than Other).</summary>
    public int MissesPhysical => MissesNotEarly + MissesPauseNotCompensating + MissesBeyondLocalLimit + MissesWithinNeighbours + MissesReadAsPremature;

    /// <summary>
    /// True when the run has detection errors and each has a physical reason: every miss (<see cref="MissesPhysical"/>)
    /// and every false alarm (<see cref="FalseAlarmsPhysical"/>: beyond the local detection limit, or on the intervals
    /// of an artifact missed for a physical reason, <see cref="MissClassification.OnPhysicalMiss"/>). The RMSSD/SDNN
    /// error of such a run is what those undecidable beats leave; <see cref="ErrorsAllBeyondLocalLimit"/> is the case
    /// where the local limit explains all.
    /// </summary>
    public bool ErrorsAllPhysical =>
        (Injected - Found) + (Detections - TrueDetections) > 0
        && MissesPhysical == Injected - Found && FalseAlarmsPhysical == Detections - TrueDetections;

    /// <summary>True when the quality report's 95 % bounds (RmssdCorrectionUncertaintyPercent, SdnnCorrectionUncertaintyPercent) hold the actual errors.</summary>
    public bool BoundsHold => Math.Abs(RmssdError) <= RmssdBound && Math.Abs(SdnnError) <= SdnnBound;

    /// <summary>The same with perfect detection.</summary>
    public bool PerfectBoundsHold => Math.Abs(PerfectRmssdError) <= PerfectRmssdBound && Math.Abs(PerfectSdnnError) <= PerfectSdnnBound;

    /// <summary>True when the quality report warns that the correction leaves RMSSD or SDNN beyond 5 % / 2 % (ProblemCode.CorrectionUncertain).</summary>
    public bool Warned => RmssdBound > 5 || SdnnBound > 2;

    /// <summary>True when RMSSD is within 5 % and SDNN within 2 % of the clean values.</summary>
    public bool Within => Math.Abs(RmssdError) <= 5 && Math.Abs(SdnnError) <= 2;

    /// <summary>
    /// True when the run is <see cref="Within"/>, or out for a reason the rows excuse (out with every flag right too,
    /// every detection error of a physical kind, or within the clean recording's own borderline range) and not beyond
    /// 20 % RMSSD: the share of runs the issue's ≥ 95 % target is about once the physically undecidable runs are set
    /// aside, the same rule as the rows'.
    /// </summary>
    public bool WithinOrOutForAPhysicalReason =>
        Within || (Math.Abs(RmssdError) <= 20 && ((OutWithEveryFlagRight && NoDetectionErrorWithoutAPhysicalReason) || ErrorsAllPhysical || WithinCleanBorderlineRange));

    /// <summary>
    /// True when every detection error of the run (none at all included) has a physical reason: out with every flag
    /// right excuses a run only then, for a run whose detector errors of no physical kind moved its indices is lost to
    /// detection, whatever the correction alone would have given (`subject_04` single seed 0: +9.4 % with a detector
    /// miss, −5.7 % with every flag right).
    /// </summary>
    public bool NoDetectionErrorWithoutAPhysicalReason =>
        MissesPhysical == Injected - Found && FalseAlarmsPhysical == Detections - TrueDetections;

    /// <summary>The same with perfect detection (the injected truth corrected by the same correction).</summary>
    public bool PerfectWithin => Math.Abs(PerfectRmssdError) <= 5 && Math.Abs(PerfectSdnnError) <= 2;

    public double Sensitivity => Injected == 0 ? 100 : 100.0 * Found / Injected;

    public double Ppv => Detections == 0 ? 100 : 100.0 * TrueDetections / Detections;
}

/// <summary>
/// Truth-knowing detection benchmark of issue 14: artifacts of each kind separately and mixed are injected
/// (<see cref="BeatQualityInjector"/>) into every clean RR recording of the shared data; each run is corrected with
/// the default options and compared with the corrected clean recording (so beats the method flags in the clean
/// recording itself, natural ectopy, are neither truth nor false alarms).
/// </summary>
/// <remarks>
/// Scoring per run: an injected artifact is found when a detection of the matching type lies within one interval of
/// it (premature → ectopic, missed → missed, extra → extra, single → long or short); PPV counts as true the
/// detections that match an injected artifact of that type, and ignores detections within one interval of a beat the
/// method flags in the clean recording.
/// </remarks>
internal static class BeatQualityBenchmark
{
    public static readonly string[] Kinds = ["premature", "missed", "extra", "single", "mixed"];

    public static IReadOnlyList<(InjectedKind Kind, double Percent)> Mix(string kind, double rate) => kind switch
    {
        "premature" => [(InjectedKind.Premature, rate)],
        "missed" => [(InjectedKind.Missed, rate)],
        "extra" => [(InjectedKind.Extra, rate)],
        "single" => [(InjectedKind.Single, rate)],
        _ => [(InjectedKind.Premature, rate * 0.4), (InjectedKind.Missed, rate * 0.2), (InjectedKind.Extra, rate * 0.2), (InjectedKind.Single, rate * 0.2)],
    };

    /// <summary>Shortest clean stretch used (the Polar H10 recordings have 89–102 beats).</summary>
    public const int MinimumBeats = 80;

    /// <summary>An interval further than this fraction from the median of its 11-beat neighbourhood is a natural artifact.</summary>
    public const double NaturalArtifactFraction = 0.3;

    /// <summary>
    /// The longest stretch of a recording without a natural artifact: every interval within 300–2500 ms and within
    /// <see cref="NaturalArtifactFraction"/> of the median of its 11-beat neighbourhood (a definition that does not
    /// depend on the detector under test). Whole recordings when they have none (all Polar H10 and 5-min NSR files).
    /// </summary>
    public static (int Start, int Length) LongestCleanStretch(double[] rr)
    {
        var n = rr.Length;
        var med = new double[n];
        HrResponse.Quality.Internal.RollingStatistics.Median(rr, 11, med);
        int bestStart = 0, bestLength = 0, start = 0;
        for (var i = 0; i <= n; i++)
        {
            var ok = i < n && rr[i] is >= 300 and <= 2500 && Math.Abs((rr[i] / med[i]) - 1) <= NaturalArtifactFraction;
            if (ok) continue;
            if (i - start > bestLength)
            {
                bestLength = i - start;
                bestStart = start;
            }

            start = i + 1;
        }

        // Leave the neighbours of the artifact that ended the stretch out (their median saw it).
        if (bestStart > 0)
        {
            bestStart += 5;
            bestLength -= 5;
        }

        if (bestStart + bestLength < n) bestLength -= 5;
        return (bestStart, Math.Max(0, bestLength));
    }

    /// <summary>The CI-size recordings (<see cref="Recordings"/> at 3,000 beats), read once per test run.</summary>
    public static IReadOnlyList<BenchRecording> CiRecordings => CiRecordingList.Value;

    private static readonly Lazy<List<BenchRecording>> CiRecordingList = new(() => Recordings(3000));

    /// <summary>The clean stretch of a CI benchmark recording.</summary>
    public static double[] CleanStretch(string name) => CiRecordings.Single(r => r.Name == name).Rr;

    /// <summary>A CI run's RMSSD against the corrected clean stretch's, as a fraction (the benchmark's RMSSD error).</summary>
    public static double RmssdErrorAgainstTheCleanStretch(string name, CleanedRrIntervals run)
    {
        var clean = ArtifactCorrection.Clean(CleanStretch(name)).Intervals;
        return (QualityTestData.Rmssd(run.Intervals.Milliseconds, run.Intervals.GapBefore) / QualityTestData.Rmssd(clean.Milliseconds, clean.GapBefore)) - 1;
    }

    /// <summary>The series of one CI benchmark run (the recording's clean stretch, the kind at 5 %, the seed) and what was injected.</summary>
    public static double[] CiRun(string name, string kind, int seed, out List<InjectedArtifact> truth) =>
        InjectedRun(name, CleanStretch(name), kind, 5, seed, out truth);

    /// <summary>
    /// The series of one benchmark run on <paramref name="clean"/> (the clean stretch of recording
    /// <paramref name="name"/>): the kind at <paramref name="ratePercent"/>, the seed, as <see cref="Run"/> injects it.
    /// </summary>
    public static double[] InjectedRun(string name, double[] clean, string kind, double ratePercent, int seed, out List<InjectedArtifact> truth)
    {
        var k = Array.IndexOf(Kinds, kind);
        (var series, truth) = BeatQualityInjector.InjectMapped(clean, Mix(kind, ratePercent), new Random(StableSeed(name, k, ratePercent, seed)), out _);
        return series;
    }

    /// <summary>
    /// The recordings: the longest clean stretch (<see cref="LongestCleanStretch"/>) of every RR file of the shared
    /// data, cut to <paramref name="maxBeats"/>.
    /// </summary>
    public static List<BenchRecording> Recordings(int maxBeats) =>
        [.. Sources().Select(s => Load(s, maxBeats)).OfType<BenchRecording>()];

    /// <summary>The recording <paramref name="name"/> as <see cref="Recordings"/> gives it, reading only its file.</summary>
    public static BenchRecording Recording(string name, int maxBeats) =>
        Load(Sources().Single(s => Path.GetFileNameWithoutExtension(s.Path) == name), maxBeats)
        ?? throw new InvalidOperationException($"{name} has no clean stretch of {MinimumBeats} beats");

    // Every RR file of the shared data the benchmark uses, with its group and reader, in benchmark order.
    private static IEnumerable<(string Group, string Path, Func<string, double[]> Read)> Sources()
    {
        IEnumerable<(string, string, Func<string, double[]>)> Files(string folder, string pattern, string group, Func<string, double[]> read) =>
            Directory.GetFiles(SharedData.Data(folder), pattern).Order().Select(f => (group, f, read));
        return Files("welltory_polar_h10", "*.csv", "polar-h10", QualityTestData.ReadRrColumn)
            .Concat(Files("nsr2db_5min", "*.csv", "nsr-5min", QualityTestData.ReadRrColumn))
            .Concat(Files("rr-interval-healthy-subjects", "*.csv", "healthy-24h", QualityTestData.ReadRrColumn))
            .Concat(Files("nsr2db", "*.csv", "nsr-24h", ReadSecondColumnIfPresent))
            .Concat(Files("actes", "test_*.csv", "exercise", ReadColumn(1)))
            .Concat(Files("fatmaxxer", "*.csv", "exercise", ReadColumn(1)))
            .Concat(Files("orthostatic-stand", "*_rr.csv", "polar-h10", ReadOpened))
            .Concat(Files("cardiocurver_exercise", "*.csv", "exercise", ReadOpened))
            .Concat(Files("device-files", "*", "device", ReadOpened).Where(s => Path.GetExtension(s.Item2).ToLowerInvariant() is ".txt" or ".fit"));
    }

    // Beats as the library opens the file (RR text logs, FIT HRV messages, ...); the longest run without a gap, so that
    // the clean stretch never crosses one.
    private static double[] ReadOpened(string path)
    {
        var beats = RecordingReader.Open(path).Recording.Beats;
        var rr = beats.Milliseconds;
        var (best, bestLength, start) = (0, 0, 0);
        for (var i = 1; i <= rr.Length; i++)
        {
            if (i < rr.Length && !beats.GapBefore[i]) continue;
            if (i - start > bestLength) (best, bestLength) = (start, i - start);
            start = i;
        }

        return rr.Slice(best, bestLength).ToArray();
    }

    // The longest clean stretch of one file cut to maxBeats, or null when it is shorter than MinimumBeats.
    private static BenchRecording? Load((string Group, string Path, Func<string, double[]> Read) source, int maxBeats)
    {
        var all = source.Read(source.Path);
        var (start, length) = LongestCleanStretch(all);
        return length < MinimumBeats
            ? null
            : new BenchRecording(Path.GetFileNameWithoutExtension(source.Path), source.Group, all[start..(start + Math.Min(length, maxBeats))]);
    }

    private static Func<string, double[]> ReadColumn(int column) => path =>
        File.ReadLines(path).Skip(1).Select(l => l.Split(',')).Where(c => c.Length > column && c[column].Trim().Length > 0)
            .Select(c => double.Parse(c[column], CultureInfo.InvariantCulture)).ToArray();

    private static double[] ReadSecondColumnIfPresent(string path)
    {
        var header = File.ReadLines(path).First().Split(',');
        var col = Array.FindIndex(header, h => h.Trim().StartsWith("rr", StringComparison.OrdinalIgnoreCase));
        return ReadColumn(col < 0 ? 0 : col)(path);
    }

    /// <summary>Runs every recording × kind × rate × seed.</summary>
    public static (List<BenchRun> Runs, Dictionary<string, BenchClean> Clean) Run(
        List<BenchRecording> recordings, double[] rates, int seeds, bool spectral = true)
    {
        var runs = new List<BenchRun>();
        var clean = new Dictionary<string, BenchClean>();
        foreach (var rec in recordings)
        {
            var baseline = ArtifactCorrection.Clean(rec.Rr);
            var natural = RecordingEvents.FlaggedIntervals(baseline.Quality.Artifacts);
            var naturalFlags = NaturalFlags(baseline.Quality);
            var cleanKnown = RmssdSdnn(ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(rec.Rr), naturalFlags, ArtifactCorrectionOptions.Default).Intervals);
            var b = Measure(baseline.Intervals, spectral);
            var rawRmssd = QualityTestData.Rmssd(rec.Rr);
            var rawSdnn = QualityTestData.Sdnn(rec.Rr);
            var cleanReview = ArtifactCorrection.ReviewBorderline(RrIntervals.FromMilliseconds(rec.Rr));
            clean[rec.Name] = new BenchClean(rec.Group, rec.Rr.Length, 100.0 * baseline.Quality.ArtifactCount / rec.Rr.Length, b.Rmssd, baseline.Quality.DetectionLimitPercent, baseline.Quality.IndicesUnreliable == true, baseline.Quality.IndicesUnreliableReason,
                baseline.Quality.ArtifactCount, RecordingEvents.Count(rec.Rr, baseline.Quality.Artifacts), cleanReview);
            for (var ki = 0; ki < Kinds.Length; ki++)
            {
                foreach (var rate in rates)
                {
                    for (var seed = 0; seed < seeds; seed++)
                    {
                        var random = new Random(StableSeed(rec.Name, ki, rate, seed));
                        var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, Mix(Kinds[ki], rate), random, out var map);
                        var naturalHere = natural.Select(i => map[i]).ToHashSet();
                        var c = ArtifactCorrection.Clean(series);
                        var m = Measure(c.Intervals, spectral);
                        var (found, detections, trueDetections) = Score(truth, c.Quality.Artifacts, naturalHere, out var matched, out var falseAlarms);
                        var falseBeside = falseAlarms.Count(i => truth.Any(t => Math.Abs(t.Index - i) <= BesideBeats));
                        var beyondLimit = MissClassification.BeyondLocalLimit(c.Quality);
                        var missed = truth.Where((t, k) => !matched[k]).Select(t => (Artifact: t, Reason: MissClassification.ClassifyMiss(rec.Rr, series, map, t, beyondLimit))).ToList();
                        var misses = missed.Select(x => x.Reason).ToList();
                        // The intervals the tool lists for review on the run's series, as a user would see them (the
                        // borderline beats of ArtifactCorrection.ReviewBorderline and the report's NonSinusStepBeats and
                        // AmbiguousReadingBeats), and the detection errors among them.
                        var review = ArtifactCorrection.ReviewBorderline(RrIntervals.FromMilliseconds(series)).Beats.Select(x => x.Index)
                            .Concat(c.Quality.NonSinusStepBeats).Concat(c.Quality.AmbiguousReadingBeats).ToHashSet();
                        var perfectCleaned = ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(series), Known(rec.Rr, series, truth, map), ArtifactCorrectionOptions.Default);
                        var perfect = perfectCleaned.Intervals;
                        var everyFlag = RmssdSdnn(ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(series), EveryFlag(rec.Rr, series, truth, map, naturalFlags), ArtifactCorrectionOptions.Default).Intervals);
                        var everyFlagWithin = Math.Abs(Err(everyFlag.Rmssd, cleanKnown.Rmssd)) <= 5 && Math.Abs(Err(everyFlag.Sdnn, cleanKnown.Sdnn)) <= 2;
                        runs.Add(new BenchRun(rec.Name, Kinds[ki], rate, seed, truth.Count, found, detections, trueDetections,
                            Err(m.Rmssd, b.Rmssd), Err(m.Sdnn, b.Sdnn), Err(m.Lf, b.Lf), Err(m.Hf, b.Hf), Err(m.Alpha1, b.Alpha1),
                            Err(QualityTestData.Rmssd(perfect.Milliseconds, perfect.GapBefore), rawRmssd), Err(QualityTestData.Sdnn(perfect.Milliseconds), rawSdnn),
                            c.Quality.RmssdCorrectionUncertaintyPercent, c.Quality.SdnnCorrectionUncertaintyPercent,
                            perfectCleaned.Quality.RmssdCorrectionUncertaintyPercent, perfectCleaned.Quality.SdnnCorrectionUncertaintyPercent,
                            misses.Count(x => x == MissReason.NotEarly), misses.Count(x => x == MissReason.PauseNotCompensating), falseBeside,
                            misses.Count(x => x == MissReason.BeyondLocalLimit), falseAlarms.Count(i => MissClassification.NearAny(beyondLimit, i)),
                            truth.Count(t => naturalHere.Any(n => Math.Abs(n - t.Index) <= 2)),
                            truth.Where((t, k) => !matched[k]).Count(t => MissClassification.NearAny(review, t.Index)), falseAlarms.Count(i => MissClassification.NearAny(review, i)),
                            review.Count, series.Length,
                            cleanReview.IndicesDependOnBorderlineBeats
                                && OffRangePercent(m.Rmssd, cleanReview.RmssdMs, b.Rmssd) <= 5 && OffRangePercent(m.Sdnn, cleanReview.SdnnMs, b.Sdnn) <= 2,
                            MissesWithinNeighbours: misses.Count(x => x == MissReason.WithinNeighbours),
                            MissesReadAsPremature: misses.Count(x => x == MissReason.ReadsAsPrematureBeat),
                            FalseAlarmsPhysical: falseAlarms.Count(i => MissClassification.NearAny(beyondLimit, i) || MissClassification.OnPhysicalMiss(i, missed)),
                            OutWithEveryFlagRight: !everyFlagWithin,
                            Targets: Kinds[ki] switch
                            {
                                "single" => null,
                                "mixed" => TargetScore.OfMixed(rec.Rr, series, map, truth, c.Quality.Artifacts, naturalHere, beyondLimit, missed),
                                _ => new TargetScore(truth.Count, found, detections, trueDetections, misses.Count(x => x != MissReason.Other),
                                    falseAlarms.Count(i => MissClassification.NearAny(beyondLimit, i) || MissClassification.OnPhysicalMiss(i, missed))),
                            }));
                    }
                }
            }
        }

        return (runs, clean);
    }

    /// <summary>
    /// Perfect detection: every injected artifact with its type (a single interval ×1.35 is long, ×0.7 short), in
    /// input order. Its errors are taken against the uncorrected clean recording, so they measure what the correction
    /// of the injected artifacts alone costs (natural artifacts stay in both series).
    /// </summary>
    public static List<(int Index, ArtifactType Type)> Known(double[] clean, double[] series, List<InjectedArtifact> truth, int[] map)
    {
        var inverse = new Dictionary<int, int>();
        for (var i = 0; i < map.Length; i++) inverse[map[i]] = i;
        return [.. truth.Select(t => (t.Index, t.Kind switch
        {
            InjectedKind.Premature => ArtifactType.Ectopic,
            InjectedKind.Missed => ArtifactType.Missed,
            InjectedKind.Extra => ArtifactType.Extra,
            _ => series[t.Index] > clean[inverse[t.Index]] ? ArtifactType.Long : ArtifactType.Short,
        }))];
    }

    /// <summary>The flags the method raises on a clean recording (natural artifacts), without dropouts and discontinuities.</summary>
    public static List<(int Index, ArtifactType Type)> NaturalFlags(QualityReport clean) =>
        [.. clean.Artifacts.Where(a => a.Type is not (ArtifactType.Dropout or ArtifactType.Discontinuity)).Select(a => (a.Index, a.Type))];

    /// <summary>
    /// Every flag right: the injected artifacts with their types (<see cref="Known"/>) and the clean recording's own
    /// flags (<paramref name="naturalFlags"/>, mapped into the run) where no artifact was injected, in input order. Where
    /// an artifact was injected onto the first interval of a natural ectopic pair, the pair's second interval (its
    /// pause, still as recorded) stays flagged, as a long interval.
    /// </summary>
    public static List<(int Index, ArtifactType Type)> EveryFlag(double[] clean, double[] series, List<InjectedArtifact> truth, int[] map,
        IEnumerable<(int Index, ArtifactType Type)> naturalFlags)
    {
        var injectedAt = truth.Select(t => t.Index).ToHashSet();
        var natural = new List<(int Index, ArtifactType Type)>();
        foreach (var (index, type) in naturalFlags)
        {
            var at = map[index];
            if (!injectedAt.Contains(at)) natural.Add((at, type));
            else if (type == ArtifactType.Ectopic && index + 1 < map.Length && !injectedAt.Contains(map[index + 1])) natural.Add((map[index + 1], ArtifactType.Long));
        }

        return [.. Known(clean, series, truth, map).Concat(natural).OrderBy(a => a.Index)];
    }

    /// <summary>RMSSD and SDNN (ms) of a series, RMSSD over the differences within gap-free stretches.</summary>
    public static (double Rmssd, double Sdnn) RmssdSdnn(RrIntervals rr) => (QualityTestData.Rmssd(rr.Milliseconds, rr.GapBefore), QualityTestData.Sdnn(rr.Milliseconds));

    public static int StableSeed(string name, int kind, double rate, int seed)
    {
        var h = 17;
        foreach (var ch in name) h = (h * 31) + ch;
        return (h * 1_000_003) + (kind * 10_007) + ((int)(rate * 10) * 101) + seed;
    }

    private static double Err(double value, double reference) => 100.0 * (value - reference) / reference;

    // How far a value lies outside a range, in percent of the reference (0 inside it).
    private static double OffRangePercent(double value, IndexRange range, double reference) =>
        100.0 * Math.Max(0, Math.Max(range.Lowest - value, value - range.Highest)) / reference;

    private static (double Rmssd, double Sdnn, double Lf, double Hf, double Alpha1) Measure(RrIntervals rr, bool spectral)
    {
        var ms = rr.Milliseconds;
        var rmssd = QualityTestData.Rmssd(ms, rr.GapBefore);
        var sdnn = QualityTestData.Sdnn(ms);
        double lf = double.NaN, hf = double.NaN, a1 = double.NaN;
        if (spectral)
        {
            var f = FrequencyDomainAnalysis.Compute(rr);
            lf = f.LfPowerMs2;
            hf = f.HfPowerMs2;
            a1 = NonlinearAnalysis.Dfa(ms).Alpha1.Alpha;
        }

        return (rmssd, sdnn, lf, hf, a1);
    }

    private static bool Matches(InjectedKind kind, ArtifactType type) => kind switch
    {
        InjectedKind.Premature => type == ArtifactType.Ectopic,
        InjectedKind.Missed => type == ArtifactType.Missed,
        InjectedKind.Extra => type == ArtifactType.Extra,
        _ => type is ArtifactType.Long or ArtifactType.Short,
    };

    public static bool IsMatch(InjectedKind kind, ArtifactType type) => Matches(kind, type);

    /// <summary>Injected artifacts found, detections counted, and true detections of one run (see the remarks of this class).</summary>
    public static (int Found, int Detections, int TrueDetections) Score(List<InjectedArtifact> truth, IReadOnlyList<DetectedArtifact> found, HashSet<int> natural) =>
        Score(truth, found, natural, out _, out _);

    /// <summary>
    /// As <see cref="Score(List{InjectedArtifact}, IReadOnlyList{DetectedArtifact}, HashSet{int})"/>, with which injected
    /// artifacts were found and where the false alarms are (their indices).
    /// </summary>
    public static (int Found, int Detections, int TrueDetections) Score(List<InjectedArtifact> truth, IReadOnlyList<DetectedArtifact> found,
        HashSet<int> natural, out bool[] matched, out List<int> falseAlarms)
    {
        matched = new bool[truth.Count];
        falseAlarms = [];
        int detections = 0, trueDetections = 0;
        foreach (var a in found)
        {
            if (a.Type is ArtifactType.Dropout or ArtifactType.Discontinuity) continue;
            var hit = -1;
            for (var k = 0; k < truth.Count; k++)
            {
                if (matched[k] || Math.Abs(truth[k].Index - a.Index) > 1 || !Matches(truth[k].Kind, a.Type)) continue;
                hit = k;
                break;
            }

            if (hit >= 0)
            {
                matched[hit] = true;
                detections++;
                trueDetections++;
                continue;
            }

            if (natural.Contains(a.Index) || natural.Contains(a.Index - 1) || natural.Contains(a.Index + 1)) continue;
            detections++;
            falseAlarms.Add(a.Index);
        }

        return (matched.Count(x => x), detections, trueDetections);
    }

    /// <summary>A false alarm within this many intervals of an injected artifact is counted as beside it.</summary>
    public const int BesideBeats = 3;

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Where(double.IsFinite).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[(int)Math.Round(p * (sorted.Count - 1))];
    }

    /// <summary>Markdown table: one row per (recording, kind) over all seeds at one rate.</summary>
    public static string Table(List<BenchRun> runs, Dictionary<string, BenchClean> clean, double rate)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| recording | group | beats | clean RMSSD ms | flagged clean | detection limit | kind | runs | min sens. | min PPV | abs. RMSSD err median / worst | abs. SDNN err median / worst | runs RMSSD ≤ 5 % & SDNN ≤ 2 % (perfect detection) | runs within the report's 95 % bounds (perfect detection) | abs. LF / HF / α1 err median | targets not met, and why |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var g in runs.Where(r => r.RatePercent == rate).GroupBy(r => (r.Recording, r.Kind)))
        {
            var c = clean[g.Key.Recording];
            var rs = g.ToList();
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {g.Key.Recording} | {c.Group} | {c.Beats} | {c.Rmssd:0.0} | {c.FlaggedPercent:0.00} % | {c.DetectionLimitPercent:0} %{(c.Unreliable ? $" (unreliable: {c.ShortReason})" : "")} | {g.Key.Kind} | {rs.Count} | {rs.Min(r => r.Sensitivity):0.0} % | {rs.Min(r => r.Ppv):0.0} % | " +
                $"{Percentile(rs.Select(r => Math.Abs(r.RmssdError)), 0.5):0.0} / {rs.Max(r => Math.Abs(r.RmssdError)):0.0} % | " +
                $"{Percentile(rs.Select(r => Math.Abs(r.SdnnError)), 0.5):0.0} / {rs.Max(r => Math.Abs(r.SdnnError)):0.0} % | " +
                $"{rs.Count(r => r.Within)} / {rs.Count} ({rs.Count(r => r.PerfectWithin)}) | " +
                $"{rs.Count(r => r.BoundsHold)} / {rs.Count} ({rs.Count(r => r.PerfectBoundsHold)}) | " +
                $"{Percentile(rs.Select(r => Math.Abs(r.LfError)), 0.5):0.0} / {Percentile(rs.Select(r => Math.Abs(r.HfError)), 0.5):0.0} / {Percentile(rs.Select(r => Math.Abs(r.Alpha1Error)), 0.5):0.0} % | " +
                $"{TargetsNotMet(g.Key.Kind, c, rs)} |"));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The runs of one row that miss each of the issue's per-run targets: sensitivity ≥ 99 % and PPV ≥ 98 % (premature,
    /// missed and extra beats only), RMSSD within 5 % and SDNN within 2 %, RMSSD within 20 %, and on the premature row
    /// the clean recording's share flagged (fewer than 0.5 %).
    /// </summary>
    private sealed record RowMisses(List<BenchRun> Sensitivity, List<BenchRun> Ppv, List<BenchRun> Outside, bool CleanFlags, int Far)
    {
        public static RowMisses Of(string kind, BenchClean clean, List<BenchRun> rs)
        {
            return new RowMisses(
                rs.Where(r => r.Targets is { Sensitivity: < 99 }).ToList(),
                rs.Where(r => r.Targets is { Ppv: < 98 }).ToList(),
                rs.Where(r => !r.Within).ToList(),
                kind == "premature" && clean.FlaggedPercent >= 0.5,
                rs.Count(r => Math.Abs(r.RmssdError) > 20));
        }

        public bool None => Sensitivity.Count == 0 && Ppv.Count == 0 && Outside.Count == 0 && !CleanFlags && Far == 0;
    }

    // The row's missed targets in words, each with its runs and what the truth says about them.
    private static string TargetsNotMet(string kind, BenchClean clean, List<BenchRun> rs)
    {
        var miss = RowMisses.Of(kind, clean, rs);
        var parts = new List<string>();
        if (clean.Unreliable) parts.Add($"report: indices unreliable ({clean.ShortReason})");
        if (clean.DependsOnBorderline && miss.Outside.Count > 0) parts.Add($"clean: {clean.BorderlineText}");
        if (miss.CleanFlags) parts.Add($"clean: {clean.FlaggedText}");
        if (miss.Sensitivity.Count > 0)
        {
            var sens = miss.Sensitivity;
            var missed = sens.Sum(r => r.Targets!.Injected - r.Targets.Found);
            var beyond = sens.Sum(r => r.MissesBeyondLocalLimit);
            var why = kind == "premature"
                ? $": {sens.Sum(r => r.MissesNotEarly)} not early, {sens.Sum(r => r.MissesPauseNotCompensating)} pause not compensating, {beyond} beyond the local detection limit, {missed - beyond - sens.Sum(r => r.MissesNotEarly + r.MissesPauseNotCompensating)} other"
                : $": {beyond} beyond the local detection limit, {missed - beyond} other";
            parts.Add(kind == "mixed"
                ? $"sens. {Runs(sens.Count)} ({missed} premature, missed or extra beats missed: {sens.Sum(r => r.Targets!.MissesPhysical)} for a physical reason, {missed - sens.Sum(r => r.Targets!.MissesPhysical)} other)"
                : $"sens. {Runs(sens.Count)} ({missed} missed{why}; {sens.Sum(r => r.MissesForReview)} listed for review)");
        }

        if (miss.Ppv.Count > 0)
        {
            var alarms = miss.Ppv.Sum(r => r.Targets!.Detections - r.Targets.TrueDetections);
            if (kind == "mixed")
                parts.Add($"PPV {Runs(miss.Ppv.Count)} ({alarms} false alarm{(alarms == 1 ? "" : "s")} typed ectopic, missed or extra, {miss.Ppv.Sum(r => r.Targets!.FalseAlarmsPhysical)} beyond the local detection limit or on the intervals of artifacts missed for a physical reason)");
            else
            parts.Add($"PPV {Runs(miss.Ppv.Count)} ({alarms} false alarm{(alarms == 1 ? "" : "s")}, {miss.Ppv.Sum(r => r.FalseAlarmsBesideArtifacts)} within {BesideBeats} beats of an artifact, {miss.Ppv.Sum(r => r.FalseAlarmsBeyondLocalLimit)} beyond the local detection limit, {miss.Ppv.Sum(r => r.FalseAlarmsPhysical - r.FalseAlarmsBeyondLocalLimit)} else on the intervals of artifacts missed for a physical reason, {miss.Ppv.Sum(r => r.FalseAlarmsForReview)} listed for review)");
        }

        if (miss.Outside.Count > 0)
            parts.Add($"RMSSD/SDNN {Runs(miss.Outside.Count)} ({miss.Outside.Count(r => r.OutWithEveryFlagRight)} out with every flag right too, {miss.Outside.Count(r => !r.OutWithEveryFlagRight && r.ErrorsAllBeyondLocalLimit)} else with every detection error beyond the local detection limit, {PhysicalErrorsText(miss.Outside.Count(r => !r.OutWithEveryFlagRight && !r.ErrorsAllBeyondLocalLimit && r.ErrorsAllPhysical))}{BorderlineRangeText(miss.Outside.Count(r => !r.OutWithEveryFlagRight && !r.ErrorsAllPhysical && r.WithinCleanBorderlineRange))}{miss.Outside.Count(r => r.InjectedOnNaturalFlags > 0)} with artifacts injected onto or beside beats flagged on the clean recording, {miss.Outside.Count(r => r.Warned)} warned)");
        if (miss.Far > 0) parts.Add($"RMSSD > 20 % {Runs(miss.Far)}");
        return parts.Count == 0 ? "met" : string.Join("; ", parts);

        static string Runs(int n) => $"{n} run{(n == 1 ? "" : "s")}";
        static string PhysicalErrorsText(int n) => n == 0 ? "" : $"{n} else with every detection error of a physical kind (a premature beat not early or whose pause does not compensate, a single interval within its neighbours' range or read as a premature beat with a natural pause after it, flags on such artifacts' own intervals, or beyond the local detection limit), ";
        static string BorderlineRangeText(int n) => n == 0 ? "" : $"{n} else within the clean recording's own borderline range, ";
    }

    private enum RowTargets { Met, MissedForAPhysicalReason, Missed }

    // Whether a row meets every per-run target of RowMisses; if not, whether every miss has a physical reason: a
    // premature beat not early or whose pause does not compensate (the intervals are those of the rhythm or of a ×0.7
    // interval), an artifact or false alarm among the beats the quality report warns about as beyond the local
    // detection limit (natural steps there as large as the artifacts: the issue's "indistinguishable from sinus
    // arrhythmia", said by the report for exactly those beats), RMSSD/SDNN out with every flag right too (BenchRun.OutWithEveryFlagRight; the
    // correction cannot restore the lost beat-to-beat step), with every detection error beyond the local limit, or
    // within the clean recording's own borderline range where that exceeds 5 % / 2 % (BenchRun.WithinCleanBorderlineRange),
    // with every detection error of a physical kind (BenchRun.ErrorsAllPhysical: misses of the kinds above or a single
    // interval within its neighbours' range, MissReason.WithinNeighbours; false alarms beyond the local limit), or
    // clean flags that, beside the events of the recording (IsDisplacedBeat, IsBeyondSinusLimits: rightly flagged), are fewer
    // than 0.5 % of its beats. A run beyond
    // 20 % RMSSD is never excused.
    private static RowTargets RowStatus(string kind, BenchClean clean, List<BenchRun> rs)
    {
        var miss = RowMisses.Of(kind, clean, rs);
        if (miss.None) return RowTargets.Met;
        var physical = miss.Sensitivity.All(r => r.Targets!.MissesAllPhysical)
            && miss.Ppv.All(r => r.Targets!.FalseAlarmsAllPhysical)
            && miss.Outside.All(r => r.WithinOrOutForAPhysicalReason)
            && (!miss.CleanFlags || clean.UnderTargetBesideRecordingEvents) && miss.Far == 0;
        return physical ? RowTargets.MissedForAPhysicalReason : RowTargets.Missed;
    }

    /// <summary>Percentage of <paramref name="runs"/> within RMSSD 5 % and SDNN 2 % (NaN when there are none).</summary>
    public static double WithinPercent(IEnumerable<BenchRun> runs)
    {
        var list = runs.ToList();
        return list.Count == 0 ? double.NaN : 100.0 * list.Count(r => r.Within) / list.Count;
    }

    /// <summary>Headline numbers over all runs at one rate.</summary>
    public static string Summary(List<BenchRun> runs, Dictionary<string, BenchClean> clean, double rate)
    {
        var sb = new StringBuilder();
        var at = runs.Where(r => r.RatePercent == rate && !clean[r.Recording].Unreliable).ToList();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Recordings {clean.Count}, of which the quality report calls {clean.Count(c => c.Value.Unreliable)} unreliable (left out of the lines below): {string.Join(", ", clean.Where(c => c.Value.Unreliable).Select(c => c.Key))}."));
        if (clean.Any(c => c.Value.Unreliable)) sb.AppendLine();
        foreach (var (name, c) in clean.Where(c => c.Value.Unreliable))
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {name} unreliable: {c.UnreliableReason}.");
        sb.AppendLine();
        foreach (var kind in Kinds)
        {
            var k = at.Where(r => r.Kind == kind).ToList();
            if (k.Count == 0) continue;
            var worst = k.MaxBy(r => Math.Abs(r.RmssdError))!;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"- {kind} @ {rate} %: runs {k.Count}, sens≥99 {k.Count(r => r.Sensitivity >= 99)}, PPV≥98 {k.Count(r => r.Ppv >= 98)}, {(kind == "mixed" ? $"over its premature, missed and extra beats (the targets' runs) sens≥99 {k.Count(r => r.Targets is { Sensitivity: >= 99 })} and PPV≥98 {k.Count(r => r.Targets is { Ppv: >= 98 })}, " : "")}" +
                $"within RMSSD5/SDNN2 {WithinPercent(k):0.0} % (or out only for a physical reason {100.0 * k.Count(r => r.WithinOrOutForAPhysicalReason) / k.Count:0.0} %), RMSSD>20 {k.Count(r => Math.Abs(r.RmssdError) > 20)}, " +
                $"worst RMSSD {worst.RmssdError:0.0} % ({worst.Recording} seed {worst.Seed}), with perfect detection within {100.0 * k.Count(r => r.PerfectWithin) / k.Count:0.0} % and RMSSD>20 {k.Count(r => Math.Abs(r.PerfectRmssdError) > 20)}, with every flag right (and the clean recording's own) within {100.0 * k.Count(r => !r.OutWithEveryFlagRight) / k.Count:0.0} %, pooled sens {100.0 * k.Sum(r => r.Found) / Math.Max(1, k.Sum(r => r.Injected)):0.0} %, pooled PPV {100.0 * k.Sum(r => r.TrueDetections) / Math.Max(1, k.Sum(r => r.Detections)):0.0} %, " +
                $"stated 95 % bounds hold {100.0 * k.Count(r => r.BoundsHold) / k.Count:0.0} % (perfect detection {100.0 * k.Count(r => r.PerfectBoundsHold) / k.Count:0.0} %), runs outside 5 % / 2 % warned {k.Count(r => !r.Within && r.Warned)} of {k.Count(r => !r.Within)}, runs > 20 % RMSSD warned {k.Count(r => Math.Abs(r.RmssdError) > 20 && r.Warned)} of {k.Count(r => Math.Abs(r.RmssdError) > 20)}, runs warned {k.Count(r => r.Warned)}, runs not warned within RMSSD5/SDNN2 {WithinPercent(k.Where(r => !r.Warned)):0.0} % of {k.Count(r => !r.Warned)}, listed for review (borderline, at a step beyond the sinus limits in the cleaned series or of an undecided reading, ±1 interval) {k.Sum(r => r.MissesForReview)} of {k.Sum(r => r.Injected - r.Found)} missed artifacts and {k.Sum(r => r.FalseAlarmsForReview)} of {k.Sum(r => r.Detections - r.TrueDetections)} false alarms, from review lists of {100.0 * k.Sum(r => r.ReviewCount) / k.Sum(r => r.Length):0.00} % of intervals"));
        }

        var rows = at.GroupBy(r => (r.Recording, r.Kind)).Select(g => (g.Key.Recording, g.Key.Kind, Status: RowStatus(g.Key.Kind, clean[g.Key.Recording], g.ToList()))).ToList();
        sb.AppendLine("- rows (recording × kind, reliable recordings) meeting every per-run target / met or missed only for a physical reason (premature beats not early or whose pause does not compensate; artifacts and false alarms where the report warns that the local detection limit is exceeded; single intervals within their neighbours' range or before a natural pause; RMSSD/SDNN out with every flag right too (the injected artifacts and the clean recording's own flags) and no detection error of another kind, with every detection error of these kinds, or within the clean recording's own borderline range where that exceeds 5 % / 2 %; clean flags under 0.5 % of beats beside events of the recording: displaced beats and steps beyond Kamath and Fallen's sinus limits; sensitivity and PPV of mixed runs over their premature, missed and extra beats): " +
            string.Join(", ", Kinds.Select(kind => $"{kind} {rows.Count(r => r.Kind == kind && r.Status == RowTargets.Met)} / {rows.Count(r => r.Kind == kind && r.Status != RowTargets.Missed)} of {rows.Count(r => r.Kind == kind)}")));
        sb.AppendLine("- rows missed without a physical reason: " + string.Join("; ", Kinds
            .Select(kind => (kind, names: rows.Where(r => r.Kind == kind && r.Status == RowTargets.Missed).Select(r => r.Recording).ToList()))
            .Where(k => k.names.Count > 0).Select(k => $"{k.kind} {string.Join(", ", k.names)}")));
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- clean recordings with ≥ 0.5 % of beats flagged: {clean.Count(c => c.Value.FlaggedPercent >= 0.5)} of {clean.Count}"));
        foreach (var (name, c) in clean.Where(c => c.Value.FlaggedPercent >= 0.5))
            sb.AppendLine($"- clean {name}: {c.FlaggedText}");
        return sb.ToString();
    }
}
