namespace HrResponse.Tests.Hrv;

/// <summary>
/// RR series whose interval ending at beat time tᵢ is exactly f(tᵢ) = mean + Σ aₖ sin(2π fₖ tᵢ + φₖ) (+ optional
/// fixed-seed Gaussian noise): tᵢ = tᵢ₋₁ + f(tᵢ)/1000 solved by fixed-point iteration. The resampled series is then
/// samples of f itself, so each sine carries power aₖ²/2 ms².
/// </summary>
internal static class SyntheticRr
{
    public static RrIntervals Generate(double durationSeconds, double meanMs, (double AmplitudeMs, double FrequencyHz)[] sines, double noiseSdMs = 0, int seed = 1)
    {
        var random = new Random(seed);
        var rr = new List<double>();
        var times = new List<double>();
        double t = 0;
        while (t < durationSeconds)
        {
            var noise = noiseSdMs == 0 ? 0 : noiseSdMs * Gaussian(random);
            var next = t + (meanMs / 1000);
            for (var iteration = 0; iteration < 50; iteration++) next = t + ((F(next) + noise) / 1000);
            rr.Add((next - t) * 1000);
            times.Add(next);
            t = next;
        }

        return RrIntervals.FromMilliseconds(rr.ToArray(), times.ToArray());

        double F(double time)
        {
            var v = meanMs;
            for (var k = 0; k < sines.Length; k++) v += sines[k].AmplitudeMs * Math.Sin((2 * Math.PI * sines[k].FrequencyHz * time) + (0.7 * k) + 0.2);
            return v;
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
