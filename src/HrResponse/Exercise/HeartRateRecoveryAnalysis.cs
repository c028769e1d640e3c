using HrResponse.Exercise.Internal;
using HrResponse.Internal;

namespace HrResponse.Exercise;

/// <summary>
/// Heart-rate recovery after exercise from heart-rate samples or beats and the exercise-end time
/// (<see cref="Compute(HeartRateSeries, double, double?, RecoveryPosture?, ExerciseTestOptions?)"/>), the cut-offs,
/// and the recovery-curve measures (T30, mono-exponential τ) on recovery samples. <see cref="ExerciseTestAnalysis.Compute"/>
/// runs the same computation on a recording once it has found the phases, so both give the same numbers.
/// </summary>
public static class HeartRateRecoveryAnalysis
{
    /// <summary>HRR at 2 min ≤ 22 bpm is abnormal (Shetler 2001).</summary>
    public const double Hrr120CutoffBpm = 22;

    /// <summary>Shortest recovery (seconds) for which τ is fitted.</summary>
    public const double MinimumTauRecoverySeconds = 180;

    /// <summary>Length of the early recovery over which T30 is computed, seconds.</summary>
    public const double T30WindowSeconds = 30;

    private const double TauSearchMinSeconds = 1;
    private const double TauSearchMaxSeconds = 3000;

    /// <summary>
    /// Heart-rate recovery from heart-rate samples (any rate, irregular allowed) and the time exercise ended.
    /// </summary>
    /// <param name="heartRate">Heart-rate samples covering at least the end of exercise and the recovery.</param>
    /// <param name="exerciseEndSeconds">End of exercise (time 0 of recovery), seconds on the samples' time axis.</param>
    /// <param name="peakBpm">
    /// Peak heart rate the recovery is measured from, bpm; <c>null</c> to take it from the samples by
    /// <see cref="ExerciseTestOptions.PeakRule"/> (default: highest <see cref="ExerciseTestOptions.PeakWindow"/> = 10-s
    /// time-weighted mean) over <c>[ExerciseTestOptions.ExerciseStartSeconds, exerciseEndSeconds]</c>, or over all samples
    /// before <paramref name="exerciseEndSeconds"/> when no exercise start is set.
    /// </param>
    /// <param name="posture">
    /// Recovery posture choosing the HRR60 cut-off; <c>null</c> for <see cref="ExerciseTestOptions.Posture"/>, and when that
    /// is <c>null</c> too, <see cref="RecoveryPosture.Active"/> with a note in <see cref="HeartRateRecoveryResult.Problems"/>.
    /// </param>
    /// <param name="options">
    /// Settings; <c>null</c> for <see cref="ExerciseTestOptions.Default"/>. Used here: <see cref="ExerciseTestOptions.HeartRateWindow"/>
    /// (HR at each offset is the mean over a centred window, default 10 s), <see cref="ExerciseTestOptions.TauFitDuration"/>,
    /// <see cref="ExerciseTestOptions.RecoveryEndSeconds"/> (default: last sample), <see cref="ExerciseTestOptions.PeakRule"/>,
    /// <see cref="ExerciseTestOptions.PeakWindow"/>, <see cref="ExerciseTestOptions.ExerciseStartSeconds"/> and
    /// <see cref="ExerciseTestOptions.Posture"/>.
    /// </param>
    /// <returns>
    /// HR and HRR at 10, 30, 60, 120, 180 and 300 s (<c>HRR = peak − HR</c>), the HRR60 (posture) and HRR120 flags with
    /// their cut-offs and citations, T30 and τ. An offset whose window reaches past the recovery end is NaN, T30 needs 30 s
    /// and τ 180 s of recovery; <see cref="HeartRateRecoveryResult.Problems"/> says what is missing. Never throws for short data.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="heartRate"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exerciseEndSeconds"/> is not finite,
    /// <paramref name="peakBpm"/> is not a finite number greater than 0, or <paramref name="posture"/> is not defined.</exception>
    public static HeartRateRecoveryResult Compute(
        HeartRateSeries heartRate, double exerciseEndSeconds, double? peakBpm = null, RecoveryPosture? posture = null,
        ExerciseTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(heartRate);
        options ??= ExerciseTestOptions.Default;
        Validate(exerciseEndSeconds, peakBpm, posture);
        var (curve, _, _, _) = ExerciseTestAnalysis.Prepare(RrIntervals.Empty, heartRate, options);
        return FromCurve(curve, null, exerciseEndSeconds, peakBpm, posture, options);
    }

    /// <summary>Heart-rate recovery from sample times and heart rates; see <see cref="Compute(HeartRateSeries, double, double?, RecoveryPosture?, ExerciseTestOptions?)"/>.</summary>
    /// <param name="timesSeconds">Sample times in seconds; finite and strictly increasing.</param>
    /// <param name="bpm">Heart rate of each sample in bpm; finite and greater than 0; same length.</param>
    /// <param name="exerciseEndSeconds">End of exercise, seconds on the same axis.</param>
    /// <param name="peakBpm">Peak heart rate in bpm, or <c>null</c> to take it from the samples.</param>
    /// <param name="posture">Recovery posture, or <c>null</c>.</param>
    /// <param name="options">Settings, or <c>null</c>.</param>
    /// <returns>The recovery result.</returns>
    /// <exception cref="ArgumentException">The samples are invalid (as for <see cref="HeartRateSeries.FromSamples"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for the <see cref="HeartRateSeries"/> overload.</exception>
    public static HeartRateRecoveryResult Compute(
        ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> bpm, double exerciseEndSeconds, double? peakBpm = null,
        RecoveryPosture? posture = null, ExerciseTestOptions? options = null) =>
        Compute(HeartRateSeries.FromSamples(timesSeconds, bpm), exerciseEndSeconds, peakBpm, posture, options);

    /// <summary>
    /// Heart-rate recovery from beats: the beats are screened by <see cref="ExerciseTestOptions.BeatScreening"/> (default
    /// artifact correction, as <see cref="ExerciseTestAnalysis.Compute"/> does), heart rate is <c>60000/RR</c> at each
    /// beat, and the result also holds RMSSD in consecutive <see cref="ExerciseTestOptions.RecoveryRmssdWindow"/> windows
    /// from exercise end. Otherwise as <see cref="Compute(HeartRateSeries, double, double?, RecoveryPosture?, ExerciseTestOptions?)"/>.
    /// </summary>
    /// <param name="beats">RR intervals with beat times covering the end of exercise and the recovery.</param>
    /// <param name="exerciseEndSeconds">End of exercise, seconds on the beats' time axis.</param>
    /// <param name="peakBpm">Peak heart rate in bpm, or <c>null</c> to take it from the beats.</param>
    /// <param name="posture">Recovery posture, or <c>null</c>.</param>
    /// <param name="options">Settings, or <c>null</c>.</param>
    /// <returns>The recovery result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="beats"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for the <see cref="HeartRateSeries"/> overload.</exception>
    public static HeartRateRecoveryResult Compute(
        RrIntervals beats, double exerciseEndSeconds, double? peakBpm = null, RecoveryPosture? posture = null,
        ExerciseTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(beats);
        options ??= ExerciseTestOptions.Default;
        Validate(exerciseEndSeconds, peakBpm, posture);
        var (curve, _, analysed, _) = ExerciseTestAnalysis.Prepare(beats, HeartRateSeries.Empty, options);
        return FromCurve(curve, beats.Count > 0 ? analysed : null, exerciseEndSeconds, peakBpm, posture, options);
    }

    /// <summary>
    /// The HRR-at-1-min cut-off for a recovery posture: supine ≤ 18 bpm (Watanabe 2001); active cool-down ≤ 12 bpm
    /// (Cole 1999). Seated recovery has no cut-off of its own in these studies; Cole's 12 bpm is used and the
    /// analysis reports that.
    /// </summary>
    /// <param name="posture">Recovery posture.</param>
    /// <returns>The cut-off in bpm (abnormal when HRR60 ≤ cut-off) and its citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined posture.</exception>
    public static (double CutoffBpm, string Citation) Hrr60Cutoff(RecoveryPosture posture) => posture switch
    {
        RecoveryPosture.Supine => (18, ExerciseCitations.Hrr60Supine18),
        RecoveryPosture.Active or RecoveryPosture.Seated => (12, ExerciseCitations.Hrr60Active12),
        _ => throw new ArgumentOutOfRangeException(nameof(posture), posture, $"Not a defined RecoveryPosture; it is {(int)posture}."),
    };

    /// <summary>
    /// T30 (Imai 1994): the negative reciprocal of the least-squares slope of ln HR on time over the first 30 s of
    /// recovery, in seconds. For <c>HR = A·exp(−t/τ)</c> it equals τ.
    /// </summary>
    /// <param name="secondsSinceEnd">Sample times in seconds after exercise end, increasing.</param>
    /// <param name="bpm">Heart rate of each sample in bpm, greater than 0.</param>
    /// <returns>T30 in seconds; NaN when fewer than 3 samples lie in [0, 30] s or the slope is not negative.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static double T30Seconds(ReadOnlySpan<double> secondsSinceEnd, ReadOnlySpan<double> bpm) => T30Fit(secondsSinceEnd, bpm).Seconds;

    /// <summary>
    /// R² of the regression behind <see cref="T30Seconds"/> (ln HR on time over the first 30 s of recovery):
    /// <c>1 − SSE/SST</c>. Near 0 where heart rate hardly falls against its beat-to-beat scatter, and T30 then says
    /// little (a slope near 0 makes T30 large and unstable).
    /// </summary>
    /// <param name="secondsSinceEnd">Sample times in seconds after exercise end, increasing.</param>
    /// <param name="bpm">Heart rate of each sample in bpm, greater than 0.</param>
    /// <returns>R² in [0, 1]; NaN where <see cref="T30Seconds"/> is NaN.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static double T30RSquared(ReadOnlySpan<double> secondsSinceEnd, ReadOnlySpan<double> bpm) => T30Fit(secondsSinceEnd, bpm).RSquared;

    private static (double Seconds, double RSquared) T30Fit(ReadOnlySpan<double> secondsSinceEnd, ReadOnlySpan<double> bpm)
    {
        Guard.SameLength(secondsSinceEnd.Length, bpm.Length, nameof(bpm));
        double n = 0, st = 0, sy = 0;
        for (var i = 0; i < bpm.Length; i++)
        {
            var t = secondsSinceEnd[i];
            if (t < 0 || t > T30WindowSeconds) continue;
            n++;
            st += t;
            sy += Math.Log(bpm[i]);
        }

        if (n < 3) return (double.NaN, double.NaN);
        double mt = st / n, my = sy / n, stt = 0, sty = 0, syy = 0;
        for (var i = 0; i < bpm.Length; i++)
        {
            var t = secondsSinceEnd[i];
            if (t < 0 || t > T30WindowSeconds) continue;
            var dy = Math.Log(bpm[i]) - my;
            stt += (t - mt) * (t - mt);
            sty += (t - mt) * dy;
            syy += dy * dy;
        }

        var slope = sty / stt;
        if (!(slope < 0)) return (double.NaN, double.NaN);
        return (-1 / slope, syy > 0 ? sty * sty / (stt * syy) : double.NaN);
    }

    /// <summary>
    /// Least-squares fit of <c>HR(t) = c + a·exp(−t/τ)</c> to all given samples. For each τ the model is linear in
    /// (c, a), solved exactly; τ minimises the residual sum of squares over [1, 3000] s (log-spaced scan, then
    /// golden-section refinement to 1e-6 relative).
    /// </summary>
    /// <param name="secondsSinceEnd">Sample times in seconds after exercise end.</param>
    /// <param name="bpm">Heart rate of each sample in bpm.</param>
    /// <returns>The fit; NaN values with a reason when there are fewer than 5 samples, HR does not fall, or the best τ is at the search bound.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static MonoExponentialFit FitMonoExponential(ReadOnlySpan<double> secondsSinceEnd, ReadOnlySpan<double> bpm)
    {
        Guard.SameLength(secondsSinceEnd.Length, bpm.Length, nameof(bpm));
        var n = bpm.Length;
        if (n < 5) return MonoExponentialFit.None(n, $"τ: only {n} recovery samples; the fit needs at least 5");
        var t = secondsSinceEnd.ToArray();
        var y = bpm.ToArray();
        var my = y.Average();
        var syy = 0.0;
        foreach (var v in y) syy += (v - my) * (v - my);
        if (syy <= 0) return MonoExponentialFit.None(n, "τ: heart rate is constant during recovery");

        const int gridCount = 100;
        double logMin = Math.Log(TauSearchMinSeconds), logMax = Math.Log(TauSearchMaxSeconds);
        var bestK = -1;
        var bestSse = double.PositiveInfinity;
        for (var k = 0; k < gridCount; k++)
        {
            var lt = logMin + ((logMax - logMin) * k / (gridCount - 1));
            var (sse, a, _) = Solve(t, y, Math.Exp(lt));
            if (a > 0 && sse < bestSse)
            {
                bestSse = sse;
                bestK = k;
            }
        }

        if (bestK < 0) return MonoExponentialFit.None(n, "τ: heart rate does not fall during recovery");
        if (bestK == gridCount - 1)
            return MonoExponentialFit.None(n, $"τ: no exponential decay found (best time constant beyond {TauSearchMaxSeconds:0} s)");

        var step = (logMax - logMin) / (gridCount - 1);
        double lo = logMin + (Math.Max(0, bestK - 1) * step), hi = logMin + (Math.Min(gridCount - 1, bestK + 1) * step);
        var phi = (Math.Sqrt(5) - 1) / 2;
        double x1 = hi - (phi * (hi - lo)), x2 = lo + (phi * (hi - lo));
        double f1 = Cost(t, y, x1), f2 = Cost(t, y, x2);
        while (hi - lo > 1e-7)
        {
            if (f1 < f2)
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - (phi * (hi - lo));
                f1 = Cost(t, y, x1);
            }
            else
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + (phi * (hi - lo));
                f2 = Cost(t, y, x2);
            }
        }

        var tau = Math.Exp(0.5 * (lo + hi));
        var (bestSseFinal, amp, c) = Solve(t, y, tau);
        return new MonoExponentialFit
        {
            TauSeconds = tau,
            AsymptoteBpm = c,
            AmplitudeBpm = amp,
            RSquared = 1 - (bestSseFinal / syy),
            SampleCount = n,
        };
    }

    /// <summary>
    /// The recovery computation shared by <see cref="ExerciseTestAnalysis.Compute"/> and the public
    /// <c>Compute</c> overloads: HR and HRR at <see cref="HeartRateRecoveryResult.StandardOffsetsSeconds"/> (centred
    /// <see cref="ExerciseTestOptions.HeartRateWindow"/> means of the curve), flags, T30, τ and (with beats) RMSSD windows.
    /// </summary>
    /// <param name="curve">Heart rate as a piecewise-linear curve.</param>
    /// <param name="beats">Screened beats for the RMSSD windows, or <c>null</c> without beat data.</param>
    /// <param name="exerciseFound">False when the exercise end is unknown (everything NaN).</param>
    /// <param name="end">Exercise end, seconds.</param>
    /// <param name="recoveryEndSeconds">End of recovery, seconds (clipped to the curve).</param>
    /// <param name="peak">Peak heart rate, bpm (NaN when unknown).</param>
    /// <param name="posture">Posture of the HRR60 cut-off.</param>
    /// <param name="options">Windows and τ-fit length.</param>
    /// <param name="problems">Receives what could not be computed; becomes the result's <see cref="HeartRateRecoveryResult.Problems"/>.</param>
    internal static HeartRateRecoveryResult Compute(
        HeartRateCurve curve, RrIntervals? beats, bool exerciseFound, double end, double recoveryEndSeconds, double peak,
        RecoveryPosture posture, ExerciseTestOptions options, List<AnalysisProblem> problems)
    {
        var (cutoff, citation) = Hrr60Cutoff(posture);
        var recoveryEnd = Math.Min(recoveryEndSeconds, curve.End);
        var duration = exerciseFound ? Math.Max(0, recoveryEnd - end) : double.NaN;
        var half = options.HeartRateWindow.TotalSeconds / 2;
        var points = new List<RecoveryHeartRate>();
        var missing = new List<string>();
        foreach (var o in HeartRateRecoveryResult.StandardOffsetsSeconds)
        {
            var hr = double.NaN;
            if (exerciseFound && end + o + half <= recoveryEnd) hr = curve.Mean(end + o - half, end + o + half);
            else if (exerciseFound) missing.Add(F($"HRR_{o:0}s"));
            var hrr = peak - hr;
            points.Add(new RecoveryHeartRate(o, hr, hrr, 100 * hrr / peak));
        }

        if (exerciseFound && missing.Count > 0)
        {
            var prefix = duration < 60 ? F($"recovery missing or shorter than 60 s ({duration:0.#} s recorded after exercise end)") : F($"recovery is {duration:0.#} s long");
            problems.Add(new(ProblemCode.RecoveryTooShort, F($"{prefix}: {string.Join(", ", missing)} need the recovery to last {half:0.#} s beyond each time"), missing[0]));
        }

        var hrr60 = points.First(p => p.OffsetSeconds == 60).RecoveryBpm;
        var hrr120 = points.First(p => p.OffsetSeconds == 120).RecoveryBpm;

        var t30 = double.NaN;
        var t30R2 = double.NaN;
        var fit = MonoExponentialFit.None(0, "τ: exercise end not found");
        var windows = new List<RecoveryRmssdWindow>();
        if (exerciseFound)
        {
            var times = curve.Times;
            var bpm = curve.Bpm;
            var from = TimeRange.LowerBound(times, end);
            var to = TimeRange.LowerBound(times, Math.BitIncrement(recoveryEnd));
            var rel = new double[Math.Max(0, to - from)];
            for (var i = 0; i < rel.Length; i++) rel[i] = times[from + i] - end;
            var recBpm = bpm[from..Math.Max(from, to)];
            if (duration >= T30WindowSeconds)
            {
                (t30, t30R2) = T30Fit(rel, recBpm);
                if (double.IsNaN(t30)) problems.Add(new(ProblemCode.T30NotComputed, "T30: fewer than 3 heart-rate values in the first 30 s of recovery, or heart rate did not fall", "HRR_T30"));
            }
            else
            {
                problems.Add(new(ProblemCode.T30NotComputed, F($"T30: recovery is {duration:0.#} s long; T30 needs 30 s"), "HRR_T30"));
            }

            var fitLength = Math.Min(duration, options.TauFitDuration?.TotalSeconds ?? double.PositiveInfinity);
            if (fitLength < MinimumTauRecoverySeconds)
            {
                fit = MonoExponentialFit.None(0, F($"τ: recovery available for the fit is {fitLength:0.#} s; the mono-exponential fit needs at least {MinimumTauRecoverySeconds:0} s (3 min)"));
            }
            else
            {
                var m = 0;
                while (m < rel.Length && rel[m] <= fitLength) m++;
                fit = FitMonoExponential(rel.AsSpan(0, m), recBpm[..m]);
            }

            if (fit.Reason is not null) problems.Add(new(ProblemCode.TauNotComputed, fit.Reason, "HRR_Tau"));
            if (beats is not null) windows = RmssdWindows(beats, end, duration, options.RecoveryRmssdWindow.TotalSeconds);
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
            Hrr120Abnormal = double.IsNaN(hrr120) ? null : hrr120 <= Hrr120CutoffBpm,
            T30Seconds = t30,
            T30RSquared = t30R2,
            TauFit = fit,
            RmssdWindows = windows,
            RmssdWindowSeconds = options.RecoveryRmssdWindow.TotalSeconds,
            Problems = problems,
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
            for (var i = Math.Max(1, TimeRange.LowerBound(t, a)); i < t.Length && t[i] < b; i++)
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

    private static void Validate(double exerciseEndSeconds, double? peakBpm, RecoveryPosture? posture)
    {
        Guard.Finite(exerciseEndSeconds, nameof(exerciseEndSeconds));
        if (peakBpm is { } p) Guard.Positive(p, nameof(peakBpm));
        if (posture is { } q && !Enum.IsDefined(q))
            throw new ArgumentOutOfRangeException(nameof(posture), q, $"Not a defined RecoveryPosture; it is {(int)q}.");
    }

    private static HeartRateRecoveryResult FromCurve(
        HeartRateCurve curve, RrIntervals? beats, double end, double? peakBpm, RecoveryPosture? posture, ExerciseTestOptions options)
    {
        var problems = new List<AnalysisProblem>();
        double peak;
        if (peakBpm is { } given)
        {
            peak = given;
        }
        else
        {
            var from = options.ExerciseStartSeconds is { } s && s < end ? s : curve.Start;
            peak = ExerciseTestAnalysis.PeakHeartRate(curve, from, end, options, problems).Bpm;
        }

        var resolved = posture ?? options.Posture;
        if (resolved is null)
        {
            resolved = RecoveryPosture.Active;
            problems.Add(new(ProblemCode.PostureUnknown,
                "recovery posture unknown (neither the posture argument nor ExerciseTestOptions.Posture is set): the active cool-down HRR60 cut-off (≤ 12 bpm, Cole 1999) is used",
                "HRR_60s_Abnormal"));
        }
        else if (resolved == RecoveryPosture.Seated)
        {
            problems.Add(new(ProblemCode.SeatedPostureCutoff,
                "seated recovery has no HRR60 cut-off of its own; the active cool-down cut-off (≤ 12 bpm, Cole 1999) is used", "HRR_60s_Abnormal"));
        }

        var recoveryEnd = options.RecoveryEndSeconds ?? double.PositiveInfinity;
        return Compute(curve, beats, exerciseFound: true, end, recoveryEnd, peak, resolved.Value, options, problems);
    }

    private static string F(FormattableString s) => ExerciseTestAnalysis.F(s);

    private static double Cost(double[] t, double[] y, double logTau)
    {
        var (sse, a, _) = Solve(t, y, Math.Exp(logTau));
        return a > 0 ? sse : double.PositiveInfinity;
    }

    private static (double Sse, double Amplitude, double Asymptote) Solve(double[] t, double[] y, double tau)
    {
        // Single pass without allocation: y is used centred on its mean, so Σx(y − ȳ) is the cross term directly.
        var n = t.Length;
        var rate = -1 / tau;
        double sy = 0;
        for (var i = 0; i < n; i++) sy += y[i];
        var my = sy / n;
        double sx = 0, sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var x = Math.Exp(t[i] * rate);
            var dy = y[i] - my;
            sx += x;
            sxx += x * x;
            sxy += x * dy;
            syy += dy * dy;
        }

        var mx = sx / n;
        sxx -= sx * mx;
        if (!(sxx > 1e-300)) return (syy, 0, my);
        var a = sxy / sxx;
        var sse = Math.Max(0, syy - (a * sxy));
        return (sse, a, my - (a * mx));
    }
}
