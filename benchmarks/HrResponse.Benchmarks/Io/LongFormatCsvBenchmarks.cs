using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using HrResponse.Io;

namespace HrResponse.Benchmarks.Io;

/// <summary>
/// A long-format table of 500 recordings of 2,000 RR intervals each (<c>id,rr_ms</c>, one million rows, 8.8 MB),
/// written by the setup step: listing its recordings (<see cref="LongFormatCsvTable.Read(string, string, CsvReadOptions?)"/>),
/// opening one recording from the listed table (the other 499 recordings' rows passed over by line), and the same
/// recording read with <see cref="CsvReadOptions.RecordingIdColumn"/> alone, which scans every row's id. No target.
/// </summary>
[MemoryDiagnoser]
public class LongFormatCsvBenchmarks
{
    private const int Recordings = 500;
    private const int RowsEach = 2000;
    private string _path = string.Empty;
    private LongFormatCsvTable _table = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "hrr-long-bench-" + Guid.NewGuid().ToString("N") + ".csv");
        var random = new Random(42);
        var text = new StringBuilder("id,rr_ms\n");
        for (var s = 0; s < Recordings; s++)
            for (var i = 0; i < RowsEach; i++)
                text.Append(CultureInfo.InvariantCulture, $"S{s},{800 + random.Next(-40, 41)}\n");
        File.WriteAllText(_path, text.ToString());
        _table = LongFormatCsvTable.Read(_path, "id");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int ListRecordings() => LongFormatCsvTable.Read(_path, "id").RecordingIds.Count;

    [Benchmark]
    public int OpenOneFromTable() => _table.Open("S250").Recording.Beats.Count;

    [Benchmark]
    public int ReadOneByOption() =>
        RecordingCsvReader.Read(_path, new CsvReadOptions { RecordingIdColumn = "id", RecordingId = "S250" }).Recording.Beats.Count;
}
