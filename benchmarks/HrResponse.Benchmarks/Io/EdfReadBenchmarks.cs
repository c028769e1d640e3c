using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using HrResponse.Io;

namespace HrResponse.Benchmarks.Io;

/// <summary>
/// EDF read throughput: a 1-hour EDF+ file of three signals in 1-s data records — EEG at 256 Hz, the ECG at 500 Hz,
/// an annotation signal — written by the setup step; the benchmark reads the header, decodes the ECG to mV (the
/// other signal is skipped) and the annotations. No target.
/// </summary>
[MemoryDiagnoser]
public class EdfReadBenchmarks
{
    private const int Seconds = 3600;
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "hrr-edf-bench-" + Guid.NewGuid().ToString("N") + ".edf");
        var random = new Random(42);
        using var file = File.Create(_path);
        void Field(string text, int width) => file.Write(Encoding.ASCII.GetBytes(text.PadRight(width)[..width]));
        Field("0", 8);
        Field("X X X X", 80);
        Field("Startdate 01-JAN-2024 X X X", 80);
        Field("01.01.24", 8);
        Field("10.00.00", 8);
        Field("1024", 8);
        Field("EDF+C", 44);
        Field(Seconds.ToString(CultureInfo.InvariantCulture), 8);
        Field("1", 8);
        Field("3", 4);
        (string Label, string Dim, string PMin, string PMax, int Spr)[] signals =
            [("EEG C3", "uV", "-500", "500", 256), ("ECG II", "uV", "-5000", "5000", 500), ("EDF Annotations", "", "-1", "1", 30)];
        foreach (var s in signals) Field(s.Label, 16);
        foreach (var _ in signals) Field(string.Empty, 80);
        foreach (var s in signals) Field(s.Dim, 8);
        foreach (var s in signals) Field(s.PMin, 8);
        foreach (var s in signals) Field(s.PMax, 8);
        foreach (var _ in signals) Field("-32768", 8);
        foreach (var _ in signals) Field("32767", 8);
        foreach (var _ in signals) Field(string.Empty, 80);
        foreach (var s in signals) Field(s.Spr.ToString(CultureInfo.InvariantCulture), 8);
        foreach (var _ in signals) Field(string.Empty, 32);
        var record = new byte[(256 + 500 + 30) * 2];
        for (var r = 0; r < Seconds; r++)
        {
            for (var k = 0; k < 256 + 500; k++)
            {
                var d = k >= 256 && (k - 256) % 400 < 10 ? 20000 : random.Next(-300, 300);
                record[2 * k] = (byte)d;
                record[(2 * k) + 1] = (byte)(d >> 8);
            }

            var tal = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"+{r}\u0014\u0014\0"));
            Array.Clear(record, (256 + 500) * 2, 60);
            tal.CopyTo(record, (256 + 500) * 2);
            file.Write(record);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int Read() => EdfReader.ReadRecord(_path).Ecg.Count;
}
