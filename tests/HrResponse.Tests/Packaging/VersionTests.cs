using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace HrResponse.Tests.Packaging;

/// <summary>
/// Issue 17: versions come from git tags (MinVer) and stay 0.x pre-releases until the public API is declared stable;
/// never the SDK's default 1.0.0, which a package cache would confuse with every other build.
/// </summary>
public partial class VersionTests
{
    [Test]
    public void InformationalVersion_EveryAssembly_IsAZeroXSemanticVersionFromGit()
    {
        foreach (var assembly in new[] { typeof(RecordingAnalysis).Assembly, typeof(HrResponse.Plotting.AnalysisCharts).Assembly, typeof(HrResponse.Cli.CliApp).Assembly })
        {
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            Assert.That(version, Is.Not.Null, assembly.GetName().Name);
            Assert.That(ZeroXSemVer().IsMatch(version!), Is.True, $"{assembly.GetName().Name}: {version}");
            Assert.That(assembly.GetName().Version!.Major, Is.Zero, assembly.GetName().Name);
        }
    }

    [Test]
    public void Version_Option_PrintsTheToolsInformationalVersion()
    {
        // As a process: System.CommandLine reads the entry assembly's version, which in-process would be the test host's.
        var tool = typeof(HrResponse.Cli.CliApp).Assembly.Location;
        var run = DotnetProcess.Run(Path.GetDirectoryName(tool)!, TimeSpan.FromMinutes(2), tool, "--version");
        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        var expected = typeof(HrResponse.Cli.CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.That(run.StandardOutput.Trim(), Is.EqualTo(expected));
    }

    /// <summary>0.MINOR.PATCH with an optional pre-release (MinVer: <c>preview.0.HEIGHT</c>) and build metadata (the commit).</summary>
    [GeneratedRegex(@"^0\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex ZeroXSemVer();
}
