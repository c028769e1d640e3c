using HrResponse.Cli.Output;
using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Reporting;

public class ExerciseReportJsonTests
{
    [Test]
    public void JsonResultWriter_ExerciseReportSections_Serialize()
    {
        var report = ExerciseTestAnalysis.Compute(SyntheticExerciseTest.Create(recoverySeconds: 100));
        var doc = new ResultDocument
        {
            File = "synthetic",
            Input = new InputSummary { Format = "synthetic", Beats = 10, HrSamples = 0, DurationSeconds = 1 },
            Settings = new Dictionary<string, object?> { ["exercise"] = report.Options },
            Indices = report.ToIndexTable(),
            Sections = new Dictionary<string, object?>
            {
                ["phases"] = report.Phases,
                ["chronotropic"] = report.Chronotropic,
                ["recovery"] = report.Recovery,
                ["beat_quality"] = report.BeatQuality,
                ["references"] = report.References,
                ["problems"] = report.Problems,
            },
        };
        var json = JsonResultWriter.ToJson(doc);
        Assert.That(json, Does.Contain("\"HRR_60s\"").And.Contain("\"exercise_end_source\"").And.Contain("\"equation_citation\""));
        Assert.That(json, Does.Contain("\"HRR_Tau\": null"), "τ is NaN with 100 s of recovery and is written as null");
    }
}
