using HrResponse.Ecg.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Ecg;

public class DetectorInternalsTests
{
    [Test]
    public void UniformNearest_EvenAndOddSizes_MatchScipyByHand()
    {
        double[] x = [1, 2, 3, 4, 5];
        // size 2 covers [i − 1, i]; size 3 covers [i − 1, i + 1]; edges repeat (mode="nearest").
        Assert.That(SlidingWindow.UniformNearest(x, 2), Is.EqualTo(new[] { 1, 1.5, 2.5, 3.5, 4.5 }).Within(1e-12));
        Assert.That(SlidingWindow.UniformNearest(x, 3), Is.EqualTo(new[] { 4 / 3.0, 2, 3, 4, 14 / 3.0 }).Within(1e-12));
    }

    [Test]
    public void MostProminentMaximum_PrefersProminenceOverOrder()
    {
        // Peak at 1 (3) has prominence 3 − max(0, 1) = 2; peak at 3 (5) has prominence 5.
        Assert.That(NeuroKitDetector.MostProminentMaximum([0, 3, 1, 5, 4, 4, 2, 0]), Is.EqualTo(3));
    }

    [Test]
    public void MostProminentMaximum_Plateau_TakesMiddleAndNoPeakIsMinusOne()
    {
        Assert.That(NeuroKitDetector.MostProminentMaximum([0, 2, 2, 2, 0]), Is.EqualTo(2));
        Assert.That(NeuroKitDetector.MostProminentMaximum([0, 1, 2, 3]), Is.EqualTo(-1));
    }

    [Test]
    public void MovingAverageZeroPhase_Constant_StaysConstant()
    {
        var y = SlidingWindow.MovingAverageZeroPhase(Enumerable.Repeat(2.0, 50).ToArray(), 7);
        Assert.That(y, Is.All.EqualTo(2.0).Within(1e-12));
    }
}
