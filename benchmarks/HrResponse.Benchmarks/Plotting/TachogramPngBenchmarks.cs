using BenchmarkDotNet.Attributes;
using HrResponse.Plotting;
using HrResponse.Quality;

namespace HrResponse.Benchmarks.Plotting;

/// <summary>
/// A 24-hour tachogram (100,000 beats around 864 ms, with artifact correction's marks) built as a ScottPlot plot and
/// rendered to PNG at the default journal size (2100 × 1260 px, 300 DPI). Target (issue 18): &lt; 0.5 s per PNG.
/// </summary>
[MemoryDiagnoser]
public class TachogramPngBenchmarks
{
    private CleanedRrIntervals _cleaned = null!;

    /// <summary>Beats in the recording.</summary>
    [Params(100_000)]
    public int Beats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(24);
        var rr = Enumerable.Range(0, Beats)
            .Select(i => 864 * (1 + (0.15 * Math.Sin(i / 3000.0)) + (0.04 * Math.Sin(i / 4.0)) + (0.02 * (random.NextDouble() - 0.5))))
            .ToArray();
        // An ectopic beat now and then, so the plot has correction markers as a real Holter recording does.
        for (var i = 500; i < rr.Length - 1; i += 997)
        {
            rr[i] *= 0.6;
            rr[i + 1] *= 1.4;
        }

        _cleaned = ArtifactCorrection.Clean(RrIntervals.FromMilliseconds(rr));
    }

    /// <summary>Building the plot only (no rendering).</summary>
    [Benchmark]
    public object Create() => TachogramChart.Create(_cleaned);

    /// <summary>Plot and PNG at 2100 × 1260 px, 300 DPI (the default).</summary>
    [Benchmark]
    public int CreateAndRenderPng() => ChartImage.ToPng(TachogramChart.Create(_cleaned)).Length;

    /// <summary>Plot and SVG at the default size.</summary>
    [Benchmark]
    public int CreateAndRenderSvg() => ChartImage.ToSvg(TachogramChart.Create(_cleaned)).Length;
}
