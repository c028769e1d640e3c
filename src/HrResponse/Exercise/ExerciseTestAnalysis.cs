using System.Globalization;
using HrResponse.Exercise.Internal;
using HrResponse.Hrv;
using HrResponse.Quality;

namespace HrResponse.Exercise;

/// <summary>
/// Analyses a graded exercise test (rest → exercise → recovery): phases, resting and peak heart rate, chronotropic
/// response and heart-rate recovery. Missing data (no exercise, short recovery, unknown age) gives NaN for the
/// affected indices and a message in <see cref="ExerciseTestReport.Problems"/>, never an exception.
/// </summary>
/// <remarks>
/// Heart rate comes from the beats when the recording has them (after screening, see
/// <see cref="ExerciseTestOptions.BeatScreening"/>), otherwise from the heart-rate samples (any rate, irregular
/// allowed). It is treated as a piecewise-linear curve through the samples; every "mean over a window" is the exact
/// time-weighted mean of that curve.
/// </remarks>
public static class ExerciseTestAnalysis
{
    private const double MinimumRestSeconds = 10;

    /// <summary>
    /// Analyses one exercise test, screening or correcting the beats itself as <see cref="ExerciseTestOptions.BeatScreening"/>
    /// says. To correct once and get the whole-recording HRV with the same corrected beats, use
    /// <see cref="RecordingAnalysis.Compute"/>, which runs this analysis on its corrected beats.
    /// </summary>
    /// <param name="recording">The test; its <see cref="Recording.Subject"/> supplies age, sex, beta-blocker use and posture.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="ExerciseTestOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">Contradictory explicit phase times in the options.</exception>
    public static ExerciseTestReport Analyze(Recording recording, ExerciseTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= ExerciseTestOptions.Default;
        return Run(recording, options, Prepare(recording, options));
    }

    /// <summary>
    /// The analysis on beats already cleaned by the caller (<see cref="RecordingAnalysis"/> corrects once and passes
    /// its result here): the same as <see cref="Analyze(Recording, ExerciseTestOptions?)"/> with
    /// <see cref="BeatScreeningMethod.ArtifactCorrection"/> when <paramref name="cleaned"/> is
    /// <c>ArtifactCorrection.Clean(recording.Beats, options.ArtifactCorrection)</c>.
    /// </summary>
    internal static ExerciseTestReport ComputeFromCleaned(Recording recording, ExerciseTestOptions options, CleanedRrIntervals cleaned) =>
        Run(recording, options, FromCleaned(cleaned, recording.Beats.Count));

    private static ExerciseTestReport Run(
        Recording recording, ExerciseTestOptions options,
        (HeartRateCurve Curve, bool[] Kept, RrIntervals Analysed, QualityReport? Quality) prepared)
    {
        var problems = new List<AnalysisProblem>();
        var (curve, kept, analysed, qualityReport) = prepared;
        var phases = ExercisePhaseDetection.Detect(recording, options, curve);
        var subject = recording.Subject;
        var equation = options.ResolveEquation();

        double rest = double.NaN, peak = double.NaN, peakTime = double.NaN;
        string restSource = "not computed", peakSource = "not computed";
        if (!phases.ExerciseFound)
        {
            // The source of the boundary that was not found says why.
            var why = double.IsNaN(phases.ExerciseStartSeconds) ? phases.ExerciseStartSource : phases.ExerciseEndSource;
            problems.Add(new(ProblemCode.NoExercisePhases, why, "PHASE_ExerciseStart"));
            problems.Add(new(ProblemCode.NoExercisePhases,
                "without exercise phases, resting HR, peak HR, chronotropic and recovery indices cannot be computed", "HR_Peak"));
        }
        else
        {
            (rest, restSource) = RestHeartRate(curve, phases, options, problems);
            (peak, peakTime, peakSource) = PeakHeartRate(curve, phases, options, problems);
        }

        var chrono = ChronotropicAnalysis.Compute(rest, peak, subject, equation);
        if (phases.ExerciseFound && (options.Stages is { Count: > 0 } || recording.Load is { Count: > 0 }))
            chrono = WithStages(chrono, recording, curve, phases, options);
        foreach (var p in chrono.Problems)
            if (phases.ExerciseFound || p.Code == ProblemCode.AgeMissing) problems.Add(p);

        var posture = options.Posture ?? subject.RecoveryPosture;
        if (posture is null)
        {
            posture = RecoveryPosture.Active;
            if (phases.ExerciseFound)
            {
                problems.Add(new(ProblemCode.PostureUnknown,
                    "recovery posture unknown (neither ExerciseTestOptions.Posture nor SubjectInfo.RecoveryPosture is set): the active cool-down HRR60 cut-off (≤ 12 bpm, Cole 1999) is used",
                    "HRR_60s_Abnormal"));
            }
        }
        else if (posture == RecoveryPosture.Seated && phases.ExerciseFound)
        {
            problems.Add(new(ProblemCode.SeatedPostureCutoff,
                "seated recovery has no HRR60 cut-off of its own; the active cool-down cut-off (≤ 12 bpm, Cole 1999) is used", "HRR_60s_Abnormal"));
        }

        var recoveryProblems = new List<AnalysisProblem>();
        var recovery = Recovery(recording, curve, analysed, phases, peak, posture.Value, options, recoveryProblems);
        problems.AddRange(recoveryProblems);
        recovery = recovery with { Problems = recoveryProblems };
        var quality = recording.HasBeats ? Quality(recording, kept, phases, options) : null;
        TimeDomainResult? restHrv = null, exerciseHrv = null, recoveryHrv = null;
        if (recording.HasBeats && phases.ExerciseFound)
        {
            var td = options.TimeDomain ?? TimeDomainOptions.Default;
            restHrv = HrvAnalysis.TimeDomain(analysed.Slice(phases.RestStartSeconds, phases.ExerciseStartSeconds), td);
            exerciseHrv = HrvAnalysis.TimeDomain(analysed.Slice(phases.ExerciseStartSeconds, Math.BitIncrement(phases.ExerciseEndSeconds)), td);
            recoveryHrv = HrvAnalysis.TimeDomain(
                analysed.Slice(Math.BitIncrement(phases.ExerciseEndSeconds), Math.BitIncrement(Math.Max(phases.RecoveryEndSeconds, phases.ExerciseEndSeconds))), td);
        }

        var references = new List<string>
        {
            $"Predicted HRmax ({chrono.EquationName}: {chrono.EquationFormula}): {chrono.EquationCitation}",
            $"Chronotropic index: {ExerciseCitations.ChronotropicIndexDefinition}",
            $"Chronotropic incompetence (index ≤ {chrono.IndexCutoffUsed.ToString("0.00", CultureInfo.InvariantCulture)}): {chrono.IndexCutoffCitation}",
            $"Peak below 85 % of predicted: {ExerciseCitations.PercentPredicted85}",
            $"HRR60 ≤ {recovery.Hrr60CutoffBpm.ToString("0", CultureInfo.InvariantCulture)} bpm ({posture.Value.ToString().ToLowerInvariant()}): {recovery.Hrr60CutoffCitation}",
            $"HRR120 ≤ 22 bpm: {ExerciseCitations.Hrr120Of22}",
            $"T30: {ExerciseCitations.T30}",
            $"Recovery time constant τ: {ExerciseCitations.Tau}",
        };
        if (chrono.Stages.Count > 0) references.Add($"Metabolic–chronotropic relationship: {ExerciseCitations.MetabolicChronotropicRelationship}");

        return new ExerciseTestReport
        {
            Options = options,
            Subject = subject,
            HeartRateFromBeats = recording.HasBeats,
            Phases = phases,
            RestHeartRateBpm = rest,
            RestHeartRateSource = restSource,
            PeakHeartRateBpm = peak,
            PeakTimeSeconds = peakTime,
            PeakHeartRateSource = peakSource,
            Chronotropic = chrono,
            Recovery = recovery,
            BeatQuality = quality,
            Quality = qualityReport,
            RestTimeDomain = restHrv,
            ExerciseTimeDomain = exerciseHrv,
            RecoveryTimeDomain = recoveryHrv,
            References = references,
            Problems = problems,
        };
    }

    internal static (HeartRateCurve Curve, bool[] Kept) BuildCurve(Recording recording, ExerciseTestOptions options)
    {
        var (curve, kept, _, _) = Prepare(recording, options);
        return (curve, kept);
    }

    /// <summary>
    /// The heart-rate curve, the keep mask over the original intervals, and the kept intervals as a series whose
    /// <see cref="RrIntervals.GapBefore"/> is set after every excluded interval (and where the source had a gap).
    /// </summary>
    internal static (HeartRateCurve Curve, bool[] Kept, RrIntervals Analysed, QualityReport? Quality) Prepare(Recording recording, ExerciseTestOptions options)
    {
        if (!recording.HasBeats)
        {
            var hr = recording.HeartRate;
            return (new HeartRateCurve(hr.TimesSeconds.ToArray(), hr.Bpm.ToArray()), [], RrIntervals.Empty, null);
        }

        if (options.BeatScreening == BeatScreeningMethod.ArtifactCorrection)
            return FromCleaned(ArtifactCorrection.Clean(recording.Beats, options.ArtifactCorrection), recording.Beats.Count);

        var rr = recording.Beats.Milliseconds;
        var times = recording.Beats.BeatTimesSeconds;
        var sourceGaps = recording.Beats.GapBefore;
        var sourceReconstructed = recording.Beats.Reconstructed;
        var kept = BeatScreen.Screen(rr, options.BeatScreening);
        var n = 0;
        foreach (var k in kept) if (k) n++;
        var t = new double[n];
        var ms = new double[n];
        var bpm = new double[n];
        var gaps = new bool[n];
        var reconstructed = new bool[n];
        var j = 0;
        for (var i = 0; i < kept.Length; i++)
        {
            if (!kept[i]) continue;
            t[j] = times[i];
            ms[j] = rr[i];
            bpm[j] = 60000.0 / rr[i];
            gaps[j] = j > 0 && (sourceGaps[i] || !kept[i - 1]);
            reconstructed[j] = sourceReconstructed[i];
            j++;
        }

        return (new HeartRateCurve(t, bpm), kept, RrIntervals.CreateTrusted(ms, t, gaps, reconstructed), null);
    }

    /// <summary>Curve, keep mask and analysed series of beats cleaned by <see cref="ArtifactCorrection.Clean"/>.</summary>
    private static (HeartRateCurve Curve, bool[] Kept, RrIntervals Analysed, QualityReport? Quality) FromCleaned(CleanedRrIntervals cleaned, int inputCount)
    {
        var keptMask = new bool[inputCount];
        foreach (var b in cleaned.Beats)
            if (b.Action == BeatAction.Kept && b.InputIndex >= 0 && b.InputIndex < keptMask.Length) keptMask[b.InputIndex] = true;
        var c = cleaned.Intervals;
        var hrBpm = new double[c.Count];
        for (var i = 0; i < hrBpm.Length; i++) hrBpm[i] = 60000.0 / c.Milliseconds[i];
        return (new HeartRateCurve(c.BeatTimesSeconds.ToArray(), hrBpm), keptMask, c, cleaned.Quality);
    }

    private static (double, string) RestHeartRate(HeartRateCurve curve, ExercisePhases phases, ExerciseTestOptions options, List<AnalysisProblem> problems)
    {
        var w = options.RestWindow.TotalSeconds;
        var restStart = Math.Max(phases.RestStartSeconds, curve.Start);
        var restEnd = phases.ExerciseStartSeconds;
        var available = restEnd - restStart;
        if (options.RestRule == RestHeartRateRule.LowestRollingMean)
        {
            var (v, s) = curve.ExtremeMean(restStart, restEnd, w, highest: false);
            if (double.IsNaN(v))
            {
                problems.Add(new(ProblemCode.RestTooShort, F($"resting HR: the rest phase has {Math.Max(0, available):0.#} s of heart rate; the lowest {w:0.#}-s mean needs at least {w:0.#} s"), "HR_Rest"));
                return (double.NaN, "not computed");
            }

            return (v, F($"lowest {w:0.#}-s mean in the rest phase ({s:0.#}–{s + w:0.#} s)"));
        }

        if (!(available >= MinimumRestSeconds))
        {
            problems.Add(new(ProblemCode.RestTooShort, F($"resting HR: the rest phase has {Math.Max(0, available):0.#} s of heart rate before exercise; at least {MinimumRestSeconds:0} s are needed"), "HR_Rest"));
            return (double.NaN, "not computed");
        }

        var from = Math.Max(restStart, restEnd - w);
        if (restEnd - from < w)
            problems.Add(new(ProblemCode.RestTooShort, F($"resting HR: only {restEnd - from:0.#} s of rest before exercise; the mean over them is used instead of the last {w:0.#} s"), "HR_Rest"));
        return (curve.Mean(from, restEnd), F($"mean over the last {restEnd - from:0.#} s before exercise ({from:0.#}–{restEnd:0.#} s)"));
    }

    private static (double, double, string) PeakHeartRate(HeartRateCurve curve, ExercisePhases phases, ExerciseTestOptions options, List<AnalysisProblem> problems)
    {
        double a = phases.ExerciseStartSeconds, b = phases.ExerciseEndSeconds;
        if (options.PeakRule == PeakHeartRateRule.HighestSingleValue)
        {
            var (v, t) = curve.ExtremeSample(a, b, highest: true);
            if (double.IsNaN(v)) problems.Add(new(ProblemCode.PeakNotFound, "peak HR: no heart-rate value during exercise", "HR_Peak"));
            return (v, t, "highest single value during exercise");
        }

        var w = options.PeakWindow.TotalSeconds;
        var (m, s) = curve.ExtremeMean(a, b, w, highest: true);
        if (double.IsNaN(m))
        {
            problems.Add(new(ProblemCode.PeakNotFound, F($"peak HR: exercise has {Math.Max(0, Math.Min(b, curve.End) - Math.Max(a, curve.Start)):0.#} s of heart rate; the highest {w:0.#}-s mean needs at least {w:0.#} s"), "HR_Peak"));
            return (double.NaN, double.NaN, "not computed");
        }

        return (m, s + (w / 2), F($"highest {w:0.#}-s mean during exercise ({s:0.#}–{s + w:0.#} s)"));
    }

    private static ChronotropicResult WithStages(
        ChronotropicResult chrono, Recording recording, HeartRateCurve curve, ExercisePhases phases, ExerciseTestOptions options)
    {
        var runs = new List<(double Start, double End, double Load)>();
        var w = options.HeartRateWindow.TotalSeconds;
        double[] stageMets;
        if (options.Stages is { Count: > 0 } given)
        {
            foreach (var s in given)
            {
                if (!(s.EndSeconds > s.StartSeconds))
                    throw new ArgumentException($"Each stage must end after it starts; a stage runs from {s.StartSeconds} s to {s.EndSeconds} s.", nameof(options));
                runs.Add((s.StartSeconds, s.EndSeconds, s.Load));
            }

            stageMets = given.Select(s => s.Mets).ToArray();
        }
        else
        {
            var load = recording.Load!;
            var t = load.TimesSeconds;
            var v = load.Values;
            double a = phases.ExerciseStartSeconds, b = phases.ExerciseEndSeconds;
            var i = HrResponse.Internal.TimeRange.LowerBound(t, a);
            while (i < t.Length && t[i] <= b)
            {
                var j = i;
                while (j + 1 < t.Length && t[j + 1] <= b && v[j + 1] == v[i]) j++;
                var end = j + 1 < t.Length ? Math.Min(t[j + 1], b) : b;
                if (v[i] > options.RecoveryLoadLevel && end - t[i] >= options.MinimumStageDuration.TotalSeconds)
                    runs.Add((t[i], end, v[i]));
                i = j + 1;
            }

            var mets = recording.Channels.FirstOrDefault(c =>
                c.Name.Equals("mets", StringComparison.OrdinalIgnoreCase) || c.Name.Equals("met", StringComparison.OrdinalIgnoreCase));
            stageMets = runs.Select(r => mets is null ? double.NaN : ChannelMean(mets, r.End - w, r.End)).ToArray();
        }

        if (runs.Count == 0) return chrono;
        var useMets = stageMets.Length > 0 && stageMets.All(double.IsFinite);
        var peakMets = useMets ? stageMets.Max() : double.NaN;
        var peakLoad = runs.Max(r => r.Load);
        var level = options.RecoveryLoadLevel;
        var stages = new List<ExerciseStageResult>();
        for (var k = 0; k < runs.Count; k++)
        {
            var r = runs[k];
            var hr = curve.Mean(r.End - w, r.End);
            var hrFraction = (hr - chrono.RestHeartRateBpm) / (chrono.PredictedMaxBpm - chrono.RestHeartRateBpm);
            var metFraction = useMets ? (stageMets[k] - 1) / (peakMets - 1) : (r.Load - level) / (peakLoad - level);
            stages.Add(new ExerciseStageResult
            {
                Number = k + 1,
                StartSeconds = r.Start,
                EndSeconds = r.End,
                Load = r.Load,
                Mets = stageMets[k],
                HeartRateBpm = hr,
                HeartRateReserveFraction = hrFraction,
                MetabolicReserveFraction = metFraction,
                MetabolicChronotropicRelationship = metFraction > 0 ? hrFraction / metFraction : double.NaN,
            });
        }

        var mcrs = stages.Select(s => s.MetabolicChronotropicRelationship).Where(double.IsFinite).ToArray();
        var slope = double.NaN;
        var pts = stages.Where(s => double.IsFinite(s.HeartRateBpm) && double.IsFinite(s.Load)).ToArray();
        if (pts.Length >= 3)
        {
            var mx = pts.Average(s => s.Load);
            var my = pts.Average(s => s.HeartRateBpm);
            var sxx = pts.Sum(s => (s.Load - mx) * (s.Load - mx));
            if (sxx > 0) slope = pts.Sum(s => (s.Load - mx) * (s.HeartRateBpm - my)) / sxx;
        }

        return chrono with
        {
            Stages = stages,
            MetabolicChronotropicRelationship = mcrs.Length == 0 ? double.NaN : mcrs.Average(),
            HeartRateLoadSlope = slope,
        };
    }

    private static double ChannelMean(SampledChannel channel, double from, double to)
    {
        var t = channel.TimesSeconds;
        var v = channel.Values;
        double sum = 0;
        var n = 0;
        for (var i = HrResponse.Internal.TimeRange.LowerBound(t, from); i < t.Length && t[i] <= to; i++)
        {
            if (double.IsNaN(v[i])) continue;
            sum += v[i];
            n++;
        }

        return n == 0 ? double.NaN : sum / n;
    }

    private static HeartRateRecoveryResult Recovery(
        Recording recording, HeartRateCurve curve, RrIntervals analysed, ExercisePhases phases, double peak, RecoveryPosture posture,
        ExerciseTestOptions options, List<AnalysisProblem> problems)
    {
        var (cutoff, citation) = HeartRateRecoveryAnalysis.Hrr60Cutoff(posture);
        var end = phases.ExerciseEndSeconds;
        var recoveryEnd = Math.Min(phases.RecoveryEndSeconds, curve.End);
        var duration = phases.ExerciseFound ? Math.Max(0, recoveryEnd - end) : double.NaN;
        var half = options.HeartRateWindow.TotalSeconds / 2;
        var points = new List<RecoveryHeartRate>();
        var missing = new List<string>();
        foreach (var o in HeartRateRecoveryResult.StandardOffsetsSeconds)
        {
            var hr = double.NaN;
            if (phases.ExerciseFound && end + o + half <= recoveryEnd) hr = curve.Mean(end + o - half, end + o + half);
            else if (phases.ExerciseFound) missing.Add(F($"HRR_{o:0}s"));
            var hrr = peak - hr;
            points.Add(new RecoveryHeartRate(o, hr, hrr, 100 * hrr / peak));
        }

        if (phases.ExerciseFound && missing.Count > 0)
        {
            var prefix = duration < 60 ? F($"recovery missing or shorter than 60 s ({duration:0.#} s recorded after exercise end)") : F($"recovery is {duration:0.#} s long");
            problems.Add(new(ProblemCode.RecoveryTooShort, F($"{prefix}: {string.Join(", ", missing)} need the recovery to last {half:0.#} s beyond each time"), missing[0]));
        }

        var hrr60 = points.First(p => p.OffsetSeconds == 60).RecoveryBpm;
        var hrr120 = points.First(p => p.OffsetSeconds == 120).RecoveryBpm;

        var t30 = double.NaN;
        var fit = MonoExponentialFit.None(0, "τ: exercise end not found");
        var windows = new List<RecoveryRmssdWindow>();
        if (phases.ExerciseFound)
        {
            var times = curve.Times;
            var bpm = curve.Bpm;
            var from = HrResponse.Internal.TimeRange.LowerBound(times, end);
            var to = HrResponse.Internal.TimeRange.LowerBound(times, Math.BitIncrement(recoveryEnd));
            var rel = new double[Math.Max(0, to - from)];
            for (var i = 0; i < rel.Length; i++) rel[i] = times[from + i] - end;
            var recBpm = bpm[from..Math.Max(from, to)];
            if (duration >= HeartRateRecoveryAnalysis.T30WindowSeconds)
            {
                t30 = HeartRateRecoveryAnalysis.T30Seconds(rel, recBpm);
                if (double.IsNaN(t30)) problems.Add(new(ProblemCode.T30NotComputed, "T30: fewer than 3 heart-rate values in the first 30 s of recovery, or heart rate did not fall", "HRR_T30"));
            }
            else
            {
                problems.Add(new(ProblemCode.T30NotComputed, F($"T30: recovery is {duration:0.#} s long; T30 needs 30 s"), "HRR_T30"));
            }

            var fitLength = Math.Min(duration, options.TauFitDuration?.TotalSeconds ?? double.PositiveInfinity);
            if (fitLength < HeartRateRecoveryAnalysis.MinimumTauRecoverySeconds)
            {
                fit = MonoExponentialFit.None(0, F($"τ: recovery available for the fit is {fitLength:0.#} s; the mono-exponential fit needs at least {HeartRateRecoveryAnalysis.MinimumTauRecoverySeconds:0} s (3 min)"));
            }
            else
            {
                var m = 0;
                while (m < rel.Length && rel[m] <= fitLength) m++;
                fit = HeartRateRecoveryAnalysis.FitMonoExponential(rel.AsSpan(0, m), recBpm[..m]);
            }

            if (fit.Reason is not null) problems.Add(new(ProblemCode.TauNotComputed, fit.Reason, "HRR_Tau"));
            if (recording.HasBeats) windows = RmssdWindows(analysed, end, duration, options.RecoveryRmssdWindow.TotalSeconds);
        }

        return new HeartRateRecoveryResult
        {
            ExerciseEndSeconds = end,
            RecoveryDurationSeconds = duration,
            PeakHeartRateBpm = peak,
            HeartRateWindowSeconds = 2 * half,
            Points = points,
            Posture = posture,
            Hrr60CutoffBpm = cutoff,
            Hrr60CutoffCitation = citation,
            Hrr60Abnormal = double.IsNaN(hrr60) ? null : hrr60 <= cutoff,
            Hrr120Abnormal = double.IsNaN(hrr120) ? null : hrr120 <= HeartRateRecoveryAnalysis.Hrr120CutoffBpm,
            T30Seconds = t30,
            TauFit = fit,
            RmssdWindows = windows,
            Problems = [],
        };
    }

    private static List<RecoveryRmssdWindow> RmssdWindows(RrIntervals beats, double end, double duration, double w)
    {
        var list = new List<RecoveryRmssdWindow>();
        var rr = beats.Milliseconds;
        var t = beats.BeatTimesSeconds;
        var gaps = beats.GapBefore;
        for (var k = 0; (k + 1) * w <= duration + 1e-9; k++)
        {
            double a = end + (k * w), b = end + ((k + 1) * w);
            double sum = 0;
            var n = 0;
            for (var i = Math.Max(1, HrResponse.Internal.TimeRange.LowerBound(t, a)); i < t.Length && t[i] < b; i++)
            {
                if (gaps[i]) continue;
                var d = rr[i] - rr[i - 1];
                sum += d * d;
                n++;
            }

            list.Add(new RecoveryRmssdWindow(k * w, (k + 1) * w, n < 2 ? double.NaN : Math.Sqrt(sum / n), n));
        }

        return list;
    }

    private static BeatQualitySummary Quality(Recording recording, bool[] kept, ExercisePhases phases, ExerciseTestOptions options)
    {
        var t = recording.Beats.BeatTimesSeconds;
        int excluded = 0, rest = 0, exercise = 0, recovery = 0;
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i]) continue;
            excluded++;
            if (t[i] < phases.ExerciseStartSeconds) rest++;
            else if (t[i] <= phases.ExerciseEndSeconds) exercise++;
            else if (t[i] > phases.ExerciseEndSeconds) recovery++;
        }

        return new BeatQualitySummary
        {
            Method = options.BeatScreening,
            IntervalCount = kept.Length,
            ExcludedCount = excluded,
            ExcludedDuringRest = rest,
            ExcludedDuringExercise = exercise,
            ExcludedDuringRecovery = recovery,
        };
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
