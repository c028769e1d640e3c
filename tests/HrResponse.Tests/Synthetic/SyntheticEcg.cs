namespace HrResponse.Ecg.Internal;

/// <summary>
/// A fixed-seed synthetic ECG with known R-peak times for tests and benchmarks: each beat is a sum of Gaussian
/// P, Q, R, S and T waves (in mV, R = 1 mV) centred on its R time; RR varies with a 0.25 Hz respiratory modulation
/// and random jitter; optional baseline wander (0.3 Hz) and white noise.
/// </summary>
internal static class SyntheticEcg
{
    private static readonly (double Offset, double Amplitude, double Width)[] Waves =
    [
        (-0.20, 0.15, 0.025), (-0.03, -0.10, 0.008), (0.0, 1.0, 0.010), (0.03, -0.25, 0.010), (0.25, 0.30, 0.040),
    ];

    public static (double[] Signal, double[] RTimesSeconds) Generate(
        double fs, double seconds, int seed = 1, double meanRrSeconds = 0.8, double noiseMv = 0.02, double wanderMv = 0.1)
    {
        var random = new Random(seed);
        var n = (int)(seconds * fs);
        var x = new double[n];
        var times = new List<double>();
        var t = 0.5;
        while (t < seconds - 0.5)
        {
            times.Add(t);
            var rr = meanRrSeconds * (1 + (0.05 * Math.Sin(2 * Math.PI * 0.25 * t))) + (0.02 * Gaussian(random));
            t += Math.Max(0.35, rr);
        }

        foreach (var r in times)
        {
            var from = Math.Max(0, (int)((r - 0.35) * fs));
            var to = Math.Min(n - 1, (int)((r + 0.45) * fs));
            for (var i = from; i <= to; i++)
            {
                var ti = i / fs;
                foreach (var (offset, amplitude, width) in Waves)
                {
                    var d = (ti - r - offset) / width;
                    x[i] += amplitude * Math.Exp(-0.5 * d * d);
                }
            }
        }

        for (var i = 0; i < n; i++)
            x[i] += (wanderMv * Math.Sin(2 * Math.PI * 0.3 * i / fs)) + (noiseMv * Gaussian(random));
        return (x, times.ToArray());
    }

    public static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
