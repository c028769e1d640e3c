using BenchmarkDotNet.Attributes;
using HrResponse.Io;

namespace HrResponse.Benchmarks.Io;

/// <summary>FIT decode throughput: whole-file decode (CRC, messages, recording build). MB/s = file size / mean time.</summary>
[MemoryDiagnoser]
public class FitDecodeBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>Device file from ../shared/data/device-files.</summary>
    [Params("HRV-Data.fit", "IpBike-HRV-Data.fit", "Garmin920_withFirstbeat.fit")]
    public string File { get; set; } = "HRV-Data.fit";

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(DataPath("device-files", File));

    [Benchmark]
    public int Decode() => FitReader.Read(_bytes, File).Recording.HeartRate.Count;

    internal static string DataPath(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "HrResponse.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("HrResponse.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine([dir.FullName, "..", "shared", "data", .. parts]);
    }
}
