using BenchmarkDotNet.Attributes;
using HrResponse.Io;

namespace HrResponse.Benchmarks.Io;

/// <summary>
/// The read stage of issue 16's batch: <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/> (format
/// sniffing, then the CSV read) over 100 of the BatchThroughput files (20-min tests: time_s, rr_ms, power_w;
/// 2,223 rows each). Each operation opens the 100 files, so the mean / 100 is the read time of one file.
/// </summary>
[MemoryDiagnoser]
public class BatchFileReadBenchmarks
{
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        new HrResponse.Benchmarks.Cli.BatchThroughputBenchmarks { Files = 100 }.Setup();
        var dir = Path.Combine(Path.GetTempPath(), "hrresponse-batch-bench");
        _files = Enumerable.Range(0, 100).Select(i => Path.Combine(dir, $"test_{i:0000}.csv")).ToArray();
    }

    [Benchmark]
    public int OpenHundredFiles()
    {
        var beats = 0;
        foreach (var file in _files) beats += RecordingReader.Open(file).Recording.Beats.Count;
        return beats;
    }
}
