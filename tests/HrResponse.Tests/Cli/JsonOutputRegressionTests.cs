using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>
/// The numbers of <c>hrresponse hrv FILE --format json</c> and <c>hrresponse analyze FILE --format json</c> (default
/// settings) for every file in <c>../shared/data</c> that the tool accepted before the library became the single
/// pipeline (issue 13) must not move. <c>TestData/Regression/{hrv,analyze}.json.gz</c> hold, per file, every numeric,
/// boolean and null leaf of the output except <c>file</c> and <c>settings</c> (option records are not results), as
/// printed by the tool at commit 075f265; issue 13's refactoring passed against that golden unchanged (keys renamed by
/// it mapped explicitly in <see cref="RenamedPaths"/>). The golden was then regenerated once, deliberately, for issue
/// 14's artifact detection (robust thresholds, compensated pairs, screened anchors), which moved the corrected-beat
/// values of 69 of the 188 outputs (quality counts, HRV and HRR from corrected beats). New keys are allowed, a missing
/// or changed one fails. <c>TestData/Regression/autonomic.json.gz</c> holds, likewise, <c>hrresponse autonomic FILE
/// --test valsalva --format json</c> of every Valsalva recording (beat files and ECG with finger pressure) and
/// <c>--test stand</c> of the orthostatic-stand recording, as first printed by the tool (issue 20).
/// </summary>
[TestFixture]
public sealed class JsonOutputRegressionTests
{
    /// <summary>Relative tolerance: the refactoring must not change results beyond floating-point reassociation.</summary>
    private const double RelativeTolerance = 1e-9;

    /// <summary>
    /// JSON paths renamed by issue 13's naming convention (docs/api-renames.md, "CLI JSON keys that change"), old →
    /// new. A golden path that starts with an old path (followed by its end, '.' or '[') is looked up under the new one;
    /// generic names are mapped only inside their own object (<c>chronotropic.index</c>, not <c>quality.artifacts[].index</c>).
    /// </summary>
    private static readonly (string Old, string New)[] RenamedPaths =
    [
        ("quality.passes", "quality.pass_count"),
        ("chronotropic.predicted_max_bpm", "chronotropic.predicted_max_heart_rate_bpm"),
        ("chronotropic.percent_predicted", "chronotropic.predicted_max_reached_percent"),
        ("chronotropic.index", "chronotropic.chronotropic_index"),
        ("chronotropic.reserve_percent", "chronotropic.chronotropic_reserve_percent"),
        ("chronotropic.index_cutoff_used", "chronotropic.chronotropic_index_cutoff"),
        ("chronotropic.heart_rate_load_slope", "chronotropic.heart_rate_load_slope_bpm_per_load_unit"),
    ];

    private static readonly Lazy<SortedDictionary<string, IReadOnlyDictionary<string, JsonElement>>> Hrv = new(() => Load("hrv"));
    private static readonly Lazy<SortedDictionary<string, IReadOnlyDictionary<string, JsonElement>>> Analyze = new(() => Load("analyze"));
    private static readonly Lazy<SortedDictionary<string, IReadOnlyDictionary<string, JsonElement>>> Autonomic = new(() => Load("autonomic"));

    private static SortedDictionary<string, IReadOnlyDictionary<string, JsonElement>> Golden(string command) => command switch
    {
        "hrv" => Hrv.Value,
        "analyze" => Analyze.Value,
        _ => Autonomic.Value,
    };

    /// <summary>The autonomic test of a shared-data file: valsalva for <c>valsalva/</c>, stand for <c>orthostatic-stand/</c>, none otherwise.</summary>
    private static string? AutonomicTestOf(string file) =>
        file.StartsWith("valsalva/", StringComparison.Ordinal) ? "valsalva"
        : file.StartsWith("orthostatic-stand/", StringComparison.Ordinal) ? "stand"
        : null;

    /// <summary>The command line of a golden output: the command, the file and, for autonomic, its test.</summary>
    private static string[] Arguments(string command, string path, string file) =>
        command == "autonomic"
            ? [command, path, "--test", AutonomicTestOf(file)!, "--format", "json"]
            : [command, path, "--format", "json"];

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var command in new[] { "hrv", "analyze", "autonomic" })
        {
            foreach (var file in Golden(command).Keys)
                yield return new TestCaseData(command, file).SetName($"JsonOutput_{command}_{file.Replace('/', '_').Replace('.', '_')}_NumbersUnchanged");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void JsonOutput_SharedDataFile_NumbersUnchanged(string command, string file)
    {
        var expected = Golden(command)[file];
        var path = SharedData.Data(file.Split('/'));
        var (code, output, error) = CliRunner.Run(Arguments(command, path, file));
        Assert.That(code, Is.Zero, error);
        using var document = JsonDocument.Parse(output);
        var actual = Leaves(document);

        var differences = new List<string>();
        foreach (var (goldenPath, goldenValue) in expected)
        {
            var mapped = MapPath(goldenPath);
            if (!actual.TryGetValue(mapped, out var value))
                differences.Add($"{mapped}: missing (was {goldenValue})");
            else if (!SameValue(goldenValue, value))
                differences.Add($"{mapped}: {value} (was {goldenValue})");
        }

        Assert.That(differences, Is.Empty,
            $"{command} {file}: {differences.Count} of {expected.Count} values differ; first: " + string.Join("; ", differences.Take(15)));
    }

    private static string MapPath(string path)
    {
        foreach (var (oldPath, newPath) in RenamedPaths)
        {
            if (!path.StartsWith(oldPath, StringComparison.Ordinal)) continue;
            if (path.Length == oldPath.Length || path[oldPath.Length] is '.' or '[') return newPath + path[oldPath.Length..];
        }

        return path;
    }

    private static bool SameValue(JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind == JsonValueKind.Number)
        {
            if (actual.ValueKind != JsonValueKind.Number) return false;
            var e = expected.GetDouble();
            var a = actual.GetDouble();
            return e == a || Math.Abs(e - a) <= RelativeTolerance * Math.Max(Math.Abs(e), Math.Abs(a));
        }

        return expected.ValueKind == actual.ValueKind;
    }

    /// <summary>
    /// Rewrites the golden files from the tool as it is now. Run on demand only, after a DELIBERATE change of numbers
    /// (e.g. a better artifact detector), and say in the commit which values moved and why:
    /// <c>dotnet test -c Release --filter Name=RegenerateGolden</c>, then commit <c>TestData/Regression/*.json.gz</c>.
    /// Every data file with a supported extension is tried; files a command rejects are left out, as before.
    /// </summary>
    [Test]
    public void AutonomicGolden_HasEveryValsalvaRecordingIncludingEcgWithPressure()
    {
        var expected = Directory.EnumerateFiles(SharedData.Data("valsalva"), "*.csv")
            .Select(f => "valsalva/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.That(expected.Count(f => f.EndsWith("_ecg_bp_250hz.csv", StringComparison.Ordinal)), Is.EqualTo(11));
        Assert.That(Autonomic.Value.Keys.Where(k => k.StartsWith("valsalva/", StringComparison.Ordinal)), Is.EquivalentTo(expected));
        Assert.That(Autonomic.Value["valsalva/Subject_1_ecg_bp_250hz.csv"].Keys, Does.Contain("indices.VALSALVA_SBP_IIe"));
    }

    /// <summary>
    /// Rewrites only <c>autonomic.json.gz</c> (see <see cref="RegenerateGolden"/>); for a deliberate change of the
    /// autonomic numbers that leaves the HRV and exercise outputs alone.
    /// </summary>
    [Test]
    [Explicit("Rewrites the golden file in the source tree; run by hand after a deliberate change of numbers.")]
    public void RegenerateAutonomicGolden() => Regenerate("autonomic", GoldenInputs());

    [Test]
    [Explicit("Rewrites the golden files in the source tree; run by hand after a deliberate change of numbers.")]
    public void RegenerateGolden()
    {
        foreach (var command in new[] { "hrv", "analyze", "autonomic" }) Regenerate(command, GoldenInputs());
    }

    private static List<string> GoldenInputs()
    {
        string[] extensions = [".csv", ".tcx", ".fit", ".gpx", ".hrm", ".txt"];
        var root = SharedData.Data();
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static void Regenerate(string command, List<string> files)
    {
        var root = SharedData.Data();
        var golden = new SortedDictionary<string, Dictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (command == "autonomic" && AutonomicTestOf(file) is null) continue;
            var (code, output, _) = CliRunner.Run(Arguments(command, Path.Combine(root, file), file));
            if (code != 0) continue;
            using var document = JsonDocument.Parse(output);
            golden[file] = Leaves(document);
        }

        var target = Path.Combine(SharedData.RepositoryRoot, "tests", "HrResponse.Tests", "TestData", "Regression", command + ".json.gz");
        using var stream = new GZipStream(File.Create(target), CompressionLevel.SmallestSize);
        JsonSerializer.Serialize(stream, golden);
        TestContext.Out.WriteLine($"{command}: {golden.Count} files -> {target}");
    }

    /// <summary>Every numeric, boolean and null leaf of the output except <c>file</c> and <c>settings</c>, by path.</summary>
    private static Dictionary<string, JsonElement> Leaves(JsonDocument document)
    {
        var leaves = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name is "file" or "settings") continue;
            Flatten(property.Value, property.Name, leaves);
        }

        return leaves;
    }

    private static void Flatten(JsonElement element, string path, Dictionary<string, JsonElement> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Flatten(property.Value, path + "." + property.Name, into);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    Flatten(item, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", into);
                break;
            case JsonValueKind.String:
            case JsonValueKind.Undefined:
                break;
            default:
                into[path] = element.Clone();
                break;
        }
    }

    private static SortedDictionary<string, IReadOnlyDictionary<string, JsonElement>> Load(string command)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Regression", command + ".json.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var document = JsonDocument.Parse(stream);
        var files = new SortedDictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var file in document.RootElement.EnumerateObject())
        {
            var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var leaf in file.Value.EnumerateObject()) values[leaf.Name] = leaf.Value.Clone();
            files[file.Name] = values;
        }

        return files;
    }
}
