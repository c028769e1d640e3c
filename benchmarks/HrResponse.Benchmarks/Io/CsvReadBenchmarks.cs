using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using HrResponse.Io;

namespace HrResponse.Benchmarks.Io;

/// <summary>Reading single-column RR CSV text (header <c>rr_ms</c>, integer-ish ms values) from a TextReader.</summary>
[MemoryDiagnoser]
public class CsvReadBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Number of beats in the file.</summary>
    [Params(300, 5_000, 100_000)]
    public int Beats { get; set; }

    /// <summary>Generates the CSV text with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261121);
        var sb = new StringBuilder("rr_ms\n", Beats * 8);
        for (var i = 0; i < Beats; i++)
        {
            var rr = 800 + (120 * Math.Sin(i * 0.05)) + (random.NextDouble() * 60) - 30;
            sb.Append(rr.ToString("0.#", CultureInfo.InvariantCulture)).Append('\n');
        }

        _text = sb.ToString();
    }

    /// <summary>Reads the text into a recording.</summary>
    [Benchmark]
    public int ReadSingleColumnRr() =>
        RecordingCsvReader.Read(new StringReader(_text), "bench.csv").Recording.Beats.Count;
}
