using System.Text.Json;
using HrResponse.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

public class CliErrorTests : TemporaryFolderTest
{
    [Test]
    public void Hrv_MissingFile_ExitCodeInputErrorAndMessageOnStderr()
    {
        var (code, output, error) = CliRunner.Run("hrv", Path.Combine(Folder, "nope.csv"));
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("file not found").And.Contain("nope.csv"));
    }

    [Test]
    public void Hrv_TextInNumber_NamesLineAndTextWithoutStackTrace()
    {
        var path = WriteFile("bad.csv", "rr_ms\n800\n810\nabc\n820\n");
        var (code, _, error) = CliRunner.Run("hrv", path);
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(error, Does.Contain("line 4").And.Contain("abc"));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void Hrv_UnknownFormat_UsageErrorListsValidValues()
    {
        var path = WriteFile("ok.csv", "rr_ms\n800\n810\n");
        var (code, _, error) = CliRunner.Run("hrv", path, "--format", "xml");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("table, csv, json"));
    }

    [Test]
    public void Hrv_Help_NamesTheValuesTheParserAccepts()
    {
        // A choice option's value name lists what the parser takes (--rr-unit ms), not the enum's members
        // (<Auto|Milliseconds|Seconds>, which it refuses).
        var (code, output, error) = CliRunner.Run("hrv", "--help");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("--rr-unit <auto|ms|s>").And.Contain("--format <table|csv|json>")
            .And.Contain("--estimate <variance-preserving|autoregressive|cubic-spline>"));
        Assert.That(output, Does.Not.Contain("Milliseconds").And.Not.Contain("AutoregressiveVariancePreserving"));
        var (refused, _, message) = CliRunner.Run("hrv", WriteFile("ok.csv", "rr_ms\n800\n810\n"), "--rr-unit", "milliseconds");
        Assert.That(refused, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(message, Does.Contain("auto, ms, s"));
    }

    [Test]
    public void Hrv_HeartRateSamplesOnly_SaysBeatsAreNeeded()
    {
        var path = WriteFile("hr.csv", "time_s,hr_bpm\n0,60\n1,61\n2,62\n");
        var (code, _, error) = CliRunner.Run("hrv", path);
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(error, Does.Contain("beat-to-beat"));
    }

    [Test]
    public void Hrv_RrUnitSeconds_OverridesDetection()
    {
        var path = WriteFile("rr.csv", "0.8\n0.9\n1.0\n");
        var (code, output, error) = CliRunner.Run("hrv", path, "--rr-unit", "s", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRV_MeanNN").GetDouble(), Is.EqualTo(900).Within(1e-9));
        Assert.That(doc.RootElement.GetProperty("input").GetProperty("rr_unit").GetString(), Is.EqualTo("s"));
    }

    [Test]
    public void Hrv_CsvOutput_OneHeaderAndOneRowWithFileColumn()
    {
        var path = WriteFile("rr.csv", "rr_ms\n800\n900\n1000\n");
        var (code, output, _) = CliRunner.Run("hrv", path, "--format", "csv");
        Assert.That(code, Is.Zero);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.StartWith("file,HRV_MeanNN,HRV_SDNN,"));
        Assert.That(lines[1], Does.StartWith(path + ",900,100,"));
    }

    [Test]
    public void Hrv_OutputOption_WritesFileAndNothingToStdout()
    {
        var path = WriteFile("rr.csv", "rr_ms\n800\n900\n1000\n");
        var outPath = Path.Combine(Folder, "out", "result.json");
        var (code, output, _) = CliRunner.Run("hrv", path, "--format", "json", "-o", outPath);
        Assert.That(code, Is.Zero);
        Assert.That(output, Is.Empty);
        using var doc = JsonDocument.Parse(File.ReadAllText(outPath));
        Assert.That(doc.RootElement.GetProperty("file").GetString(), Is.EqualTo(path));
        Assert.That(Directory.GetFiles(Path.Combine(Folder, "out")), Has.Length.EqualTo(1), "no temporary file left behind");
    }

    [Test]
    public void Analyze_NoFile_RunsOnEmbeddedSample()
    {
        var (code, output, error) = CliRunner.Run("analyze", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("file").GetString(), Does.StartWith("sample:"));
        Assert.That(doc.RootElement.GetProperty("input").GetProperty("beats").GetInt32(), Is.EqualTo(2001));
    }

    [Test]
    public void UnknownCommand_UsageError()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Is.Not.Empty);
    }
}
