using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using HrResponse.Batch;
using HrResponse.Cli.Output;
using HrResponse.Cli.Batch;
using HrResponse.Cli.Commands;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Quality;

namespace HrResponse.Benchmarks.Cli;

/// <summary>
/// Issue 7's throughput target: <c>hrresponse batch</c> (exercise-test analysis, 2 parallel jobs, CSV results and
/// errors written atomically) over 1,000 generated 20-minute beat-to-beat test files (time_s, rr_ms, power_w).
/// Each operation is the whole batch, so the mean is the wall time for 1,000 files.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BatchThroughputBenchmarks
{
    private string _dir = string.Empty;
    private string[] _files = [];

    [Params(1000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrresponse-batch-bench");
        Directory.CreateDirectory(_dir);
        _files = new string[Files];
        for (var i = 0; i < Files; i++)
        {
            var path = Path.Combine(_dir, $"test_{i:0000}.csv");
            _files[i] = path;
            if (File.Exists(path)) continue;
            var rec = SyntheticExerciseTest.Create(seed: i + 1, restSeconds: 180, exerciseSeconds: 720, recoverySeconds: 300);
            var sb = new StringBuilder("time_s,rr_ms,power_w\n");
            var times = rec.Beats.BeatTimesSeconds;
            var rr = rec.Beats.Milliseconds;
            var loadTimes = rec.Load!.TimesSeconds;
            var load = rec.Load.Values;
            var j = 0;
            for (var k = 0; k < rr.Length; k++)
            {
                while (j + 1 < loadTimes.Length && loadTimes[j + 1] <= times[k]) j++;
                sb.Append(times[k].ToString("0.###", CultureInfo.InvariantCulture)).Append(',')
                  .Append(rr[k].ToString("0.#", CultureInfo.InvariantCulture)).Append(',')
                  .Append(load[j].ToString("0", CultureInfo.InvariantCulture)).Append('\n');
            }

            File.WriteAllText(path, sb.ToString());
        }
    }

    [Benchmark]
    public int BatchAnalyze()
    {
        var settings = new BatchSettings
        {
            OutputPath = Path.Combine(_dir, "out", "results.csv"),
            ErrorsPath = Path.Combine(_dir, "out", "errors.csv"),
            Jobs = Environment.ProcessorCount,
        };
        var readOptions = CsvReadOptions.Default;
        var subject = new SubjectInfo { AgeYears = 40 };
        var runner = new BatchRunner(settings, path =>
        {
            var (recording, summary) = InputLoader.Load(path, readOptions);
            return ExerciseRunner.Analyze(path, recording, summary, subject, HrvOptions.Default, ArtifactCorrectionOptions.Default,
                MaxHeartRateEquation.Fox, null);
        }, new BatchProgress(TextWriter.Null, false, _files.Length));
        return runner.Run(_files).Succeeded;
    }

    /// <summary>
    /// The same files through the library's <see cref="RecordingBatch"/> (default analysis: HRV and exercise test,
    /// results kept as objects and dropped, no table written), as many files at once as processors.
    /// </summary>
    [Benchmark]
    public int LibraryBatchAnalyze()
    {
        var options = new RecordingBatchOptions { SubjectOf = _ => new SubjectInfo { AgeYears = 40 } };
        return RecordingBatch.Analyze(_files, options).Count(item => item.Succeeded);
    }

    /// <summary>
    /// The workload of <see cref="BatchAnalyze"/> through the library: the exercise-test analysis only
    /// (<see cref="AnalysisParts.Exercise"/>), without the whole-recording HRV of the default analysis.
    /// </summary>
    [Benchmark]
    public int LibraryBatchExerciseOnly()
    {
        var options = new RecordingBatchOptions
        {
            Analysis = new RecordingAnalysisOptions { Parts = AnalysisParts.Exercise },
            SubjectOf = _ => new SubjectInfo { AgeYears = 40 },
        };
        return RecordingBatch.Analyze(_files, options).Count(item => item.Succeeded);
    }
}
