using System.Globalization;
using System.Text.Json;
using HrResponse.Cli;
using HrResponse.Hrv;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary><c>--preset</c> with the tool presets on <c>hrv</c> and <c>batch</c>, and <c>indices --preset</c>.</summary>
public class PresetCommandTests
{
    private string _dir = string.Empty;
    private string _csv = string.Empty;
    private double[] _rr = [];

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrresponse-presets-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "hrv-analysis", "test_nn_intervals.txt");
        _rr = File.ReadAllLines(fixture).Where(l => l.Length > 0).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        _csv = Path.Combine(_dir, "rr.csv");
        File.WriteAllText(_csv, "rr_ms\n" + string.Join('\n', _rr.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase("hrv-analysis", HrvPreset.HrvAnalysis)]
    [TestCase("pyhrv", HrvPreset.PyHrv)]
    [TestCase("systole", HrvPreset.Systole)]
    [TestCase("kubios", HrvPreset.Kubios)]
    public void Hrv_ToolPreset_PrintsTheLibraryPresetsNumbersWithoutCorrection(string name, HrvPreset preset)
    {
        var (code, output, error) = CliRunner.Run("hrv", _csv, "--preset", name, "--format", "json");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var expected = HrvAnalysis.Compute(RrIntervals.FromMilliseconds(_rr), HrvOptions.FromPreset(preset)).ToIndexTable();
        using var doc = JsonDocument.Parse(output);
        var text = doc.RootElement.ToString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("\"correction\": \"none\"").Or.Contain("\"correction\":\"none\""));
            foreach (var index in new[] { "HRV_SDSD", "HRV_pNN50", "HRV_HTI", "HRV_SD2", "HRV_LF", "HRV_TP" })
                Assert.That(Find(doc.RootElement, index), Is.EqualTo(expected[index]).Within(1e-9).Percent, index);
        }
    }

    [Test]
    public void Batch_ToolPreset_UsesThePresetForEveryFile()
    {
        var results = Path.Combine(_dir, "out.csv");
        var (code, _, error) = CliRunner.Run("batch", _dir, "--preset", "hrv-analysis", "--analysis", "hrv", "--out", results);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var lines = File.ReadAllLines(results);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        var sdsd = double.Parse(row[Array.IndexOf(header, "HRV_SDSD")], CultureInfo.InvariantCulture);
        Assert.That(sdsd, Is.EqualTo(19.519367520775713).Within(1e-9).Percent); // hrv-analysis's asserted SDSD (N divisor)
    }

    [Test]
    public void Indices_Preset_DescribesWhatItDoesNotReproduce()
    {
        var (code, output, error) = CliRunner.Run("indices", "--preset", "pyhrv");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var d = HrvPresetDescription.For(HrvPreset.PyHrv);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(output, Does.Contain(d.Tool));
            foreach (var c in d.NotReproduced) Assert.That(output, Does.Contain(c.Index));
        }
    }

    [Test]
    public void Indices_PresetJson_ListsTheCaveats()
    {
        var (code, output, error) = CliRunner.Run("indices", "--preset", "kubios", "--format", "json");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.ToString(), Does.Contain("Not checked against Kubios"));
    }

    [Test]
    public void Hrv_UnknownPreset_IsAUsageErrorNamingThePresets()
    {
        var (code, _, error) = CliRunner.Run("hrv", _csv, "--preset", "kubios2");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("hrv-analysis").And.Contain("pyhrv").And.Contain("systole").And.Contain("kubios"));
    }

    private static double Find(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                if (p.Name == name && p.Value.ValueKind == JsonValueKind.Number) return p.Value.GetDouble();
                var inner = Find(p.Value, name);
                if (!double.IsNaN(inner)) return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                var inner = Find(item, name);
                if (!double.IsNaN(inner)) return inner;
            }
        }

        return double.NaN;
    }
}

/// <summary>docs/presets.md carries each preset's description exactly as <c>indices --preset NAME --format markdown</c> prints it.</summary>
public class PresetDocsTests
{
    [Test]
    public void PresetsDoc_EveryPresetDescription_IsInTheDoc()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "presets.md"));
        using (Assert.EnterMultipleScope())
        {
            foreach (var d in HrvPresetDescription.All)
                Assert.That(doc, Does.Contain(HrResponse.Cli.Commands.IndicesCommand.PresetMarkdown(d).Trim()), d.Key);
        }
    }
}
