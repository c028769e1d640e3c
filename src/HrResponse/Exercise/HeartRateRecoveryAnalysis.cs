using HrResponse.Internal;

namespace HrResponse.Exercise;

/// <summary>
/// Heart-rate-recovery cut-offs and the recovery-curve measures (T30, mono-exponential τ) on recovery samples.
/// <see cref="ExerciseTestAnalysis.Compute"/> applies them to a recording.
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
    public static double T30Seconds(ReadOnlySpan<double> secondsSinceEnd, ReadOnlySpan<double> bpm)
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

        if (n < 3) return double.NaN;
        double mt = st / n, my = sy / n, stt = 0, sty = 0;
        for (var i = 0; i < bpm.Length; i++)
        {
            var t = secondsSinceEnd[i];
            if (t < 0 || t > T30WindowSeconds) continue;
            stt += (t - mt) * (t - mt);
            sty += (t - mt) * (Math.Log(bpm[i]) - my);
        }

        var slope = sty / stt;
        return slope < 0 ? -1 / slope : double.NaN;
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
