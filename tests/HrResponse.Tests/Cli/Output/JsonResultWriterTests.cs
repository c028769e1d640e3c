using System.Text.Json;
using HrResponse.Cli.Output;
using NUnit.Framework;

namespace HrResponse.Tests.Cli.Output;

public class JsonResultWriterTests
{
    private static ResultDocument Sample() => new()
    {
        File = "a.csv",
        Input = new InputSummary { Format = "rr-intervals", Beats = 3, DurationSeconds = 2.5 },
        Settings = new Dictionary<string, object?> { ["preset"] = "neurokit2" },
        Indices = new Dictionary<string, double> { ["HRV_RMSSD"] = 0.1 + 0.2, ["HRV_SDANN1"] = double.NaN },
    };

    [TestCase("hrv")]
    [TestCase("analyze")]
    public void Cli_Json_NoEmptyObjects(string command)
    {
        // Value tuples (FrequencyBands.All, AutonomicNorms' weights) have no properties to the serialiser and came out as
        // {}: every object of the output holds something.
        var args = command == "hrv" ? new[] { "hrv", SharedData.Data("nsr2db_5min", "nsr006_5min.csv"), "--format", "json" } : ["analyze", "--format", "json"];
        var (code, output, error) = HrResponse.Tests.Cli.CliRunner.Run(args);
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var empty = new List<string>();
        void Walk(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (!e.EnumerateObject().Any()) empty.Add(path);
                foreach (var p in e.EnumerateObject()) Walk(p.Value, path + "." + p.Name);
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in e.EnumerateArray()) Walk(item, $"{path}[{i++}]");
            }
        }

        Walk(doc.RootElement, "");
        Assert.That(empty, Is.Empty);
        if (command == "hrv")
        {
            var bands = doc.RootElement.GetProperty("settings").GetProperty("frequency_domain").GetProperty("bands").GetProperty("all");
            Assert.That(bands[2].GetProperty("name").GetString(), Is.EqualTo("LF"));
            Assert.That(bands[2].GetProperty("high_hz").GetDouble(), Is.EqualTo(0.15));
            var weights = doc.RootElement.GetProperty("settings").GetProperty("nonlinear").GetProperty("autonomic_norms").GetProperty("sns_weights");
            Assert.That(weights.EnumerateArray().Select(w => w.GetDouble()).ToArray(), Is.EqualTo(new[] { 1 / 3.0, 1 / 3.0, -1 / 3.0 }).Within(1e-12));
        }
    }

    [Test]
    public void ToJson_HasDocumentShapeAndNaNAsNull()
    {
        using var doc = JsonDocument.Parse(JsonResultWriter.ToJson(Sample()));
        var root = doc.RootElement;
        Assert.That(root.GetProperty("file").GetString(), Is.EqualTo("a.csv"));
        Assert.That(root.GetProperty("input").GetProperty("beats").GetInt32(), Is.EqualTo(3));
        Assert.That(root.GetProperty("input").GetProperty("hr_samples").GetInt32(), Is.Zero);
        Assert.That(root.GetProperty("input").GetProperty("duration_s").GetDouble(), Is.EqualTo(2.5));
        Assert.That(root.GetProperty("settings").GetProperty("preset").GetString(), Is.EqualTo("neurokit2"));
        Assert.That(root.GetProperty("indices").GetProperty("HRV_SDANN1").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void ToJson_NumbersRoundTripExactly()
    {
        using var doc = JsonDocument.Parse(JsonResultWriter.ToJson(Sample()));
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRV_RMSSD").GetDouble(), Is.EqualTo(0.1 + 0.2));
    }

    [Test]
    public void CsvWrite_NaNIsEmptyAndColumnsInOrder()
    {
        using var writer = new StringWriter();
        CsvResultWriter.Write([Sample()], writer);
        Assert.That(writer.ToString(), Is.EqualTo("file,HRV_RMSSD,HRV_SDANN1\na.csv,0.30000000000000004,\n"));
    }
}
