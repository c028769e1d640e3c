using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;
using HrResponse.Hrv.Internal;
using HrResponse.Signal;

namespace HrResponse.Benchmarks.Paths;

/// <summary>
/// Issue 16's library targets, each alone: full HRV of the 1-h series with the NeuroKit2 preset (≤ 150 ms warmed) and
/// the NeuroKit2-preset frequency domain of the 24-h series (≤ 2 s, ≤ 500 MB). Beside them, A/B pairs of the kernels
/// changed for these targets, run in the same process: the full Welch spectrum of NeuroKit2's 24-h resampled series
/// against the band-limited one (bins up to 0.5 Hz, pruned DFT), and the composite multiscale pair counts of the 1-h
/// series over NeuroKit2's scales one decimated series at a time against all series of a scale in one interleaved pass.
/// Run in process (the machine's other jobs make BenchmarkDotNet's separate build slow):
/// <c>-- --filter '*Issue16TargetBenchmarks*' --inProcess --warmupCount 1 --iterationCount 3</c>.
/// </summary>
[MemoryDiagnoser]
public class Issue16TargetBenchmarks
{
    private RrIntervals _oneHour = null!;
    private RrIntervals _day = null!;
    private double[] _dayResampled = [];
    private double[] _oneHourResampled = [];
    private double[] _oneHourMs = [];
    private double _r;
    private int _maxScale;

    [GlobalSetup]
    public void Setup()
    {
        _oneHourMs = BenchmarkData.Rr(BenchmarkData.Length.OneHour);
        _oneHour = RrIntervals.FromMilliseconds(_oneHourMs);
        var day = BenchmarkData.Rr(BenchmarkData.Length.TwentyFourHours);
        _day = RrIntervals.FromMilliseconds(day);

        _dayResampled = NeuroKit2Resampled(day);
        _oneHourResampled = NeuroKit2Resampled(_oneHourMs);

        _r = NonlinearAnalysis.Tolerance(_oneHourMs, NonlinearOptions.NeuroKit2);
        _maxScale = (int)(_oneHourMs.Length / 12.0) - 1;
    }

    /// <summary>NeuroKit2's resampling as the preset does it: cumulative-sum beat times, quadratic, 100 Hz, mean removed.</summary>
    private static double[] NeuroKit2Resampled(double[] ms)
    {
        var times = new double[ms.Length];
        double sum = 0;
        for (var i = 0; i < ms.Length; i++) times[i] = sum += ms[i] / 1000;
        var values = Resampling.ResampleTrusted(times, ms, 100, InterpolationMethod.Quadratic, ResamplingGrid.NeuroKit2).ValuesArray;
        var mean = values.Average();
        for (var i = 0; i < values.Length; i++) values[i] -= mean;
        return values;
    }

    [Benchmark]
    public HrvResult FullHrvNeuroKit2OneHour() => HrvAnalysis.Compute(_oneHour, HrvOptions.NeuroKit2);

    [Benchmark]
    public FrequencyDomainResult FrequencyNeuroKit2TwentyFourHours() => FrequencyDomainAnalysis.Compute(_day, FrequencyDomainOptions.NeuroKit2);

    [Benchmark]
    public PowerSpectrum WelchFullSpectrumTwentyFourHours() => WelchSpectrum.Compute(_dayResampled, 100, WelchOptions.NeuroKit2);

    [Benchmark]
    public PowerSpectrum? WelchBandLimitedTwentyFourHours() => WelchSpectrum.ComputeLowBins(_dayResampled, 100, WelchOptions.NeuroKit2, 0.5, out _);

    /// <summary>The full Welch spectrum of NeuroKit2's 1-h resampled series (nfft 359,878 = 2 · 179,939: a Bluestein transform).</summary>
    [Benchmark]
    public PowerSpectrum WelchFullSpectrumOneHour() => WelchSpectrum.Compute(_oneHourResampled, 100, WelchOptions.NeuroKit2);

    /// <summary>The same up to 0.5 Hz by the pruned DFT, as the preset computes it since the Bluestein rule (issue 16).</summary>
    [Benchmark]
    public PowerSpectrum? WelchBandLimitedOneHour() => WelchSpectrum.ComputeLowBins(_oneHourResampled, 100, WelchOptions.NeuroKit2, 0.5, out _);

    [Benchmark]
    public double CompositeCountsPerSeriesOneHour()
    {
        double total = 0;
        var x = _oneHourMs;
        for (var s = 4; s <= _maxScale; s++)
        {
            var length = x.Length / s;
            var series = new double[length];
            for (var k = 0; k < s; k++)
            {
                for (var i = 0; i < length; i++) series[i] = x[(i * s) + k];
                total += Entropies.SamplePhi(series, 2, 1, _r).Phi0;
            }
        }

        return total;
    }

    [Benchmark]
    public double CompositeCountsInterleavedOneHour()
    {
        double total = 0;
        var x = _oneHourMs;
        var pm = new double[_maxScale + 1];
        var pm1 = new double[_maxScale + 1];
        for (var s = 4; s <= _maxScale; s++)
        {
            TemplateMatching.CountInterleaved2(x, s, x.Length / s, _r, pm, pm1);
            total += pm[0];
        }

        return total;
    }
}
