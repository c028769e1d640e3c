using System.Globalization;
using HrResponse.Autonomic.Internal;

namespace HrResponse.Autonomic;

/// <summary>
/// The Valsalva manoeuvre from beats, and from beat-to-beat blood pressure when the recording has it (per-beat
/// <c>sbp</c>/<c>dbp</c> channels, or a continuous pressure waveform). Stateless.
/// </summary>
/// <remarks>
/// <para><b>Strain.</b> From <see cref="ValsalvaOptions.StrainStartSeconds"/>/<see cref="ValsalvaOptions.StrainEndSeconds"/>,
/// else markers (<see cref="ValsalvaOptions.StartMarkerLabels"/>, <see cref="ValsalvaOptions.EndMarkerLabels"/>), else
/// detected (not when more than 10 % of the beats differ by more than 30 % from the median of their 7 neighbours, or,
/// through <see cref="AutonomicAnalysis"/>, were found to be artifacts by its beat correction: <see cref="ProblemCode.NoisyData"/>). From pressure
/// (usable when ≥ 80 % of beats have it, the median beat-to-beat change of SBP is ≤ 4 mmHg and the median pulse
/// pressure ≥ 25 mmHg): a coarse window is the 8–30 s stretch whose pulse pressure (SBP − DBP, 3-beat median) is lowest
/// against the 20 s on either side; the phase III nadir is the beat in it (or up to 6 s after) that ends the sharpest
/// 1–2-beat SBP fall followed by the largest rise within 6 s; the release is the beat before the largest one-beat fall
/// into that nadir (the start of the phase III drop); the start is the foot of the phase I rise: the largest SBP rise
/// over up to 3 beats, 8–25 s before the release, whose peak reaches the median SBP of the 20 s before that search
/// window, taken at the last beat still within a quarter of the rise. Without usable pressure:
/// the release is the last beat of the heart-rate peak (within 10 % of the fall) followed by the largest fall within 20 s
/// (at least 10 bpm), the start the last
/// time before it when heart rate was at the baseline level (median of the preceding 30 s). When neither works the
/// indices are NaN and the problem is <see cref="ProblemCode.EventNotDetected"/>.</para>
/// <para><b>Ratio.</b> Valsalva ratio = longest RR ending within 30 s after release / shortest RR ending during the
/// strain (Ewing 1985; <see cref="AutonomicCitations.ValsalvaRatio"/>).</para>
/// </remarks>
public static class ValsalvaAnalysis
{
    /// <summary>Analyses the Valsalva manoeuvre in a recording.</summary>
    /// <param name="recording">The recording (beats; markers and pressure channels when present).</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="ValsalvaOptions.Default"/>.</param>
    /// <returns>The result; NaN indices and problems instead of exceptions for missing or unusable data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="ArgumentException">Only one explicit strain time is given, the end is not after the start, or a duration option is not positive.</exception>
    public static ValsalvaResult Compute(Recording recording, ValsalvaOptions? options = null) => Compute(recording, options, null);

    /// <summary>As <see cref="Compute(Recording, ValsalvaOptions?)"/>, with the number of artifacts the caller's beat correction found in the source beats (they no longer show in corrected beats).</summary>
    internal static ValsalvaResult Compute(Recording recording, ValsalvaOptions? options, int? sourceArtifacts)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= ValsalvaOptions.Default;
        Validate(options);
        var problems = new List<AnalysisProblem>();
        var beats = recording.Beats;
        var times = beats.BeatTimesSeconds.ToArray();
        var rr = beats.Milliseconds.ToArray();
        var hr = BeatWindow.HeartRate(rr);
        var ratioDefinition = Inv(
            $"longest RR ending within {options.RatioWindowAfterRelease.TotalSeconds:0.#} s after release / shortest RR ending during the strain (Ewing 1985)");
        if (beats.Count < 10)
        {
            problems.Add(new(ProblemCode.NoBeats, "The Valsalva ratio needs beat-to-beat data; the recording has fewer than 10 beats.", "VALSALVA_Ratio"));
            return new ValsalvaResult
            {
                StrainStartSeconds = double.NaN, StrainEndSeconds = double.NaN, StrainSource = EventTimeSource.NotFound,
                Problems = problems, RatioDefinition = ratioDefinition,
            };
        }

        var pressure = BeatPressure.From(recording, times);
        var pressureUsable = pressure is not null && PressureIsUsable(pressure, times, problems);
        if (pressure is null)
            problems.Add(new(ProblemCode.PressureMissing, "No blood pressure in the recording: the Valsalva pressure landmarks, pressure recovery time and baroreflex sensitivities are NaN.", "VALSALVA_SBP_I"));

        var (start, end, source) = FindStrain(recording, options, times, hr, pressureUsable ? pressure : null, sourceArtifacts, problems);
        if (source == EventTimeSource.NotFound)
        {
            return new ValsalvaResult
            {
                StrainStartSeconds = double.NaN, StrainEndSeconds = double.NaN, StrainSource = source,
                HasPressure = pressureUsable, Problems = problems, RatioDefinition = ratioDefinition,
            };
        }

        if (end - start < options.MinimumStrainDuration.TotalSeconds)
        {
            problems.Add(new(ProblemCode.StrainTooShort, Inv(
                $"The strain lasted {end - start:0.0} s, less than ValsalvaOptions.MinimumStrainDuration ({options.MinimumStrainDuration.TotalSeconds:0.#} s); the standard strain is 15 s at 40 mmHg, and a short strain may understate the ratio."),
                "VALSALVA_Ratio"));
        }

        var baselineFrom = start - options.BaselineDuration.TotalSeconds;
        if (times[0] > baselineFrom + 5)
            problems.Add(new(ProblemCode.TestWindowTooShort, Inv($"Only {Math.Max(0, start - times[0]):0.#} s were recorded before the strain; the baseline is meant to last {options.BaselineDuration.TotalSeconds:0.#} s."), "VALSALVA_HR_Baseline"));
        var afterWindow = options.RatioWindowAfterRelease.TotalSeconds;
        if (times[^1] < end + afterWindow)
            problems.Add(new(ProblemCode.TestWindowTooShort, Inv($"The recording ends {Math.Max(0, times[^1] - end):0.#} s after the release; the longest RR is sought over {afterWindow:0.#} s."), "VALSALVA_Ratio"));

        var reconstructed = beats.Reconstructed;
        var (ws, we) = BeatWindow.Range(times, baselineFrom, end + afterWindow);
        var corrected = 0;
        for (var i = ws; i < we; i++) if (reconstructed[i]) corrected++;
        if (we > ws && corrected > 0.2 * (we - ws))
            problems.Add(new(ProblemCode.NoisyData, Inv($"{corrected} of {we - ws} beats around the manoeuvre were corrected; the RR landmarks are unreliable."), "VALSALVA_Ratio"));

        var shortest = BeatWindow.ArgExtreme(times, rr, start, end, max: false);
        var longest = BeatWindow.ArgExtreme(times, rr, end + 1e-9, end + afterWindow, max: true);
        var hrMax = BeatWindow.ArgExtreme(times, hr, start, end, max: true);
        var result = new ValsalvaResult
        {
            StrainStartSeconds = start,
            StrainEndSeconds = end,
            StrainSource = source,
            BaselineHeartRateBpm = BeatWindow.Mean(times, hr, baselineFrom, start - 1e-9),
            MaxHeartRateDuringStrainBpm = hrMax >= 0 ? hr[hrMax] : double.NaN,
            ShortestRrDuringStrainMs = shortest >= 0 ? rr[shortest] : double.NaN,
            ShortestRrTimeSeconds = shortest >= 0 ? times[shortest] : double.NaN,
            LongestRrAfterReleaseMs = longest >= 0 ? rr[longest] : double.NaN,
            LongestRrTimeSeconds = longest >= 0 ? times[longest] : double.NaN,
            RatioDefinition = ratioDefinition,
            HasPressure = pressureUsable,
        };

        if (pressureUsable)
            result = WithPressure(result, pressure!, times, rr, baselineFrom, options, problems);
        return result with { Problems = problems };
    }

    private static void Validate(ValsalvaOptions o)
    {
        if (o.StrainStartSeconds.HasValue != o.StrainEndSeconds.HasValue)
            throw new ArgumentException("ValsalvaOptions.StrainStartSeconds and StrainEndSeconds must be given together.", nameof(o));
        if (o.StrainStartSeconds is { } s && o.StrainEndSeconds is { } e && !(e > s))
            throw new ArgumentException(Inv($"ValsalvaOptions.StrainEndSeconds ({e} s) must be after StrainStartSeconds ({s} s)."), nameof(o));
        foreach (var (name, value) in new[] { ("BaselineDuration", o.BaselineDuration), ("RatioWindowAfterRelease", o.RatioWindowAfterRelease), ("MinimumStrainDuration", o.MinimumStrainDuration) })
            if (value <= TimeSpan.Zero) throw new ArgumentException($"ValsalvaOptions.{name} must be positive; it is {value}.", nameof(o));
        ArgumentNullException.ThrowIfNull(o.StartMarkerLabels);
        ArgumentNullException.ThrowIfNull(o.EndMarkerLabels);
    }

    /// <summary>
    /// Pressure is usable when most beats have it, its pulse pressure is plausible and its beat-to-beat swings are
    /// moderate (median |ΔSBP| between successive beats ≤ 4 mmHg); otherwise a problem says why.
    /// </summary>
    private static bool PressureIsUsable(BeatPressure p, double[] times, List<AnalysisProblem> problems)
    {
        var sbp = p.SystolicMmHg;
        var dbp = p.DiastolicMmHg;
        var finite = sbp.Count(double.IsFinite);
        if (finite < 0.8 * sbp.Length)
        {
            problems.Add(new(ProblemCode.NoisyData, Inv($"Only {finite} of {sbp.Length} beats have a systolic pressure ({p.Source}); the pressure is not used."), "VALSALVA_SBP_I"));
            return false;
        }

        var swings = new List<double>();
        for (var i = 1; i < sbp.Length; i++)
            if (double.IsFinite(sbp[i]) && double.IsFinite(sbp[i - 1])) swings.Add(Math.Abs(sbp[i] - sbp[i - 1]));
        var medianSwing = BeatWindow.Median(swings);
        if (medianSwing > 4)
        {
            problems.Add(new(ProblemCode.NoisyData, Inv(
                $"The blood pressure ({p.Source}) is too noisy: the median change of systolic pressure between successive beats is {medianSwing:0.0} mmHg (more than 4); the pressure is not used."),
                "VALSALVA_SBP_I"));
            return false;
        }

        var pulse = BeatWindow.Median(sbp.Select((s, i) => s - dbp[i]));
        if (!(pulse >= 25))
        {
            problems.Add(new(ProblemCode.NoisyData, Inv(
                $"The median pulse pressure ({p.Source}) is {pulse:0.0} mmHg, below 25 mmHg: a damped or offset pressure signal is likely; the pressure is not used."),
                "VALSALVA_SBP_I"));
            return false;
        }

        return true;
    }

    private static (double Start, double End, EventTimeSource Source) FindStrain(
        Recording recording, ValsalvaOptions options, double[] times, double[] hr, BeatPressure? pressure, int? sourceArtifacts, List<AnalysisProblem> problems)
    {
        if (options.StrainStartSeconds is { } s && options.StrainEndSeconds is { } e) return (s, e, EventTimeSource.Explicit);
        var startMarker = BeatWindow.FindMarker(recording.Markers, options.StartMarkerLabels);
        if (startMarker is not null)
        {
            var endMarker = BeatWindow.FindMarker(recording.Markers, options.EndMarkerLabels, startMarker.TimeSeconds);
            if (endMarker is not null) return (startMarker.TimeSeconds, endMarker.TimeSeconds, EventTimeSource.Marker);
        }

        var suspect = sourceArtifacts ?? BeatWindow.SuspectCount(recording.Beats.Milliseconds);
        if (suspect > 0.1 * times.Length)
        {
            problems.Add(new(ProblemCode.NoisyData, Inv(
                $"{suspect} of {times.Length} beats are artifacts or differ by more than 30 % from the median of their 7 neighbours (more than 10 %): the strain is not detected automatically in beats this noisy. Give the strain start and release times."),
                "VALSALVA_Ratio"));
            problems.Add(new(ProblemCode.EventNotDetected, "The Valsalva strain was not marked or given, and the beats are too noisy to detect it; the Valsalva indices are NaN.", "VALSALVA_Ratio"));
            return (double.NaN, double.NaN, EventTimeSource.NotFound);
        }

        if (pressure is not null && DetectFromPressure(times, pressure) is { } p) return (p.Start, p.End, EventTimeSource.DetectedFromPressure);
        if (DetectFromHeartRate(times, hr) is { } h)
        {
            if (pressure is null)
                problems.Add(new(ProblemCode.Other, "The strain was detected from the heart-rate response only (no usable pressure); its start is less certain than its release.", "VALSALVA_StrainStart"));
            return (h.Start, h.End, EventTimeSource.DetectedFromHeartRate);
        }

        problems.Add(new(ProblemCode.EventNotDetected,
            "The Valsalva strain was not marked or given and could not be detected (no strain-like pulse-pressure fall with a phase III drop, and no heart-rate rise followed by a fall of at least 10 bpm); the Valsalva indices are NaN. Give the strain start and release times.",
            "VALSALVA_Ratio"));
        return (double.NaN, double.NaN, EventTimeSource.NotFound);
    }

    /// <summary>Strain from pressure (see the class remarks); <c>null</c> when no strain-like pattern is found.</summary>
    internal static (double Start, double End)? DetectFromPressure(double[] times, BeatPressure pressure)
    {
        const double dt = 0.25;
        var sbp = pressure.SystolicMmHg;
        var pp = BeatWindow.Median3(sbp.Select((s, i) => s - pressure.DiastolicMmHg[i]).ToArray());
        var t0 = times[0];
        var n = (int)((times[^1] - t0) / dt) + 1;
        if (n < 40) return null;
        var grid = BeatWindow.OnGrid(times, pp, t0, dt, n);
        var prefix = new double[n + 1];
        for (var k = 0; k < n; k++) prefix[k + 1] = prefix[k] + grid[k];
        double Sum(int a, int b) => prefix[b] - prefix[a];

        // 1. Coarse window: the stretch of 8–30 s whose pulse pressure is lowest against the 20 s on either side.
        var side = (int)(20 / dt);
        var best = double.NegativeInfinity;
        int bestS = -1, bestE = -1;
        for (var a = 1; a < n; a++)
        {
            for (var len = (int)(8 / dt); len <= (int)(30 / dt); len++)
            {
                var b = a + len;
                if (b >= n) break;
                var l0 = Math.Max(0, a - side);
                var r1 = Math.Min(n, b + side);
                var nl = a - l0;
                var nr = r1 - b;
                if (nl < 5 / dt || nr < 5 / dt) continue;
                var inside = Sum(a, b) / len;
                var outside = (Sum(l0, a) + Sum(b, r1)) / (nl + nr);
                var score = (outside - inside) / outside * Math.Sqrt(len * (double)(nl + nr) / (len + nl + nr));
                if (score > best)
                {
                    best = score;
                    bestS = a;
                    bestE = b;
                }
            }
        }

        if (bestS < 0) return null;
        var ppStart = t0 + (bestS * dt);
        var ppEnd = t0 + (bestE * dt);
        var outsideMean = (Sum(Math.Max(0, bestS - side), bestS) + Sum(bestE, Math.Min(n, bestE + side))) / (Math.Min(side, bestS) + Math.Min(side, n - bestE));
        var insideMean = Sum(bestS, bestE) / (bestE - bestS);
        if (!(insideMean < 0.8 * outsideMean)) return null;

        // 2. Phase III: the beat that ends the sharpest fall of systolic pressure (over 1–2 beats) followed by the
        //    largest rise within 6 s (phase IV); the release is the beat before the largest one-beat fall into it.
        var nadir = -1;
        var bestIii = double.NegativeInfinity;
        var (js, je) = BeatWindow.Range(times, ppStart + 6, ppEnd + 6);
        for (var j = Math.Max(js, 2); j < je; j++)
        {
            if (!double.IsFinite(sbp[j])) continue;
            var fall = Math.Max(sbp[j - 1], sbp[j - 2]) - sbp[j];
            var top = BeatWindow.ArgExtreme(times, sbp, times[j] + 1e-9, times[j] + 6, max: true);
            if (top < 0 || !double.IsFinite(fall)) continue;
            var score = fall + (sbp[top] - sbp[j]);
            if (score > bestIii)
            {
                bestIii = score;
                nadir = j;
            }
        }

        if (nadir < 2) return null;
        var lowest = BeatWindow.ArgExtreme(times, sbp, times[nadir], times[nadir] + 2, max: false);
        if (lowest >= 0) nadir = lowest;
        var release = nadir - 1;
        var biggestFall = double.NegativeInfinity;
        for (var i = nadir; i > 0 && times[i] >= times[nadir] - 5; i--)
        {
            var fall = sbp[i - 1] - sbp[i];
            if (fall > biggestFall)
            {
                biggestFall = fall;
                release = i - 1;
            }
        }

        var end = times[release];

        // 3. Phase I: the foot of the largest rise of systolic pressure over up to 3 beats, 8–25 s before the release,
        //    whose peak reaches the pre-strain level (median of the 20 s before that search window); late phase II
        //    recovery rises from well below it. The start is the last beat of the foot still within a quarter of the rise.
        var preLevel = BeatWindow.Median(Enumerable.Range(0, sbp.Length).Where(i => times[i] >= end - 45 && times[i] < end - 25).Select(i => sbp[i]));
        var foot = -1;
        var footPeak = -1;
        var bestRise = double.NegativeInfinity;
        var (fs, fe) = BeatWindow.Range(times, end - 25, end - 8);
        for (var pass = 0; pass < 2 && foot < 0; pass++)
        {
            for (var j = fs; j < fe; j++)
            {
                if (!double.IsFinite(sbp[j])) continue;
                for (var k = j + 1; k <= j + 3 && k < sbp.Length; k++)
                {
                    if (!double.IsFinite(sbp[k]) || (pass == 0 && !(sbp[k] >= preLevel))) continue;
                    if (sbp[k] - sbp[j] > bestRise)
                    {
                        bestRise = sbp[k] - sbp[j];
                        foot = j;
                        footPeak = k;
                    }
                }
            }
        }

        if (foot >= 0)
        {
            var level = sbp[foot] + (0.25 * bestRise);
            for (var i = foot + 1; i < footPeak; i++)
                if (sbp[i] <= level) foot = i;
        }

        var start = foot >= 0 ? times[foot] : ppStart;
        return end - start >= 5 ? (start, end) : null;
    }

    /// <summary>Strain from the heart-rate response (see the class remarks); <c>null</c> when there is none.</summary>
    internal static (double Start, double End)? DetectFromHeartRate(double[] times, double[] hr)
    {
        var smooth = BeatWindow.Median5(hr);
        var bestDrop = 0.0;
        var peak = -1;
        for (var i = 0; i < smooth.Length; i++)
        {
            var low = BeatWindow.ArgExtreme(times, smooth, times[i] + 1e-9, times[i] + 20, max: false);
            if (low < 0) continue;
            var drop = smooth[i] - smooth[low];
            if (drop > bestDrop)
            {
                bestDrop = drop;
                peak = i;
            }
        }

        if (peak < 0 || bestDrop < 10) return null;

        // The release is the last beat of the tachycardia plateau before the fall (within 10 % of the fall from the peak).
        while (peak + 1 < smooth.Length && smooth[peak + 1] >= smooth[peak] - (0.1 * bestDrop)) peak++;
        var end = times[peak];
        var baseline = BeatWindow.Median(Enumerable.Range(0, smooth.Length)
            .Where(i => times[i] >= end - 60 && times[i] < end - 30).Select(i => smooth[i]));
        if (double.IsNaN(baseline)) baseline = BeatWindow.Median(Enumerable.Range(0, peak).Select(i => smooth[i]));
        var start = double.NaN;
        for (var i = peak - 1; i >= 0 && times[i] >= end - 30; i--)
        {
            if (smooth[i] <= baseline && end - times[i] >= 5)
            {
                start = times[i];
                break;
            }
        }

        return double.IsNaN(start) ? null : (start, end);
    }

    private static ValsalvaResult WithPressure(
        ValsalvaResult r, BeatPressure p, double[] times, double[] rr, double baselineFrom, ValsalvaOptions options, List<AnalysisProblem> problems)
    {
        var sbp = p.SystolicMmHg;
        var dbp = p.DiastolicMmHg;
        double start = r.StrainStartSeconds, end = r.StrainEndSeconds;
        SystolicLandmark At(int i) => i >= 0 ? new SystolicLandmark(times[i], sbp[i]) : SystolicLandmark.None;

        var baseline = BeatWindow.Mean(times, sbp, baselineFrom, start - 1e-9);
        var i1 = BeatWindow.ArgExtreme(times, sbp, start, start + 5, max: true);
        var i2e = i1 >= 0 ? BeatWindow.ArgExtreme(times, sbp, times[i1] + 1e-9, end - 1, max: false) : -1;
        var i2l = i2e >= 0 ? BeatWindow.ArgExtreme(times, sbp, times[i2e], end, max: true) : -1;
        var i3 = BeatWindow.ArgExtreme(times, sbp, end + 1e-9, end + 5, max: false);
        var i4 = i3 >= 0 ? BeatWindow.ArgExtreme(times, sbp, times[i3] + 1e-9, times[i3] + 10, max: true) : -1;

        var prt = double.NaN;
        var notRecovered = false;
        if (i3 >= 0 && double.IsFinite(baseline))
        {
            for (var i = i3 + 1; i < times.Length && times[i] <= times[i3] + 30; i++)
            {
                if (sbp[i] >= baseline)
                {
                    prt = times[i] - times[i3];
                    break;
                }
            }

            notRecovered = double.IsNaN(prt) && times[^1] >= times[i3] + 30;
        }

        var brsv = double.NaN;
        if (i1 >= 0 && i2e > i1 + 1)
        {
            var xs = sbp[i1..(i2e + 1)];
            var ys = rr[i1..(i2e + 1)];
            brsv = Slope(xs, ys);
        }

        var ppBaseline = BeatWindow.Mean(times, sbp.Select((s, i) => s - dbp[i]).ToArray(), baselineFrom, start - 1e-9);
        var ppStrain = BeatWindow.Mean(times, sbp.Select((s, i) => s - dbp[i]).ToArray(), start + 5, end);
        var fall = 100 * (1 - (ppStrain / ppBaseline));
        if (fall < options.MinimumPulsePressureFallPercent)
        {
            problems.Add(new(ProblemCode.StrainTooWeak, Inv(
                $"Pulse pressure fell by only {fall:0} % during phase II (ValsalvaOptions.MinimumPulsePressureFallPercent = {options.MinimumPulsePressureFallPercent:0} %): the strain was probably too weak to load the baroreflex."),
                "VALSALVA_Ratio"));
        }

        var result = r with
        {
            BeatSystolicMmHg = sbp,
            BaselineSystolicMmHg = baseline,
            PhaseI = At(i1),
            EarlyPhaseII = At(i2e),
            LatePhaseII = At(i2l),
            PhaseIII = At(i3),
            PhaseIV = At(i4),
            PressureRecoveryTimeSeconds = prt,
            PressureNotRecovered = notRecovered,
            VagalBaroreflexGainMsPerMmHg = brsv,
        };
        var reasons = new List<string>();
        if (result.LatePhaseIIRecoveryMmHg <= 0) reasons.Add("no late phase II recovery");
        if (result.PhaseIVOvershootMmHg <= 0) reasons.Add("no phase IV overshoot");
        if (notRecovered) reasons.Add("systolic pressure not back to baseline within 30 s");
        var rated = double.IsFinite(result.LatePhaseIIRecoveryMmHg) && double.IsFinite(result.PhaseIVOvershootMmHg);
        return result with
        {
            PressureRating = !rated ? AutonomicRating.NotRated : reasons.Count > 0 ? AutonomicRating.Abnormal : AutonomicRating.Normal,
            PressureRatingReason = !rated ? string.Empty
                : reasons.Count > 0 ? "adrenergic failure pattern: " + string.Join(", ", reasons)
                : Inv($"late phase II recovery {result.LatePhaseIIRecoveryMmHg:0} mmHg, phase IV overshoot {result.PhaseIVOvershootMmHg:0} mmHg"),
        };
    }

    /// <summary>Least-squares slope of y on x over the finite pairs; NaN with fewer than 3 or no spread in x.</summary>
    internal static double Slope(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) continue;
            sx += x[i];
            sy += y[i];
            n++;
        }

        if (n < 3) return double.NaN;
        double mx = sx / n, my = sy / n, sxx = 0, sxy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) continue;
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }

        return sxx > 0 ? sxy / sxx : double.NaN;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
