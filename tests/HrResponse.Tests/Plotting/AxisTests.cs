using HrResponse.Plotting.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Plotting;

public class AxisTests
{
    [TestCase(0.7, 1)]
    [TestCase(1.3, 2)]
    [TestCase(3, 5)]
    [TestCase(7, 10)]
    [TestCase(0.023, 0.05)]
    [TestCase(180, 200)]
    public void NiceStep_RoundsUpToOneTwoFive(double rough, double expected)
    {
        Assert.That(Axis.NiceStep(rough), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Linear_ExtendsToWholeSteps()
    {
        var axis = Axis.Linear(3, 97, "x", targetTicks: 5);
        Assert.That(axis.Min, Is.Zero);
        Assert.That(axis.Max, Is.EqualTo(100));
        Assert.That(axis.Ticks, Is.EqualTo(new[] { 0.0, 20, 40, 60, 80, 100 }));
    }

    [Test]
    public void Linear_WithoutExtension_TicksInsideRange()
    {
        var axis = Axis.Linear(0.3, 9.6, "x", targetTicks: 5, extendToTicks: false);
        Assert.That(axis.Min, Is.EqualTo(0.3));
        Assert.That(axis.Ticks, Is.EqualTo(new[] { 2.0, 4, 6, 8 }));
    }

    [Test]
    public void Linear_DegenerateOrNaNRange_GivesUsableAxis()
    {
        Assert.That(Axis.Linear(5, 5, "x").Ticks, Is.Not.Empty);
        Assert.That(Axis.Linear(double.NaN, double.NaN, "x").Ticks, Is.Not.Empty);
    }

    [Test]
    public void Format_DecimalsFollowStep()
    {
        var axis = Axis.Linear(0, 0.4, "f", 8);
        Assert.That(axis.Step, Is.EqualTo(0.05).Within(1e-12));
        Assert.That(axis.Format(0.15), Is.EqualTo("0.15"));
        Assert.That(Axis.Linear(0, 1000, "t").Format(200), Is.EqualTo("200"));
    }

    [Test]
    public void Log_NarrowRange_HasTwoAndFiveTicksTrimmedToData()
    {
        var axis = Axis.Log(4, 64, "n");
        Assert.That(axis.Ticks, Is.EqualTo(new[] { 2.0, 5, 10, 20, 50, 100 }));
        Assert.That(axis.Min, Is.EqualTo(2));
        Assert.That(axis.Max, Is.EqualTo(100));
    }

    [Test]
    public void Map_LinearAndLog_EndsAndMiddle()
    {
        var lin = Axis.Linear(0, 10, "x", extendToTicks: false);
        lin.PixelStart = 100;
        lin.PixelEnd = 300;
        Assert.That(lin.Map(5), Is.EqualTo(200).Within(1e-9));
        var log = Axis.Log(1, 100, "y");
        log.PixelStart = 400;
        log.PixelEnd = 0;
        Assert.That(log.Map(10), Is.EqualTo(200).Within(1e-9));
        Assert.That(log.Map(100), Is.EqualTo(0).Within(1e-9));
    }
}
