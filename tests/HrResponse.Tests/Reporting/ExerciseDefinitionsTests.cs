using HrResponse.Exercise;
using HrResponse.Reporting;
using NUnit.Framework;

namespace HrResponse.Tests.Reporting;

public class ExerciseDefinitionsTests
{
    [Test]
    public void IndexCatalog_EveryExerciseReportIndex_IsDefined()
    {
        var report = ExerciseTestAnalysis.Compute(SyntheticExerciseTest.Create(recoverySeconds: 330));
        var names = report.ToIndexTable().Keys.Concat(CohortResult.IndexNames).Distinct().ToArray();
        Assert.That(names, Has.Some.EqualTo("HRR_RMSSD_300_330s").Or.Some.EqualTo("HRR_RMSSD_270_300s"));
        string Base(string n)
        {
            foreach (var suffix in new[] { "_Rest", "_Exercise", "_Recovery" })
                if (n.StartsWith("HRV_", StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal)) return n[..^suffix.Length];
            return n;
        }

        Assert.That(names, Has.Some.EqualTo("HRV_RMSSD_Recovery"));
        // QUALITY_* other than QUALITY_ExcludedPercent come from the artifact-correction report (Quality's definitions).
        var missing = names.Where(n => IndexCatalog.Find(Base(n)) is null && !n.StartsWith("HRR_RMSSD_3", StringComparison.Ordinal)
            && !(n.StartsWith("QUALITY_", StringComparison.Ordinal) && n != "QUALITY_ExcludedPercent")).ToArray();
        Assert.That(missing, Is.Empty);
    }
}
