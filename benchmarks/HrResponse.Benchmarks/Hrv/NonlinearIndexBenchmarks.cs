using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;
using HrResponse.Hrv.Internal;

namespace HrResponse.Benchmarks.Hrv;

/// <summary>
/// Issue 16: every nonlinear index on its own, on the 1-h and 24-h real series (nsr2db nsr001), with the settings of
/// the NeuroKit2 preset (m = 2, τ = 1, r = 0.2·SD; DFA 4–11 / 12–⌊(N+1)/10⌋ half-overlapping; MSE scales by
/// NeuroKit2's rule ⌊N/12⌋ − 1) and the default settings where they differ (DFA, MSE scales 1–20). The O(N²)
/// indices (FuzzyEn, correlation dimension) and NeuroKit2's multiscale rule run on 24 h too, although both presets
/// skip them above 20,000 intervals.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NonlinearIndexBenchmarks
{
    private double[] _rr = [];
    private double _r;
    private int[] _nkScales = [];
    private static readonly int[] DefaultScales = Enumerable.Range(1, 20).ToArray();

    [Params(BenchmarkData.Length.OneHour, BenchmarkData.Length.TwentyFourHours)]
    public BenchmarkData.Length Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rr = BenchmarkData.Rr(Length);
        _r = NonlinearAnalysis.Tolerance(_rr, NonlinearOptions.NeuroKit2);
        _nkScales = Enumerable.Range(1, Math.Max(0, (int)(_rr.Length / 12.0) - 1)).ToArray();
    }

    [Benchmark]
    public PoincareResult Poincare() => NonlinearAnalysis.Poincare(_rr);

    [Benchmark]
    public HeartRateAsymmetryResult Asymmetry() => NonlinearAnalysis.HeartRateAsymmetry(_rr);

    [Benchmark]
    public FragmentationResult Fragmentation() => NonlinearAnalysis.Fragmentation(_rr);

    [Benchmark]
    public DfaResult DfaDefault() => NonlinearAnalysis.Dfa(_rr, NonlinearOptions.Default);

    [Benchmark]
    public DfaResult DfaNeuroKit2() => NonlinearAnalysis.Dfa(_rr, NonlinearOptions.NeuroKit2);

    [Benchmark]
    public (double, double) ApEnAndSampEn() => Entropies.ApproximateAndSample(_rr, 2, 1, _r);

    [Benchmark]
    public double ShannonEntropy() => Entropies.Shannon(_rr);

    [Benchmark]
    public double FuzzyEntropy() => Entropies.Fuzzy(_rr, 2, 1, _r);

    [Benchmark]
    public double[] MultiscaleDefaultScales() => Entropies.Multiscale(_rr, DefaultScales, 2, _r).Mse;

    [Benchmark]
    public double[] MultiscaleNeuroKit2Scales() => Entropies.Multiscale(_rr, _nkScales, 2, _r).Mse;

    [Benchmark]
    public double CorrelationDimension() => FractalIndices.CorrelationDimension(_rr, CorrelationDimensionRadii.NeuroKit2);

    [Benchmark]
    public double Higuchi() => FractalIndices.Higuchi(_rr, 10);

    [Benchmark]
    public double Katz() => FractalIndices.Katz(_rr);

    [Benchmark]
    public double LempelZiv() => FractalIndices.LempelZiv(_rr);

    [Benchmark]
    public StressIndexResult StressIndex() => NonlinearAnalysis.StressIndex(_rr);
}
