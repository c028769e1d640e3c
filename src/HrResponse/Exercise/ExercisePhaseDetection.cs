using System.Globalization;
using HrResponse.Internal;
using HrResponse.Exercise.Internal;

namespace HrResponse.Exercise;

/// <summary>Finds the rest, exercise and recovery phases of a recording (see <see cref="PhaseDetectionMethod"/>).</summary>
public static class ExercisePhaseDetection
{
    private const double MinimumHeartRateRiseBpm = 20;

    /// <summary>Shortest constant low load at the end of a recording that counts as an active cool-down, seconds.</summary>
    private const double ActiveCoolDownSeconds = 30;

    /// <summary>Finds the phases of <paramref name="recording"/>.</summary>
    /// <param name="recording">The test.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="ExerciseTestOptions.Default"/>.</param>
    /// <returns>
    /// The phases. When exercise cannot be found with the chosen method, the exercise boundaries are NaN and their
    /// source says why (e.g. "no exercise found: load column power_w has no value &gt; 0").
    /// </returns>
    /// <exception cref="ArgumentException">
    /// <see cref="PhaseDetectionMethod.ExplicitTimes"/> chosen without both times, the explicit end is not after the start,
    /// or the explicit recovery end is not after the explicit exercise end.
    /// </exception>
    public static ExercisePhases Detect(Recording recording, ExerciseTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= ExerciseTestOptions.Default;
        var curve = ExerciseTestAnalysis.BuildCurve(recording, options).Curve;
        return Detect(recording, options, curve);
    }

    internal static ExercisePhases Detect(Recording recording, ExerciseTestOptions options, HeartRateCurve curve)
    {
        var method = options.PhaseMethod;
        if (options.ExerciseStartSeconds is { } s0 && options.ExerciseEndSeconds is { } e0 && !(e0 > s0))
            throw new ArgumentException(
                $"ExerciseEndSeconds ({F(e0)} s) must be after ExerciseStartSeconds ({F(s0)} s).", nameof(options));
        if (options.ExerciseEndSeconds is { } e1 && options.RecoveryEndSeconds is { } r1 && !(r1 > e1))
            throw new ArgumentException(
                $"RecoveryEndSeconds ({F(r1)} s) must be after ExerciseEndSeconds ({F(e1)} s).", nameof(options));
        if (method == PhaseDetectionMethod.ExplicitTimes && (options.ExerciseStartSeconds is null || options.ExerciseEndSeconds is null))
            throw new ArgumentException(
                "PhaseMethod is ExplicitTimes, so ExerciseStartSeconds and ExerciseEndSeconds must both be set.", nameof(options));

        if (method == PhaseDetectionMethod.FirstAvailable)
        {
            if (options.ExerciseStartSeconds is not null && options.ExerciseEndSeconds is not null) method = PhaseDetectionMethod.ExplicitTimes;
            else if (FindMarker(recording, options.ExerciseStartLabels, first: true) is not null
                     && FindMarker(recording, options.ExerciseEndLabels, first: false) is not null) method = PhaseDetectionMethod.Markers;
            else if (recording.Load is { Count: > 0 }) method = PhaseDetectionMethod.Load;
            else method = PhaseDetectionMethod.HeartRateCurve;
        }

        double start, end;
        string startSource, endSource;
        switch (method)
        {
            case PhaseDetectionMethod.ExplicitTimes:
                start = options.ExerciseStartSeconds!.Value;
                end = options.ExerciseEndSeconds!.Value;
                startSource = "explicit time (options)";
                endSource = "explicit time (options)";
                break;
            case PhaseDetectionMethod.Markers:
                (start, startSource) = MarkerBoundary(recording, options.ExerciseStartLabels, true, "start");
                (end, endSource) = MarkerBoundary(recording, options.ExerciseEndLabels, false, "end");
                break;
            case PhaseDetectionMethod.Load:
                (start, end, startSource, endSource) = FromLoad(recording.Load, options.RecoveryLoadLevel, options.ActiveRecoveryLoadFraction);
                break;
            case PhaseDetectionMethod.HeartRateCurve:
                (start, end, startSource, endSource) = FromCurve(curve);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), method, $"Not a defined PhaseDetectionMethod; it is {(int)method}.");
        }

        if (method != PhaseDetectionMethod.ExplicitTimes)
        {
            if (options.ExerciseStartSeconds is { } givenStart)
            {
                start = givenStart;
                startSource = "explicit time (options)";
            }

            if (options.ExerciseEndSeconds is { } givenEnd)
            {
                end = givenEnd;
                endSource = "explicit time (options)";
            }
        }

        if (double.IsFinite(start) && double.IsFinite(end) && !(end > start))
        {
            endSource = $"no exercise found: exercise end ({F(end)} s, {endSource}) is not after its start ({F(start)} s, {startSource})";
            startSource = endSource;
            start = end = double.NaN;
        }

        var restStart = recording.StartSeconds;
        var recoveryEnd = recording.EndSeconds;
        var recoveryEndSource = "end of recording";
        if (options.RecoveryEndSeconds is { } re)
        {
            recoveryEnd = Math.Min(re, recording.EndSeconds);
            recoveryEndSource = "explicit time (options)";
        }
        else if (FindMarker(recording, options.RecoveryEndLabels, first: false) is { } m && (double.IsNaN(end) || m.TimeSeconds > end))
        {
            recoveryEnd = m.TimeSeconds;
            recoveryEndSource = $"marker '{m.Label}'";
        }

        // Times given outside the recording (a recording of recovery only, or one that stops before exercise does):
        // the phase before the start or after the end is empty rather than negative, and its problems say it is missing.
        var restStartSource = "start of recording";
        if (start < restStart)
        {
            restStart = start;
            restStartSource = "exercise start (before the recording starts: no rest recorded)";
        }

        if (end > recoveryEnd)
        {
            recoveryEndSource = recoveryEndSource == "end of recording"
                ? "exercise end (at or after the end of the recording: no recovery recorded)"
                : $"exercise end (the recovery end, {recoveryEndSource} at {F(recoveryEnd)} s, is not after it: no recovery)";
            recoveryEnd = end;
        }

        return new ExercisePhases
        {
            Method = method,
            RestStartSeconds = restStart,
            ExerciseStartSeconds = start,
            ExerciseEndSeconds = end,
            RecoveryEndSeconds = recoveryEnd,
            RestStartSource = restStartSource,
            ExerciseStartSource = startSource,
            ExerciseEndSource = endSource,
            RecoveryEndSource = recoveryEndSource,
        };
    }

    private static Marker? FindMarker(Recording recording, IReadOnlyList<string> labels, bool first)
    {
        Marker? found = null;
        var wanted = labels.Select(MarkerLabel.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var m in recording.Markers)
        {
            if (!wanted.Contains(MarkerLabel.Key(m.Label))) continue;
            if (first) return m;
            found = m;
        }

        return found;
    }


    private static (double, string) MarkerBoundary(Recording recording, IReadOnlyList<string> labels, bool first, string what)
    {
        var m = FindMarker(recording, labels, first);
        return m is null
            ? (double.NaN, $"no exercise found: no marker labelled {string.Join(" / ", labels.Select(l => $"'{l}'"))} for exercise {what}")
            : (m.TimeSeconds, $"marker '{m.Label}' at {F(m.TimeSeconds)} s");
    }

    private static (double Start, double End, string StartSource, string EndSource) FromLoad(SampledChannel? load, double level, double coolDownFraction)
    {
        if (load is null || load.Count == 0)
        {
            const string none = "no exercise found: the recording has no load (power) column";
            return (double.NaN, double.NaN, none, none);
        }

        var t = load.TimesSeconds;
        var v = load.Values;
        int first = -1, last = -1;
        for (var i = 0; i < v.Length; i++)
        {
            if (!(v[i] > level)) continue;
            if (first < 0) first = i;
            last = i;
        }

        var unit = load.Unit.Length > 0 ? " " + load.Unit : string.Empty;
        if (first < 0)
        {
            var none = $"no exercise found: load column {load.Name} has no value > {F(level)}{unit}";
            return (double.NaN, double.NaN, none, none);
        }

        // An active cool-down: the last load above the level is a constant one (within 5 % or 1 unit), held for at least
        // ActiveCoolDownSeconds, at most the fraction of the load right before it; exercise ends before it.
        var end = last;
        var coolDown = v[last];
        if (coolDownFraction > 0)
        {
            var tolerance = Math.Max(1, 0.05 * coolDown);
            var k = last;
            while (k > first && Math.Abs(v[k - 1] - coolDown) <= tolerance) k--;
            var before = k - 1;
            if (before >= first && t[last] - t[k] >= ActiveCoolDownSeconds && coolDown <= coolDownFraction * v[before]) end = before;
        }

        var endSource = end == last
            ? $"load: last sample of {load.Name} above {F(level)}{unit} (load then drops to the recovery level)"
            : $"load: last sample of {load.Name} before it drops to a constant {F(coolDown)}{unit} (≤ {F(100 * coolDownFraction)} % of {F(v[end])}{unit}) for the rest of the time above {F(level)}{unit}: an active cool-down";
        return (t[first], t[end], $"load: first sample of {load.Name} above {F(level)}{unit}", endSource);
    }

    private static (double Start, double End, string StartSource, string EndSource) FromCurve(HeartRateCurve curve)
    {
        if (curve.Count < 3 || curve.End - curve.Start < 40)
        {
            const string none = "no exercise found: the heart-rate curve is shorter than 40 s";
            return (double.NaN, double.NaN, none, none);
        }

        // Peak of the 10-s mean: exercise end.
        var (peak, peakStart) = curve.ExtremeMean(curve.Start, curve.End, 10, highest: true);
        var end = peakStart + 5;
        var (low, _) = curve.ExtremeMean(curve.Start, end, 30, highest: false);
        if (double.IsNaN(low)) (low, _) = curve.ExtremeMean(curve.Start, end, Math.Max(1, end - curve.Start), highest: false);
        if (double.IsNaN(low) || peak - low < MinimumHeartRateRiseBpm)
        {
            var none = string.Create(CultureInfo.InvariantCulture,
                $"no exercise found: heart rate rises only {peak - low:0.#} bpm above its lowest 30-s mean before the peak (needs {MinimumHeartRateRiseBpm} bpm)");
            return (double.NaN, double.NaN, none, none);
        }

        var threshold = low + (0.1 * (peak - low));
        var start = double.NaN;
        var times = curve.Times;
        var peakCentre = end;
        for (var i = TimeRangeIndex(times, peakCentre) - 1; i >= 0; i--)
        {
            var c = times[i];
            var m = curve.Mean(Math.Max(curve.Start, c - 15), Math.Min(curve.End, c + 15));
            if (m <= threshold)
            {
                start = c;
                break;
            }
        }

        if (double.IsNaN(start)) start = curve.Start;
        var (plateauEnd, plateauBpm, tau, slope) = PeakPlateauEnd.Find(curve, peakCentre, peak, low);
        var fit = double.IsPositiveInfinity(tau)
            ? string.Create(CultureInfo.InvariantCulture, $"plateau-then-linear fit: falling {-60 * slope:0.#} bpm/min")
            : string.Create(CultureInfo.InvariantCulture, $"plateau-then-exponential fit: τ {tau:0} s, falling {-60 * slope:0.#} bpm/min at first");
        var endSource = double.IsNaN(plateauBpm)
            ? "heart-rate curve: centre of the highest 10-s mean HR (no recovery after it to fit a plateau end to)"
            : plateauEnd == peakCentre
                ? $"heart-rate curve: centre of the highest 10-s mean HR, where it starts to fall ({fit})"
                : string.Create(CultureInfo.InvariantCulture,
                    $"heart-rate curve: end of the peak plateau, {plateauEnd - peakCentre:0} s after the centre of the highest 10-s mean HR ({fit}; plateau {plateauBpm:0.#} bpm)");
        return (start, plateauEnd,
            string.Create(CultureInfo.InvariantCulture, $"heart-rate curve: last time before the peak with 30-s mean HR ≤ {threshold:0.#} bpm (rest + 10 % of the rise)"),
            endSource);
    }

    private static int TimeRangeIndex(ReadOnlySpan<double> times, double value) => HrResponse.Internal.TimeRange.LowerBound(times, value);

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
