using HrResponse.Fuzz;
using NUnit.Framework;

namespace HrResponse.Tests.Fuzzing;

/// <summary>
/// Replays the committed fuzzing corpus (seeds, and every crash or hang AFL++ found once fixed) through its reader:
/// the short CI run of the coverage-guided harness, which needs no AFL.
/// </summary>
public class FuzzCorpusTests
{
    /// <summary>The corpus files of one reader (copied beside the tests from fuzz/corpus/READER).</summary>
    public static IReadOnlyList<string> CorpusFiles(string reader)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus", reader);
        return Directory.Exists(dir) ? [.. Directory.GetFiles(dir).Order(StringComparer.Ordinal)] : [];
    }

    public static IEnumerable<string> Readers => FuzzTargets.Names;

    [TestCaseSource(nameof(Readers))]
    public void Corpus_EveryFile_ReadOrRefusedWithFormatError(string reader)
    {
        var files = CorpusFiles(reader);
        Assert.That(files, Is.Not.Empty, $"fuzz/corpus/{reader} has no file");
        var failures = new List<string>();
        foreach (var file in files)
        {
            var problem = PropertyCheck.Within(0, TimeSpan.Zero, () => FuzzTargets.Run(reader, File.ReadAllBytes(file)));
            if (problem is not null) failures.Add($"{Path.GetFileName(file)}: {problem}");
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Corpus_SeedsOfEachReader_AtLeastOneIsRead()
    {
        // The seeds are valid files: a reader that refuses all of them would make the fuzzing start from nothing.
        foreach (var reader in FuzzTargets.Names)
            Assert.That(CorpusFiles(reader).Any(f => FuzzTargets.Run(reader, File.ReadAllBytes(f))), Is.True, reader);
    }
}
