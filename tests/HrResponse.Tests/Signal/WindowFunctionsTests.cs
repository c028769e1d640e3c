using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class WindowFunctionsTests
{
    [Test]
    public void Create_HannPeriodic_IsScipyGetWindowHann()
    {
        // scipy.signal.get_window("hann", 4) = [0, 0.5, 1, 0.5]
        Assert.That(WindowFunctions.Create(WindowFunction.Hann, 4), Is.EqualTo(new[] { 0.0, 0.5, 1, 0.5 }).Within(1e-15));
    }

    [Test]
    public void Create_HannSymmetric_EndsAtZero()
    {
        Assert.That(WindowFunctions.Create(WindowFunction.Hann, 5, periodic: false), Is.EqualTo(new[] { 0.0, 0.5, 1, 0.5, 0 }).Within(1e-15));
    }

    [Test]
    public void Create_HammingSymmetric_HandValues()
    {
        Assert.That(WindowFunctions.Create(WindowFunction.Hamming, 3, periodic: false), Is.EqualTo(new[] { 0.08, 1, 0.08 }).Within(1e-15));
    }

    [Test]
    public void Create_BlackmanSymmetric_HandValues()
    {
        // 0.42 - 0.5 cos(πn/2) + 0.08 cos(πn) for n = 0..4 (M = 4)
        Assert.That(WindowFunctions.Create(WindowFunction.Blackman, 5, periodic: false), Is.EqualTo(new[] { 0.0, 0.34, 1, 0.34, 0 }).Within(1e-15));
    }

    [Test]
    public void Create_Rectangular_AllOnes()
    {
        Assert.That(WindowFunctions.Create(WindowFunction.Rectangular, 3), Is.EqualTo(new[] { 1.0, 1, 1 }));
    }
}
