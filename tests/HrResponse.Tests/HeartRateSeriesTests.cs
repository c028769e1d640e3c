using NUnit.Framework;

namespace HrResponse.Tests;

public class HeartRateSeriesTests
{
    [Test]
    public void FromSamples_IrregularTimes_Accepted()
    {
        var hr = HeartRateSeries.FromSamples([0, 1, 3.5, 10], [60, 62, 70, 90]);
        Assert.That(hr.Count, Is.EqualTo(4));
        Assert.That(hr.EndSeconds, Is.EqualTo(10));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(500.0)]
    [TestCase(double.NaN)]
    public void FromSamples_ImplausibleHeartRate_ThrowsNamingIndex(double bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => HeartRateSeries.FromSamples([0, 1], [60, bad]));
        Assert.That(ex!.Message, Does.Contain("bpm[1]"));
    }

    [Test]
    public void FromSamples_TimesNotIncreasing_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => HeartRateSeries.FromSamples([0, 2, 1], [60, 61, 62]));
        Assert.That(ex!.ParamName, Is.EqualTo("timesSeconds"));
    }

    [Test]
    public void Slice_HalfOpenRange()
    {
        var hr = HeartRateSeries.FromSamples([0, 1, 2, 3], [60, 61, 62, 63]);
        Assert.That(hr.Slice(1, 3).Bpm.ToArray(), Is.EqualTo(new[] { 61.0, 62.0 }));
    }
}
