using System.Globalization;
using HrResponse.Autonomic.Internal;
using HrResponse.Hrv;

namespace HrResponse.Autonomic;

/// <summary>
/// The active stand (supine or seated → standing) test from beats. Stateless.
/// </summary>
/// <remarks>
/// <para><b>Stand-up.</b> From <see cref="ActiveStandOptions.StandSeconds"/>, else a marker
/// (<see cref="ActiveStandOptions.StandMarkerLabels"/>), else detected: the beat after which the highest heart rate of
/// the next 20 s exceeds the mean of the preceding 30 s the most (at least 10 bpm, on 5-beat running medians, so a split beat is no rise); the stand-up is
/// the first beat of the uninterrupted run of raised heart rate (above that mean + 10 % of the rise) that leads to the
/// peak, i.e. the first shortened RR interval.</para>
/// <para><b>Indices.</b> Initial peak and nadir, 30:15 ratio (Ewing 1978/1980), heart-rate increase at 1, 3, 5 and
/// 10 min, the largest sustained (30 s) increase after the first minute with the postural-tachycardia heart-rate
/// criterion (Freeman 2011), and RMSSD, HF and LF/HF before and while standing (<see cref="HrvAnalysis"/> defaults).</para>
/// </remarks>
public static class ActiveStandAnalysis
{
    /// <summary>Analyses an active stand test.</summary>
    /// <param name="recording">The recording (beats; markers when present; <see cref="Recording.Subject"/> age for the criterion).</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="ActiveStandOptions.Default"/>.</param>
    /// <returns>The result; NaN indices and problems instead of exceptions for missing or short data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="ArgumentException">A duration option is not positive, or <see cref="ActiveStandOptions.StandSeconds"/> is not finite.</exception>
    public static ActiveStandResult Compute(Recording recording, ActiveStandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= ActiveStandOptions.Default;
        if (options.BaselineDuration <= TimeSpan.Zero || options.HrvWindow <= TimeSpan.Zero)
            throw new ArgumentException("ActiveStandOptions.BaselineDuration and HrvWindow must be positive.", nameof(options));
        if (options.StandSeconds is { } given && !double.IsFinite(given))
            throw new ArgumentException("ActiveStandOptions.StandSeconds must be finite.", nameof(options));
        ArgumentNullException.ThrowIfNull(options.StandMarkerLabels);

        var problems = new List<AnalysisProblem>();
        var beats = recording.Beats;
        if (beats.Count < 10)
        {
            problems.Add(new(ProblemCode.NoBeats, "The active stand test needs beat-to-beat data; the recording has fewer than 10 beats.", "STAND_30_15"));
            return new ActiveStandResult { StandSeconds = double.NaN, StandSource = EventTimeSource.NotFound, Problems = problems };
        }

        var times = beats.BeatTimesSeconds.ToArray();
        var rr = beats.Milliseconds.ToArray();
        var hr = BeatWindow.HeartRate(rr);
        double stand;
        EventTimeSource source;
        if (options.StandSeconds is { } s)
        {
            (stand, source) = (s, EventTimeSource.Explicit);
        }
        else if (BeatWindow.FindMarker(recording.Markers, options.StandMarkerLabels) is { } marker)
        {
            (stand, source) = (marker.TimeSeconds, EventTimeSource.Marker);
        }
        else if (DetectStand(times, hr) is { } detected)
        {
            (stand, source) = (detected, EventTimeSource.DetectedFromHeartRate);
        }
        else
        {
            problems.Add(new(ProblemCode.EventNotDetected,
                "The stand-up was not marked or given and could not be detected (no heart-rate rise of at least 10 bpm within 20 s); the active stand indices are NaN. Give the stand-up time.",
                "STAND_30_15"));
            return new ActiveStandResult { StandSeconds = double.NaN, StandSource = EventTimeSource.NotFound, Problems = problems };
        }

        var baselineFrom = stand - options.BaselineDuration.TotalSeconds;
        if (times[0] > baselineFrom + 5)
            problems.Add(new(ProblemCode.TestWindowTooShort, Inv($"Only {Math.Max(0, stand - times[0]):0.#} s were recorded before the stand-up; the baseline is meant to last {options.BaselineDuration.TotalSeconds:0.#} s."), "STAND_HR_Baseline"));
        var baseline = BeatWindow.Mean(times, hr, baselineFrom, stand - 1e-9);
        var peak = BeatWindow.ArgExtreme(times, hr, stand, stand + 20, max: true);
        var nadir = peak >= 0 ? BeatWindow.ArgExtreme(times, hr, times[peak] + 1e-9, stand + 45, max: false) : -1;

        var first = BeatWindow.Range(times, stand, double.PositiveInfinity).Start;
        var ratio = double.NaN;
        if (first + 40 <= times.Length)
        {
            // Beat n after standing is index first + n − 1.
            var shortest = rr.AsSpan(first + 4, 21).ToArray().Min();
            var longest = rr.AsSpan(first + 19, 21).ToArray().Max();
            ratio = longest / shortest;
        }
        else
        {
            problems.Add(new(ProblemCode.TestWindowTooShort, "Fewer than 40 beats were recorded after the stand-up; the 30:15 ratio is NaN.", "STAND_30_15"));
        }

        var standing = Math.Min(600, times[^1] - stand);
        var increases = ActiveStandResult.IncreaseOffsetsSeconds
            .Select(o => times[^1] >= stand + o + 15 ? BeatWindow.Mean(times, hr, stand + o - 15, stand + o + 15) - baseline : double.NaN)
            .ToArray();
        var sustained = double.NaN;
        for (var t = stand + 60; t + 30 <= Math.Min(times[^1], stand + 600) + 1e-9; t += 1)
        {
            var m = BeatWindow.Mean(times, hr, t, t + 30);
            if (double.IsFinite(m) && !(m - baseline <= sustained)) sustained = m - baseline;
        }

        var threshold = AutonomicReflexLimits.PosturalTachycardiaThresholdBpm(recording.Subject.AgeYears);
        bool? criterion = double.IsNaN(sustained) || double.IsNaN(threshold) ? null : sustained >= threshold;
        var bp = OrthostaticPressure(recording, times, stand, baselineFrom, problems);
        var note = PotsNote(criterion, sustained, threshold, standing, recording.Subject.AgeYears, bp.Hypotension);
        if (standing < 600)
            problems.Add(new(ProblemCode.TestWindowTooShort, Inv($"Standing was recorded for {standing:0} s, less than the 10 min of the postural-tachycardia criterion; it is assessed over what was recorded."), "STAND_HR_Increase_Max"));

        var result = new ActiveStandResult
        {
            StandSeconds = stand,
            StandSource = source,
            BaselineHeartRateBpm = baseline,
            InitialPeakHeartRateBpm = peak >= 0 ? hr[peak] : double.NaN,
            InitialPeakAfterStandSeconds = peak >= 0 ? times[peak] - stand : double.NaN,
            InitialNadirHeartRateBpm = nadir >= 0 ? hr[nadir] : double.NaN,
            InitialNadirAfterStandSeconds = nadir >= 0 ? times[nadir] - stand : double.NaN,
            ThirtyFifteenRatio = ratio,
            HeartRateIncreaseAtMinutesBpm = increases,
            MaxSustainedIncreaseBpm = sustained,
            StandingRecordedSeconds = standing,
            PosturalTachycardiaThresholdBpm = threshold,
            PosturalTachycardiaHeartRateCriterionMet = criterion,
            PosturalTachycardiaNote = note,
            HasPressure = bp.HasPressure,
            BeatSystolicMmHg = bp.Systolic,
            BeatDiastolicMmHg = bp.Diastolic,
            BaselineSystolicMmHg = bp.BaselineSystolic,
            BaselineDiastolicMmHg = bp.BaselineDiastolic,
            SystolicFallMmHg = bp.SystolicFall,
            DiastolicFallMmHg = bp.DiastolicFall,
            OrthostaticHypotension = bp.Hypotension,
            InitialSystolicFallMmHg = bp.Initial.SystolicFall,
            InitialSystolicNadirAfterStandSeconds = bp.Initial.SystolicNadirAfterStand,
            InitialDiastolicFallMmHg = bp.Initial.DiastolicFall,
            InitialDiastolicNadirAfterStandSeconds = bp.Initial.DiastolicNadirAfterStand,
            InitialOrthostaticHypotension = bp.Initial.Flag,
            InitialOrthostaticHypotensionNote = InitialNote(bp),
        };

        var window = options.HrvWindow.TotalSeconds;
        var before = Hrv(beats, Math.Max(beats.StartSeconds, stand - 10 - window), stand - 10, "before the stand-up", problems);
        var after = Hrv(beats, stand + 60, Math.Min(times[^1] + 1e-6, stand + 60 + window), "while standing", problems);
        return result with
        {
            RmssdBeforeMs = before?.TimeDomain?.RmssdMs ?? double.NaN,
            RmssdStandingMs = after?.TimeDomain?.RmssdMs ?? double.NaN,
            HfBeforeMs2 = before?.FrequencyDomain?.HfPowerMs2 ?? double.NaN,
            HfStandingMs2 = after?.FrequencyDomain?.HfPowerMs2 ?? double.NaN,
            LfHfBefore = before?.FrequencyDomain?.LfHfRatio ?? double.NaN,
            LfHfStanding = after?.FrequencyDomain?.LfHfRatio ?? double.NaN,
            Problems = problems,
        };
    }

    private static HrvResult? Hrv(RrIntervals beats, double from, double to, string what, List<AnalysisProblem> problems)
    {
        if (!(to - from >= 60))
        {
            problems.Add(new(ProblemCode.TestWindowTooShort, Inv($"Less than 60 s of beats {what}: HRV {what} is NaN."), "STAND_RMSSD_Change"));
            return null;
        }

        var slice = beats.Slice(from, to);
        return slice.Count < 30 ? null : HrvAnalysis.Compute(slice, new HrvOptions { Domains = HrvDomains.Time | HrvDomains.Frequency });
    }

    /// <summary>
    /// Orthostatic blood-pressure response (see <see cref="ActiveStandResult.OrthostaticHypotension"/>): baseline means
    /// over the heart-rate baseline window, falls = baseline − lowest 30 s mean in [stand + 15 s, stand + 180 s].
    /// </summary>
    private static StandPressure OrthostaticPressure(Recording recording, double[] times, double stand, double baselineFrom, List<AnalysisProblem> problems)
    {
        var none = new StandPressure();
        var pressure = BeatPressure.From(recording, times);
        if (pressure is null) return none;
        var sbp = pressure.SystolicMmHg;
        var dbp = pressure.DiastolicMmHg;
        var (from, to) = BeatWindow.Range(times, baselineFrom, stand + OrthostaticWindowSeconds);
        var beats = to - from;
        var finite = 0;
        for (var i = from; i < to; i++)
            if (double.IsFinite(sbp[i]) && double.IsFinite(dbp[i])) finite++;
        if (beats == 0 || finite < 0.8 * beats)
        {
            problems.Add(new(ProblemCode.NoisyData, Inv($"Only {finite} of {beats} beats from the baseline to 3 min of standing have systolic and diastolic pressure ({pressure.Source}); the orthostatic blood-pressure response is not assessed."), "STAND_OH"));
            return none;
        }

        // A damped or offset signal shows as a narrow pulse pressure at rest (before the stand-up: standing itself may
        // narrow it, as it does in orthostatic hypotension).
        var (restFrom, restTo) = BeatWindow.Range(times, baselineFrom, stand - 1e-9);
        var pulse = BeatWindow.Median(Enumerable.Range(restFrom, restTo - restFrom).Where(i => double.IsFinite(sbp[i]) && double.IsFinite(dbp[i])).Select(i => sbp[i] - dbp[i]));
        if (!(pulse >= 25))
        {
            problems.Add(new(ProblemCode.NoisyData, Inv($"The median pulse pressure before the stand-up ({pressure.Source}) is {pulse:0.0} mmHg, below 25 mmHg: a damped or offset pressure signal is likely; the orthostatic blood-pressure response is not assessed."), "STAND_OH"));
            return none;
        }

        var baselineSystolic = BeatWindow.Mean(times, sbp, baselineFrom, stand - 1e-9);
        var baselineDiastolic = BeatWindow.Mean(times, dbp, baselineFrom, stand - 1e-9);
        var lowestSystolic = double.NaN;
        var lowestDiastolic = double.NaN;
        var end = Math.Min(times[^1], stand + OrthostaticWindowSeconds);
        for (var t = stand + InitialResponseSeconds; t + SustainedWindowSeconds <= end + 1e-9; t += 1)
        {
            var ms = BeatWindow.Mean(times, sbp, t, t + SustainedWindowSeconds);
            var md = BeatWindow.Mean(times, dbp, t, t + SustainedWindowSeconds);
            if (double.IsFinite(ms) && !(ms >= lowestSystolic)) lowestSystolic = ms;
            if (double.IsFinite(md) && !(md >= lowestDiastolic)) lowestDiastolic = md;
        }

        var systolicFall = baselineSystolic - lowestSystolic;
        var diastolicFall = baselineDiastolic - lowestDiastolic;
        bool? hypotension = null;
        if (systolicFall >= 20 || diastolicFall >= 10) hypotension = true;
        else if (double.IsFinite(systolicFall) && double.IsFinite(diastolicFall) && end >= stand + OrthostaticWindowSeconds - 1e-9) hypotension = false;
        if (hypotension is null)
        {
            problems.Add(new(ProblemCode.TestWindowTooShort, Inv(
                $"Pressure was recorded for {Math.Max(0, end - stand):0} s of standing, less than the 3 min of the orthostatic hypotension criterion, and no qualifying fall was seen in it: orthostatic hypotension is not assessed."), "STAND_OH"));
        }

        var initial = InitialPressure(times, sbp, dbp, stand, baselineSystolic, baselineDiastolic, pressure.Source, problems);
        return new StandPressure
        {
            HasPressure = true,
            Systolic = sbp,
            Diastolic = dbp,
            BaselineSystolic = baselineSystolic,
            BaselineDiastolic = baselineDiastolic,
            SystolicFall = systolicFall,
            DiastolicFall = diastolicFall,
            Hypotension = hypotension,
            Initial = initial,
        };
    }

    /// <summary>
    /// Initial orthostatic hypotension (see <see cref="ActiveStandResult.InitialOrthostaticHypotension"/>): baseline −
    /// lowest beat value in [stand, stand + 15 s], for systolic and diastolic pressure, with the time of each nadir.
    /// </summary>
    private static InitialFall InitialPressure(double[] times, double[] sbp, double[] dbp, double stand, double baselineSystolic, double baselineDiastolic, string source, List<AnalysisProblem> problems)
    {
        var (from, to) = BeatWindow.Range(times, stand, stand + InitialResponseSeconds);
        var beats = to - from;
        var finite = 0;
        for (var i = from; i < to; i++)
            if (double.IsFinite(sbp[i]) && double.IsFinite(dbp[i])) finite++;
        if (beats == 0 || finite < 0.8 * beats || times[^1] < stand + InitialResponseSeconds)
        {
            problems.Add(new(ProblemCode.NoisyData, Inv($"Only {finite} of {beats} beats in the first {InitialResponseSeconds:0} s of standing have systolic and diastolic pressure ({source}), or standing was recorded for less than {InitialResponseSeconds:0} s; initial orthostatic hypotension is not assessed."), "STAND_IOH"));
            return new InitialFall();
        }

        var s = BeatWindow.ArgExtreme(times, sbp, stand, stand + InitialResponseSeconds, max: false);
        var d = BeatWindow.ArgExtreme(times, dbp, stand, stand + InitialResponseSeconds, max: false);
        var systolicFall = s >= 0 ? baselineSystolic - sbp[s] : double.NaN;
        var diastolicFall = d >= 0 ? baselineDiastolic - dbp[d] : double.NaN;
        bool? flag = null;
        if (systolicFall > InitialSystolicFallMmHg || diastolicFall > InitialDiastolicFallMmHg) flag = true;
        else if (double.IsFinite(systolicFall) && double.IsFinite(diastolicFall)) flag = false;
        return new InitialFall
        {
            SystolicFall = systolicFall,
            SystolicNadirAfterStand = s >= 0 ? times[s] - stand : double.NaN,
            DiastolicFall = diastolicFall,
            DiastolicNadirAfterStand = d >= 0 ? times[d] - stand : double.NaN,
            Flag = flag,
        };
    }

    /// <summary>The transient systolic fall above which initial orthostatic hypotension is flagged (Wieling 2007; Freeman 2011): more than 40 mmHg.</summary>
    private const double InitialSystolicFallMmHg = 40;

    /// <summary>The transient diastolic fall above which initial orthostatic hypotension is flagged: more than 20 mmHg.</summary>
    private const double InitialDiastolicFallMmHg = 20;

    /// <summary>The orthostatic blood-pressure response, all NaN/null without usable pressure.</summary>
    private sealed record StandPressure
    {
        public bool HasPressure { get; init; }

        public double[] Systolic { get; init; } = [];

        public double[] Diastolic { get; init; } = [];

        public double BaselineSystolic { get; init; } = double.NaN;

        public double BaselineDiastolic { get; init; } = double.NaN;

        public double SystolicFall { get; init; } = double.NaN;

        public double DiastolicFall { get; init; } = double.NaN;

        public bool? Hypotension { get; init; }

        public InitialFall Initial { get; init; } = new();
    }

    /// <summary>The transient fall of the first 15 s of standing.</summary>
    private sealed record InitialFall
    {
        public double SystolicFall { get; init; } = double.NaN;

        public double SystolicNadirAfterStand { get; init; } = double.NaN;

        public double DiastolicFall { get; init; } = double.NaN;

        public double DiastolicNadirAfterStand { get; init; } = double.NaN;

        public bool? Flag { get; init; }
    }

    /// <summary>The orthostatic hypotension criterion looks up to 3 min after the stand-up (Freeman 2011).</summary>
    private const double OrthostaticWindowSeconds = 180;

    /// <summary>The transient fall of the first 15 s (initial orthostatic hypotension, Freeman 2011) is not part of the sustained criterion.</summary>
    private const double InitialResponseSeconds = 15;

    /// <summary>A fall is sustained when the mean over 30 s shows it.</summary>
    private const double SustainedWindowSeconds = 30;

    private static string InitialNote(StandPressure bp)
    {
        var i = bp.Initial;
        const string Caveat = " It is a diagnosis only with symptoms of cerebral hypoperfusion (light-headedness, visual blurring, near-fainting) on standing, which the recording cannot show (Freeman et al. 2011; Wieling et al. 2007).";
        var values = Inv($"systolic fall {i.SystolicFall:0.#} mmHg (nadir {i.SystolicNadirAfterStand:0.#} s after the stand-up), diastolic fall {i.DiastolicFall:0.#} mmHg (nadir {i.DiastolicNadirAfterStand:0.#} s), threshold > 40 / > 20 mmHg within 15 s");
        return i.Flag switch
        {
            true => "Transient fall of initial orthostatic hypotension: " + values + "." +
                (bp.Hypotension == true ? " The pressure stays low afterwards (sustained orthostatic hypotension), so the fall is not only transient." : string.Empty) + Caveat,
            false => "No initial orthostatic hypotension: " + values + ".",
            null => bp.HasPressure
                ? "Initial orthostatic hypotension not assessed: too few beats with pressure in the first 15 s of standing."
                : "Initial orthostatic hypotension not assessed: it needs usable beat-to-beat blood pressure during the stand-up.",
        };
    }

    private static string PotsNote(bool? met, double sustained, double threshold, double standing, double? age, bool? hypotension)
    {
        var basis = Inv($"sustained heart-rate increase {sustained:0.#} bpm over {standing / 60:0.#} min of standing, threshold {threshold:0} bpm") +
            (age is null ? " (age unknown: the adult threshold is used)" : string.Empty);
        var pressure = hypotension switch
        {
            true => "; here the recorded pressure shows orthostatic hypotension, which excludes the syndrome as defined",
            false => "; here the recorded pressure shows no orthostatic hypotension within 3 min",
            null => ", which needs blood pressure",
        };
        var caveat = " A diagnosis of postural tachycardia syndrome also needs chronic symptoms of orthostatic intolerance, the absence of orthostatic hypotension (a fall of ≥ 20 mmHg systolic or ≥ 10 mmHg diastolic" + pressure + ") and the exclusion of other causes (Freeman et al. 2011).";
        return met switch
        {
            true => "Heart-rate criterion of postural tachycardia met: " + basis + "." + caveat,
            false => "Heart-rate criterion of postural tachycardia not met: " + basis + "." + (standing < 600 ? " Standing was shorter than 10 min, so a later rise cannot be excluded." : string.Empty) + caveat,
            null => "Heart-rate criterion of postural tachycardia not assessed (" + (double.IsNaN(threshold) ? "no threshold under 12 years" : "no heart rate after the first minute of standing") + ").",
        };
    }

    /// <summary>Stand-up from the heart-rate rise (see the class remarks), or <c>null</c>.</summary>
    internal static double? DetectStand(double[] times, double[] hr)
    {
        var smooth = BeatWindow.Median5(hr);
        var best = 0.0;
        var at = -1;
        for (var i = 1; i < times.Length; i++)
        {
            if (times[i] - times[0] < 10) continue;
            var before = BeatWindow.Mean(times, smooth, times[i] - 30, times[i] - 1e-9);
            var top = BeatWindow.ArgExtreme(times, smooth, times[i], times[i] + 20, max: true);
            if (top < 0 || double.IsNaN(before)) continue;
            var rise = smooth[top] - before;
            if (rise > best)
            {
                best = rise;
                at = i;
            }
        }

        if (at < 0 || best < 10) return null;
        var baseline = BeatWindow.Mean(times, smooth, times[at] - 30, times[at] - 1e-9);
        var peak = BeatWindow.ArgExtreme(times, smooth, times[at], times[at] + 20, max: true);
        var level = baseline + (0.1 * (smooth[peak] - baseline));
        var onset = peak;
        while (onset > 0 && hr[onset - 1] > level) onset--;
        return times[onset];
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
