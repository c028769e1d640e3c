using NUnit.Framework;

namespace HrResponse.Tests;

/// <summary>Base of test classes that work in a fresh temporary folder: created before each test, deleted after it.</summary>
public abstract class TemporaryFolderTest
{
    /// <summary>The current test's folder.</summary>
    protected string Folder { get; private set; } = string.Empty;

    /// <summary>Creates the folder (runs before the derived class's own set-up).</summary>
    [SetUp]
    public void CreateTemporaryFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "hrresponse-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Deletes the folder with everything in it.</summary>
    [TearDown]
    public void DeleteTemporaryFolder()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> in the folder and returns the file's path.</summary>
    protected string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
