using NUnit.Framework;

namespace HrResponse.Tests.Docs;

/// <summary>The repository's documentation pages, for tests that keep them equal to what the code computes.</summary>
internal static class DocsPage
{
    public static string Folder => Path.Combine(SharedData.RepositoryRoot, "docs");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name)).ReplaceLineEndings("\n");

    /// <summary>
    /// Fails unless <paramref name="page"/> contains <paramref name="generated"/> verbatim; the generated text is
    /// written to <paramref name="artifact"/> in the test directory (and the test output) to paste when numbers change
    /// on purpose.
    /// </summary>
    public static void AssertContains(string page, string generated, string artifact)
    {
        var text = generated.ReplaceLineEndings("\n");
        TestContext.Out.WriteLine(text);
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, artifact), text);
        Assert.That(Read(page), Does.Contain(text),
            $"docs/{page} differs from the computed table (written to {artifact} in the test directory)");
    }
}
