using System.Text.Json;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>
/// Issue 2's acceptance test: for every RR recording with a NeuroKit2 reference, <c>hrresponse hrv --preset neurokit2
/// --format json</c> equals NeuroKit2's time-domain values to 1e-9 relative.
/// </summary>
public class HrvCommandNeuroKit2Tests
{
    private static IEnumerable<TestCaseData> References()
    {
        var dir = Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, "..", "shared", "reference"));
        if (!Directory.Exists(dir))
        {
            yield return new TestCaseData("missing").SetName("NeuroKit2 reference folder");
            yield break;
        }

        foreach (var file in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (doc.RootElement.GetProperty("input").GetProperty("kind").GetString() != "rr_ms") continue;
            yield return new TestCaseData(Path.GetFileName(file)).SetName($"HrvJson_NeuroKit2Preset_Matches({Path.GetFileNameWithoutExtension(file)})");
        }
    }

    [TestCaseSource(nameof(References))]
    public void HrvJson_NeuroKit2Preset_MatchesReference(string referenceFile)
    {
        var referencePath = SharedData.Reference(referenceFile);
        using var reference = JsonDocument.Parse(File.ReadAllText(referencePath));
        var input = reference.RootElement.GetProperty("input").GetProperty("file").GetString()!;
        var dataPath = SharedData.Data(input.Replace("shared/data/", string.Empty, StringComparison.Ordinal).Split('/'));

        var (code, output, error) = CliRunner.Run("hrv", dataPath, "--preset", "neurokit2", "--domains", "time", "--format", "json");

        Assert.That(code, Is.Zero, error);
        using var actual = JsonDocument.Parse(output);
        var indices = actual.RootElement.GetProperty("indices");
        var expected = reference.RootElement.GetProperty("results").GetProperty("indices").GetProperty("hrv_time");
        Assert.Multiple(() =>
        {
            foreach (var property in expected.EnumerateObject())
            {
                Assert.That(indices.TryGetProperty(property.Name, out var value), Is.True, $"{property.Name} missing");
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Null), property.Name);
                    continue;
                }

                var want = property.Value.GetDouble();
                Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Number), property.Name);
                Assert.That(value.GetDouble(), Is.EqualTo(want).Within(Math.Abs(want) * 1e-9 + 1e-12), property.Name);
            }
        });
    }
}
