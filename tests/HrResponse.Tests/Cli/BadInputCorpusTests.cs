using System.Diagnostics;
using System.Globalization;
using HrResponse.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>
/// Issue 15, item 8: the committed bad-input corpus (TestData/BadInputs, manifest.tsv) run through the tool in-process:
/// for every file and command the exit code and message fragment of the manifest, never exit 1 (a bug), and never
/// over the row's time bound.
/// </summary>
public class BadInputCorpusTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "BadInputs");

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var line in File.ReadLines(Path.Combine(Folder, "manifest.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            yield return new TestCaseData(cells[0], cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture), cells[3],
                    double.Parse(cells[4], CultureInfo.InvariantCulture))
                .SetName($"Corpus_{cells[1]}_{cells[0]}_Exit{cells[2]}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Corpus_FileAndCommand_ManifestExitCodeMessageAndTimeBound(string file, string command, int exit, string fragment, double boundSeconds)
    {
        var path = Path.Combine(Folder, file);
        var watch = Stopwatch.StartNew();
        var (code, _, error) = CliRunner.Run(command, path);
        watch.Stop();
        Assert.That(code, Is.Not.EqualTo(ExitCodes.InternalError), error);
        Assert.That(code, Is.EqualTo(exit), error);
        if (fragment.Length > 0) Assert.That(error, Does.Contain(file).And.Contain(fragment));
        Assert.That(error.Length, Is.LessThan(8_000), "messages are bounded");
        Assert.That(watch.Elapsed.TotalSeconds, Is.LessThanOrEqualTo(boundSeconds), "time bound");
    }

    [Test]
    public void Manifest_EveryCorpusFileIsListed()
    {
        var listed = File.ReadLines(Path.Combine(Folder, "manifest.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToHashSet();
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).Where(f => f is not "manifest.tsv" && !f!.StartsWith('.') && !f.EndsWith(".dat", StringComparison.Ordinal));
        Assert.That(files, Is.SubsetOf(listed));
    }
}
