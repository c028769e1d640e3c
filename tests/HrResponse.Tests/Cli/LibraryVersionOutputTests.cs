using System.Text.Json;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>Every result the tool writes says which library version computed it (<see cref="LibraryVersion.Informational"/>).</summary>
public class LibraryVersionOutputTests
{
    [Test]
    public void Informational_IsThePackageVersionOfTheTool()
    {
        // MinVer's package version (the assembly version is only major.0.0.0, which the report printed before).
        Assert.That(LibraryVersion.Informational, Does.Match(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?(\+[0-9a-f]{7,40})?$"));
        var cli = typeof(HrResponse.Cli.ExitCodes).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.That(cli, Is.EqualTo(LibraryVersion.Informational), "the tool's --version and the library's version are one");
    }

    [Test]
    public void Json_CarriesTheLibraryVersion()
    {
        var (code, output, error) = CliRunner.Run("hrv", SharedData.Data("nsr2db_5min", "nsr006_5min.csv"), "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("hrresponse_version").GetString(), Is.EqualTo(LibraryVersion.Informational));
    }

    [Test]
    public void HtmlReport_NamesTheLibraryVersion()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrr-version-{Guid.NewGuid():N}.html");
        try
        {
            var (code, _, error) = CliRunner.Run("report", SharedData.Data("nsr2db_5min", "nsr006_5min.csv"), "-o", path);
            Assert.That(code, Is.Zero, error);
            Assert.That(File.ReadAllText(path), Does.Contain($"Written by hrresponse {LibraryVersion.Informational}."));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
