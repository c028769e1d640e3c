using System.Globalization;
using HrResponse.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>Issue 15: inputs that crashed file commands now give the input-error exit code and a message naming the file.</summary>
public class CliBadInputTests : TemporaryFolderTest
{
    [TestCase("hrv")]
    [TestCase("analyze")]
    [TestCase("clean")]
    public void FileCommand_CsvOfOnlyCommas_InputErrorNotCrash(string command)
    {
        var path = WriteFile("commas.csv", ",,,\n,,,\n,,,\n");
        var (code, _, error) = CliRunner.Run(command, path);
        Assert.That(code, Is.EqualTo(ExitCodes.InputError), error);
        Assert.That(error, Does.Contain("commas.csv").And.Not.Contain("internal error"));
    }

    [TestCase("hrv")]
    [TestCase("analyze")]
    [TestCase("clean")]
    public void FileCommand_One1e308InNormalFile_SucceedsAndSkipsTheValue(string command)
    {
        var values = Enumerable.Range(0, 300).Select(i => (800 + (10 * (i % 7))).ToString(CultureInfo.InvariantCulture)).ToArray();
        values[150] = "1e308";
        var path = WriteFile("big.csv", "rr_ms\n" + string.Join("\n", values) + "\n");
        var (code, _, error) = CliRunner.Run(command, path, "-o", Path.Combine(Folder, "out-" + command));
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
    }

    [Test]
    public void Hrv_FiveValuesWith1e308_SucceedsQuickly()
    {
        var path = WriteFile("five.csv", "rr_ms\n800\n810\n1e308\n790\n805\n");
        var (code, _, error) = CliRunner.Run("hrv", path);
        Assert.That(code, Is.Not.EqualTo(ExitCodes.InternalError), error);
    }

    [Test]
    public void Hrv_ThreeHundredValuesOf25_InputErrorNamingTheRange()
    {
        var path = WriteFile("fast.csv", "rr_ms\n" + string.Join("\n", Enumerable.Repeat("25", 300)) + "\n");
        var (code, _, error) = CliRunner.Run("hrv", path);
        Assert.That(code, Is.EqualTo(ExitCodes.InputError), error);
        Assert.That(error, Does.Contain("fast.csv").And.Contain("bpm"));
    }

    [Test]
    public void Live_FiveValuesWith1e308_DoesNotCrash()
    {
        var path = WriteFile("five.csv", "rr_ms\n" + string.Join("\n", Enumerable.Repeat("800", 60)) + "\n1e308\n800\n");
        var (code, _, error) = CliRunner.Run("live", path);
        Assert.That(code, Is.Not.EqualTo(ExitCodes.InternalError), error);
    }

    [Test]
    [Platform(Include = "Linux,MacOsX")]
    public void Info_DevZero_InputErrorNamingTheLimit()
    {
        var (code, _, error) = CliRunner.Run("info", "/dev/zero");
        Assert.That(code, Is.EqualTo(ExitCodes.InputError), error);
        Assert.That(error, Does.Contain("MaxInputBytes"));
    }
}
