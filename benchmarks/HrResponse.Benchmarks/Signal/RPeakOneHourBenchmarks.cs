using BenchmarkDotNet.Attributes;
using HrResponse.Ecg;
using HrResponse.Ecg.Internal;

namespace HrResponse.Benchmarks.Signal;

/// <summary>One hour of synthetic ECG at 1000 Hz (3.6 million samples): the 1,000 × real-time target is under 3.6 s.</summary>
[MemoryDiagnoser]
public class RPeakOneHourBenchmarks
{
    private double[] _ecg = [];

    /// <summary>Detector.</summary>
    [Params(RPeakDetector.NeuroKit2, RPeakDetector.PanTompkins1985, RPeakDetector.Elgendi2010)]
    public RPeakDetector Detector { get; set; }

    [GlobalSetup]
    public void Setup() => _ecg = SyntheticEcg.Generate(1000, 3600, seed: 42).Signal;

    [Benchmark]
    public int DetectOneHourAt1000Hz() => RPeakDetection.Detect(_ecg, 1000, new RPeakOptions { Detector = Detector }).Count;
}
