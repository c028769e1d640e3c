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
    /// <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/>, which runs this analysis on its corrected beats.
    /// </summary>
    /// <param name="recording">The test; its <see cref="Recording.Subject"/> supplies age, sex, beta-blocker use and posture.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="ExerciseTestOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">Contradictory explicit phase times in the options.</exception>
    public static ExerciseTestReport Compute(Recording recording, ExerciseTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= ExerciseTestOptions.Default;
        return Run(recording, options, Prepare(recording, options));
    }

    /// <summary>
    /// The analysis on beats already cleaned by the caller (<see cref="RecordingAnalysis"/> corrects once and passes
    /// its result here): the same as <see cref="Compute(Recording, ExerciseTestOptions?)"/> with
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
            (rest, restSource) = RestHeartRate(curve, phases.RestStartSeconds, phases.ExerciseStartSeconds, options, problems);
            (peak, peakTime, peakSource) = PeakHeartRate(curve, phases.ExerciseStartSeconds, phases.ExerciseEndSeconds, options, problems);
        }

        var chrono = ChronotropicAnalysis.Compute(rest, peak, subject, equation);
        if (phases.ExerciseFound && (options.Stages is { Count: > 0 } || recording.Load is { Count: > 0 }))
            chrono = WithStages(chrono, recording.Load, recording.Channels, curve, phases.ExerciseStartSeconds, phases.ExerciseEndSeconds, options);
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

        var recovery = HeartRateRecoveryAnalysis.Compute(
            curve, recording.HasBeats ? analysed : null, phases.ExerciseFound, phases.ExerciseEndSeconds, phases.RecoveryEndSeconds, peak,
            posture.Value, options, []);
        if (phases.ExerciseFound && double.IsFinite(peak))
        {
            var reference = new List<AnalysisProblem>();
            AddRecoveryReferenceProblems(curve, phases, rest, peak, peakTime, recovery, reference);
            if (reference.Count > 0) recovery = recovery with { Problems = [.. recovery.Problems, .. reference] };

            // An end guessed from the curve with no recovery after it: the HRR cut-offs would rate continued exercise.
            if (reference.Any(p => p.Code == ProblemCode.NoRecoveryAfterExercise)) recovery = recovery with { Hrr60Abnormal = null, Hrr120Abnormal = null };
        }

        problems.AddRange(recovery.Problems);
        var quality = recording.HasBeats ? Quality(recording, kept, phases, options) : null;
        TimeDomainResult? restHrv = null, exerciseHrv = null, recoveryHrv = null;
        if (recording.HasBeats && phases.ExerciseFound)
        {
            var td = options.TimeDomain ?? TimeDomainOptions.Default;
            restHrv = TimeDomainAnalysis.Compute(analysed.Slice(phases.RestStartSeconds, phases.ExerciseStartSeconds), td);
            exerciseHrv = TimeDomainAnalysis.Compute(analysed.Slice(phases.ExerciseStartSeconds, Math.BitIncrement(phases.ExerciseEndSeconds)), td);
            recoveryHrv = TimeDomainAnalysis.Compute(
                analysed.Slice(Math.BitIncrement(phases.ExerciseEndSeconds), Math.BitIncrement(Math.Max(phases.RecoveryEndSeconds, phases.ExerciseEndSeconds))), td);
        }

        var references = new List<string>
        {
            $"Predicted HRmax ({chrono.EquationName}: {chrono.EquationFormula}): {chrono.EquationCitation}",
            $"Chronotropic index: {ExerciseCitations.ChronotropicIndexDefinition}",
            $"Chronotropic incompetence (index ≤ {chrono.ChronotropicIndexCutoff.ToString("0.00", CultureInfo.InvariantCulture)}): {chrono.IndexCutoffCitation}",
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
    internal static (HeartRateCurve Curve, bool[] Kept, RrIntervals Analysed, QualityReport? Quality) Prepare(Recording recording, ExerciseTestOptions options) =>
        Prepare(recording.Beats, recording.HeartRate, options);

    /// <summary>As <see cref="Prepare(Recording, ExerciseTestOptions)"/> from beats (used when not empty) or heart-rate samples.</summary>
    internal static (HeartRateCurve Curve, bool[] Kept, RrIntervals Analysed, QualityReport? Quality) Prepare(
        RrIntervals beats, HeartRateSeries heartRate, ExerciseTestOptions options)
    {
        if (beats.Count == 0)
            return (new HeartRateCurve(heartRate.TimesSeconds.ToArray(), heartRate.Bpm.ToArray()), [], RrIntervals.Empty, null);

        if (options.BeatScreening == BeatScreeningMethod.ArtifactCorrection)
            return FromCleaned(ArtifactCorrection.Clean(beats, options.ArtifactCorrection), beats.Count);

        var rr = beats.Milliseconds;
        var times = beats.BeatTimesSeconds;
        var sourceGaps = beats.GapBefore;
        var sourceReconstructed = beats.Reconstructed;
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

    /// <summary>Curve, keep mask and analysed series of beats cleaned by <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>.</summary>
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

    /// <summary>
    /// Resting heart rate by <see cref="ExerciseTestOptions.RestRule"/> over the rest phase <c>[restStartSeconds,
    /// exerciseStartSeconds]</c> (clipped to the curve), with how it was taken; NaN and a problem when the rest is too short.
    /// </summary>
    internal static (double Bpm, string Source) RestHeartRate(
        HeartRateCurve curve, double restStartSeconds, double exerciseStartSeconds, ExerciseTestOptions options, List<AnalysisProblem> problems)
    {
        var w = options.RestWindow.TotalSeconds;
        var restStart = Math.Max(restStartSeconds, curve.Start);
        var restEnd = exerciseStartSeconds;
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

    /// <summary>
    /// <see cref="ProblemCode.PeakBeforeExerciseEnd"/> when the last 10 s of exercise average at least
    /// <see cref="PeakBeforeEndBpm"/> below the peak, and <see cref="ProblemCode.NoRecoveryAfterExercise"/> when an end
    /// found from the heart-rate curve is followed by a fall of less than 20 % of the rise (lowest 10-s mean within 6 min).
    /// </summary>
    private static void AddRecoveryReferenceProblems(
        HeartRateCurve curve, ExercisePhases phases, double rest, double peak, double peakTime, HeartRateRecoveryResult recovery, List<AnalysisProblem> problems)
    {
        var end = phases.ExerciseEndSeconds;
        var endHr = curve.Mean(Math.Max(curve.Start, end - 10), Math.Min(curve.End, end));
        if (peak - endHr >= PeakBeforeEndBpm)
        {
            var hr60 = recovery.PointAt(60)?.HeartRateBpm ?? double.NaN;
            var fromEnd = double.IsFinite(hr60) ? F($"; HRR60 from it {endHr - hr60:0.#} bpm against {peak - hr60:0.#} bpm from the peak") : string.Empty;
            problems.Add(new(ProblemCode.PeakBeforeExerciseEnd,
                F($"peak HR {peak:0.#} bpm was reached {(end - peakTime) / 60:0.#} min before the exercise end and the last 10 s of exercise averaged {endHr:0.#} bpm: HRR is measured from the peak (Cole 1999), so it includes the fall before exercise ended{fromEnd}"),
                "HRR_60s"));
        }

        if (phases.Method != PhaseDetectionMethod.HeartRateCurve || !double.IsFinite(rest) || !(peak > rest)) return;
        // The same span and least fall as the plateau-end fit that found (or did not find) this end.
        var span = Math.Min(Math.Min(phases.RecoveryEndSeconds, curve.End) - end, PeakPlateauEnd.MaxPlateauSeconds + PeakPlateauEnd.FitSpanSeconds);
        if (span < PeakPlateauEnd.MinimumFallSeconds) return;
        var (lowest, _) = curve.ExtremeMean(end, end + span, 10, highest: false);
        if (peak - lowest < PeakPlateauEnd.MinimumFallFractionOfRise * (peak - rest))
        {
            problems.Add(new(ProblemCode.NoRecoveryAfterExercise,
                F($"exercise end found from the heart-rate curve, but heart rate fell only {peak - lowest:0.#} bpm ({100 * (peak - lowest) / (peak - rest):0} % of its {peak - rest:0.#}-bpm rise) in the {span:0} s after it: the recording may end before recovery, or exercise went on; the recovery indices and their flags describe no recovery. Give the exercise end if it is known"),
                "HRR_60s"));
        }
    }

    /// <summary>Least drop from the peak to the last 10 s of exercise that <see cref="ProblemCode.PeakBeforeExerciseEnd"/> reports, bpm: of the order of the HRR60 cut-off (12 bpm), so it can decide the flag.</summary>
    private const double PeakBeforeEndBpm = 10;

    /// <summary>
    /// Peak heart rate by <see cref="ExerciseTestOptions.PeakRule"/> over <c>[exerciseStartSeconds, exerciseEndSeconds]</c>,
    /// with its time and how it was taken; NaN and a problem when exercise is too short.
    /// </summary>
    internal static (double Bpm, double TimeSeconds, string Source) PeakHeartRate(
        HeartRateCurve curve, double exerciseStartSeconds, double exerciseEndSeconds, ExerciseTestOptions options, List<AnalysisProblem> problems)
    {
        double a = exerciseStartSeconds, b = exerciseEndSeconds;
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

    /// <summary>
    /// Adds the stage-wise metabolic–chronotropic relationship to <paramref name="chrono"/>: stages from
    /// <see cref="ExerciseTestOptions.Stages"/>, otherwise runs of constant load in <paramref name="load"/> during exercise.
    /// </summary>
    internal static ChronotropicResult WithStages(
        ChronotropicResult chrono, SampledChannel? load, IReadOnlyList<SampledChannel> channels, HeartRateCurve curve,
        double exerciseStartSeconds, double exerciseEndSeconds, ExerciseTestOptions options)
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
        else if (load is { Count: > 0 })
        {
            var t = load.TimesSeconds;
            var v = load.Values;
            double a = exerciseStartSeconds, b = exerciseEndSeconds;
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

            var mets = channels.FirstOrDefault(c =>
                c.Name.Equals("mets", StringComparison.OrdinalIgnoreCase) || c.Name.Equals("met", StringComparison.OrdinalIgnoreCase));
            stageMets = runs.Select(r => mets is null ? double.NaN : ChannelMean(mets, r.End - w, r.End)).ToArray();
        }
        else
        {
            return chrono;
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
            var hrFraction = (hr - chrono.RestHeartRateBpm) / (chrono.PredictedMaxHeartRateBpm - chrono.RestHeartRateBpm);
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
            HeartRateLoadSlopeBpmPerLoadUnit = slope,
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
            RestExcludedCount = rest,
            ExerciseExcludedCount = exercise,
            RecoveryExcludedCount = recovery,
        };
    }

    internal static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
