using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Packaging;

/// <summary>
/// Issue 16 (the installed tool starts fast): the release packs the tool as RID-specific packages
/// (<c>scripts/pack-tool.sh</c>, <c>-p:RidSpecificToolPackages=true</c>): a pointer package that lists the runtimes, a
/// Native AOT package for linux-x64 and a framework-dependent package for <c>any</c> other runtime. The AOT package
/// needs clang, which a machine with only the .NET SDK does not have, so it is checked by the script (it installs the
/// packages it made and checks that the command is the native executable); this fixture checks, with the SDK alone,
/// the runtimes the project lists and the fallback: a pointer package whose only RID-specific package is for another
/// machine's runtime, plus the <c>any</c> package, installs from a folder feed and runs the framework-dependent tool.
/// </summary>
[TestFixture]
[NonParallelizable]
public class RidSpecificToolPackageTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);
    private const string Project = "HrResponse.Cli";

    private string _work = string.Empty;
    private string _sources = string.Empty;
    private string _feed = string.Empty;
    private string _tools = string.Empty;
    private string _version = string.Empty;
    private string _otherRid = string.Empty;
    private DotnetResult? _install;

    [OneTimeSetUp]
    public void PackPointerAndFallbackAndInstall()
    {
        _version = $"0.0.0-ridtest.{DateTime.UtcNow:yyyyMMddHHmmss}.p{Environment.ProcessId}";
        _work = Path.Combine(Path.GetTempPath(), $"hrresponse-ridtest-{Guid.NewGuid():N}");
        _sources = Path.Combine(_work, "repository");
        _feed = Path.Combine(_work, "feed");
        _tools = Path.Combine(_work, "tools");
        Directory.CreateDirectory(_feed);
        PackedPackageTests.CopySources(SharedData.RepositoryRoot, _sources);

        // A runtime this machine is not: the tool install must fall back to the framework-dependent "any" package.
        _otherRid = RuntimeInformation.RuntimeIdentifier == "linux-s390x" ? "linux-x64" : "linux-s390x";
        string[] common = ["-c", "Release", "-o", _feed, $"-p:Version={_version}", "-p:MinVerSkip=true",
            "-p:RidSpecificToolPackages=true", $"-p:ToolPackageRuntimeIdentifiers=\"{_otherRid};any\""];
        var csproj = Path.Combine("src", Project, Project + ".csproj");
        var pointer = DotnetProcess.Run(_sources, StepTimeout, ["pack", csproj, .. common]);
        Assert.That(pointer.ExitCode, Is.Zero, pointer.ToString);
        var fallback = DotnetProcess.Run(_sources, StepTimeout, ["pack", csproj, "-r", "any", .. common]);
        Assert.That(fallback.ExitCode, Is.Zero, fallback.ToString);

        _install = DotnetProcess.Run(_work, StepTimeout, "tool", "install", Project, "--tool-path", _tools,
            "--add-source", _feed, "--version", _version);
    }

    [OneTimeTearDown]
    public void RemoveTemporaryFilesAndCachedPackages()
    {
        if (_work.Length > 0 && Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
        if (_version.Length == 0) return;
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { Project, Project + ".any" })
        {
            var folder = Path.Combine(cache, id.ToLowerInvariant(), _version);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var parent = Path.GetDirectoryName(folder)!;
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any()) Directory.Delete(parent);
        }
    }

    [Test]
    public void Project_ReleaseRuntimes_AreLinuxX64AotAndTheFrameworkDependentFallback()
    {
        var csproj = Path.Combine(_sources, "src", Project, Project + ".csproj");
        var rids = DotnetProcess.Run(_sources, StepTimeout, "msbuild", csproj, "-nologo",
            "-p:RidSpecificToolPackages=true", "-getProperty:ToolPackageRuntimeIdentifiers");
        Assert.That(rids.ExitCode, Is.Zero, rids.ToString);
        Assert.That(rids.StandardOutput.Trim().Split(';'), Is.EqualTo(new[] { "linux-x64", "any" }));
        var aot = DotnetProcess.Run(_sources, StepTimeout, "msbuild", csproj, "-nologo",
            "-p:RidSpecificToolPackages=true", "-p:RuntimeIdentifier=linux-x64", "-getProperty:PublishAot");
        Assert.That(aot.StandardOutput.Trim(), Is.EqualTo("true"), aot.ToString);
        var plain = DotnetProcess.Run(_sources, StepTimeout, "msbuild", csproj, "-nologo",
            "-getProperty:ToolPackageRuntimeIdentifiers", "-getProperty:PublishAot");
        Assert.That(plain.StandardOutput, Does.Not.Contain("linux-x64").And.Not.Contain("true"),
            "without the release property the tool stays one portable package\n" + plain);
    }

    [Test]
    public void PointerPackage_ListsTheRuntimePackagesAndCarriesNoCode()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, $"{Project}.{_version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries.Where(e => e.StartsWith("tools/", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "tools/any/any/DotnetToolSettings.xml" }));
        using var reader = new StreamReader(package.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
        var settings = XDocument.Parse(reader.ReadToEnd());
        var listed = settings.Descendants("RuntimeIdentifierPackage")
            .Select(e => (Rid: e.Attribute("RuntimeIdentifier")?.Value, Id: e.Attribute("Id")?.Value)).ToList();
        Assert.That(listed, Is.EqualTo(new[] { (_otherRid, $"{Project}.{_otherRid}"), ("any", $"{Project}.any") }));
        Assert.That(File.Exists(Path.Combine(_feed, $"{Project}.{_version}.snupkg")), Is.False, "no symbol package for a package without code");
    }

    [Test]
    public void FallbackPackage_IsTheFrameworkDependentTool()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, $"{Project}.any.{_version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("tools/net10.0/any/HrResponse.Cli.dll").And.Contain("tools/net10.0/any/HrResponse.Cli.runtimeconfig.json"));
        using var nuspec = new StreamReader(package.GetEntry($"{Project}.any.nuspec")!.Open());
        Assert.That(nuspec.ReadToEnd(), Does.Contain("DotnetToolRidPackage"));
    }

    [Test]
    public void ToolInstall_OnARuntimeWithoutItsOwnPackage_RunsTheFallbackAsTheLibraryComputes()
    {
        Assert.That(_install!.ExitCode, Is.Zero, _install.ToString);
        var tool = Path.Combine(_tools, OperatingSystem.IsWindows() ? "hrresponse.exe" : "hrresponse");
        Assert.That(Directory.GetDirectories(Path.Combine(_tools, ".store", Project.ToLowerInvariant(), _version))
            .Select(Path.GetFileName), Does.Contain($"{Project}.any".ToLowerInvariant()));

        var version = DotnetProcess.RunProgram(_work, StepTimeout, tool, "--version");
        Assert.That(version.ExitCode, Is.Zero, version.ToString);
        Assert.That(version.StandardOutput.Trim(), Does.StartWith(_version));

        var file = SharedData.Data("nsr2db_5min", "nsr006_5min.csv");
        var run = DotnetProcess.RunProgram(_work, StepTimeout, tool, "hrv", file, "--format", "json");
        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        using var json = System.Text.Json.JsonDocument.Parse(run.StandardOutput);
        var expected = RecordingAnalysis.Compute(RecordingReader.Open(file).Recording).Hrv!.ToIndexTable();
        Assert.That(json.RootElement.GetProperty("indices").GetProperty("HRV_RMSSD").GetDouble(), Is.EqualTo(expected["HRV_RMSSD"]));
    }
}
