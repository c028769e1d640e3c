using System.Text.Json;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

public class AutonomicCommandTests
{
    [Test]
    public void Autonomic_ValsalvaJson_PrintsRatioRatingsSummaryAndSource()
    {
        var path = SharedData.Data("valsalva", "Subject_1_beats.csv");
        var (code, output, error) = CliRunner.Run("autonomic", path, "--test", "valsalva", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("indices").GetProperty("VALSALVA_Ratio").GetDouble(), Is.GreaterThan(1.21));
        Assert.That(root.GetProperty("settings").GetProperty("event_source").GetString(), Is.EqualTo("Marker"));
        Assert.That(output, Does.Contain("blood-pressure tests"));
    }

    [Test]
    public void Autonomic_BeatEdits_ApplyWithoutACorrectionMethod()
    {
        // The reflex test reads the beats as given (no --correct), but an analyst's edit applies: the longest interval
        // (the bradycardia after release), marked long, is replaced from its neighbours and the ratio falls.
        var path = SharedData.Data("valsalva", "Subject_1_beats.csv");
        var cleanPath = Path.Combine(Path.GetTempPath(), "hrresponse-valsalva-" + Guid.NewGuid().ToString("N") + ".csv");
        int longest;
        try
        {
            var (cleanCode, _, cleanError) = CliRunner.Run("clean", path, "--correct", "none", "-o", cleanPath);
            Assert.That(cleanCode, Is.Zero, cleanError);
            var rows = File.ReadAllLines(cleanPath).Skip(1).Select(l => l.Split(',')).ToArray();
            longest = int.Parse(rows.MaxBy(r => double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))![3], System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(cleanPath);
        }

        double Ratio(params string[] extra)
        {
            var (code, output, error) = CliRunner.Run(["autonomic", path, "--test", "valsalva", "--format", "json", .. extra]);
            Assert.That(code, Is.Zero, error);
            using var json = JsonDocument.Parse(output);
            if (extra.Length > 0)
                Assert.That(json.RootElement.GetProperty("settings").GetProperty("beat_edits").GetString(), Is.EqualTo($"mark {longest} long"));
            return json.RootElement.GetProperty("indices").GetProperty("VALSALVA_Ratio").GetDouble();
        }

        Assert.That(Ratio("--mark-beats", $"{longest}:long"), Is.LessThan(Ratio() - 0.01));
    }

    [Test]
    public void Autonomic_ExplicitStrainTimes_OverrideMarkers()
    {
        var path = SharedData.Data("valsalva", "Subject_1_beats.csv");
        var (code, output, error) = CliRunner.Run("autonomic", path, "--strain-start", "24", "--strain-end", "42", "--format", "csv");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("VALSALVA_StrainStart"));
        var lines = output.Trim().Split('\n');
        var header = lines[0].Split(',');
        var values = lines[1].Split(',');
        Assert.That(values[Array.IndexOf(header, "VALSALVA_StrainStart")], Is.EqualTo("24"));
    }

    [Test]
    public void Autonomic_StandJson_PrintsThirtyFifteenAndPotsCaveat()
    {
        var path = SharedData.Data("orthostatic-stand", "polar_h10_2025-03-23_seated_to_standing_rr.csv");
        var (code, output, error) = CliRunner.Run("autonomic", path, "--test", "stand", "--age", "30", "--format", "json");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("STAND_30_15").And.Contain("orthostatic hypotension"));
    }

    [Test]
    public void Autonomic_PlotSvg_WritesChartWithPressureAxis()
    {
        var path = SharedData.Data("valsalva", "Subject_1_beats.csv");
        var chart = Path.Combine(Path.GetTempPath(), $"hrresponse-autonomic-{Guid.NewGuid():N}.svg");
        try
        {
            var (code, _, error) = CliRunner.Run("autonomic", path, "--plot", chart, "--format", "csv");
            Assert.That(code, Is.Zero, error);
            var svg = File.ReadAllText(chart);
            Assert.That(svg, Does.Contain("<svg").And.Contain("Systolic pressure (mmHg)").And.Contain("Valsalva manoeuvre"));
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Test]
    public void Autonomic_OnlyStrainStart_UsageError()
    {
        var path = SharedData.Data("valsalva", "Subject_1_beats.csv");
        var (code, _, error) = CliRunner.Run("autonomic", path, "--strain-start", "24");
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("--strain-end"));
    }

    [Test]
    public void Batch_AnalysisAutonomic_OneRowPerRecordingWithValsalvaColumns()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hrresponse-autonomic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var inputs = Path.Combine(dir, "in");
            Directory.CreateDirectory(inputs);
            foreach (var name in new[] { "Subject_1_beats.csv", "Subject_4_beats.csv" })
                File.Copy(SharedData.Data("valsalva", name), Path.Combine(inputs, name));
            var results = Path.Combine(dir, "results.csv");
            var (code, _, error) = CliRunner.Run("batch", inputs, "--analysis", "autonomic", "--test", "valsalva", "--out", results);
            Assert.That(code, Is.Zero, error);
            var lines = File.ReadAllLines(results);
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines[0], Does.Contain("VALSALVA_Ratio").And.Contain("VALSALVA_BP_Rating"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Batch_AnalysisAutonomicAuto_StandAndValsalvaFilesShareColumnsEachWithItsTest()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hrresponse-autonomic-auto-" + Guid.NewGuid().ToString("N"));
        var inputs = Path.Combine(dir, "in");
        Directory.CreateDirectory(inputs);
        try
        {
            File.Copy(SharedData.Data("orthostatic-stand", "polar_h10_2025-03-23_seated_to_standing_rr.csv"), Path.Combine(inputs, "a_stand.csv"));
            File.Copy(SharedData.Data("valsalva", "Subject_1_beats.csv"), Path.Combine(inputs, "b_valsalva.csv"));
            var results = Path.Combine(dir, "results.csv");
            var (code, _, error) = CliRunner.Run("batch", inputs, "--analysis", "autonomic", "--out", results);
            Assert.That(code, Is.Zero, error);
            var lines = File.ReadAllLines(results);
            Assert.That(lines, Has.Length.EqualTo(3));
            var header = lines[0].Split(',');
            string Cell(int row, string column) => lines[row].Split(',')[Array.IndexOf(header, column)];
            Assert.That(Cell(1, "AUTONOMIC_Test"), Is.EqualTo("1"));
            Assert.That(Cell(2, "AUTONOMIC_Test"), Is.EqualTo("0"));
            Assert.That(Cell(1, "STAND_30_15"), Is.Not.Empty);
            Assert.That(Cell(1, "VALSALVA_Ratio"), Is.Empty, "NaN: not this recording's test");
            Assert.That(Cell(2, "VALSALVA_Ratio"), Is.Not.Empty);
            Assert.That(Cell(2, "STAND_30_15"), Is.Empty);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Autonomic_StandTimeWithoutTest_TheGivenTimeChoosesTheStandInTheFlagsTerms()
    {
        var (code, output, error) = CliRunner.Run("autonomic", SharedData.Data("valsalva", "Subject_1_beats.csv"), "--stand", "40", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var settings = doc.RootElement.GetProperty("settings");
        Assert.That(settings.GetProperty("test").GetString(), Is.EqualTo("stand"));
        Assert.That(settings.GetProperty("test_choice").GetString(), Is.EqualTo("the stand-up time given (--stand)"));
    }

    [Test]
    public void Autonomic_StandFileWithoutTest_TheMarkerChoosesTheStand()
    {
        var (code, output, error) = CliRunner.Run("autonomic", SharedData.Data("orthostatic-stand", "polar_h10_2025-03-23_seated_to_standing_rr.csv"), "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var settings = doc.RootElement.GetProperty("settings");
        Assert.That(settings.GetProperty("test").GetString(), Is.EqualTo("stand"));
        Assert.That(settings.GetProperty("test_choice").GetString(), Does.StartWith("a stand-up marker"));
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("STAND_30_15").GetDouble(), Is.GreaterThan(1));
    }

    [Test]
    public void Autonomic_Subject4Table_SummaryRaisesThePressureFlagWithItsRule()
    {
        var path = SharedData.Data("valsalva", "Subject_4_beats.csv");
        var (code, output, error) = CliRunner.Run("autonomic", path, "--test", "valsalva");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("· autonomic test ·").And.Not.Contain("· HRV ·"));
        Assert.That(output, Does.Match(@"RAISED\s+Valsalva blood-pressure pattern \(adrenergic\) abnormal\s+abnormal when late phase II recovery"));
        Assert.That(output, Does.Match(@"no\s+Valsalva ratio abnormal\s+Ewing: ≥ 1.21 normal"));
    }

    [Test]
    public void Autonomic_Json_RatedValuesCarryRuleAndSource()
    {
        var path = SharedData.Data("valsalva", "Subject_1_beats.csv");
        var (code, output, error) = CliRunner.Run("autonomic", path, "--test", "valsalva", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.GetProperty("rated_values")[0];
        Assert.That(first.GetProperty("index").GetString(), Is.EqualTo("VALSALVA_Ratio"));
        Assert.That(first.GetProperty("value").GetDouble(), Is.EqualTo(json.RootElement.GetProperty("indices").GetProperty("VALSALVA_Ratio").GetDouble()));
        Assert.That(first.GetProperty("rule").GetString(), Does.Contain("not age-adjusted"));
        Assert.That(first.GetProperty("citation").GetString(), Does.Contain("Diabetes Care 1985"));
    }
}
