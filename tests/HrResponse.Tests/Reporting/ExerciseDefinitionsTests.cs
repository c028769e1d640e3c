using HrResponse.Exercise;
using HrResponse.Reporting;
using NUnit.Framework;

namespace HrResponse.Tests.Reporting;

public class ExerciseDefinitionsTests
{
    [Test]
    public void IndexCatalog_EveryExerciseReportIndex_IsDefined()
    {
        var report = ExerciseTestAnalysis.Analyze(SyntheticExerciseTest.Create(recoverySeconds: 330));
        var names = report.ToIndexTable().Keys.Concat(CohortResult.IndexNames).Distinct().ToArray();
        Assert.That(names, Has.Some.EqualTo("HRR_RMSSD_300_330s").Or.Some.EqualTo("HRR_RMSSD_270_300s"));
        var missing = names.Where(n => IndexCatalog.Find(n) is null && !n.StartsWith("HRR_RMSSD_3", StringComparison.Ordinal)).ToArray();
        Assert.That(missing, Is.Empty);
    }
}
