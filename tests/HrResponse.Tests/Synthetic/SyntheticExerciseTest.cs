using HrResponse.Internal;

namespace HrResponse.Exercise;

/// <summary>
/// A synthetic beat-to-beat graded exercise test with known truth, for tests and benchmarks (not part of the shipped
/// library; the benchmarks compile this file too): rest at a
/// constant heart rate, a stepped cycle-ergometer protocol (load +<c>stepW</c> every minute from <c>stepW</c>) with
/// heart rate rising linearly from rest to peak (reached <c>plateauSeconds</c> before exercise ends, then held), then recovery <c>HR(t) = asymptote + (peak − asymptote)·exp(−t/τ)</c>
/// at 0 W. Beats are placed by integrating the heart rate; each RR interval gets Gaussian jitter.
/// </summary>
internal static class SyntheticExerciseTest
{
    /// <summary>Creates a synthetic test. Exercise starts at 0 s; rest has negative times.</summary>
    /// <param name="seed">Random seed of the jitter.</param>
    /// <param name="restSeconds">Rest before exercise, seconds; ≥ 0.</param>
    /// <param name="exerciseSeconds">Exercise duration, seconds; &gt; 0.</param>
    /// <param name="recoverySeconds">Recovery duration, seconds; ≥ 0.</param>
    /// <param name="restBpm">Resting heart rate, bpm.</param>
    /// <param name="peakBpm">Heart rate at exercise end, bpm.</param>
    /// <param name="recoveryAsymptoteBpm">Heart rate recovery tends to, bpm.</param>
    /// <param name="tauSeconds">Recovery time constant τ, seconds; &gt; 0.</param>
    /// <param name="jitterMs">Standard deviation of the Gaussian RR jitter, ms; ≥ 0.</param>
    /// <param name="stepW">Load step, W; &gt; 0.</param>
    /// <param name="ageYears">Subject age, years (stored in <see cref="Recording.Subject"/>).</param>
    /// <param name="plateauSeconds">Time at the peak heart rate before exercise ends, seconds; in [0, exerciseSeconds).</param>
    /// <returns>A recording with beats, a <c>power_w</c> load channel and the subject's age.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A duration, rate or τ is out of range.</exception>
    public static Recording Create(
        int seed = 1, double restSeconds = 180, double exerciseSeconds = 720, double recoverySeconds = 300,
        double restBpm = 65, double peakBpm = 180, double recoveryAsymptoteBpm = 95, double tauSeconds = 60,
        double jitterMs = 8, double stepW = 25, double ageYears = 40, double plateauSeconds = 0)
    {
        Guard.InRange(restSeconds, 0, 1e5, nameof(restSeconds));
        Guard.Positive(exerciseSeconds, nameof(exerciseSeconds));
        Guard.InRange(recoverySeconds, 0, 1e5, nameof(recoverySeconds));
        Guard.InRange(restBpm, 20, 250, nameof(restBpm));
        Guard.InRange(peakBpm, 20, 250, nameof(peakBpm));
        Guard.InRange(recoveryAsymptoteBpm, 20, 250, nameof(recoveryAsymptoteBpm));
        Guard.Positive(tauSeconds, nameof(tauSeconds));
        Guard.InRange(jitterMs, 0, 200, nameof(jitterMs));
        Guard.Positive(stepW, nameof(stepW));
        Guard.InRange(plateauSeconds, 0, exerciseSeconds - 1e-9, nameof(plateauSeconds));

        var random = new Random(seed);
        double Hr(double t) => t < 0 ? restBpm
            : t <= exerciseSeconds ? restBpm + ((peakBpm - restBpm) * Math.Min(1, t / (exerciseSeconds - plateauSeconds)))
            : recoveryAsymptoteBpm + ((peakBpm - recoveryAsymptoteBpm) * Math.Exp(-(t - exerciseSeconds) / tauSeconds));
        double Load(double t) => t < 0 || t > exerciseSeconds ? 0 : stepW * (1 + Math.Floor(t / 60));

        var times = new List<double>();
        var rr = new List<double>();
        var t = -restSeconds;
        var end = exerciseSeconds + recoverySeconds;
        while (true)
        {
            var ms = (60000.0 / Hr(t)) + (jitterMs * Gaussian(random));
            ms = Math.Max(ms, 200);
            t += ms / 1000;
            if (t > end) break;
            times.Add(t);
            rr.Add(ms);
        }

        var loads = times.Select(Load).ToArray();
        return Recording.Create(
            RrIntervals.FromMilliseconds(rr.ToArray(), times.ToArray()),
            load: SampledChannel.Create("power_w", "W", times.ToArray(), loads),
            subject: new SubjectInfo { AgeYears = ageYears });
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
