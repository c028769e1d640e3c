using System.Text.Json;
using HrResponse.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary><c>--recording COLUMN=VALUE</c>: one recording of a long-format table, read by the library's <see cref="CsvReadOptions.RecordingIdColumn"/>.</summary>
public class RecordingOptionTests
{
    [Test]
    public void Analyze_DoremiPatient_PeakEqualsTheLibrarysReadOfThatPatient()
    {
        var path = SharedData.Data("doremi", "cardio.csv");
        var (code, output, error) = CliRunner.Run("analyze", path, "--recording", "id=10", "--age", "50", "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var peak = doc.RootElement.GetProperty("indices").GetProperty("HR_Peak").GetDouble();
        Assert.That(doc.RootElement.GetProperty("file").GetString(), Is.EqualTo(path + "#id=10"), "named as batch --split-by names the item");

        // The same analysis of patient 10's rows written alone.
        var alone = Path.Combine(Path.GetTempPath(), $"hrr-doremi-10-{Guid.NewGuid():N}.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(alone, lines.Take(1).Concat(lines.Skip(1).Where(l => l.Split(',')[0] == "10")));
        try
        {
            var (aloneCode, aloneOutput, aloneError) = CliRunner.Run("analyze", alone, "--age", "50", "--format", "json");
            Assert.That(aloneCode, Is.Zero, aloneError);
            using var aloneDoc = JsonDocument.Parse(aloneOutput);
            var aloneIndices = aloneDoc.RootElement.GetProperty("indices");
            Assert.That(peak, Is.EqualTo(aloneIndices.GetProperty("HR_Peak").GetDouble()));
            Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRR_60s").GetDouble(), Is.EqualTo(aloneIndices.GetProperty("HRR_60s").GetDouble()));
        }
        finally
        {
            File.Delete(alone);
        }

        Assert.That(output, Does.Contain("id: recording id (rows with id = 10"));
    }

    [TestCase("hrv")]
    [TestCase("info")]
    [TestCase("autonomic")]
    public void OtherCommands_RecordingFlag_NameTheRecording(string command)
    {
        // Two subjects' RR intervals one after another; each command names the recording it read.
        var path = Path.Combine(Path.GetTempPath(), $"hrr-long-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, new[] { "subject,rr_ms" }
            .Concat(Enumerable.Range(0, 300).Select(i => $"A,{(i % 2 == 0 ? 790 : 810)}"))
            .Concat(Enumerable.Range(0, 300).Select(i => $"B,{(i % 2 == 0 ? 640 : 660)}")));
        try
        {
            var (code, output, error) = CliRunner.Run(command, path, "--recording", "subject=B", "--format", "json");
            Assert.That(code, Is.Zero, error);
            using var doc = JsonDocument.Parse(output);
            Assert.That(doc.RootElement.GetProperty("file").GetString(), Is.EqualTo(path + "#subject=B"));
            Assert.That(doc.RootElement.GetProperty("input").GetProperty("beats").GetInt32(), Is.EqualTo(300));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Info_WholeLongTable_ListsItsRecordingsInsteadOfFailing()
    {
        var (code, output, error) = CliRunner.Run("info", SharedData.Data("doremi", "cardio.csv"), "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var input = doc.RootElement.GetProperty("input");
        Assert.That(input.GetProperty("format").GetString(), Is.EqualTo("long-format-csv"));
        Assert.That(input.GetProperty("recording_id_column").GetString(), Is.EqualTo("id"));
        Assert.That(input.GetProperty("recordings").GetInt32(), Is.EqualTo(21));
        Assert.That(input.GetProperty("recording_ids").EnumerateArray().Select(e => e.GetString()),
            Is.EqualTo(Enumerable.Range(1, 21).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(input.GetProperty("read_one").GetString(), Does.Contain("--recording id=VALUE"));
    }

    [Test]
    public void Analyze_WholeLongTable_ErrorNamesTheFlag()
    {
        var (code, _, error) = CliRunner.Run("analyze", SharedData.Data("doremi", "cardio.csv"));
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(error, Does.Contain("column 'id' changes from 1 to 2 here (21 values: 1, 2, 3, 4, 5, …)")
            .And.Contain("read one with --recording id=VALUE (batch --split-by reads each)"));
        Assert.That(error, Does.Not.Contain("RecordingIdColumn"));
    }

    [TestCase("id", "--recording needs COLUMN=VALUE")]
    [TestCase("=10", "--recording needs COLUMN=VALUE")]
    [TestCase("patient=10", "--recording names column 'patient'")]
    [TestCase("id=99", "no row has id = 99")]
    public void Analyze_BadRecordingFlag_SaysWhy(string value, string expected)
    {
        var (code, _, error) = CliRunner.Run("analyze", SharedData.Data("doremi", "cardio.csv"), "--recording", value);
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain(expected));
    }

    [Test]
    public void Batch_SplitByAndRecordingTogether_AreRefused()
    {
        var (code, _, error) = CliRunner.Run("batch", SharedData.Data("doremi", "cardio.csv"), "--split-by", "id", "--recording", "id=1",
            "--out", Path.Combine(Path.GetTempPath(), $"hrr-never-{Guid.NewGuid():N}.csv"));
        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("--split-by and --recording"));
    }
}
