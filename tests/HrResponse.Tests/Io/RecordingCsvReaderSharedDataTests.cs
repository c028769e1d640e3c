using System.Globalization;
using System.Text.Json;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Real recordings from ../shared/data, checked against their READMEs, subjects.csv and the reference JSON.</summary>
public class RecordingCsvReaderSharedDataTests
{
    private static Dictionary<string, string> ActesSubject(string file)
    {
        var lines = File.ReadAllLines(SharedData.Data("actes", "subjects.csv"));
        var header = lines[0].Split(',');
        var row = lines.Skip(1).Select(l => l.Split(',')).Single(cells => cells[1] == file);
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [TestCase("test_06.csv")]
    [TestCase("test_17.csv")]
    public void Read_Actes_CountsTimesLoadAndVo2MatchSubjectsTable(string file)
    {
        var subject = ActesSubject(file);
        var r = RecordingCsvReader.Read(SharedData.Data("actes", file));
        var beats = r.Recording.Beats;

        Assert.That(r.Report.DataRowCount, Is.EqualTo(int.Parse(subject["n_beats"], CultureInfo.InvariantCulture)));
        Assert.That(beats.Count, Is.EqualTo(r.Report.DataRowCount), "first row has an RR value, so every row is an interval");
        Assert.That(r.Report.RebuiltRrLines, Has.Count.EqualTo(int.Parse(subject["n_rr_missing"], CultureInfo.InvariantCulture)));
        Assert.That(r.Report.Skipped, Is.Empty);
        Assert.That(beats.BeatTimesSeconds[0], Is.EqualTo(Num(subject["first_time_s"])));
        Assert.That(beats.EndSeconds, Is.EqualTo(Num(subject["last_time_s"])));
        Assert.That(r.Report.TimeColumnUnitReason, Does.Contain("header says seconds").And.Contain("END"));

        var load = r.Recording.Load;
        Assert.That(load, Is.Not.Null);
        Assert.That(load!.Name, Is.EqualTo("power_w"));
        Assert.That(load.Unit, Is.EqualTo("W"));
        Assert.That(load.Values.ToArray().Max(), Is.EqualTo(Num(subject["peak_power_w"])));
        Assert.That(r.Recording.Channels.Select(c => c.Name), Is.EqualTo(new[] { "vo2_l_min" }));
        Assert.That(r.Recording.Channels[0].Unit, Is.EqualTo("L/min"));
    }

    [Test]
    public void Read_ActesTest17_RebuiltIntervalsEqualTimeDifferences()
    {
        var r = RecordingCsvReader.Read(SharedData.Data("actes", "test_17.csv"));
        var beats = r.Recording.Beats;
        var firstRebuiltLine = r.Report.RebuiltRrLines[0];
        Assert.That(firstRebuiltLine, Is.EqualTo(1589), "README/grep: first empty rr_ms cell of test 17");
        var i = firstRebuiltLine - 2; // line 2 is the first interval
        var expected = (beats.BeatTimesSeconds[i] - beats.BeatTimesSeconds[i - 1]) * 1000;
        Assert.That(beats.Milliseconds[i], Is.EqualTo(expected).Within(1e-9));
        Assert.That(beats.Milliseconds[i], Is.EqualTo(3292).Within(1e-6), "543.004 − 539.712 s from the file");
        Assert.That(beats.Milliseconds[i + 1], Is.EqualTo(980).Within(1e-6), "543.984 − 543.004 s from the file");
    }

    [Test]
    public void Read_ActesTest17WithSkipPolicy_SkipsEmptyRowsAndMarksGaps()
    {
        var r = RecordingCsvReader.Read(SharedData.Data("actes", "test_17.csv"), new CsvReadOptions { MissingRr = MissingRrPolicy.Skip });
        Assert.That(r.Report.Skipped, Has.Count.EqualTo(436));
        Assert.That(r.Recording.Beats.Count, Is.EqualTo(2410 - 436));
        Assert.That(r.Recording.Beats.HasGaps, Is.True);
    }

    [Test]
    public void Read_FatMaxxer_StartConventionDetectedAndBlankLineReported()
    {
        var r = RecordingCsvReader.Read(SharedData.Data("fatmaxxer", "FatMaxOptimiser.20210606_161059.rr.csv"));
        var beats = r.Recording.Beats;
        Assert.That(beats.Count, Is.EqualTo(11463), "README: 11,463 RR intervals");
        Assert.That(r.Report.Skipped, Is.EqualTo(new[] { new SkippedLine(2, string.Empty, "blank line") }));
        Assert.That(r.Report.TimeColumnUnitReason, Does.Contain("'since_start'").And.Contain("START").And.Contain("milliseconds"));
        Assert.That(r.Report.ColumnsIgnored.Single(), Does.StartWith("timestamp:"));
        Assert.That(beats.Milliseconds[0], Is.EqualTo(615));
        Assert.That(beats.BeatTimesSeconds[0], Is.EqualTo(0.615).Within(1e-12), "since_start 0 + rr 615 ms");
        Assert.That(beats.StartSeconds, Is.EqualTo(0).Within(1e-12));
        Assert.That(beats.DurationSeconds, Is.EqualTo(6124.45).Within(1e-6), "README: 6,120 s in total; sum of all RR");
        Assert.That(beats.Milliseconds[^1], Is.EqualTo(4189), "README: the final RR (4,189 ms)");
    }

    private static readonly string[] RrReferenceFiles =
    [
        "welltory_polar_h10__subject_01.json", "welltory_polar_h10__subject_02.json", "welltory_polar_h10__subject_05.json",
        "nsr2db__nsr001.json", "nsr2db__nsr002.json", "nsr2db_5min__nsr006_5min.json", "rr-interval-healthy-subjects__000.json",
    ];

    [TestCaseSource(nameof(RrReferenceFiles))]
    public void Read_SingleColumnRrFile_CountAndDurationMatchReference(string referenceName)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Reference(referenceName)));
        var input = json.RootElement.GetProperty("input");
        var file = input.GetProperty("file").GetString()!; // shared/data/<folder>/<name>.csv
        var parts = file.Split('/');
        var r = RecordingCsvReader.Read(SharedData.Data(parts[^2], parts[^1]));

        Assert.That(r.Recording.Beats.Count, Is.EqualTo(input.GetProperty("n_intervals").GetInt32()));
        Assert.That(r.Recording.Beats.DurationSeconds, Is.EqualTo(input.GetProperty("duration_s").GetDouble()).Within(1e-6));
        Assert.That(r.Recording.Beats.Milliseconds.ToArray().Min(), Is.EqualTo(input.GetProperty("rr_ms_min").GetDouble()));
        Assert.That(r.Recording.Beats.Milliseconds.ToArray().Max(), Is.EqualTo(input.GetProperty("rr_ms_max").GetDouble()));
        Assert.That(r.Report.RrUnit, Is.EqualTo(RrUnit.Milliseconds));
    }

    [TestCase("running_activity_1.csv", 1254, 113, 181)]
    [TestCase("cross-country-skiing_activity_1.csv", 486, 83, 172)]
    public void Read_TcxExerciseHr_HeartRateSamplesMatchReadme(string file, int samples, double minBpm, double maxBpm)
    {
        var r = RecordingCsvReader.Read(SharedData.Data("tcx_exercise_hr", file));
        var hr = r.Recording.HeartRate;
        Assert.That(r.Report.Content, Is.EqualTo(CsvContent.HeartRateSamples));
        Assert.That(r.Report.DataRowCount, Is.EqualTo(samples));
        Assert.That(hr.Count + r.Report.Skipped.Count, Is.EqualTo(samples));
        Assert.That(r.Report.Skipped.Select(s => s.Reason), Has.All.StartWith("repeated sample time"));
        Assert.That(hr.Bpm.ToArray().Min(), Is.EqualTo(minBpm));
        Assert.That(hr.Bpm.ToArray().Max(), Is.EqualTo(maxBpm));
        Assert.That(r.Recording.HeartRateIsFromBeats, Is.False);
    }
}
