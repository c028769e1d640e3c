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
