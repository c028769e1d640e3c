using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class SosFilterTests
{
    [Test]
    public void FilterZeroPhase_PassBandSine_IsUnchangedWithoutDelay()
    {
        const double Fs = 500;
        var x = Enumerable.Range(0, 10000).Select(i => Math.Sin(2 * Math.PI * 10 * i / Fs)).ToArray();
        var y = SosFilter.FilterZeroPhase(x, ButterworthDesign.BandPass(2, 0.5, 100, Fs));
        // Zero phase: |H|² at 10 Hz of a 0.5–100 Hz band-pass is 1 − 4e-4 and there is no lag. The first and last
        // seconds hold the 0.5 Hz high-pass's start-up transient and are not checked.
        for (var i = 2000; i < 8000; i++) Assert.That(y[i], Is.EqualTo(x[i]).Within(1e-3));
    }

    [Test]
    public void FilterZeroPhase_StopBandSine_IsRemoved()
    {
        const double Fs = 500;
        var x = Enumerable.Range(0, 5000).Select(i => Math.Sin(2 * Math.PI * 100 * i / Fs)).ToArray();
        var y = SosFilter.FilterZeroPhase(x, ButterworthDesign.LowPass(4, 20, Fs));
        // |H|² at 100 Hz (bilinear-warped ratio 5.75, order 4) is 1 / (1 + 5.75⁸) ≈ 8e-7.
        Assert.That(y.Skip(1000).SkipLast(1000).Max(Math.Abs), Is.LessThan(1e-6));
    }

    [Test]
    public void FilterZeroPhase_SymmetricPulse_PeakStaysInPlace()
    {
        var x = Enumerable.Range(0, 2001).Select(i => Math.Exp(-0.5 * Math.Pow((i - 1000) / 8.0, 2))).ToArray();
        var y = SosFilter.FilterZeroPhase(x, ButterworthDesign.LowPass(3, 15, 360));
        Assert.That(Array.IndexOf(y, y.Max()), Is.EqualTo(1000));
        for (var k = 1; k < 50; k++) Assert.That(y[1000 - k], Is.EqualTo(y[1000 + k]).Within(1e-9));
    }

    [Test]
    public void FilterZeroPhase_Constant_StaysConstantUpToTheEdges()
    {
        var x = Enumerable.Repeat(3.5, 300).ToArray();
        var y = SosFilter.FilterZeroPhase(x, ButterworthDesign.LowPass(4, 20, 360));
        Assert.That(y, Is.All.EqualTo(3.5).Within(1e-9));
    }

    [Test]
    public void Filter_Causal_MatchesDifferenceEquationByHand()
    {
        // y[n] = 0.5 x[n] + 0.5 x[n−1] − 0.25 y[n−1] for an impulse: 0.5, 0.375, −0.09375, 0.0234375.
        var section = new SecondOrderSection(0.5, 0.5, 0, 0.25, 0);
        var y = SosFilter.Filter([1, 0, 0, 0], [section]);
        Assert.That(y, Is.EqualTo(new[] { 0.5, 0.375, -0.09375, 0.0234375 }).Within(1e-15));
    }

    [Test]
    public void FilterZeroPhase_DoesNotMutateInputAndHandlesTinyInputs()
    {
        var x = new double[] { 1, 2, 3 };
        var sections = ButterworthDesign.HighPass(5, 0.5, 100);
        _ = SosFilter.FilterZeroPhase(x, sections);
        Assert.That(x, Is.EqualTo(new[] { 1.0, 2, 3 }));
        Assert.That(SosFilter.FilterZeroPhase([], sections), Is.Empty);
        Assert.That(SosFilter.FilterZeroPhase([4.0], sections), Has.Length.EqualTo(1));
    }

    [Test]
    public void Notch_AtCentre_IsZeroAndUnityFarAway()
    {
        var notch = NotchDesign.Notch(50, 500, 30);
        Assert.That(notch.Magnitude(50, 500), Is.LessThan(1e-12));
        Assert.That(notch.Magnitude(0, 500), Is.EqualTo(1).Within(1e-12));
        Assert.That(notch.Magnitude(250, 500), Is.EqualTo(1).Within(1e-12));
        // −3 dB points at f0 ± f0 / (2Q) (approximately, for a narrow notch).
        Assert.That(notch.Magnitude(50 + (50 / 60.0), 500), Is.EqualTo(1 / Math.Sqrt(2)).Within(0.01));
    }

    [Test]
    public void EcgFilterClean_RemovesMainsAndWanderKeepsQrsBand()
    {
        const double Fs = 500;
        double Qrs(int i) => Math.Sin(2 * Math.PI * 10 * i / Fs);
        var x = Enumerable.Range(0, 10000)
            .Select(i => Qrs(i) + (0.5 * Math.Sin(2 * Math.PI * 50 * i / Fs)) + (2 * Math.Sin(2 * Math.PI * 0.05 * i / Fs)))
            .ToArray();
        var y = EcgFilter.Clean(x, Fs);
        for (var i = 2000; i < 8000; i++) Assert.That(y[i], Is.EqualTo(Qrs(i)).Within(0.02));
    }

    [Test]
    public void EcgFilterClean_NaNSample_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => EcgFilter.Clean([1, double.NaN, 3], 250));
        Assert.That(ex!.Message, Does.Contain("ecg[1]"));
    }
}
