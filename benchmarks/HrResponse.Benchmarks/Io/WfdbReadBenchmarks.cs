using System.Globalization;
using BenchmarkDotNet.Attributes;
using HrResponse.Io;

namespace HrResponse.Benchmarks.Io;

/// <summary>
/// WFDB read throughput: a 30-min, 2-signal, 360 Hz record (648 000 frames, like MIT-BIH) with an annotation file of
/// about 2 250 beats, written by the setup step; the benchmark reads header, signal file (chosen lead to mV) and
/// annotations into a recording.
/// </summary>
[MemoryDiagnoser]
public class WfdbReadBenchmarks
{
    private const int Fs = 360;
    private const int Frames = 30 * 60 * Fs;
    private string _dir = string.Empty;
    private string _header = string.Empty;

    /// <summary>Signal file format: 212 (12-bit packed) or 16 (16-bit little-endian).</summary>
    [Params(212, 16)]
    public int Format { get; set; } = 212;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "hrr-wfdb-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var random = new Random(42);
        var beats = new List<long>();
        for (long s = 100; s < Frames - 100; s += 280 + random.Next(40)) beats.Add(s);
        var stream = new int[Frames * 2];
        var b = 0;
        for (var t = 0; t < Frames; t++)
        {
            while (b + 1 < beats.Count && beats[b + 1] <= t) b++;
            var d = (int)(t - beats[b]);
            var qrs = d is >= 0 and < 10 ? 200 * (5 - Math.Abs(d - 5)) : 0;
            stream[2 * t] = qrs + random.Next(-5, 6);
            stream[(2 * t) + 1] = (qrs / 2) + random.Next(-5, 6);
        }

        File.WriteAllBytes(Path.Combine(_dir, "r.dat"), Format == 212 ? Pack212(stream) : Pack16(stream));
        _header = Path.Combine(_dir, "r.hea");
        File.WriteAllLines(_header,
        [
            string.Create(CultureInfo.InvariantCulture, $"r 2 {Fs} {Frames}"),
            string.Create(CultureInfo.InvariantCulture, $"r.dat {Format} 200 11 0 {stream[0]} 0 0 MLII"),
            string.Create(CultureInfo.InvariantCulture, $"r.dat {Format} 200 11 0 {stream[1]} 0 0 V5"),
        ]);
        var ann = new List<byte>();
        long previous = 0;
        for (var i = 0; i < beats.Count; i++)
        {
            var word = ((i % 50 == 25 ? 5 : 1) << 10) | (int)(beats[i] - previous);
            ann.Add((byte)(word & 0xFF));
            ann.Add((byte)(word >> 8));
            previous = beats[i];
        }

        ann.AddRange([0, 0]);
        File.WriteAllBytes(Path.Combine(_dir, "r.atr"), [.. ann]);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark]
    public int Read() => WfdbReader.Read(_header).Recording.Beats.Count;

    private static byte[] Pack212(int[] s)
    {
        var bytes = new byte[s.Length / 2 * 3];
        for (int i = 0, p = 0; i < s.Length; i += 2, p += 3)
        {
            int a = s[i] & 0xFFF, c = s[i + 1] & 0xFFF;
            bytes[p] = (byte)a;
            bytes[p + 1] = (byte)((a >> 8) | ((c >> 8) << 4));
            bytes[p + 2] = (byte)c;
        }

        return bytes;
    }

    private static byte[] Pack16(int[] s)
    {
        var bytes = new byte[s.Length * 2];
        for (var i = 0; i < s.Length; i++)
        {
            bytes[2 * i] = (byte)s[i];
            bytes[(2 * i) + 1] = (byte)(s[i] >> 8);
        }

        return bytes;
    }
}
