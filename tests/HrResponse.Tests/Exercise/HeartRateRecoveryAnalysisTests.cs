using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

public class HeartRateRecoveryAnalysisTests
{
    [Test]
    public void T30Seconds_PureExponential_EqualsTau()
    {
        var t = Enumerable.Range(0, 61).Select(i => i * 0.5).ToArray();
        var hr = t.Select(x => 170 * Math.Exp(-x / 80)).ToArray();
        Assert.That(HeartRateRecoveryAnalysis.T30Seconds(t, hr), Is.EqualTo(80).Within(1e-9));
    }

    [Test]
    public void T30Seconds_ExponentialWithOffset_MatchesLeastSquaresClosedForm()
    {
        // HR = 90 + 80·exp(−t/60) sampled every 0.7 s from 0 to 30 s; T30 = −1 / OLS slope of ln HR on t.
        var t = new List<double>();
        for (var x = 0.0; x <= 30; x += 0.7) t.Add(x);
        var hr = t.Select(x => 90 + (80 * Math.Exp(-x / 60))).ToArray();
        var ln = hr.Select(v => Math.Log(v)).ToArray();
        double mt = t.Average(), my = ln.Average();
        var slope = t.Select((x, i) => (x - mt) * (ln[i] - my)).Sum() / t.Select(x => (x - mt) * (x - mt)).Sum();
        Assert.That(HeartRateRecoveryAnalysis.T30Seconds(t.ToArray(), hr), Is.EqualTo(-1 / slope).Within(1e-9));
        // And the continuous closed form near t = 0: d ln HR/dt = −A/(τ (c + A)) → T30 ≈ τ (c + A)/A = 127.5 s (the OLS
        // slope over 30 s is flatter, so T30 is a bit longer).
        Assert.That(-1 / slope, Is.GreaterThan(127.5).And.LessThan(160));
    }

    [Test]
    public void T30RSquared_ExactFitIsOne_ScatterAroundAFlatLineIsNearZero()
    {
        var t = Enumerable.Range(0, 61).Select(i => i * 0.5).ToArray();
        Assert.That(HeartRateRecoveryAnalysis.T30RSquared(t, t.Select(x => 170 * Math.Exp(-x / 80)).ToArray()), Is.EqualTo(1).Within(1e-12));

        // A fall of 0.02 bpm/s under ±3 bpm alternating scatter: T30 is huge and says little, R² says so.
        var flat = t.Select((x, i) => 150 - (0.02 * x) + (i % 2 == 0 ? 3 : -3)).ToArray();
        Assert.That(HeartRateRecoveryAnalysis.T30Seconds(t, flat), Is.GreaterThan(3000));
        Assert.That(HeartRateRecoveryAnalysis.T30RSquared(t, flat), Is.LessThan(0.05));

        // R² is that of the regression: the squared correlation of ln HR and time.
        var noisy = t.Select((x, i) => (170 * Math.Exp(-x / 80)) + (i % 3 == 0 ? 2 : -1)).ToArray();
        var ln = noisy.Select(v => Math.Log(v)).ToArray();
        double mt = t.Average(), my = ln.Average();
        var sty = t.Select((x, i) => (x - mt) * (ln[i] - my)).Sum();
        var r2 = sty * sty / (t.Select(x => (x - mt) * (x - mt)).Sum() * ln.Select(v => (v - my) * (v - my)).Sum());
        Assert.That(HeartRateRecoveryAnalysis.T30RSquared(t, noisy), Is.EqualTo(r2).Within(1e-12));
        Assert.That(HeartRateRecoveryAnalysis.T30RSquared([0, 10, 20], [150, 155, 160]), Is.NaN, "NaN with T30");
    }

    [Test]
    public void T30Seconds_TooFewSamplesOrRising_IsNaN()
    {
        Assert.That(HeartRateRecoveryAnalysis.T30Seconds([0, 10], [150, 140]), Is.NaN);
        Assert.That(HeartRateRecoveryAnalysis.T30Seconds([0, 10, 20], [150, 155, 160]), Is.NaN);
    }

    [TestCase(30, 1)]
    [TestCase(50, 2)]
    [TestCase(80, 3)]
    [TestCase(120, 4)]
    [TestCase(160, 5)]
    [TestCase(200, 6)]
    public void FitMonoExponential_NoisyCurveKnownTau_RecoveredWithin3Percent(double tau, int seed)
    {
        // 10 min of recovery sampled at 1 Hz with Gaussian noise (SD 2 bpm): HR = 95 + 75·exp(−t/τ) + noise.
        var random = new Random(seed);
        var t = Enumerable.Range(0, 601).Select(i => (double)i).ToArray();
        var hr = t.Select(x => 95 + (75 * Math.Exp(-x / tau)) + (2 * Gaussian(random))).ToArray();
        var fit = HeartRateRecoveryAnalysis.FitMonoExponential(t, hr);
        Assert.That(fit.TauSeconds, Is.EqualTo(tau).Within(3).Percent);
        Assert.That(fit.AsymptoteBpm, Is.EqualTo(95).Within(2));
        Assert.That(fit.RSquared, Is.GreaterThan(0.9));
        Assert.That(fit.Reason, Is.Null);
    }

    [Test]
    public void FitMonoExponential_NoiseFree_IsExact()
    {
        var t = Enumerable.Range(0, 200).Select(i => i * 0.9).ToArray();
        var hr = t.Select(x => 100 + (60 * Math.Exp(-x / 45))).ToArray();
        var fit = HeartRateRecoveryAnalysis.FitMonoExponential(t, hr);
        Assert.That(fit.TauSeconds, Is.EqualTo(45).Within(1e-4));
        Assert.That(fit.AmplitudeBpm, Is.EqualTo(60).Within(1e-4));
        Assert.That(fit.RSquared, Is.EqualTo(1).Within(1e-9));
    }

    [Test]
    public void FitMonoExponential_RisingHeartRate_NaNWithReason()
    {
        var t = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var fit = HeartRateRecoveryAnalysis.FitMonoExponential(t, t.Select(x => 100 + x).ToArray());
        Assert.That(fit.TauSeconds, Is.NaN);
        Assert.That(fit.Reason, Is.Not.Null);
    }

    [TestCase(RecoveryPosture.Active, 12)]
    [TestCase(RecoveryPosture.Seated, 12)]
    [TestCase(RecoveryPosture.Supine, 18)]
    public void Hrr60Cutoff_ByPosture(RecoveryPosture posture, double expected)
    {
        var (cutoff, citation) = HeartRateRecoveryAnalysis.Hrr60Cutoff(posture);
        Assert.That(cutoff, Is.EqualTo(expected));
        Assert.That(citation, Does.Contain(posture == RecoveryPosture.Supine ? "Watanabe" : "Cole"));
    }

    internal static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
