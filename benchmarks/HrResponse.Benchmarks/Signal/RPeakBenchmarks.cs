using BenchmarkDotNet.Attributes;
using HrResponse.Ecg;
using HrResponse.Ecg.Internal;

namespace HrResponse.Benchmarks.Signal;

/// <summary>
/// R-peak detection speed on 10 minutes of synthetic ECG (fixed seed, 75 bpm, noise and baseline wander) at 250, 360
/// and 1000 Hz. Samples per second = <c>SamplingRateHz × 600 / Mean</c>; × real time = <c>600 s / Mean</c>.
/// </summary>
[MemoryDiagnoser]
public class RPeakBenchmarks
{
    private const double Seconds = 600;
    private double[] _ecg = [];

    /// <summary>Sampling rate in Hz.</summary>
    [Params(250, 360, 1000)]
    public int SamplingRateHz { get; set; }

    /// <summary>Detector.</summary>
    [Params(RPeakDetector.NeuroKit2, RPeakDetector.PanTompkins1985, RPeakDetector.Elgendi2010)]
    public RPeakDetector Detector { get; set; }

    [GlobalSetup]
    public void Setup() => _ecg = SyntheticEcg.Generate(SamplingRateHz, Seconds, seed: 42).Signal;

    [Benchmark]
    public int Detect() => RPeakDetection.Detect(_ecg, SamplingRateHz, new RPeakOptions { Detector = Detector }).Count;
}
