using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

public class CohortAnalysisTests
{
    [Test]
    public void Compute_HrAtOneAndTwoMinutes_GiveHrr()
    {
        var r = CohortAnalysis.Compute(new CohortRow
        {
            RestHeartRateBpm = 70, PeakHeartRateBpm = 160, Hr60Bpm = 150, Hr120Bpm = 140, Subject = new SubjectInfo { AgeYears = 50 },
        });
        Assert.That(r.Hrr60Bpm, Is.EqualTo(10));
        Assert.That(r.Hrr120Bpm, Is.EqualTo(20));
        Assert.That(r.Hrr60Abnormal, Is.True);
        Assert.That(r.Hrr120Abnormal, Is.True);
        Assert.That(r.Chronotropic.ChronotropicIndex, Is.EqualTo(90.0 / 100).Within(1e-12));
    }

    [Test]
    public void Compute_HrrColumnWinsAndSupineCutoff()
    {
        var r = CohortAnalysis.Compute(
            new CohortRow { RestHeartRateBpm = 70, PeakHeartRateBpm = 160, Hr60Bpm = 100, Hrr60Bpm = 15, Subject = new SubjectInfo { AgeYears = 50 } },
            new CohortOptions { Posture = RecoveryPosture.Supine });
        Assert.That(r.Hrr60Bpm, Is.EqualTo(15));
        Assert.That(r.Hrr60CutoffBpm, Is.EqualTo(18));
        Assert.That(r.Hrr60Abnormal, Is.True);
        Assert.That(r.Hrr120Bpm, Is.NaN);
        Assert.That(r.Hrr120Abnormal, Is.Null);
        Assert.That(r.Problems.Single(p => p.Code == ProblemCode.RecoveryValueMissing).Index, Is.EqualTo("HRR_120s"));
    }

    [Test]
    public void ToIndexTable_HasEveryIndexName()
    {
        var t = CohortAnalysis.Compute(new CohortRow { RestHeartRateBpm = 70, PeakHeartRateBpm = 160, Subject = new SubjectInfo { AgeYears = 50 } }).ToIndexTable();
        Assert.That(t.Keys, Is.EqualTo(CohortResult.IndexNames));
    }
}
