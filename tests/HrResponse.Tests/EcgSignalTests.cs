using NUnit.Framework;

namespace HrResponse.Tests;

public class EcgSignalTests
{
    [Test]
    public void Create_Valid_TimesFollowRateAndStart()
    {
        var ecg = EcgSignal.Create([1, 2, 3, 4], 250, "ii", "mV", startSeconds: 2);
        Assert.That(ecg.TimeOfSample(3), Is.EqualTo(2.012).Within(1e-12));
        Assert.That(ecg.DurationSeconds, Is.EqualTo(0.016).Within(1e-12));
    }

    [Test]
    public void Create_Invalid_ThrowsNamingParameter()
    {
        Assert.That(Assert.Throws<ArgumentException>(() => EcgSignal.Create([1, double.NaN], 250))!.ParamName, Is.EqualTo("samples"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => EcgSignal.Create([1, 2], 0))!.ParamName, Is.EqualTo("samplingRateHz"));
        Assert.Throws<ArgumentException>(() => EcgSignal.Create([], 250));
    }

    [Test]
    public void Slice_HalfOpenRange_KeepsSamplesAndShiftsStart()
    {
        var ecg = EcgSignal.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 10, startSeconds: 1);
        var slice = ecg.Slice(1.2, 1.5);
        Assert.That(slice.Samples.ToArray(), Is.EqualTo(new[] { 2.0, 3, 4 }));
        Assert.That(slice.StartSeconds, Is.EqualTo(1.2).Within(1e-12));
        Assert.That(ecg.Slice(5, 6).Count, Is.Zero);
    }
}
