using System.Globalization;
using System.Text.Json;
using HrResponse.Cli;
using HrResponse.Tests.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

/// <summary>EDF files through the CLI: <c>hrv</c> describes the input, <c>peaks</c> detects in the EDF's ECG.</summary>
[TestFixture]
public sealed class EdfCommandTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"hrr-edf-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>The first two minutes of MIT-BIH record 100 (MLII) as EDF+ with one annotation at 30.5 s.</summary>
    private string Mitdb100Edf()
    {
        var digital = File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Take(360 * 120)
            .Select(l => (int)Math.Round(double.Parse(l, CultureInfo.InvariantCulture) * 200)).ToArray();
        var path = Path.Combine(_dir, "rec.edf");
        File.WriteAllBytes(path, EdfTestEncoder.Encode(
        [
            new EdfTestSignal("ECG MLII", "mV", -163.84, 163.835, -32768, 32767, 360, digital),
            new EdfTestSignal("EDF Annotations", "", -1, 1, -32768, 32767, 30, Annotations: r => r == 30 ? EdfTestEncoder.Tal(30, (30.5, "Stand up")) : EdfTestEncoder.Tal(r)),
        ], 120, 1, reserved: "EDF+C"));
        return path;
    }

    [Test]
    public void Hrv_EdfJson_DescribesTheInput()
    {
        var (code, output, error) = CliRunner.Run("hrv", Mitdb100Edf(), "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var doc = JsonDocument.Parse(output);
        var input = doc.RootElement.GetProperty("input");
        Assert.That(input.GetProperty("format").GetString(), Is.EqualTo("edf"));
        Assert.That(input.GetProperty("edf_variant").GetString(), Is.EqualTo("EDF+C"));
        Assert.That(input.GetProperty("start_time").GetString(), Is.EqualTo("2021-03-02T10:20:30"));
        Assert.That(input.GetProperty("signal").GetString(), Is.EqualTo("ECG MLII"));
        Assert.That(input.GetProperty("sampling_rate_hz").GetDouble(), Is.EqualTo(360));
        Assert.That(input.GetProperty("ecg_samples").GetInt32(), Is.EqualTo(360 * 120));
        Assert.That(input.GetProperty("markers").GetInt32(), Is.EqualTo(1));
        Assert.That(input.GetProperty("beats").GetInt32(), Is.EqualTo(input.GetProperty("r_peaks").GetInt32() - 1));
        // Record 100 beats about 76 times a minute: mean NN near 790 ms.
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRV_MeanNN").GetDouble(), Is.InRange(740, 840));
    }

    [Test]
    public void Hrv_SignalOption_PicksTheLeadOrSaysWhichThereAre()
    {
        // Two leads: a flat "EEG" first and the ECG second, neither labelled ECG (so the file needs --signal).
        var digital = File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Take(360 * 60)
            .Select(l => (int)Math.Round(double.Parse(l, CultureInfo.InvariantCulture) * 200)).ToArray();
        var path = Path.Combine(_dir, "two.edf");
        File.WriteAllBytes(path, EdfTestEncoder.Encode(
        [
            new EdfTestSignal("EEG C3", "uV", -100, 100, -32768, 32767, 360, new int[digital.Length]),
            new EdfTestSignal("Lead A", "mV", -163.84, 163.835, -32768, 32767, 360, digital),
        ], 60, 1));

        var (refused, _, refusedError) = CliRunner.Run("hrv", path);
        var (code, output, error) = CliRunner.Run("hrv", path, "--signal", "Lead A", "--format", "json");
        var (byIndex, indexOutput, _) = CliRunner.Run("hrv", path, "--signal", "1", "--format", "json");
        var (wrong, _, wrongError) = CliRunner.Run("hrv", path, "--signal", "ECG");

        Assert.That(refused, Is.EqualTo(ExitCodes.InputError));
        Assert.That(refusedError, Does.Contain("No signal of the EDF file is labelled as an ECG").And.Contain("1 'Lead A'").And.Contain("Choose the ECG with --signal"));
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("input").GetProperty("signal").GetString(), Is.EqualTo("Lead A"));
        Assert.That(byIndex, Is.EqualTo(ExitCodes.Success));
        Assert.That(indexOutput, Is.EqualTo(output));
        Assert.That(wrong, Is.EqualTo(ExitCodes.InputError));
        Assert.That(wrongError, Does.Contain("--signal must be a signal label or a 0-based index").And.Contain("0 'EEG C3', 1 'Lead A'"));
    }

    [Test]
    public void Info_AllBeats_KeepsTheIntervalsAroundBeatsThatAreNotNormal()
    {
        var path = SharedData.Data("mitdb", "100_atr.csv");

        var (_, nn, _) = CliRunner.Run("info", path, "--format", "json");
        var (code, all, error) = CliRunner.Run("info", path, "--format", "json", "--all-beats");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var nnDoc = JsonDocument.Parse(nn);
        using var allDoc = JsonDocument.Parse(all);
        Assert.That(nnDoc.RootElement.GetProperty("input").GetProperty("beats").GetInt32(), Is.EqualTo(2204));
        Assert.That(allDoc.RootElement.GetProperty("input").GetProperty("beats").GetInt32(), Is.EqualTo(2272));
    }

    [Test]
    public void Peaks_SignalOption_ChoosesTheEdfSignal()
    {
        var digital = File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Take(360 * 30)
            .Select(l => (int)Math.Round(double.Parse(l, CultureInfo.InvariantCulture) * 200)).ToArray();
        var path = Path.Combine(_dir, "two.edf");
        File.WriteAllBytes(path, EdfTestEncoder.Encode(
        [
            new EdfTestSignal("EEG C3", "uV", -100, 100, -32768, 32767, 360, new int[digital.Length]),
            new EdfTestSignal("Lead A", "mV", -163.84, 163.835, -32768, 32767, 360, digital),
        ], 30, 1));

        var (code, output, error) = CliRunner.Run("peaks", path, "--signal", "Lead A");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var reference = Ecg.EcgTestData.MitdbBeatSamples().Count(s => s < 360 * 30);
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1, Is.EqualTo(reference).Within(1));
        Assert.That(error, Does.Contain("signal 'Lead A'"));
    }

    [Test]
    public void Hrv_EcgTableWithoutRate_FsGivesItAndTheErrorNamesTheFlag()
    {
        var path = Path.Combine(_dir, "ecg.csv");
        File.WriteAllLines(path, ["ecg", .. File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Take(360 * 60)]);

        var (refused, _, refusedError) = CliRunner.Run("hrv", path);
        var (code, output, error) = CliRunner.Run("hrv", path, "--fs", "360", "--format", "json");
        var (bad, _, badError) = CliRunner.Run("hrv", path, "--fs", "-1");

        Assert.That(refused, Is.EqualTo(ExitCodes.InputError));
        Assert.That(refusedError, Does.Contain("give --fs (e.g. 360)").And.Not.Contain("EcgCsvOptions"));
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("input").GetProperty("sampling_rate_hz").GetDouble(), Is.EqualTo(360));
        Assert.That(doc.RootElement.GetProperty("input").GetProperty("beats").GetInt32(), Is.InRange(70, 76));
        Assert.That(bad, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(badError, Does.Contain("--fs must be a positive number of Hz"));
    }

    [Test]
    public void Batch_FolderWithAnEdfFile_TakesIt()
    {
        Mitdb100Edf();
        var results = Path.Combine(Path.GetTempPath(), $"hrr-edf-batch-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, _, error) = CliRunner.Run("batch", _dir, "--out", results, "--analysis", "hrv");

            Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
            var lines = File.ReadAllLines(results);
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[1], Does.StartWith(Path.Combine(_dir, "rec.edf")));
        }
        finally
        {
            File.Delete(results);
            File.Delete(results + ".settings");
        }
    }

    [Test]
    public void Peaks_Edf_DetectsInTheEcgSignalAndRefusesFs()
    {
        var path = Mitdb100Edf();

        var (code, output, error) = CliRunner.Run("peaks", path);
        var (fsCode, _, fsError) = CliRunner.Run("peaks", path, "--fs", "250");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var reference = Ecg.EcgTestData.MitdbBeatSamples().Count(s => s < 360 * 120);
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1, Is.EqualTo(reference).Within(1));
        Assert.That(error, Does.Contain("360 Hz from the EDF header, signal 'ECG MLII'"));
        Assert.That(fsCode, Is.Not.EqualTo(ExitCodes.Success));
        Assert.That(fsError, Does.Contain("--fs does not apply to an EDF/BDF file"));
    }
}
