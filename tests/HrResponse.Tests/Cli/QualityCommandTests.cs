using System.Text.Json;
using HrResponse.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Cli;

public class QualityCommandTests
{
    [Test]
    public void Hrv_DefaultCorrection_JsonHasQualityObjectAndQualityIndices()
    {
        var path = SharedData.Data("actes", "test_06.csv");
        var (code, output, error) = CliRunner.Run("hrv", path, "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("settings").GetProperty("correction").GetString(), Is.EqualTo("lipponen-tarvainen"));
        Assert.That(root.GetProperty("quality").GetProperty("dropout_count").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("quality").GetProperty("longest_gap_seconds").GetDouble(), Is.EqualTo(16.872).Within(1e-6));
        Assert.That(root.GetProperty("indices").GetProperty("QUALITY_ArtifactPercent").GetDouble(), Is.GreaterThan(0));
    }

    [TestCase("hrv")]
    [TestCase("analyze")]
    public void HrvAndAnalyze_ActesTest17_RebuiltRrCellsCountedAndDfaUnreliable(string command)
    {
        // Test 17 has 436 empty rr_ms cells (shared/data/actes/README.md); the reader rebuilds them from the beat times.
        var path = SharedData.Data("actes", "test_17.csv");
        var (code, output, error) = CliRunner.Run(command, path, "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var quality = root.GetProperty("quality");
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("input").GetProperty("rebuilt_rr_lines").GetInt32(), Is.EqualTo(436));
            Assert.That(quality.GetProperty("reconstructed_count").GetInt32(), Is.EqualTo(436));
            Assert.That(quality.GetProperty("artifact_percent").GetDouble(), Is.GreaterThan(15));
            Assert.That(quality.GetProperty("dfa_alpha1_reliable").GetBoolean(), Is.False);
            Assert.That(root.GetProperty("indices").GetProperty("QUALITY_Reconstructed").GetDouble(), Is.EqualTo(436));
        });
    }

    [Test]
    public void Clean_ActesTest17_SummarySaysHowManyIntervalsWereRebuilt()
    {
        var outPath = Path.Combine(Path.GetTempPath(), "hrresponse-clean-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (code, _, error) = CliRunner.Run("clean", SharedData.Data("actes", "test_17.csv"), "-o", outPath);
            Assert.That(code, Is.Zero, error);
            Assert.That(error, Does.Contain("436 rebuilt from beat times").And.Contain("DFA α1 not reliable"));
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Test]
    public void Hrv_NeuroKit2Preset_CorrectsNothingUnlessAsked()
    {
        var path = SharedData.Data("actes", "test_06.csv");
        var (_, plain, _) = CliRunner.Run("hrv", path, "--preset", "neurokit2", "--format", "json");
        var (_, corrected, _) = CliRunner.Run("hrv", path, "--preset", "neurokit2", "--correct", "lipponen-tarvainen", "--format", "json");
        using var a = JsonDocument.Parse(plain);
        using var b = JsonDocument.Parse(corrected);
        Assert.That(a.RootElement.GetProperty("settings").GetProperty("correction").GetString(), Is.EqualTo("none"));
        Assert.That(a.RootElement.GetProperty("indices").GetProperty("HRV_MaxNN").GetDouble(), Is.EqualTo(16872));
        Assert.That(b.RootElement.GetProperty("indices").GetProperty("HRV_MaxNN").GetDouble(), Is.LessThan(2000));
    }

    [Test]
    public void Hrv_Estimate_ChoosesHowCorrectedIntervalsAreEstimated()
    {
        // subject_01 has two flagged beats; the estimate changes RMSSD (docs/beat-quality.md item 38).
        var path = SharedData.Data("welltory_polar_h10", "subject_01.csv");
        double Rmssd(params string[] extra)
        {
            var (code, output, error) = CliRunner.Run(["hrv", path, "--format", "json", .. extra]);
            Assert.That(code, Is.Zero, error);
            using var doc = JsonDocument.Parse(output);
            return doc.RootElement.GetProperty("indices").GetProperty("HRV_RMSSD").GetDouble();
        }

        var recording = HrResponse.Io.RecordingCsvReader.Read(path).Recording;
        double Library(HrResponse.Quality.IntervalEstimator e) => RecordingAnalysis.Compute(recording, new RecordingAnalysisOptions
        {
            Correction = HrResponse.Quality.ArtifactCorrectionOptions.Default with { Estimator = e },
        }).Hrv!.TimeDomain!.RmssdMs;

        var (_, json, _) = CliRunner.Run("hrv", path, "--format", "json", "--estimate", "cubic-spline");
        using var settings = JsonDocument.Parse(json);
        Assert.Multiple(() =>
        {
            Assert.That(Rmssd(), Is.EqualTo(Library(HrResponse.Quality.IntervalEstimator.AutoregressiveVariancePreserving)).Within(1e-9));
            Assert.That(Rmssd("--estimate", "variance-preserving"), Is.EqualTo(Rmssd()));
            Assert.That(Rmssd("--estimate", "autoregressive"), Is.EqualTo(Library(HrResponse.Quality.IntervalEstimator.Autoregressive)).Within(1e-9));
            Assert.That(Rmssd("--estimate", "cubic-spline"), Is.EqualTo(Library(HrResponse.Quality.IntervalEstimator.CubicSpline)).Within(1e-9));
            Assert.That(Rmssd("--estimate", "cubic-spline"), Is.Not.EqualTo(Rmssd()).Within(0.1));
            Assert.That(Rmssd("--preset", "kubios", "--correct", "lipponen-tarvainen"), Is.EqualTo(Rmssd("--preset", "kubios", "--correct", "lipponen-tarvainen", "--estimate", "cubic-spline")),
                "Kubios HRV interpolates with a cubic spline");
            Assert.That(settings.RootElement.GetProperty("settings").GetProperty("estimate").GetString(), Is.EqualTo("CubicSpline"));
        });
        var (bad, _, message) = CliRunner.Run("hrv", path, "--estimate", "linear");
        Assert.That(bad, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(message, Does.Contain("variance-preserving").And.Contain("cubic-spline"));
    }

    [Test]
    public void Hrv_UnknownCorrection_UsageErrorListsNames()
    {
        var path = SharedData.Data("actes", "test_06.csv");
        var (code, _, error) = CliRunner.Run("hrv", path, "--correct", "magic");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("lipponen-tarvainen").And.Contain("threshold-medium"));
    }

    [Test]
    public void HrvAndClean_NonSinusSteps_NamedInTheNotesWithAdviceAndMarkedInTheColumn()
    {
        // rr-George_Ron: the detector keeps five steps beyond Kamath and Fallen's sinus limits (its natural swings and
        // pauses, docs/beat-quality.md item 93); `hrv` names their intervals with the CLI advice, `clean` marks the same.
        AssertNotedAndMarked("reached or left by a step no sinus beat makes", "non_sinus_step", @"at input indices ([0-9, ]+):", 9);
    }

    [Test]
    public void HrvAndClean_AmbiguousReadings_NamedInTheNotesWithAdviceAndMarkedInTheColumn()
    {
        // rr-George_Ron: one short–long pair whose reading the detector cannot decide (docs/beat-quality.md item 98).
        AssertNotedAndMarked("short–long pairs whose reading the detector cannot decide", "ambiguous_reading", @"\(input indices ([0-9, ]+)\)", 10);
    }

    // On rr-George_Ron: `hrv` has one note containing `message` that ends with the CLI advice to see `column` of
    // `hrresponse clean`, and the input indices it names (`indices`, one regex group) are those `clean` marks 1 in
    // column `at` (0-based).
    private static void AssertNotedAndMarked(string message, string column, string indices, int at)
    {
        var path = SharedData.Data("device-files", "rr-George_Ron_2017-08-03_08-28-50.txt");
        var (code, output, error) = CliRunner.Run("hrv", path);
        Assert.That(code, Is.Zero, error);
        var note = output.Split('\n').Single(l => l.Contains(message, StringComparison.Ordinal));
        Assert.That(note, Does.Contain($"(ArtifactCorrectionOptions.Edits); see the {column} column of `hrresponse clean`, then --keep-beats or --mark-beats"),
            "the advice follows the message, whose full stop it replaces");
        var named = System.Text.RegularExpressions.Regex.Match(note, indices).Groups[1].Value
            .Split(", ").Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var marked = CleanRows(path).Where(r => r.Value[at] == "1").Select(r => r.Key).Order().ToArray();
        Assert.That(marked, Is.EqualTo(named).And.Not.Empty);
    }

    [Test]
    public void Clean_WritesTimeRrActionColumnsWithGapForDropout()
    {
        var path = SharedData.Data("actes", "test_06.csv");
        var outPath = Path.Combine(Path.GetTempPath(), "hrresponse-clean-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (code, _, error) = CliRunner.Run("clean", path, "-o", outPath);
            Assert.That(code, Is.Zero, error);
            var lines = File.ReadAllLines(outPath);
            Assert.That(lines[0], Is.EqualTo("time_s,rr_ms,action,input_index,artifact,source,borderline,dense,beyond_limit,non_sinus_step,ambiguous_reading"));
            var actions = lines.Skip(1).Select(l => l.Split(',')[2]).Distinct().ToArray();
            Assert.That(actions, Is.SubsetOf(new[] { "kept", "interpolated", "inserted", "removed", "gap" }));
            Assert.That(actions, Has.Some.EqualTo("gap"));
            Assert.That(actions, Has.Some.EqualTo("interpolated"));
            Assert.That(error, Does.Contain("artifacts").And.Contain("DFA"));
            Assert.That(error, Does.Contain(", 1 gap (longest"), "test 6 has one dropout: one gap, in the singular");
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Test]
    public void Info_FitFile_JsonNamesFormatCountsAndLaps()
    {
        var path = SharedData.Data("device-files", "IpBike-HRV-Data.fit");
        var (code, output, error) = CliRunner.Run("info", path, "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("input").GetProperty("format").GetString(), Is.EqualTo("fit"));
        Assert.That(doc.RootElement.GetProperty("input").GetProperty("beats").GetInt32(), Is.EqualTo(7033));
        Assert.That(doc.RootElement.GetProperty("laps").GetArrayLength(), Is.EqualTo(10));
    }

    [Test]
    public void Live_Csv_OneRowPerStepWithIssueColumns()
    {
        var path = SharedData.Data("fatmaxxer", "FatMaxOptimiser.20210606_161059.rr.csv");
        var (code, output, error) = CliRunner.Run("live", path, "--format", "csv", "--window", "120s", "--step", "60s");
        Assert.That(code, Is.Zero, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.That(lines[0], Is.EqualTo("time_s,hr_bpm,rmssd_ms,sdnn_ms,dfa_alpha1,artifact_percent"));
        Assert.That(lines.Length - 1, Is.InRange(95, 102), "about one row per minute over 102 minutes");
    }

    [Test]
    public void Hrv_DeviceFileAccepted()
    {
        var path = SharedData.Data("device-files", "2017_hrv.FIT");
        var (code, output, error) = CliRunner.Run("hrv", path, "--format", "json");
        Assert.That(code, Is.Zero, error);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetProperty("indices").GetProperty("HRV_MeanNN").GetDouble(), Is.InRange(300, 700));
    }

    [Test]
    public void Hrv_Summary_NamesTheShareInDenseArtifactStretches()
    {
        // The Valsalva recording Subject_8: an artifact burst at 43–55 s (extra beats of the R-peak detection).
        var (code, output, error) = CliRunner.Run("hrv", SharedData.Data("valsalva", "Subject_8_ecg_bp_250hz.csv"));
        Assert.That(code, Is.Zero, error);
        var line = output.Split('\n').Single(l => l.TrimStart().StartsWith("Beat quality", StringComparison.Ordinal));
        Assert.That(line, Does.Contain("% in dense-artifact stretches (see notes)"));
        Assert.That(output, Does.Contain("--exclude-beats"), "the note says how to leave the stretch out");
    }

    [Test]
    public void Clean_DenseColumn_MarksTheCorruptedStretchesOfAStrapRecording()
    {
        // 2017_hrv.FIT at 841–873 s (input 1,743–1,850): extra beats every few intervals; the rest of the recording is
        // mostly not dense.
        var rows = CleanRows(SharedData.Data("device-files", "2017_hrv.FIT"));
        Assert.Multiple(() =>
        {
            Assert.That(rows[1752][7], Is.EqualTo("1"), "in the corrupted stretch");
            Assert.That(rows[100][7], Is.EqualTo("0"));
            Assert.That(rows.Values.Count(r => r[7] == "1"), Is.InRange(1, rows.Count / 10));
        });
    }

    [Test]
    public void Clean_BeyondLimitColumn_MarksTheSwingingRestOfAnExerciseTest()
    {
        // 200 beats of rest swinging by ±150 ms, then 600 calm exercise beats: the recording is assessable as a whole, the
        // resting stretch's local detection limit is above 15 % (QualityReport.DetectionLimitExceededBeats).
        var rr = HrResponse.Tests.Quality.QualityTestData.SwingingRestThenCalmExercise(200, 600, 0.1, seed: 11);
        var expected = HrResponse.Quality.ArtifactCorrection.Clean(rr.ToArray()).Quality.DetectionLimitExceededBeats;
        var path = Path.Combine(Path.GetTempPath(), "hrresponse-limit-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "rr_ms\n" + string.Join("\n", rr.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "\n");
            var rows = CleanRows(path);
            var marked = rows.Where(r => r.Value[8] == "1").Select(r => r.Key).Order().ToArray();
            Assert.Multiple(() =>
            {
                Assert.That(expected, Is.Not.Empty);
                Assert.That(marked, Is.EqualTo(expected.Where(rows.ContainsKey).Order().ToArray()), "the column marks the report's beats");
                Assert.That(marked, Has.All.LessThan(260), "only the resting stretch (and the window's reach past it)");
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    // 300 beats of sinus rhythm (800 ms, ±30-ms 5-beat swing, ±5 ms noise) with a 1,000-ms interval at 150 (the
    // detector flags it long) and a beat 5 % early at 200 (too small for the detector), as a one-column rr_ms file.
    private static string EditableRecording()
    {
        var random = new Random(3);
        var rr = Enumerable.Range(0, 300).Select(i => 800 + (30 * Math.Sin(2 * Math.PI * i / 5)) + (10 * (random.NextDouble() - 0.5))).ToArray();
        rr[150] = 1000;
        rr[201] += 40;
        rr[200] -= 40;
        var path = Path.Combine(Path.GetTempPath(), "hrresponse-edits-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "rr_ms\n" + string.Join("\n", rr.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "\n");
        return path;
    }

    private static Dictionary<int, string[]> CleanRows(string path, params string[] extra)
    {
        var outPath = Path.Combine(Path.GetTempPath(), "hrresponse-clean-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (code, _, error) = CliRunner.Run(["clean", path, "-o", outPath, .. extra]);
            Assert.That(code, Is.Zero, error);
            return File.ReadAllLines(outPath).Skip(1).Select(l => l.Split(',')).GroupBy(c => int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => g.First());
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Test]
    public void Clean_KeepAndMarkBeats_AppliedAndShownPerRow()
    {
        var path = EditableRecording();
        try
        {
            var automatic = CleanRows(path);
            var edited = CleanRows(path, "--keep-beats", "150", "--mark-beats", "200:ectopic", "--exclude-beats", "250-254");
            Assert.Multiple(() =>
            {
                Assert.That(automatic[150][2..], Is.EqualTo(new[] { "interpolated", "150", "long", "detector", "0", "0", "0", "0", "0" }));
                Assert.That(automatic[200][2..], Is.EqualTo(new[] { "kept", "200", "", "", "0", "0", "0", "0", "0" }));
                Assert.That(edited[150][1..], Is.EqualTo(new[] { "1000", "kept", "150", "", "", "0", "0", "0", "0", "0" }));
                Assert.That(edited[200][2..], Is.EqualTo(new[] { "interpolated", "200", "ectopic", "manual", "0", "0", "0", "0", "0" }));
                Assert.That(edited[201][2], Is.EqualTo("interpolated"));
                Assert.That(Enumerable.Range(250, 5).Select(k => edited[k][2]), Is.All.EqualTo("gap"));
                Assert.That(edited[249][2], Is.EqualTo("kept"));
            });

            var (code, json, error) = CliRunner.Run("hrv", path, "--format", "json", "--keep-beats", "150", "--mark-beats", "200:ectopic");
            Assert.That(code, Is.Zero, error);
            using var doc = JsonDocument.Parse(json);
            Assert.Multiple(() =>
            {
                Assert.That(doc.RootElement.GetProperty("settings").GetProperty("beat_edits").GetString(), Is.EqualTo("keep 150; mark 200 ectopic"));
                Assert.That(doc.RootElement.GetProperty("quality").GetProperty("manual_artifact_count").GetInt32(), Is.EqualTo(1));
                Assert.That(doc.RootElement.GetProperty("quality").GetProperty("overridden_flag_count").GetInt32(), Is.EqualTo(1));
            });

            var html = Path.ChangeExtension(path, ".html");
            (code, _, error) = CliRunner.Run("report", path, "--keep-beats", "150", "--mark-beats", "200:ectopic", "-o", html);
            Assert.That(code, Is.Zero, error);
            Assert.That(File.ReadAllText(html), Does.Contain("keep 150; mark 200 ectopic: 1 marked as artifacts, 1 detector flags overruled, 0 excluded"));
            File.Delete(html);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void BeatEdits_Unreadable_Contradictory_OrBeyondTheRecording_ClearErrors()
    {
        var path = EditableRecording();
        try
        {
            var (bad, _, message) = CliRunner.Run("hrv", path, "--mark-beats", "30-ectopic");
            Assert.That((bad, message), Is.EqualTo((ExitCodes.UsageError, message)));
            Assert.That(message, Does.Contain("'30-ectopic' is not INDEX:TYPE").And.Contain("ectopic, missed, extra, long, short"));

            (bad, _, message) = CliRunner.Run("hrv", path, "--keep-beats", "12,x");
            Assert.That(bad, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(message, Does.Contain("--keep-beats: 'x' is not an interval index"));

            (bad, _, message) = CliRunner.Run("hrv", path, "--exclude-beats", "20-10");
            Assert.That(bad, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(message, Does.Contain("--exclude-beats: '20-10' is not a range"));

            (bad, _, message) = CliRunner.Run("hrv", path, "--keep-beats", "201", "--mark-beats", "200:ectopic");
            Assert.That(bad, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(message, Does.Contain("Interval 201 is both kept and marked"));

            (bad, _, message) = CliRunner.Run("analyze", path, "--keep-beats", "300");
            Assert.That(bad, Is.EqualTo(ExitCodes.InputError));
            Assert.That(message, Does.Contain("interval 300 is beyond the last interval of this recording (299)"));

            (bad, _, message) = CliRunner.Run("batch", path, "--out", Path.Combine(Path.GetTempPath(), "unused.csv"), "--keep-beats", "1");
            Assert.That(bad, Is.EqualTo(ExitCodes.UsageError), "edits belong to one recording: batch does not take them");
            Assert.That(message, Does.Contain("--keep-beats: beat edits belong to one recording"));

            (bad, _, message) = CliRunner.Run("batch", path, "--out", Path.Combine(Path.GetTempPath(), "unused.csv"), "--foo");
            Assert.That(bad, Is.EqualTo(ExitCodes.UsageError), "an unknown option is not an input that matches no file");
            Assert.That(message, Does.Contain("'--foo' is not an option of batch"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Clean_BorderlineBeats_MarkedInTheCsvAndListedOnStandardError()
    {
        // subject_09's natural 963-ms interval is flagged long, but not with the thresholds 10 % higher.
        var path = SharedData.Data("welltory_polar_h10", "subject_09.csv");
        var outPath = Path.Combine(Path.GetTempPath(), "hrresponse-clean-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (code, _, error) = CliRunner.Run("clean", path, "-o", outPath);
            Assert.That(code, Is.Zero, error);
            var review = File.ReadAllLines(outPath).Skip(1).Select(l => l.Split(',')).Where(c => c[6] == "1").ToArray();
            Assert.That(review.Select(c => (c[4], c[5])), Is.EqualTo(new[] { ("long", "detector") }));
            Assert.That(error, Does.Contain("1 borderline interval to review").And.Contain($"{review[0][3]} (flagged long)"));

            (code, var json, error) = CliRunner.Run("hrv", path, "--format", "json");
            Assert.That(code, Is.Zero, error);
            using (var doc = JsonDocument.Parse(json))
            {
                var section = doc.RootElement.GetProperty("borderline_review");
                var beats = section.GetProperty("beats").EnumerateArray().ToArray();
                Assert.That(beats.Select(b => (b.GetProperty("index").GetInt32(), b.GetProperty("flagged").GetBoolean(), b.GetProperty("type").GetString())),
                    Is.EqualTo(new[] { (int.Parse(review[0][3], System.Globalization.CultureInfo.InvariantCulture), true, "Long") }));
                // Kept as recorded (thresholds 10 % higher) the 963-ms interval raises RMSSD by 5.8 %, beyond the 5 %
                // the correction is meant to keep: the note says RMSSD and SDNN are unreliable until reviewed.
                var rmssd = section.GetProperty("rmssd_ms");
                Assert.That(rmssd.GetProperty("as_cleaned").GetDouble(), Is.EqualTo(doc.RootElement.GetProperty("indices").GetProperty("HRV_RMSSD").GetDouble()).Within(1e-9));
                Assert.That(rmssd.GetProperty("lowest").GetDouble(), Is.EqualTo(rmssd.GetProperty("as_cleaned").GetDouble()));
                Assert.That(rmssd.GetProperty("spread_percent").GetDouble(), Is.GreaterThan(5).And.LessThan(7));
                Assert.That(section.GetProperty("indices_depend_on_borderline_beats").GetBoolean(), Is.True);
                Assert.That(doc.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()),
                    Has.Some.Contains("1 borderline interval to review").And.Some.Contains("unreliable until the beats are reviewed"));
            }

            (code, json, error) = CliRunner.Run("analyze", path, "--format", "json");
            Assert.That(code, Is.Zero, error);
            using (var doc = JsonDocument.Parse(json))
                Assert.That(doc.RootElement.GetProperty("borderline_review").GetProperty("beats").EnumerateArray().Select(b => b.GetProperty("index").GetInt32()),
                    Is.EqualTo(new[] { int.Parse(review[0][3], System.Globalization.CultureInfo.InvariantCulture) }), "analyze lists them too");

            var html = Path.ChangeExtension(outPath, ".html");
            (code, _, error) = CliRunner.Run("report", path, "-o", html);
            Assert.That(code, Is.Zero, error);
            Assert.That(File.ReadAllText(html), Does.Contain($"Beats to review").And.Contain($"input interval {review[0][3]} (flagged long)")
                .And.Contain("these indices are unreliable until the beats are reviewed"));
            File.Delete(html);
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Test]
    public void BeatEditsFile_CleansOwnOutputWithAnEditColumn_AppliedAndNeverOverwritten()
    {
        // The review workflow: clean writes the beats, the analyst adds an edit column, the next command reads it.
        var path = EditableRecording();
        var beats = Path.Combine(Path.GetTempPath(), "hrresponse-beats-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (code, _, error) = CliRunner.Run("clean", path, "-o", beats);
            Assert.That(code, Is.Zero, error);
            var lines = File.ReadAllLines(beats);
            var edited = lines.Select((l, i) => i == 0 ? l + ",edit" : l + (l.Split(',')[3] switch { "150" => ",keep", "200" => ",ectopic", "250" or "251" => ",exclude", _ => "," })).ToArray();
            File.WriteAllLines(beats, edited);

            var (fileCode, fromFile, fileError) = CliRunner.Run("hrv", path, "--format", "json", "--beat-edits", beats);
            var (listCode, fromLists, listError) = CliRunner.Run("hrv", path, "--format", "json", "--keep-beats", "150", "--mark-beats", "200:ectopic", "--exclude-beats", "250-251");
            Assert.That((fileCode, listCode), Is.EqualTo((0, 0)), fileError + listError);
            using var a = JsonDocument.Parse(fromFile);
            using var b = JsonDocument.Parse(fromLists);
            Assert.Multiple(() =>
            {
                Assert.That(a.RootElement.GetProperty("settings").GetProperty("beat_edits").GetString(), Is.EqualTo("keep 150; mark 200 ectopic; exclude 250-251"));
                Assert.That(a.RootElement.GetProperty("indices").GetProperty("HRV_RMSSD").GetDouble(), Is.EqualTo(b.RootElement.GetProperty("indices").GetProperty("HRV_RMSSD").GetDouble()));
            });

            var (overwrite, _, message) = CliRunner.Run("clean", path, "-o", beats, "--beat-edits", beats);
            Assert.That(overwrite, Is.Not.Zero, "the edits file is an input: the output must not overwrite it");
            Assert.That(File.ReadAllLines(beats), Is.EqualTo(edited), message);

            File.WriteAllLines(beats, ["input_index,edit", "12,ectopc"]);
            (overwrite, _, message) = CliRunner.Run("hrv", path, "--beat-edits", beats);
            Assert.That(overwrite, Is.EqualTo(ExitCodes.InputError));
            Assert.That(message, Does.Contain("line 2: 'ectopc' is not an edit (keep, exclude, ectopic"));
        }
        finally
        {
            File.Delete(path);
            File.Delete(beats);
        }
    }
}
