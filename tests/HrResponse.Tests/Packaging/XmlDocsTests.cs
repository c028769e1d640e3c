using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;

namespace HrResponse.Tests.Packaging;

/// <summary>
/// Issue 17: the XML documentation shipped in the packages is written for users: it names no test class or test file,
/// carries no bare <c>&lt;inheritdoc/&gt;</c>, and the docs of public types name no internal type.
/// </summary>
public partial class XmlDocsTests
{
    private static readonly Assembly[] Packed = [typeof(RecordingAnalysis).Assembly, typeof(HrResponse.Plotting.AnalysisCharts).Assembly];

    private static IEnumerable<TestCaseData> Files() =>
        Packed.Select(a => new TestCaseData(a.GetName().Name!).SetArgDisplayNames(a.GetName().Name!));

    [TestCaseSource(nameof(Files))]
    public void XmlDocs_ShippedFile_NamesNoTestAndHasNoBareInheritdoc(string assemblyName)
    {
        var members = Members(assemblyName);
        Assert.That(members, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (name, text, raw) in members)
            {
                Assert.That(TestName().IsMatch(text), Is.False, $"{name} names a test: {TestName().Match(text).Value}");
                Assert.That(raw, Does.Not.Contain("<inheritdoc"), $"{name} has a bare inheritdoc");
            }
        });
    }

    [TestCaseSource(nameof(Files))]
    public void XmlDocs_OfPublicTypes_NameNoInternalType(string assemblyName)
    {
        var assembly = Packed.Single(a => a.GetName().Name == assemblyName);
        var internalNames = assembly.GetTypes().Where(t => !IsVisible(t) && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);
        var publicTypes = assembly.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            foreach (var (name, _, raw) in Members(assemblyName))
            {
                if (!publicTypes.Contains(DeclaringType(name))) continue;
                foreach (Match cref in Cref().Matches(raw))
                    Assert.That(internalNames.Contains(DeclaringTypeOrSelf(cref.Groups[1].Value)), Is.False, $"{name} refers to internal {cref.Groups[1].Value}");
            }
        });
    }

    private static bool IsVisible(Type t) => t.IsPublic || (t.IsNestedPublic && IsVisible(t.DeclaringType!));

    /// <summary>The type of a documentation ID (<c>M:Ns.Type.Method(...)</c> → <c>Ns.Type</c>; <c>T:Ns.Type</c> → itself).</summary>
    private static string DeclaringType(string id)
    {
        var body = id[2..].Split('(')[0];
        return id.StartsWith("T:", StringComparison.Ordinal) ? body : body[..Math.Max(0, body.LastIndexOf('.'))];
    }

    private static string DeclaringTypeOrSelf(string id) => id.StartsWith("T:", StringComparison.Ordinal) ? id[2..].Split('`')[0] : DeclaringType(id).Split('`')[0];

    private static List<(string Name, string Text, string Raw)> Members(string assemblyName)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "src", assemblyName, "bin", DotnetProcess.Configuration, "net10.0", assemblyName + ".xml");
        Assert.That(File.Exists(path), Is.True, $"the build writes the XML docs that are packed: {path}");
        return [.. XDocument.Load(path).Descendants("member")
            .Select(m => (m.Attribute("name")!.Value, m.Value, m.ToString()))];
    }

    [GeneratedRegex(@"\b\w+Tests\b|tests/HrResponse|HrResponse\.Tests")]
    private static partial Regex TestName();

    [GeneratedRegex("cref=\"([TMPFE]:[^\"]+)\"")]
    private static partial Regex Cref();
}
