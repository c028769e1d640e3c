using System.Text.RegularExpressions;
using HrResponse.Reporting;
using NUnit.Framework;

namespace HrResponse.Tests.Docs;

/// <summary>
/// Issue 17: the README is short and every documentation page is reachable from it; the index reference is the
/// catalogue in the code; no link points to a page that does not exist.
/// </summary>
public partial class DocsTests
{
    private const int ReadmeMaxBytes = 12 * 1024;

    private static string Root => SharedData.RepositoryRoot;

    [Test]
    public void Readme_IsAtMostAbout12KB()
    {
        var bytes = new FileInfo(Path.Combine(Root, "README.md")).Length;
        Assert.That(bytes, Is.LessThanOrEqualTo(ReadmeMaxBytes));
    }

    [Test]
    public void Readme_KeepsTheTwoCommands()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.That(readme, Does.Contain("dotnet run --project src/HrResponse.Cli -c Release -- analyze"));
        var ci = File.ReadAllText(Path.Combine(Root, ".ci", "run"));
        Assert.That(ci, Does.Contain("dotnet test -c Release"));
        Assert.That(readme, Does.Contain("```sh\ndotnet test -c Release\n```").Or.Contain("```sh\r\ndotnet test -c Release\r\n```"),
            "the README's test command is what .ci/run runs");
    }

    [Test]
    public void EveryDocsPage_IsReachableFromTheReadme()
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([Path.GetFullPath(Path.Combine(Root, "README.md"))]);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            if (!reachable.Add(page)) continue;
            foreach (var target in LocalLinks(page).Where(t => t.EndsWith(".md", StringComparison.Ordinal) && File.Exists(t)))
                queue.Enqueue(target);
        }

        var pages = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Select(Path.GetFullPath);
        Assert.That(pages.Where(p => !reachable.Contains(p)).Select(p => Path.GetRelativePath(Root, p)), Is.Empty,
            "pages not linked from README.md or a page reachable from it (add them to docs/index.md)");
    }

    [Test]
    public void EveryLocalLink_InReadmeAndDocs_PointsToAFile()
    {
        var pages = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(Root, "README.md"));
        var broken = pages.SelectMany(p => LocalLinks(p).Where(t => !File.Exists(t) && !Directory.Exists(t))
            .Select(t => $"{Path.GetRelativePath(Root, p)} -> {Path.GetRelativePath(Root, t)}")).ToList();
        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void Indices_PageIsTheCatalogue()
    {
        // Regenerate with: dotnet run --project src/HrResponse.Cli -c Release -- indices --format markdown
        var page = DocsPage.Read("indices.md");
        var generated = HrResponse.Cli.Commands.IndicesCommand.Markdown().ReplaceLineEndings("\n").Trim();
        Assert.That(page, Does.Contain(generated));
        Assert.That(IndexCatalog.All.Select(d => d.Name), Is.Unique);
        Assert.That(IndexCatalog.All.Where(d => !page.Contains($"`{d.Name}`", StringComparison.Ordinal)).Select(d => d.Name), Is.Empty);
    }

    /// <summary>Targets of relative Markdown links <c>[text](target)</c> of a page, as full paths (anchors dropped).</summary>
    private static IEnumerable<string> LocalLinks(string page)
    {
        var folder = Path.GetDirectoryName(page)!;
        foreach (Match m in Link().Matches(File.ReadAllText(page)))
        {
            var target = m.Groups[1].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
            var path = target.Split('#')[0];
            if (path.Length == 0) continue;
            yield return Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)));
        }
    }

    [GeneratedRegex(@"\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();
}
