using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

public class ArtifactCorrectionOptionsTests
{
    [Test]
    public void Default_Settings_ArePinned()
    {
        var o = ArtifactCorrectionOptions.Default;
        Assert.Multiple(() =>
        {
            Assert.That(o.Method, Is.EqualTo(ArtifactDetectionMethod.LipponenTarvainen2019));
            Assert.That(o.Action, Is.EqualTo(CorrectionAction.Interpolate));
            Assert.That(o.AbsoluteMinMs, Is.EqualTo(300));
            Assert.That(o.AbsoluteMaxMs, Is.EqualTo(2000));
            Assert.That(o.LipponenC1, Is.EqualTo(0.13));
            Assert.That(o.LipponenC2, Is.EqualTo(0.17));
            Assert.That(o.LipponenAlpha, Is.EqualTo(5.2));
            Assert.That(o.LipponenThresholdWindowBeats, Is.EqualTo(91));
            Assert.That(o.MedianWindowBeats, Is.EqualTo(11));
            Assert.That(o.LipponenMinimumThresholdPercent, Is.EqualTo(10));
            Assert.That(o.LipponenRefinements, Is.True);
            Assert.That(o.MaxPasses, Is.EqualTo(10));
            Assert.That(o.RelativeChangePercent, Is.EqualTo(20));
            Assert.That(o.AcarWindowBeats, Is.EqualTo(9));
            Assert.That(o.ScaleThresholdToHeartRate, Is.True);
            Assert.That(o.DropoutMedianMultiple, Is.EqualTo(2.5));
            Assert.That(o.TimeJumpTolerance, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
            Assert.That(o.DfaAlpha1MaxArtifactPercent, Is.EqualTo(3));
            Assert.That(ArtifactCorrectionOptions.None.Method, Is.EqualTo(ArtifactDetectionMethod.None));
        });
    }

    [TestCase("none", ArtifactDetectionMethod.None)]
    [TestCase("lipponen-tarvainen", ArtifactDetectionMethod.LipponenTarvainen2019)]
    [TestCase("threshold-very-low", ArtifactDetectionMethod.ThresholdVeryLow)]
    [TestCase("threshold-low", ArtifactDetectionMethod.ThresholdLow)]
    [TestCase("threshold-medium", ArtifactDetectionMethod.ThresholdMedium)]
    [TestCase("threshold-strong", ArtifactDetectionMethod.ThresholdStrong)]
    [TestCase("threshold-very-strong", ArtifactDetectionMethod.ThresholdVeryStrong)]
    [TestCase("malik", ArtifactDetectionMethod.Malik)]
    [TestCase("karlsson", ArtifactDetectionMethod.Karlsson)]
    [TestCase("kamath", ArtifactDetectionMethod.Kamath)]
    [TestCase("acar", ArtifactDetectionMethod.Acar)]
    [TestCase("absolute-range", ArtifactDetectionMethod.AbsoluteRange)]
    [TestCase(" Threshold-MEDIUM ", ArtifactDetectionMethod.ThresholdMedium)]
    public void FromName_ValidName_SelectsMethod(string name, ArtifactDetectionMethod expected)
    {
        var o = ArtifactCorrectionOptions.FromName(name);
        Assert.That(o.Method, Is.EqualTo(expected));
        Assert.That(ArtifactCorrectionOptions.NameOf(expected), Is.EqualTo(name.Trim().ToLowerInvariant()));
    }

    [Test]
    public void FromName_UnknownName_ThrowsListingValidNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => ArtifactCorrectionOptions.FromName("kubios-auto"));
        Assert.That(ex!.ParamName, Is.EqualTo("name"));
        Assert.That(ex.Message, Does.Contain("'kubios-auto'").And.Contain("lipponen-tarvainen").And.Contain("threshold-very-strong").And.Contain("absolute-range"));
    }

    [Test]
    public void Names_OnePerMethod_InEnumOrder()
    {
        var methods = Enum.GetValues<ArtifactDetectionMethod>();
        Assert.That(ArtifactCorrectionOptions.Names, Has.Count.EqualTo(methods.Length));
        foreach (var m in methods)
            Assert.That(ArtifactCorrectionOptions.FromName(ArtifactCorrectionOptions.NameOf(m)).Method, Is.EqualTo(m));
    }

    [Test]
    public void NameOf_EveryMember_DistinctNameIndependentOfEnumValues()
    {
        var methods = Enum.GetValues<ArtifactDetectionMethod>();
        var names = methods.Select(ArtifactCorrectionOptions.NameOf).ToArray();
        Assert.That(names, Is.Unique);
        Assert.That(names, Is.All.Matches<string>(n => n is { Length: > 0 } && n.Trim() == n && !n.Any(char.IsUpper)));
        Assert.That(ArtifactCorrectionOptions.Names, Is.EqualTo(names));
    }

    [Test]
    public void NameOf_UndefinedMember_ThrowsNamingMethod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ArtifactCorrectionOptions.NameOf((ArtifactDetectionMethod)99));
        Assert.That(ex!.ParamName, Is.EqualTo("method"));
    }

    [TestCase(ArtifactDetectionMethod.ThresholdVeryLow, 450)]
    [TestCase(ArtifactDetectionMethod.ThresholdLow, 350)]
    [TestCase(ArtifactDetectionMethod.ThresholdMedium, 250)]
    [TestCase(ArtifactDetectionMethod.ThresholdStrong, 150)]
    [TestCase(ArtifactDetectionMethod.ThresholdVeryStrong, 50)]
    public void ThresholdLevelMs_KubiosLevel_IsDocumentedValue(ArtifactDetectionMethod method, double ms) =>
        Assert.That(ArtifactCorrectionOptions.ThresholdLevelMs(method), Is.EqualTo(ms));

    [Test]
    public void ThresholdLevelMs_NotAThresholdMethod_IsNaN() =>
        Assert.That(ArtifactCorrectionOptions.ThresholdLevelMs(ArtifactDetectionMethod.Malik), Is.NaN);

    [Test]
    public void Clean_MaxNotAboveMin_ThrowsNamingSetting()
    {
        var rr = RrIntervals.FromMilliseconds([800, 810, 790]);
        var o = new ArtifactCorrectionOptions { AbsoluteMinMs = 900, AbsoluteMaxMs = 800 };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ArtifactCorrection.Clean(rr, o));
        Assert.That(ex!.ParamName, Is.EqualTo("options.AbsoluteMaxMs"));
        Assert.That(ex.Message, Does.Contain("900").And.Contain("800"));
    }

    [Test]
    public void Clean_EvenWindow_ThrowsNamingSetting()
    {
        var rr = RrIntervals.FromMilliseconds([800, 810, 790]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ArtifactCorrection.Clean(rr, new ArtifactCorrectionOptions { MedianWindowBeats = 10 }));
        Assert.That(ex!.ParamName, Is.EqualTo("options.MedianWindowBeats"));
        Assert.That(ex.Message, Does.Contain("odd").And.Contain("10"));
    }

    [Test]
    public void Clean_UndefinedMethod_Throws()
    {
        var rr = RrIntervals.FromMilliseconds([800, 810, 790]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ArtifactCorrection.Clean(rr, new ArtifactCorrectionOptions { Method = (ArtifactDetectionMethod)99 }));
    }

    [Test]
    public void ForPreset_ToolPresetsCorrectNothing_KubiosInterpolatesWithTheSpline()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ArtifactCorrectionOptions.ForPreset(HrResponse.Hrv.HrvPreset.Default), Is.EqualTo(ArtifactCorrectionOptions.Default));
            Assert.That(ArtifactCorrectionOptions.ForPreset(HrResponse.Hrv.HrvPreset.TaskForce1996), Is.EqualTo(ArtifactCorrectionOptions.Default));
            foreach (var tool in new[] { HrResponse.Hrv.HrvPreset.NeuroKit2, HrResponse.Hrv.HrvPreset.HrvAnalysis, HrResponse.Hrv.HrvPreset.PyHrv, HrResponse.Hrv.HrvPreset.Systole })
                Assert.That(ArtifactCorrectionOptions.ForPreset(tool), Is.EqualTo(ArtifactCorrectionOptions.None), tool.ToString());
            var kubios = ArtifactCorrectionOptions.ForPreset(HrResponse.Hrv.HrvPreset.Kubios);
            Assert.That(kubios.Method, Is.EqualTo(ArtifactDetectionMethod.None));
            Assert.That(kubios.Estimator, Is.EqualTo(IntervalEstimator.CubicSpline));
            Assert.That(() => ArtifactCorrectionOptions.ForPreset((HrResponse.Hrv.HrvPreset)99),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("99"));
        });
    }
}
