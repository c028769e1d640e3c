using System.Globalization;
using System.Text.Json;
using HrResponse.Cli;
using HrResponse.Tests.Io;
using NUnit.Framework;
using static HrResponse.Tests.Io.WfdbTestEncoder;

namespace HrResponse.Tests.Cli;

/// <summary><c>hrresponse hrv record.hea</c>: WFDB records through the CLI, with annotations and without.</summary>
[TestFixture]
public sealed class WfdbCommandTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"hrr-wfdb-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Hrv_AnnotatedRecordJson_UsesNnIntervalsAndDescribesInput()
    {
        // 250 Hz; normal beats alternately 195 and 205 samples apart (780 / 820 ms), one V beat in the middle.
        var beats = new List<WfdbTestEncoder.Ann>();
        long sample = 100;
        for (var i = 0; i < 120; i++)
        {
            beats.Add(new WfdbTestEncoder.Ann(sample, i == 60 ? 5 : 1));
            sample += i % 2 == 0 ? 195 : 205;
        }

        var samples = (int)sample + 100;
        File.WriteAllBytes(Path.Combine(_dir, "rec.dat"), Format16(new int[samples]));
        File.WriteAllBytes(Path.Combine(_dir, "rec.atr"), Annotations(beats));
        var hea = Path.Combine(_dir, "rec.hea");
        File.WriteAllLines(hea, [Inv($"rec 1 250 {samples}"), "rec.dat 16 200 16 0 0 0 0 MLII"]);

        var (code, output, error) = CliRunner.Run("hrv", hea, "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var doc = JsonDocument.Parse(output);
        var input = doc.RootElement.GetProperty("input");
        Assert.That(input.GetProperty("format").GetString(), Is.EqualTo("wfdb"));
        // 119 intervals, 2 around the V beat left out.
        Assert.That(input.GetProperty("beats").GetInt32(), Is.EqualTo(117));
        var details = input;
        Assert.That(details.GetProperty("signal").GetString(), Is.EqualTo("MLII"));
        Assert.That(details.GetProperty("sampling_rate_hz").GetDouble(), Is.EqualTo(250));
        Assert.That(details.GetProperty("annotator").GetString(), Is.EqualTo("atr"));
        Assert.That(details.GetProperty("non_normal_beats").GetInt32(), Is.EqualTo(1));
        Assert.That(details.GetProperty("intervals_left_out").GetInt32(), Is.EqualTo(2));
        var indices = doc.RootElement.GetProperty("indices");
        Assert.That(indices.GetProperty("HRV_MeanNN").GetDouble(), Is.EqualTo(800).Within(0.5));
        // Every successive difference is ±40 ms; the pair spanning the left-out V beat is not counted.
        Assert.That(indices.GetProperty("HRV_RMSSD").GetDouble(), Is.EqualTo(40).Within(1e-9));
    }

    [Test]
    public void Batch_FolderWithARecord_AnalysesTheHeaderOnce()
    {
        var beats = Enumerable.Range(0, 200).Select(i => new WfdbTestEncoder.Ann(100 + (i * 200L), 1)).ToList();
        var samples = (int)(100 + (200L * 200)) + 100;
        File.WriteAllBytes(Path.Combine(_dir, "rec.dat"), Format16(new int[samples]));
        File.WriteAllBytes(Path.Combine(_dir, "rec.atr"), Annotations(beats));
        File.WriteAllLines(Path.Combine(_dir, "rec.hea"), [Inv($"rec 1 250 {samples}"), "rec.dat 16 200 16 0 0 0 0 MLII"]);
        var results = Path.Combine(_dir, "out", "results.csv");

        var (code, _, error) = CliRunner.Run("batch", _dir, "--out", results, "--analysis", "hrv");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var lines = File.ReadAllLines(results);
        Assert.That(lines, Has.Length.EqualTo(2), "header + one row: the .hea, not the .dat or .atr");
        Assert.That(lines[1], Does.Contain("rec.hea"));
    }

    [Test]
    public void Hrv_HeaFileHoldingRrText_ReadAsRrText()
    {
        var path = Path.Combine(_dir, "log.hea");
        File.WriteAllLines(path, Enumerable.Range(0, 120).Select(i => i % 2 == 0 ? "780" : "820"));

        var (code, output, error) = CliRunner.Run("hrv", path, "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRV_MeanNN").GetDouble(), Is.EqualTo(800).Within(1e-9));
    }

    [Test]
    public void Hrv_RecordWithoutAnnotations_DetectsRPeaksInEcg()
    {
        // The first 60 s of mitdb record 100 (MLII) as a 1-signal format-212 record with no annotation file.
        var mv = File.ReadLines(SharedData.Data("mitdb", "100_mlii.csv")).Skip(1).Take(21600)
            .Select(l => (int)Math.Round((double.Parse(l, CultureInfo.InvariantCulture) * 200) + 1024)).ToArray();
        File.WriteAllBytes(Path.Combine(_dir, "100.dat"), Format212(mv));
        var hea = Path.Combine(_dir, "100.hea");
        File.WriteAllLines(hea, ["100 1 360 21600", "100.dat 212 200 11 1024 995 0 0 MLII"]);

        var (code, output, error) = CliRunner.Run("hrv", hea, "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        using var doc = JsonDocument.Parse(output);
        var input = doc.RootElement.GetProperty("input");
        Assert.That(input.GetProperty("beats_source").GetString(), Does.StartWith("r-peak detection"));
        // Record 100 has 74 reference beats in its first 60 s (100_atr.csv), hence about 73 intervals.
        var expectedBeats = File.ReadLines(SharedData.Data("mitdb", "100_atr.csv")).Skip(1)
            .Select(l => l.Split(',')).Count(c => c[2] != "+" && long.Parse(c[0], CultureInfo.InvariantCulture) < 21600);
        Assert.That(input.GetProperty("beats").GetInt32(), Is.InRange(expectedBeats - 3, expectedBeats));
    }
}
