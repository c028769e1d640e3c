using System.Globalization;
using HrResponse.Autonomic.Internal;

namespace HrResponse.Autonomic;

/// <summary>
/// The deep-breathing test (paced breathing, usually 6 breaths/min) from beats. Stateless.
/// </summary>
/// <remarks>
/// <para><b>Cycles.</b> From <see cref="DeepBreathingOptions.CycleStartTimesSeconds"/>, else breathing markers, else
/// detected: heart rate per beat is put on a 4 Hz grid, its running mean over one breathing period
/// (1 / <see cref="DeepBreathingOptions.BreathingRateHz"/>) is removed, and the troughs of what remains (at least
/// 0.6 periods apart, each the lowest point within ±0.5 period) are refined to the slowest beat within ±0.25 period;
/// each cycle runs from one trough beat to the next. The longest run of consecutive cycles lasting 0.5–2 periods is kept.</para>
/// <para><b>Indices.</b> Per cycle, the highest and lowest beat heart rate of the beats in [start, end] of the cycle (a
/// boundary beat belongs to both cycles it bounds). E–I difference = mean over cycles of (highest − lowest), bpm;
/// E:I ratio = mean of the longest RR per cycle / mean of the shortest RR per cycle.</para>
/// </remarks>
public static class DeepBreathingAnalysis
{
    /// <summary>Analyses a deep-breathing test.</summary>
    /// <param name="recording">The recording (beats; markers when present; <see cref="Recording.Subject"/> age for the E:I limit).</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="DeepBreathingOptions.Default"/>.</param>
    /// <returns>The result; NaN indices and problems instead of exceptions for missing or short data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="ArgumentException">The breathing rate is not in (0, 1] Hz, <see cref="DeepBreathingOptions.MinimumCycleCount"/> is below 1, cycle times do not increase, or the test window is reversed.</exception>
    public static DeepBreathingResult Compute(Recording recording, DeepBreathingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= DeepBreathingOptions.Default;
        if (!(options.BreathingRateHz > 0 && options.BreathingRateHz <= 1))
            throw new ArgumentException(Inv($"DeepBreathingOptions.BreathingRateHz must be in (0, 1] Hz; it is {options.BreathingRateHz}."), nameof(options));
        if (options.MinimumCycleCount < 1)
            throw new ArgumentException("DeepBreathingOptions.MinimumCycleCount must be at least 1.", nameof(options));
        if (options.CycleStartTimesSeconds is { } given)
        {
            for (var i = 1; i < given.Count; i++)
                if (!(given[i] > given[i - 1])) throw new ArgumentException("DeepBreathingOptions.CycleStartTimesSeconds must increase.", nameof(options));
        }

        var beats = recording.Beats;
        var from = options.TestStartSeconds ?? double.NegativeInfinity;
        var to = options.TestEndSeconds ?? double.PositiveInfinity;
        if (!(to > from)) throw new ArgumentException("DeepBreathingOptions.TestEndSeconds must be after TestStartSeconds.", nameof(options));
        var problems = new List<AnalysisProblem>();
        var (s0, e0) = BeatWindow.Range(beats.BeatTimesSeconds, from, to);
        var times = beats.BeatTimesSeconds[s0..e0].ToArray();
        var rr = beats.Milliseconds[s0..e0].ToArray();
        var age = recording.Subject.AgeYears;
        if (times.Length < 10)
        {
            problems.Add(new(ProblemCode.NoBeats, "The deep-breathing test needs beat-to-beat data; fewer than 10 beats are in the test window.", "DB_EI_Difference"));
            return new DeepBreathingResult { CycleSource = EventTimeSource.NotFound, AgeYears = age, Problems = problems };
        }

        double[] boundaries;
        EventTimeSource source;
        var period = 1 / options.BreathingRateHz;
        var markers = recording.Markers.Where(m => m.TimeSeconds >= from && m.TimeSeconds <= to
            && options.BreathMarkerLabels.Any(p => HrResponse.Internal.MarkerLabel.StartsWith(m.Label, p))).Select(m => m.TimeSeconds).ToArray();
        if (options.CycleStartTimesSeconds is { Count: >= 2 } explicitTimes)
        {
            (boundaries, source) = (explicitTimes.ToArray(), EventTimeSource.Explicit);
        }
        else if (markers.Length >= 2)
        {
            (boundaries, source) = (markers, EventTimeSource.Marker);
        }
        else
        {
            boundaries = DetectCycles(times, rr, period);
            source = EventTimeSource.DetectedFromRrOscillation;
        }

        var hr = BeatWindow.HeartRate(rr);
        var differences = new List<double>();
        var longest = new List<double>();
        var shortest = new List<double>();
        double covered = 0;
        for (var c = 0; c + 1 < boundaries.Length; c++)
        {
            var (a, b) = BeatWindow.Range(times, boundaries[c] - 1e-9, boundaries[c + 1] + 1e-9);
            if (b - a < 2) continue;
            covered += boundaries[c + 1] - boundaries[c];
            differences.Add(hr[a..b].Max() - hr[a..b].Min());
            longest.Add(rr[a..b].Max());
            shortest.Add(rr[a..b].Min());
        }

        var result = new DeepBreathingResult
        {
            CycleSource = differences.Count == 0 && source == EventTimeSource.DetectedFromRrOscillation ? EventTimeSource.NotFound : source,
            CycleBoundariesSeconds = boundaries,
            CycleDifferencesBpm = differences,
            AgeYears = age,
        };
        if (differences.Count < options.MinimumCycleCount)
        {
            problems.Add(new(source == EventTimeSource.DetectedFromRrOscillation ? ProblemCode.EventNotDetected : ProblemCode.TestWindowTooShort, Inv(
                $"Only {differences.Count} breathing cycle(s) were found ({source}); the deep-breathing indices need at least {options.MinimumCycleCount} (DeepBreathingOptions.MinimumCycleCount). Give the cycle times or mark the breaths."),
                "DB_EI_Difference"));
            return result with { Problems = problems };
        }

        var meanPeriod = covered / differences.Count;
        if (source == EventTimeSource.DetectedFromRrOscillation && Math.Abs(meanPeriod - period) > 0.25 * period)
        {
            problems.Add(new(ProblemCode.Other, Inv(
                $"The detected cycles last {meanPeriod:0.0} s on average, not the {period:0.#} s of the paced rate (DeepBreathingOptions.BreathingRateHz): check that the breathing was paced."),
                "DB_EI_Difference"));
        }

        if (age is null)
            problems.Add(new(ProblemCode.AgeMissing, "SubjectInfo.AgeYears is unknown, so the E:I ratio is not rated against its age-dependent lowest normal value.", "DB_EI_Ratio"));

        return result with
        {
            EiDifferenceBpm = differences.Average(),
            EiRatio = longest.Average() / shortest.Average(),
            MeanCyclePeriodSeconds = meanPeriod,
            Problems = problems,
        };
    }

    /// <summary>Cycle boundaries (trough beats of heart rate) detected from the RR oscillation; see the class remarks.</summary>
    internal static double[] DetectCycles(double[] times, double[] rr, double period)
    {
        const double dt = 0.25;
        var hr = BeatWindow.Median3(BeatWindow.HeartRate(rr));
        var t0 = times[0];
        var n = (int)((times[^1] - t0) / dt) + 1;
        if (n < 4 * period / dt) return [];
        var grid = BeatWindow.OnGrid(times, hr, t0, dt, n);
        var half = (int)Math.Round(period / dt / 2);
        var detrended = new double[n];
        for (var k = 0; k < n; k++)
        {
            var a = Math.Max(0, k - half);
            var b = Math.Min(n, k + half + 1);
            double sum = 0;
            for (var j = a; j < b; j++) sum += grid[j];
            detrended[k] = grid[k] - (sum / (b - a));
        }

        var troughs = new List<int>();
        for (var k = 0; k < n; k++)
        {
            var a = Math.Max(0, k - half);
            var b = Math.Min(n, k + half + 1);
            var isMin = true;
            for (var j = a; j < b && isMin; j++) if (detrended[j] < detrended[k]) isMin = false;
            if (!isMin || detrended[k] >= 0) continue;
            if (troughs.Count > 0 && (k - troughs[^1]) * dt < 0.6 * period) continue;
            troughs.Add(k);
        }

        // Refine each trough to the slowest beat (longest RR) within ±0.25 period.
        var boundaries = new List<double>();
        foreach (var k in troughs)
        {
            var t = t0 + (k * dt);
            var beat = BeatWindow.ArgExtreme(times, rr, t - (0.25 * period), t + (0.25 * period), max: true);
            if (beat < 0) continue;
            if (boundaries.Count > 0 && times[beat] <= boundaries[^1]) continue;
            boundaries.Add(times[beat]);
        }

        // Keep the longest run of consecutive cycles of plausible length (a cycle out of range breaks a run).
        var kept = new List<double>();
        var run = new List<double>();
        for (var i = 0; i + 1 < boundaries.Count; i++)
        {
            var length = boundaries[i + 1] - boundaries[i];
            if (length >= 0.5 * period && length <= 2 * period)
            {
                if (run.Count == 0) run.Add(boundaries[i]);
                run.Add(boundaries[i + 1]);
            }
            else
            {
                run = [];
            }

            if (run.Count > kept.Count) kept = [.. run];
        }

        return [.. kept];
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
