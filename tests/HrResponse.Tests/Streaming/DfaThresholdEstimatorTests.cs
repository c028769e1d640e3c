using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Streaming;

[TestFixture]
public sealed class DfaThresholdEstimatorTests
{
    [Test]
    public void Fit_ExactLine_HandComputedCrossings()
    {
        // α1 = 2 − 0.01·HR: 0.75 at 125 bpm, 0.5 at 150 bpm (outside the observed α1 range 0.6–1.0).
        var fit = DfaThresholdEstimator.Fit([100, 120, 140], [1.0, 0.8, 0.6]);
        Assert.That(fit.Slope, Is.EqualTo(-0.01).Within(1e-12));
        Assert.That(fit.Intercept, Is.EqualTo(2).Within(1e-12));
        Assert.That(fit.RSquared, Is.EqualTo(1).Within(1e-12));
        Assert.That(fit.Alpha075.Value, Is.EqualTo(125).Within(1e-9));
        Assert.That(fit.Alpha075.StandardError, Is.EqualTo(0).Within(1e-5), "rounding in SSE = Syy − b·Sxy");
        Assert.That(fit.Alpha075.Confidence, Is.EqualTo(DfaThresholdConfidence.High));
        Assert.That(fit.Alpha050.Value, Is.EqualTo(150).Within(1e-9));
        Assert.That(fit.Alpha050.IsExtrapolated, Is.True);
        Assert.That(fit.Alpha050.Confidence, Is.EqualTo(DfaThresholdConfidence.Low));
    }

    [Test]
    public void Fit_NoisyLine_InversePredictionStandardError()
    {
        // x = 100, 110, 120, 130; y = 1.0, 0.95, 0.75, 0.7 → b = −0.011, a = 2.1075, residuals 0.002,… by hand:
        double[] x = [100, 110, 120, 130];
        double[] y = [1.0, 0.95, 0.75, 0.7];
        const double mx = 115, my = 0.85, sxx = 500;
        const double sxy = (-15 * 0.15) + (-5 * 0.1) + (5 * -0.1) + (15 * -0.15);
        const double b = sxy / sxx;
        const double a = my - (b * mx);
        var sse = x.Select((v, i) => Math.Pow(y[i] - (a + (b * v)), 2)).Sum();
        var s = Math.Sqrt(sse / 2);
        var se = s / Math.Abs(b) * Math.Sqrt(0.25 + (Math.Pow(0.75 - my, 2) / (b * b * sxx)));
        var fit = DfaThresholdEstimator.Fit(x, y);
        Assert.That(fit.Alpha075.Value, Is.EqualTo((0.75 - a) / b).Within(1e-9));
        Assert.That(fit.Alpha075.StandardError, Is.EqualTo(se).Within(1e-9));
    }

    [Test]
    public void Fit_RisingAlpha_NoEstimate()
    {
        var fit = DfaThresholdEstimator.Fit([100, 120, 140], [0.6, 0.8, 1.0]);
        Assert.That(fit.Alpha075.Value, Is.NaN);
        Assert.That(fit.Alpha075.Confidence, Is.EqualTo(DfaThresholdConfidence.None));
    }

    [Test]
    public void Fit_TooFewPoints_NaN()
    {
        Assert.That(DfaThresholdEstimator.Fit([100, 120], [1.0, 0.8]).Alpha075.Value, Is.NaN);
    }

    [Test]
    public void Compute_ExcludesArtifactWindowsAndAveragesPower()
    {
        RollingHrvSnapshot Snap(double end, double hr, double alpha, double artifacts) =>
            new() { EndSeconds = end, HeartRateBpm = hr, DfaAlpha1 = alpha, ArtifactPercent = artifacts };
        var snapshots = new[]
        {
            Snap(20, 100, 1.0, 0), Snap(40, 120, 0.8, 0), Snap(60, 140, 0.6, 0), Snap(80, 160, 1.5, 50), Snap(100, 160, double.NaN, 0),
        };
        // Power 10 W per second of time: mean over (end − 20, end] of samples at every second.
        var t = Enumerable.Range(0, 101).Select(i => (double)i).ToArray();
        var power = SampledChannel.Create("power_w", "W", t, [.. t.Select(v => 10 * v)]);
        var result = DfaThresholdEstimator.Compute(snapshots, TimeSpan.FromSeconds(20), power);
        Assert.That(result.ExcludedCount, Is.EqualTo(2));
        Assert.That(result.HeartRate.Count, Is.EqualTo(3));
        Assert.That(result.HeartRate.Alpha075.Value, Is.EqualTo(125).Within(1e-9));
        // Window means 105, 305, 505 W (samples 1..20, 21..40, 41..60): α1 = 1.105 − 0.001·P → 0.75 at 355 W.
        Assert.That(result.Power!.Alpha075.Value, Is.EqualTo(355).Within(1e-9));
        Assert.That(result.ToIndexTable()["DFA_HR_VT1"], Is.EqualTo(125).Within(1e-9));
    }
}
