using System.Globalization;
using System.IO.Compression;
using HrResponse.Io;
using HrResponse.Plotting;
using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Packaging;

/// <summary>
/// Issue 17 (packaging test in CI): the three packages are packed into a temporary feed with a README, an icon, XML
/// docs and a symbol package each; the <c>hrresponse</c> tool is installed from that feed into a temporary tool path
/// and runs (<c>--version</c> and a real analysis); and, issue 13, "Done when": a fresh console app that references the packed packages does each of the four tasks in five
/// lines or fewer. The fixture packs <c>src/HrResponse</c> and <c>src/HrResponse.Plotting</c> (from a copy of the
/// sources, so the repository's own bin/obj stay untouched) with a version no NuGet cache can hold, creates a console
/// project outside the repository around <c>ConsumerApp/Program.cs</c> with a nuget.config that adds the temporary
/// feed to this machine's own package sources, builds and runs it, and compares every number it prints with the same
/// calls made here in-process.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PackedPackageTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);
    private static readonly string[] LibraryProjects = ["HrResponse", "HrResponse.Plotting"];
    private const string ToolProject = "HrResponse.Cli";
    private static readonly string[] PackedProjects = [.. LibraryProjects, ToolProject];

    private string _work = string.Empty;
    private string _feed = string.Empty;
    private string _app = string.Empty;
    private string _output = string.Empty;
    private string _version = string.Empty;
    private string _tools = string.Empty;
    private DotnetResult? _run;
    private DotnetResult? _toolInstall;
    private ILookup<string, IReadOnlyDictionary<string, string>> _printed = Array.Empty<IReadOnlyDictionary<string, string>>().ToLookup(_ => string.Empty);

    private static string ConsumerProgram => Path.Combine(SharedData.RepositoryRoot, "tests", "HrResponse.Tests", "Packaging", "ConsumerApp", "Program.cs");

    [OneTimeSetUp]
    public void PackBuildAndRunTheConsumerApp()
    {
        var data = SharedData.Data();
        _version = $"0.0.0-pkgtest.{DateTime.UtcNow:yyyyMMddHHmmss}.p{Environment.ProcessId}";
        _work = Path.Combine(Path.GetTempPath(), $"hrresponse-pkgtest-{Guid.NewGuid():N}");
        _feed = Path.Combine(_work, "feed");
        _app = Path.Combine(_work, "ConsumerApp");
        _output = Path.Combine(_work, "output");
        _tools = Path.Combine(_work, "tools");
        Directory.CreateDirectory(_feed);
        Directory.CreateDirectory(_app);
        Directory.CreateDirectory(_output);

        var sources = Path.Combine(_work, "repository");
        CopySources(SharedData.RepositoryRoot, sources);
        // The copy has no .git, so MinVer (versions from git tags) is skipped and the version given; everything else
        // (README, icon, symbols, Source Link settings, package validation) is the real packing.
        foreach (var project in PackedProjects)
        {
            var pack = DotnetProcess.Run(sources, StepTimeout, "pack", Path.Combine("src", project, project + ".csproj"),
                "-c", "Release", "-o", _feed, $"-p:Version={_version}", "-p:MinVerSkip=true");
            Assert.That(pack.ExitCode, Is.Zero, pack.ToString);
        }

        _toolInstall = DotnetProcess.Run(_work, StepTimeout, "tool", "install", ToolProject, "--tool-path", _tools,
            "--add-source", _feed, "--version", _version);

        File.WriteAllText(Path.Combine(_app, "ConsumerApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HrResponse" Version="{_version}" />
                <PackageReference Include="HrResponse.Plotting" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        // No <clear/>: the machine's own sources (user and machine NuGet.Config, e.g. a package mirror) stay in force,
        // and the temporary feed is added to them.
        File.WriteAllText(Path.Combine(_app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="hrresponse-pkgtest" value="{_feed}" />
              </packageSources>
            </configuration>
            """);
        File.Copy(ConsumerProgram, Path.Combine(_app, "Program.cs"));

        var build = DotnetProcess.Run(_app, StepTimeout, "build", "-c", "Release");
        Assert.That(build.ExitCode, Is.Zero, build.ToString);
        _run = DotnetProcess.Run(_app, StepTimeout, "run", "--no-build", "-c", "Release", "--", data, _output);
        _printed = Parse(_run.StandardOutput);
    }

    [OneTimeTearDown]
    public void RemoveTemporaryFilesAndCachedPackages()
    {
        if (_work.Length > 0 && Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
        if (_version.Length == 0) return;
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var project in PackedProjects)
        {
            var folder = Path.Combine(cache, project.ToLowerInvariant(), _version);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var parent = Path.GetDirectoryName(folder)!;
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any()) Directory.Delete(parent);
        }
    }

    [Test]
    public void Pack_BothPackages_CarryAssemblyDocsAndDependency()
    {
        foreach (var project in LibraryProjects)
        {
            using var package = ZipFile.OpenRead(Path.Combine(_feed, $"{project}.{_version}.nupkg"));
            var entries = package.Entries.Select(e => e.FullName).ToList();
            Assert.That(entries, Does.Contain($"lib/net10.0/{project}.dll").And.Contain($"lib/net10.0/{project}.xml"), project);
        }

        using var plotting = ZipFile.OpenRead(Path.Combine(_feed, $"HrResponse.Plotting.{_version}.nupkg"));
        using var nuspec = new StreamReader(plotting.GetEntry("HrResponse.Plotting.nuspec")!.Open());
        Assert.That(nuspec.ReadToEnd(), Does.Contain($"id=\"HrResponse\" version=\"{_version}\""));
    }

    [TestCaseSource(nameof(PackedProjects))]
    public void Pack_EveryPackage_HasReadmeIconLicenceUrlsTagsAndReleaseNotes(string project)
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, $"{project}.{_version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("README.md").And.Contain("icon.png"));
        using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
        var text = readme.ReadToEnd();
        Assert.That(text, Does.StartWith("# ").And.Contain("```"), "a README written for the package, with an example");
        Assert.That(text, Does.Contain(project == ToolProject ? "dotnet tool install" : $"using {project};"));
        using var nuspecReader = new StreamReader(package.GetEntry($"{project}.nuspec")!.Open());
        var nuspec = System.Xml.Linq.XDocument.Parse(nuspecReader.ReadToEnd());
        string Meta(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
        Assert.Multiple(() =>
        {
            Assert.That(Meta("readme"), Is.EqualTo("README.md"));
            Assert.That(Meta("icon"), Is.EqualTo("icon.png"));
            Assert.That(Meta("license"), Is.EqualTo("MIT"));
            Assert.That(Meta("projectUrl"), Does.StartWith("https://github.com/"));
            Assert.That(Meta("tags"), Does.Contain("hrv"));
            Assert.That(Meta("releaseNotes"), Is.Not.Empty);
            Assert.That(Meta("description"), Has.Length.GreaterThan(60), "a description that says what the package does");
            Assert.That(nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value, Does.StartWith("https://github.com/"));
        });
    }

    [TestCaseSource(nameof(PackedProjects))]
    public void Pack_EveryPackage_HasASymbolPackageWithPortablePdbs(string project)
    {
        var symbols = Path.Combine(_feed, $"{project}.{_version}.snupkg");
        Assert.That(File.Exists(symbols), Is.True, symbols);
        using var package = ZipFile.OpenRead(symbols);
        var pdbs = package.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
        Assert.That(pdbs.Select(e => Path.GetFileName(e.FullName)), Does.Contain($"{project}.pdb"));
        using var pdb = pdbs.First(e => Path.GetFileName(e.FullName) == $"{project}.pdb").Open();
        var magic = new byte[4];
        pdb.ReadExactly(magic);
        Assert.That(magic, Is.EqualTo("BSJB"u8.ToArray()), "a portable PDB (metadata signature BSJB)");
    }

    [Test]
    public void Pack_ToolPackage_CarriesTheLibraryDocs()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, $"{ToolProject}.{_version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("tools/net10.0/any/HrResponse.Cli.dll").And.Contain("tools/net10.0/any/DotnetToolSettings.xml"));
        Assert.That(entries, Does.Contain("tools/net10.0/any/HrResponse.xml"));
    }

    [Test]
    public void ToolInstall_FromThePackedFeed_PrintsItsVersion()
    {
        Assert.That(_toolInstall!.ExitCode, Is.Zero, _toolInstall.ToString);
        var run = RunTool("--version");
        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        Assert.That(run.StandardOutput.Trim(), Does.StartWith(_version));
    }

    [Test]
    public void ToolInstall_FromThePackedFeed_AnalysesARecordingAsTheLibraryDoes()
    {
        Assert.That(_toolInstall!.ExitCode, Is.Zero, _toolInstall.ToString);
        var file = SharedData.Data("nsr2db_5min", "nsr006_5min.csv");
        var run = RunTool("hrv", file, "--format", "json");
        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        using var json = System.Text.Json.JsonDocument.Parse(run.StandardOutput);
        var expected = RecordingAnalysis.Compute(RecordingReader.Open(file).Recording).Hrv!.ToIndexTable();
        var indices = json.RootElement.GetProperty("indices");
        Assert.That(indices.GetProperty("HRV_RMSSD").GetDouble(), Is.EqualTo(expected["HRV_RMSSD"]));
        Assert.That(indices.GetProperty("HRV_SDNN").GetDouble(), Is.EqualTo(expected["HRV_SDNN"]));

        var table = RunTool("analyze");
        Assert.That(table.ExitCode, Is.Zero, table.ToString);
        Assert.That(table.StandardOutput, Does.Contain("Key results").And.Contain("Flags"));
    }

    private DotnetResult RunTool(params string[] arguments)
    {
        var tool = Path.Combine(_tools, OperatingSystem.IsWindows() ? "hrresponse.exe" : "hrresponse");
        Assert.That(File.Exists(tool), Is.True, $"the tool's command exists: {tool}\n{_toolInstall}");
        return DotnetProcess.RunProgram(_work, StepTimeout, tool, arguments);
    }

    [Test]
    public void ConsumerApp_BuiltAgainstThePackedPackages_RunsToTheEnd()
    {
        var assets = File.ReadAllText(Path.Combine(_app, "obj", "project.assets.json"));
        Assert.That(assets, Does.Contain($"\"HrResponse/{_version}\"").And.Contain($"\"HrResponse.Plotting/{_version}\""));
        Assert.That(Directory.GetFiles(_app, "*.csproj").Single(), Does.Not.Contain(".."), "the app is outside the repository");
        Assert.That(_run!.ExitCode, Is.Zero, _run.ToString);
    }

    [Test]
    public void ConsumerApp_EachTask_IsAtMostFiveLines()
    {
        var lines = File.ReadAllLines(ConsumerProgram);
        var tasks = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!TaskHeading(lines[i])) continue;
            tasks++;
            var code = lines.Skip(i + 1).TakeWhile(l => l.Trim().Length > 0).Count(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
            Assert.That(code, Is.InRange(1, 5), lines[i]);
        }

        Assert.That(tasks, Is.EqualTo(4));
    }

    [Test]
    public void Task1_CorrectedHrvFromArray_MatchesTheLibrary()
    {
        var expected = RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(NsrRrMs()))).Hrv!;
        var printed = Merge(Printed("hrv"));
        Assert.Multiple(() =>
        {
            Assert.That(printed["corrected"], Is.EqualTo("True"));
            Assert.That(Number(printed["rmssd_ms"]), Is.EqualTo(expected.ToIndexTable()["HRV_RMSSD"]));
            Assert.That(Number(printed["sdnn_ms"]), Is.EqualTo(expected.ToIndexTable()["HRV_SDNN"]));
            Assert.That(Number(printed["lf_ms2"]), Is.EqualTo(expected.ToIndexTable()["HRV_LF"]));
            Assert.That(Number(printed["hf_ms2"]), Is.EqualTo(expected.ToIndexTable()["HRV_HF"]));
            Assert.That(Number(printed["dfa_alpha1"]), Is.EqualTo(expected.ToIndexTable()["HRV_DFA_alpha1"]));
        });
        Assert.That(Number(printed["rmssd_ms"]), Is.GreaterThan(0));
    }

    [Test]
    public void Task2_ExerciseTestWithAge_MatchesTheLibrary()
    {
        var recording = RecordingReader.Open(SharedData.Data("actes", "test_01.csv")).Recording
            .WithSubject(new SubjectInfo { AgeYears = ActesAge("test_01.csv") });
        var table = RecordingAnalysis.Compute(recording).ToIndexTable();
        var printed = Printed("exercise").Single();
        Assert.Multiple(() =>
        {
            Assert.That(Number(printed["hrr60_bpm"]), Is.EqualTo(table["HRR_60s"]));
            Assert.That(Number(printed["chronotropic_index"]), Is.EqualTo(table["CHRONO_Index"]));
            Assert.That(printed["incompetent"], Is.EqualTo(table["CHRONO_Incompetent"] switch { 1 => "True", 0 => "False", _ => string.Empty }));
        });
        Assert.That(Number(printed["hrr60_bpm"]), Is.GreaterThan(0), "ACTES test 1 has a recovery phase");
    }

    [Test]
    public void Task3_DfaAlpha1Every5sFromPushedBeats_MatchesTheLibrary()
    {
        var live = new RollingHrvAnalyzer(RollingHrvOptions.Default with { Step = TimeSpan.FromSeconds(5) });
        var expected = new List<RollingHrvSnapshot>();
        foreach (var rr in NsrRrMs())
            if (live.Add(rr) is { } snapshot) expected.Add(snapshot);

        var printed = Printed("live").ToList();
        Assert.That(printed, Has.Count.EqualTo(expected.Count).And.Count.GreaterThan(10));
        Assert.Multiple(() =>
        {
            Assert.That(printed.Select(p => Number(p["end_s"])), Is.EqualTo(expected.Select(s => s.EndSeconds)));
            Assert.That(printed.Select(p => Number(p["dfa_alpha1"])), Is.EqualTo(expected.Select(s => s.DfaAlpha1)));
        });
        var steps = expected.Zip(expected.Skip(1), (a, b) => b.EndSeconds - a.EndSeconds);
        Assert.That(steps, Is.All.EqualTo(5).Within(1e-9));
    }

    [Test]
    public void Task4_ExerciseTestChart_IsTheLibrarysChart()
    {
        var path = Printed("chart").Single()["path"];
        Assert.That(path, Does.StartWith(_output).And.EndWith(".svg"));
        var recording = RecordingReader.Open(SharedData.Data("actes", "test_01.csv")).Recording
            .WithSubject(new SubjectInfo { AgeYears = ActesAge("test_01.csv") });
        var expected = AnalysisCharts.Build(RecordingAnalysis.Compute(recording)).Single(c => c.Name == "heart-rate").ToSvg();
        Assert.That(File.ReadAllText(path), Does.Contain("<svg").And.EqualTo(expected));
    }

    private static bool TaskHeading(string line) =>
        line.StartsWith("// ", StringComparison.Ordinal) && line.Length > 4 && char.IsAsciiDigit(line[3]) && line[4] == '.';

    private IEnumerable<IReadOnlyDictionary<string, string>> Printed(string kind)
    {
        Assert.That(_run, Is.Not.Null);
        Assert.That(_run!.ExitCode, Is.Zero, _run.ToString);
        Assert.That(_printed.Contains(kind), Is.True, $"the app prints '{kind}' lines\n{_run}");
        return _printed[kind];
    }

    private static Dictionary<string, string> Merge(IEnumerable<IReadOnlyDictionary<string, string>> lines) =>
        lines.SelectMany(l => l).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>Lines <c>KIND key=value key=value</c>; a <c>chart PATH</c> line becomes <c>path=PATH</c>.</summary>
    private static ILookup<string, IReadOnlyDictionary<string, string>> Parse(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .ToLookup(parts => parts[0], parts => (IReadOnlyDictionary<string, string>)(parts.Length < 2
                ? new Dictionary<string, string>()
                : parts[1].Contains('=', StringComparison.Ordinal)
                    ? parts[1].Split(' ').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty)
                    : new Dictionary<string, string> { ["path"] = parts[1] }));

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double[] NsrRrMs() =>
        [.. File.ReadLines(SharedData.Data("nsr2db_5min", "nsr006_5min.csv")).Skip(1).Select(l => double.Parse(l, CultureInfo.InvariantCulture))];

    /// <summary>The age of an ACTES test's subject, read from <c>subjects.csv</c> by column name.</summary>
    internal static double ActesAge(string file)
    {
        var rows = File.ReadAllLines(SharedData.Data("actes", "subjects.csv")).Select(l => l.Split(',')).ToList();
        int fileColumn = Array.IndexOf(rows[0], "file"), ageColumn = Array.IndexOf(rows[0], "age_y");
        return double.Parse(rows.Single(r => r[fileColumn] == file)[ageColumn], CultureInfo.InvariantCulture);
    }

    internal static void CopySources(string repository, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(repository))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        CopyTree(Path.Combine(repository, "src"), Path.Combine(target, "src"));
        Directory.CreateDirectory(Path.Combine(target, "docs", "images"));
        File.Copy(Path.Combine(repository, "docs", "images", "icon.png"), Path.Combine(target, "docs", "images", "icon.png"));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj" or "TestResults") continue;
            CopyTree(dir, Path.Combine(to, name));
        }
    }
}
