using NUnit.Framework;

namespace HrResponse.Tests;

/// <summary>
/// Finds <c>../shared/data</c> and <c>../shared/reference</c> beside the repository. When they are missing, a test
/// fails under <c>CI=true</c> and is marked inconclusive on a developer machine.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> SharedRoot = new(FindSharedRoot);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Path of a file or folder under <c>shared/data</c>; fails (CI) or is inconclusive (local) when missing.</summary>
    public static string Data(params string[] parts) => Require(Path.Combine(["data", .. parts]));

    /// <summary>Path of a file or folder under <c>shared/reference</c>; fails (CI) or is inconclusive (local) when missing.</summary>
    public static string Reference(params string[] parts) => Require(Path.Combine(["reference", .. parts]));

    private static string Require(string relative)
    {
        var root = SharedRoot.Value;
        var path = root is null ? null : Path.Combine(root, relative);
        if (path is not null && (File.Exists(path) || Directory.Exists(path))) return path;
        var message = $"Shared data '{relative}' not found beside the repository ({RepositoryRoot}/../shared).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message);
        Assert.Inconclusive(message);
        return string.Empty;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HrResponse.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HrResponse.sln not found above the test directory.");
    }

    private static string? FindSharedRoot()
    {
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
