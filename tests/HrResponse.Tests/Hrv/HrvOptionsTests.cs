using HrResponse.Hrv;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

public class HrvOptionsTests
{
    [Test]
    public void FromPreset_EachPreset_ReturnsItsOptions()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(HrvOptions.FromPreset(HrvPreset.Default), Is.SameAs(HrvOptions.Default));
            Assert.That(HrvOptions.FromPreset(HrvPreset.NeuroKit2), Is.SameAs(HrvOptions.NeuroKit2));
            Assert.That(HrvOptions.FromPreset(HrvPreset.TaskForce1996), Is.SameAs(HrvOptions.TaskForce1996));
            Assert.That(HrvOptions.NeuroKit2.TimeDomain, Is.SameAs(TimeDomainOptions.NeuroKit2));
            Assert.That(HrvOptions.NeuroKit2.Name, Is.EqualTo("NeuroKit2"));
        }
    }

    [Test]
    public void FromPreset_UndefinedValue_Throws()
    {
        Assert.That(() => HrvOptions.FromPreset((HrvPreset)42), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void TimeDomainOptions_Default_TaskForceSettings()
    {
        var o = TimeDomainOptions.Default;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(o.PnnDenominator, Is.EqualTo(PnnDenominator.SuccessiveDifferences));
            Assert.That(o.SdsdEstimator, Is.EqualTo(DeviationEstimator.SampleNMinus1));
            Assert.That(o.SegmentRule, Is.EqualTo(SegmentRule.CompleteClockAligned));
            Assert.That(o.TinnMethod, Is.EqualTo(TinnMethod.FullLeastSquares));
            Assert.That(o.HistogramBinning, Is.EqualTo(HistogramBinning.HalfOpen));
            Assert.That(o.HistogramBinWidth.TotalMilliseconds, Is.EqualTo(1000.0 / 128));
            Assert.That(TimeDomainOptions.TaskForce1996, Is.EqualTo(o));
        }
    }

    [Test]
    public void TimeDomainOptions_NeuroKit2_NeuroKit2Settings()
    {
        var o = TimeDomainOptions.NeuroKit2;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(o.PnnDenominator, Is.EqualTo(PnnDenominator.Intervals));
            Assert.That(o.SdsdEstimator, Is.EqualTo(DeviationEstimator.SampleNMinus1));
            Assert.That(o.SegmentRule, Is.EqualTo(SegmentRule.NeuroKit2));
            Assert.That(o.TinnMethod, Is.EqualTo(TinnMethod.NeuroKit2));
            Assert.That(o.HistogramBinning, Is.EqualTo(HistogramBinning.NumPy));
            Assert.That(o.HistogramBinWidth.TotalMilliseconds, Is.EqualTo(7.8125));
        }
    }
}
