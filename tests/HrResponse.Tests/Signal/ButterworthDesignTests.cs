using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class ButterworthDesignTests
{
    [Test]
    public void LowPass_Order2AtQuarterSamplingRate_MatchesScipyCoefficients()
    {
        // scipy.signal.butter(2, 0.5): b = [1 − √2/2, 2 − √2, 1 − √2/2], a = [1, 0, 3 − 2√2].
        var s = ButterworthDesign.LowPass(2, 25, 100).Single();
        var b0 = 1 - (Math.Sqrt(2) / 2);
        Assert.That(s.B0, Is.EqualTo(b0).Within(1e-12));
        Assert.That(s.B1, Is.EqualTo(2 * b0).Within(1e-12));
        Assert.That(s.B2, Is.EqualTo(b0).Within(1e-12));
        Assert.That(s.A1, Is.EqualTo(0).Within(1e-12));
        Assert.That(s.A2, Is.EqualTo(3 - (2 * Math.Sqrt(2))).Within(1e-12));
    }

    [Test]
    public void HighPass_Order2AtQuarterSamplingRate_MatchesScipyCoefficients()
    {
        // scipy.signal.butter(2, 0.5, "highpass"): b = [1 − √2/2, −(2 − √2), 1 − √2/2], a = [1, 0, 3 − 2√2].
        var s = ButterworthDesign.HighPass(2, 25, 100).Single();
        var b0 = 1 - (Math.Sqrt(2) / 2);
        Assert.That(new[] { s.B0, s.B1, s.B2, s.A1, s.A2 },
            Is.EqualTo(new[] { b0, -2 * b0, b0, 0, 3 - (2 * Math.Sqrt(2)) }).Within(1e-12));
    }

    [Test]
    public void LowPass_Order1_MatchesBilinearFormula()
    {
        // First order: K = tan(π fc / fs); b = [K, K] / (1 + K), a1 = (K − 1) / (K + 1).
        var s = ButterworthDesign.LowPass(1, 10, 360).Single();
        var k = Math.Tan(Math.PI * 10 / 360);
        Assert.That(s.IsFirstOrder, Is.True);
        Assert.That(new[] { s.B0, s.B1, s.A1 }, Is.EqualTo(new[] { k / (1 + k), k / (1 + k), (k - 1) / (k + 1) }).Within(1e-12));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    [TestCase(8)]
    public void Magnitude_AtCutoffs_IsMinus3Db_AndUnityInPassBand(int order)
    {
        const double Fs = 360;
        var low = ButterworthDesign.LowPass(order, 40, Fs);
        var high = ButterworthDesign.HighPass(order, 0.5, Fs);
        var band = ButterworthDesign.BandPass(order, 5, 15, Fs);
        var halfPower = 1 / Math.Sqrt(2);
        Assert.Multiple(() =>
        {
            Assert.That(Cascade(low, 40, Fs), Is.EqualTo(halfPower).Within(1e-9));
            Assert.That(Cascade(low, 0, Fs), Is.EqualTo(1).Within(1e-9));
            Assert.That(Cascade(high, 0.5, Fs), Is.EqualTo(halfPower).Within(1e-9));
            Assert.That(Cascade(high, Fs / 2, Fs), Is.EqualTo(1).Within(1e-9));
            Assert.That(Cascade(band, 5, Fs), Is.EqualTo(halfPower).Within(1e-9));
            Assert.That(Cascade(band, 15, Fs), Is.EqualTo(halfPower).Within(1e-9));
            Assert.That(Cascade(band, 0, Fs), Is.EqualTo(0).Within(1e-9));
            Assert.That(band, Has.Length.EqualTo(order));
            Assert.That(high, Has.Length.EqualTo((order + 1) / 2));
        });
    }

    [Test]
    public void Magnitude_HighPassOrder5_FallsAt100DbPerDecade()
    {
        var high = ButterworthDesign.HighPass(5, 0.5, 1000);
        // |H| = 1 / sqrt(1 + (fc/f)^10) (analog; the bilinear warping is negligible at 0.05 Hz, 1 kHz).
        Assert.That(Cascade(high, 0.05, 1000), Is.EqualTo(1 / Math.Sqrt(1 + 1e10)).Within(1e-3).Percent);
    }

    [TestCase(0, 10.0, 100.0)]
    [TestCase(21, 10.0, 100.0)]
    [TestCase(2, 50.0, 100.0)]
    [TestCase(2, 0.0, 100.0)]
    [TestCase(2, 10.0, -1.0)]
    public void LowPass_InvalidArguments_Throw(int order, double cutoffHz, double fs)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ButterworthDesign.LowPass(order, cutoffHz, fs));
    }

    [Test]
    public void BandPass_LowAboveHigh_ThrowsNamingLowHz()
    {
        var ex = Assert.Throws<ArgumentException>(() => ButterworthDesign.BandPass(2, 15, 5, 360));
        Assert.That(ex!.ParamName, Is.EqualTo("lowHz"));
    }

    internal static double Cascade(SecondOrderSection[] sections, double hz, double fs) =>
        sections.Aggregate(1.0, (m, s) => m * s.Magnitude(hz, fs));
}
