using BenchmarkDotNet.Attributes;
using HrResponse.Exercise;

namespace HrResponse.Benchmarks.Paths;

/// <summary>
/// Issue 16: the library path of <c>hrresponse analyze</c> (<c>RecordingAnalysis.Compute</c>: correction, full HRV,
/// exercise test with per-phase HRV, rolling HRV) of a synthetic beat-to-beat exercise test of 20 and 60 minutes
/// (3 min rest, exercise, 5 min recovery), default settings.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RecordingAnalysisBenchmarks
{
    private Recording _recording = null!;

    /// <summary>Total test duration in minutes.</summary>
    [Params(20, 60)]
    public int Minutes { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _recording = SyntheticExerciseTest.Create(seed: 1, restSeconds: 180, exerciseSeconds: (Minutes * 60) - 480, recoverySeconds: 300);

    [Benchmark]
    public RecordingAnalysisResult Analyze() => RecordingAnalysis.Compute(_recording);
}
