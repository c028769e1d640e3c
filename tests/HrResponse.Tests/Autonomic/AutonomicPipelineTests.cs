using HrResponse.Autonomic;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Autonomic;

/// <summary>The autonomic test inside <see cref="RecordingAnalysis"/> and the rated values with their rules.</summary>
public class AutonomicPipelineTests
{
    private static Recording Open(string file) => RecordingReader.Open(SharedData.Data("valsalva", file)).Recording;

    [Test]
    public void Compute_WithAutonomicValsalva_SameResultAsAutonomicAnalysisAndIndicesInTheTable()
    {
        var recording = Open("Subject_1_beats.csv");
        var autonomicOptions = new AutonomicOptions { Test = AutonomicTest.Valsalva };
        var result = RecordingAnalysis.Compute(recording, new RecordingAnalysisOptions { Autonomic = autonomicOptions });
        var direct = AutonomicAnalysis.Compute(recording, autonomicOptions);
        var table = result.ToIndexTable();
        Assert.Multiple(() =>
        {
            Assert.That(result.Autonomic, Is.Not.Null);
            Assert.That(result.Autonomic!.Valsalva!.ValsalvaRatio, Is.EqualTo(direct.Valsalva!.ValsalvaRatio));
            Assert.That(result.Autonomic.Valsalva.StrainSource, Is.EqualTo(EventTimeSource.Marker));
            foreach (var (key, value) in direct.ToIndexTable().Where(kv => !kv.Key.StartsWith("QUALITY_", StringComparison.Ordinal)))
                Assert.That(table[key], Is.EqualTo(value).Or.NaN, key);
            Assert.That(table["QUALITY_ArtifactPercent"], Is.EqualTo(result.Cleaned!.Quality.ArtifactPercent),
                "the pipeline's own beat-quality columns, not the autonomic test's (which corrects nothing)");
            Assert.That(table.ContainsKey("HRV_RMSSD"), Is.True);
        });
    }

    [Test]
    public void Compute_WithoutAutonomic_NoAutonomicResultOrIndices()
    {
        var result = RecordingAnalysis.Compute(Open("Subject_1_beats.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Autonomic, Is.Null);
            Assert.That(result.ToIndexTable().Keys.Any(k => k.StartsWith("VALSALVA_", StringComparison.Ordinal) || k.StartsWith("AUTONOMIC_", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void Compute_AutonomicWithUndefinedTest_ThrowsNamingTheSetting()
    {
        var options = new RecordingAnalysisOptions { Autonomic = new AutonomicOptions { Test = (AutonomicTest)99 } };
        Assert.That(() => RecordingAnalysis.Compute(Open("Subject_1_beats.csv"), options),
            Throws.ArgumentException.With.Message.Contains("Autonomic.Test"));
    }

    [Test]
    public void RatedValues_Subject4_PressurePatternAbnormalWithReasonAndRatioRuleSaysNotAgeAdjusted()
    {
        var result = AutonomicAnalysis.Compute(Open("Subject_4_beats.csv"));
        var rows = result.RatedValues.ToDictionary(r => r.Index);
        Assert.Multiple(() =>
        {
            Assert.That(rows["VALSALVA_BP_Rating"].Rating, Is.EqualTo(AutonomicRating.Abnormal));
            Assert.That(rows["VALSALVA_BP_Rating"].Rule, Does.Contain(result.Valsalva!.PressureRatingReason));
            Assert.That(rows["VALSALVA_Ratio"].Value, Is.EqualTo(result.Valsalva.ValsalvaRatio));
            Assert.That(rows["VALSALVA_Ratio"].Rating, Is.EqualTo(result.Valsalva.ValsalvaRatioRating));
            Assert.That(rows["VALSALVA_Ratio"].Rule, Does.Contain("≥ 1.21 normal").And.Contain("not age-adjusted"));
            Assert.That(rows["VALSALVA_Ratio"].Citation, Is.EqualTo(AutonomicCitations.ValsalvaRatio));
        });
    }

    [Test]
    public void RatedValues_DeepBreathingAge32_EiRatioRatedAgainstAgeLimitDifferenceAgainstFixedLimits()
    {
        // Hand case: E:I 1.10 below the lowest normal 1.13 for 30–34 years; E–I 12 bpm in Ewing's borderline band 11–14.
        var breathing = new DeepBreathingResult { CycleSource = EventTimeSource.Explicit, EiRatio = 1.10, EiDifferenceBpm = 12, AgeYears = 32 };
        var result = new AutonomicResult
        {
            Recording = Recording.Create(RrIntervals.FromMilliseconds([1000, 1000, 1000]), subject: new SubjectInfo { AgeYears = 32 }),
            Options = new AutonomicOptions { Test = AutonomicTest.DeepBreathing },
            Test = AutonomicTest.DeepBreathing,
            TestChoice = "given (AutonomicOptions.Test)",
            DeepBreathing = breathing,
            Summary = AutonomicSummary.Compute(null, null, breathing),
        };
        var rows = result.RatedValues.ToDictionary(r => r.Index);
        Assert.Multiple(() =>
        {
            Assert.That(rows["DB_EI_Ratio"].Rating, Is.EqualTo(AutonomicRating.Abnormal));
            Assert.That(rows["DB_EI_Ratio"].Rule, Does.Contain("lowest normal 1.13 for age 32 y"));
            Assert.That(rows["DB_EI_Difference"].Rating, Is.EqualTo(AutonomicRating.Borderline));
            Assert.That(rows["DB_EI_Difference"].Rule, Does.Contain("not age-adjusted"));
        });
    }

    [Test]
    public void RatedValues_DeepBreathingWithoutAge_EiRatioNotRatedSayingWhy()
    {
        var breathing = new DeepBreathingResult { CycleSource = EventTimeSource.Explicit, EiRatio = 1.10, EiDifferenceBpm = 20 };
        var result = new AutonomicResult
        {
            Recording = Recording.Create(RrIntervals.FromMilliseconds([1000, 1000, 1000])),
            Options = new AutonomicOptions { Test = AutonomicTest.DeepBreathing },
            Test = AutonomicTest.DeepBreathing,
            TestChoice = "given (AutonomicOptions.Test)",
            DeepBreathing = breathing,
            Summary = AutonomicSummary.Compute(null, null, breathing),
        };
        var row = result.RatedValues.Single(r => r.Index == "DB_EI_Ratio");
        Assert.Multiple(() =>
        {
            Assert.That(row.Rating, Is.EqualTo(AutonomicRating.NotRated));
            Assert.That(row.Rule, Does.Contain("age unknown"));
        });
    }
}
