using System.Globalization;
using System.Text.Json;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

public class ExerciseCommandTests
{
    [Test]
    public void Analyze_ActesWithAge_JsonHasChronotropicRecoveryFlagsAndCitations()
    {
        var path = SharedData.Data("actes", "test_02.csv");
        var (code, output, error) = CliRunner.Run("analyze", path, "--age", "15", "--sex", "male", "--hrmax", "tanaka", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var indices = root.GetProperty("indices");
        Assert.That(indices.GetProperty("CHRONO_PredictedMax").GetDouble(), Is.EqualTo(208 - (0.7 * 15)).Within(1e-9));
        var rest = indices.GetProperty("HR_Rest").GetDouble();
        var peak = indices.GetProperty("HR_Peak").GetDouble();
        Assert.That(indices.GetProperty("CHRONO_Index").GetDouble(), Is.EqualTo((peak - rest) / (197.5 - rest)).Within(1e-9));
        Assert.That(indices.GetProperty("HRR_60s_Abnormal").GetDouble(), Is.AnyOf(0.0, 1.0));
        Assert.That(indices.GetProperty("HRR_60s").GetDouble(), Is.InRange(10, 80));
        Assert.That(root.GetProperty("settings").GetProperty("equation").GetString(), Does.Contain("Tanaka"));
        Assert.That(root.GetProperty("references").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("phases").GetProperty("exercise_end_source").GetString(), Does.Contain("power_w").Or.Contain("load"));
    }

    [Test]
    public void Analyze_ExerciseEndGiven_ReplacesTheDetectedEndAndTheStartIsStillFound()
    {
        // ACTES test 2: power ends at 515 s; the analyst says exercise ended at 530 s.
        var path = SharedData.Data("actes", "test_02.csv");
        var (code, output, error) = CliRunner.Run("analyze", path, "--exercise-end", "530", "--recovery-end", "700", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var phases = doc.RootElement.GetProperty("phases");
        var indices = doc.RootElement.GetProperty("indices");
        Assert.That(indices.GetProperty("PHASE_ExerciseEnd").GetDouble(), Is.EqualTo(530));
        Assert.That(indices.GetProperty("PHASE_RecoveryEnd").GetDouble(), Is.EqualTo(700));
        Assert.That(phases.GetProperty("exercise_end_source").GetString(), Does.Contain("explicit"));
        Assert.That(phases.GetProperty("exercise_start_source").GetString(), Does.Contain("power_w"));
    }

    [TestCase("--exercise-start", "600", "--exercise-end", "560", "must be after --exercise-start")]
    [TestCase("--exercise-end", "560", "--recovery-end", "500", "must be after --exercise-end")]
    public void Analyze_PhaseTimesOutOfOrder_ExitsWithTheReason(string o1, string v1, string o2, string v2, string message)
    {
        var (code, _, error) = CliRunner.Run("analyze", o1, v1, o2, v2);
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public void Analyze_NoAge_SaysWhatIsMissingAndStillComputesRecovery()
    {
        var path = SharedData.Data("actes", "test_02.csv");
        var (code, output, error) = CliRunner.Run("analyze", path, "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var problems = doc.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToArray();
        Assert.That(problems, Has.Some.Contains("age"));
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("CHRONO_Index").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRR_60s").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public void Analyze_EmbeddedSampleVerbose_TableOutputHasIndicesAndSections()
    {
        var (code, output, error) = CliRunner.Run("analyze", "--verbose");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("HR_Peak").And.Contain("HRR_60s").And.Contain("Problems").And.Contain("Settings"));
    }

    [Test]
    public void Cohort_HandComputedRows()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hrresponse-cohort-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "in.csv");
            File.WriteAllText(input, "id,rest,peak,hr1,age,bb\n1,70,150,140,50,0\n2,60,170,130,40,1\n");
            var output = Path.Combine(dir, "out.csv");
            var (code, _, error) = CliRunner.Run("cohort", input, "--rest", "rest", "--peak", "peak", "--hr60", "hr1", "--age", "age", "--beta-blocker", "bb", "-o", output);
            Assert.That(code, Is.Zero, error);
            var lines = File.ReadAllLines(output);
            var header = lines[0].Split(',');
            string Cell(int row, string col) => lines[row].Split(',')[Array.IndexOf(header, col)];
            double Num(int row, string col) => double.Parse(Cell(row, col), CultureInfo.InvariantCulture);
            Assert.That(header[..6], Is.EqualTo(new[] { "id", "rest", "peak", "hr1", "age", "bb" }));
            // Row 1: Fox 220 − 50 = 170; CI = (150 − 70)/(170 − 70) = 0.8 → incompetent (≤ 0.80); HRR60 = 10 ≤ 12 → abnormal.
            Assert.That(Num(1, "CHRONO_PredictedMax"), Is.EqualTo(170));
            Assert.That(Num(1, "CHRONO_Index"), Is.EqualTo(0.8).Within(1e-12));
            Assert.That(Num(1, "CHRONO_PercentPredicted"), Is.EqualTo(100.0 * 150 / 170).Within(1e-9));
            Assert.That(Cell(1, "CHRONO_Incompetent"), Is.EqualTo("1"));
            Assert.That(Num(1, "HRR_60s"), Is.EqualTo(10));
            Assert.That(Cell(1, "HRR_60s_Abnormal"), Is.EqualTo("1"));
            // Row 2: 180 predicted; CI = 110/120 = 0.9167 > 0.62 (beta-blocker) → not incompetent; HRR60 = 40 → normal.
            Assert.That(Num(2, "CHRONO_Index"), Is.EqualTo(110.0 / 120).Within(1e-12));
            Assert.That(Cell(2, "CHRONO_Incompetent"), Is.EqualTo("0"));
            Assert.That(Cell(2, "HRR_60s_Abnormal"), Is.EqualTo("0"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
