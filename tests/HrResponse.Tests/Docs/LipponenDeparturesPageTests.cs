using System.Text.RegularExpressions;
using NUnit.Framework;

namespace HrResponse.Tests.Docs;

/// <summary>
/// Issue 14: every place where HrResponse departs from the published Lipponen–Tarvainen method is documented. The
/// refinements are numbered in the code's comments; docs/lipponen-departures.md must give each number one row, and
/// each row must point at a case that exists (an item of docs/beat-quality.md) and at code that exists.
/// </summary>
public partial class LipponenDeparturesPageTests
{
    private const string Page = "lipponen-departures.md";

    private static string SourceFolder => Path.Combine(SharedData.RepositoryRoot, "src", "HrResponse");

    // One table row: "| # | what | why | where documented |", # a number or "—".
    private static List<(string Number, string What, string Why, string Where)> Rows() =>
        [.. DocsPage.Read(Page).Split('\n').Select(l => TableRow().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim(), m.Groups[3].Value.Trim(), m.Groups[4].Value.Trim()))];

    // The highest refinement number the library's code cites ("refinement 63", "Refinement (63)", "refinements 40–42").
    private static int HighestRefinementInCode() =>
        Directory.GetFiles(SourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RefinementCitation().Matches(File.ReadAllText(f)))
            .Select(m => int.Parse(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Max();

    [Test]
    public void EveryRefinementTheCodeCites_HasExactlyOneRow()
    {
        var highest = HighestRefinementInCode();
        var described = Rows().Where(r => r.Number != "—" && !r.What.StartsWith('(')).Select(r => int.Parse(r.Number, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(highest, Is.GreaterThanOrEqualTo(63), "the code's comments cite the refinements by number");
        Assert.That(described.Order(), Is.EqualTo(Enumerable.Range(1, highest)),
            $"docs/{Page} describes each refinement 1–{highest} once (a refinement added to the code needs its row)");
    }

    [Test]
    public void PlaceholderRows_PointToARowOfTheSameNumberBelow()
    {
        var rows = Rows();
        for (var k = 0; k < rows.Count; k++)
        {
            if (!rows[k].What.StartsWith('(')) continue;
            var n = rows[k].Number;
            Assert.That(rows.Skip(k + 1).Any(r => r.Number == n && !r.What.StartsWith('(')), Is.True,
                $"row {n} says '{rows[k].What}' but no row {n} follows");
        }
    }

    [Test]
    public void EveryRow_SaysWhatWhyAndWhere_AndItsItemsExist()
    {
        var items = BeatQualityItem().Matches(DocsPage.Read("beat-quality.md")).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var (number, what, why, where) in Rows().Where(r => !r.What.StartsWith('(')))
        {
            Assert.That(what, Is.Not.Empty, $"row {number}: what");
            Assert.That(why, Is.Not.Empty, $"row {number}: why");
            Assert.That(where, Is.Not.Empty, $"row {number}: where documented");
            foreach (Match list in ItemList().Matches(where))
                foreach (var item in list.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries))
                    Assert.That(items, Does.Contain(item), $"row {number} cites item {item} of beat-quality.md, which has no such item");
        }
    }

    [Test]
    public void EveryCodeFileThePageNames_Exists()
    {
        var names = Directory.GetFiles(SourceFolder, "*.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet();
        var cited = CodeFile().Matches(DocsPage.Read(Page)).Select(m => Path.GetFileName(m.Groups[1].Value)).Where(f => !f.Contains('*', StringComparison.Ordinal)).ToList();
        Assert.That(cited, Is.Not.Empty);
        Assert.That(cited.Where(f => !names.Contains(f)), Is.Empty, "files named on the page that are not in src/HrResponse");
    }

    [GeneratedRegex(@"^\| (\d+|—) \| (.*?) \| (.*?) \| (.*?) \|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"[Rr]efinements? \(?(\d+)\)?(?:[–-](\d+))?")]
    private static partial Regex RefinementCitation();

    [GeneratedRegex(@"^(\d+)\. \*\*", RegexOptions.Multiline)]
    private static partial Regex BeatQualityItem();

    [GeneratedRegex(@"items? ([\d, ]+\d)")]
    private static partial Regex ItemList();

    [GeneratedRegex(@"`([\w./*]+\.cs)`")]
    private static partial Regex CodeFile();
}
