using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

public class ChronotropicAnalysisTests
{
    [Test]
    public void Compute_HandCase_GivesPercentIndexAndReserve()
    {
        // Fox, age 40: predicted 180. Rest 60, peak 150: 150/180 = 83.33 %; CI = 90/120 = 0.75.
        var r = ChronotropicAnalysis.Compute(60, 150, new SubjectInfo { AgeYears = 40 });
        Assert.That(r.PredictedMaxHeartRateBpm, Is.EqualTo(180).Within(1e-12));
        Assert.That(r.PredictedMaxReachedPercent, Is.EqualTo(100.0 * 150 / 180).Within(1e-9));
        Assert.That(r.ChronotropicIndex, Is.EqualTo(0.75).Within(1e-12));
        Assert.That(r.ChronotropicReservePercent, Is.EqualTo(75).Within(1e-9));
        Assert.That(r.HeartRateReserveBpm, Is.EqualTo(90).Within(1e-12));
        Assert.That(r.Incompetent, Is.True);
        Assert.That(r.BelowPercentPredicted, Is.True);
        Assert.That(r.Problems, Is.Empty);
    }

    [Test]
    public void Compute_IndexExactlyAtCutoff_IsIncompetent()
    {
        // 96/120 = 0.80 → ≤ 0.80 is incompetent.
        var r = ChronotropicAnalysis.Compute(60, 156, new SubjectInfo { AgeYears = 40 });
        Assert.That(r.ChronotropicIndex, Is.EqualTo(0.80));
        Assert.That(r.Incompetent, Is.True);
        Assert.That(r.ChronotropicIndexCutoff, Is.EqualTo(0.80));
    }

    [Test]
    public void Compute_IndexJustAboveCutoff_IsNotIncompetent()
    {
        var r = ChronotropicAnalysis.Compute(60, 157, new SubjectInfo { AgeYears = 40 });
        Assert.That(r.Incompetent, Is.False);
    }

    [Test]
    public void Compute_BetaBlocker_UsesCutoff062WithCitation()
    {
        var s = new SubjectInfo { AgeYears = 40, TakesBetaBlockers = true };
        var r = ChronotropicAnalysis.Compute(60, 150, s); // CI 0.75 > 0.62
        Assert.That(r.ChronotropicIndexCutoff, Is.EqualTo(0.62));
        Assert.That(r.Incompetent, Is.False);
        Assert.That(r.IndexCutoffCitation, Does.Contain("Khan"));
        var low = ChronotropicAnalysis.Compute(60, 134.4, s); // 74.4/120 = 0.62
        Assert.That(low.ChronotropicIndex, Is.EqualTo(0.62).Within(1e-12));
        Assert.That(ChronotropicAnalysis.Compute(60, 134, s).Incompetent, Is.True);
    }

    [Test]
    public void Compute_PercentPredictedAt85_IsNotBelow()
    {
        var r = ChronotropicAnalysis.Compute(60, 153, new SubjectInfo { AgeYears = 40 }); // 153/180 = 85 %
        Assert.That(r.PredictedMaxReachedPercent, Is.EqualTo(85).Within(1e-9));
        Assert.That(r.BelowPercentPredicted, Is.False);
    }

    [Test]
    public void Compute_AgeMissing_NaNWithMessageNamingAge()
    {
        var r = ChronotropicAnalysis.Compute(60, 150, SubjectInfo.Unknown);
        Assert.That(r.PredictedMaxHeartRateBpm, Is.NaN);
        Assert.That(r.ChronotropicIndex, Is.NaN);
        Assert.That(r.Incompetent, Is.Null);
        Assert.That(r.HeartRateReserveBpm, Is.EqualTo(90));
        Assert.That(r.Problems.Select(p => p.Code), Is.EqualTo(new[] { ProblemCode.AgeMissing }));
        Assert.That(r.Problems[0].Message, Does.Contain("SubjectInfo.AgeYears").And.Not.Contain("--"));
        Assert.That(r.ToIndexTable()["CHRONO_Incompetent"], Is.NaN);
    }

    [Test]
    public void Compute_SydoWithoutSex_SaysSexIsNeeded()
    {
        var r = ChronotropicAnalysis.Compute(60, 150, new SubjectInfo { AgeYears = 40 }, MaxHeartRateEquations.Sydo);
        Assert.That(r.ChronotropicIndex, Is.NaN);
        Assert.That(r.Problems.Single(p => p.Code == ProblemCode.SexMissing).Message, Does.Contain("SubjectInfo.Sex").And.Not.Contain("--"));
    }

    [Test]
    public void Compute_PredictedNotAboveRest_IndexNaNWithMessage()
    {
        var r = ChronotropicAnalysis.Compute(130, 150, new SubjectInfo { AgeYears = 100 }); // Fox 120
        Assert.That(r.ChronotropicIndex, Is.NaN);
        Assert.That(r.Problems.Single(p => p.Code == ProblemCode.PredictedMaxUnusable).Message, Does.Contain("not above resting HR"));
    }

    [Test]
    public void Compute_NegativeRest_Throws()
    {
        Assert.That(() => ChronotropicAnalysis.Compute(-5, 150, SubjectInfo.Unknown),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("restBpm"));
    }

    [Test]
    public void ToIndexTable_Flags_AreZeroOrOne()
    {
        var t = ChronotropicAnalysis.Compute(60, 175, new SubjectInfo { AgeYears = 40 }).ToIndexTable();
        Assert.That(t["CHRONO_Incompetent"], Is.Zero);
        Assert.That(t["CHRONO_BelowPercentPredicted"], Is.Zero);
        Assert.That(t["CHRONO_Index"], Is.EqualTo(115.0 / 120).Within(1e-12));
    }
}
