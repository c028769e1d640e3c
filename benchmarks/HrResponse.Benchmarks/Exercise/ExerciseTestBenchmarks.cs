using BenchmarkDotNet.Attributes;
using HrResponse.Exercise;

namespace HrResponse.Benchmarks.Exercise;

/// <summary>
/// Full exercise-test analysis (phases from power, rest/peak HR, chronotropic response with stages, HRR at six times,
/// T30, τ fit, recovery RMSSD windows, beat screening) of a synthetic beat-to-beat test: 3 min rest, exercise, and
/// 5 min recovery, 20 min in all by default (about 2,600 beats).
/// </summary>
[MemoryDiagnoser]
public class ExerciseTestBenchmarks
{
    private Recording _recording = null!;
    private double[] _tauTimes = [];
    private double[] _tauInput = [];
    private static readonly ExerciseTestOptions CurveOnly = new() { PhaseMethod = PhaseDetectionMethod.HeartRateCurve };

    /// <summary>Total test duration in minutes.</summary>
    [Params(20, 60)]
    public int Minutes { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _recording = SyntheticExerciseTest.Create(seed: 1, restSeconds: 180, exerciseSeconds: (Minutes * 60) - 480, recoverySeconds: 300);

    [Benchmark]
    public ExerciseTestReport Analyze() => ExerciseTestAnalysis.Compute(_recording);

    /// <summary>Phases from the heart-rate curve alone (no load): includes the peak-plateau end fit.</summary>
    [Benchmark]
    public ExercisePhases PhasesFromHeartRateCurve() => ExercisePhaseDetection.Detect(_recording, CurveOnly);

    [Benchmark]
    public MonoExponentialFit TauFitOnly() => HeartRateRecoveryAnalysis.FitMonoExponential(_tauTimes, _tauInput);

    [GlobalSetup(Target = nameof(TauFitOnly))]
    public void SetupTau()
    {
        Setup();
        var hr = _recording.HeartRate;
        var end = (Minutes * 60) - 480;
        var t = new List<double>();
        var y = new List<double>();
        for (var i = 0; i < hr.Count; i++)
        {
            if (hr.TimesSeconds[i] < end) continue;
            t.Add(hr.TimesSeconds[i] - end);
            y.Add(hr.Bpm[i]);
        }

        _tauTimes = t.ToArray();
        _tauInput = y.ToArray();
    }
}
