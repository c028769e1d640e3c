using System.Diagnostics;
using HrResponse.Hrv;
using HrResponse.Hrv.Internal;

namespace HrResponse.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- profile [length]</c>: a stopwatch breakdown of the full HRV path per part (after one
/// warm-up call), for relative profiling on a shared machine. Not a benchmark.
/// </summary>
internal static class Profile
{
    public static void Run(string[] args)
    {
        var lengths = args.Length > 1 ? [Enum.Parse<BenchmarkData.Length>(args[1])] : Enum.GetValues<BenchmarkData.Length>();
        foreach (var length in lengths)
        {
            var ms = BenchmarkData.Rr(length);
            var rr = RrIntervals.FromMilliseconds(ms);
            foreach (var preset in new[] { HrvPreset.Default, HrvPreset.NeuroKit2 })
            {
                var o = HrvOptions.FromPreset(preset);
                var nl = o.Nonlinear;
                var r = NonlinearAnalysis.Tolerance(ms, nl);
                var quadraticOk = nl.QuadraticIndicesMaxIntervals is null || ms.Length <= nl.QuadraticIndicesMaxIntervals;
                var maxScale = nl.MultiscaleMaxScale ?? (quadraticOk ? (int)(ms.Length / 12.0) - 1 : 0);
                var scales = Enumerable.Range(1, Math.Max(0, maxScale)).ToArray();
                Console.WriteLine($"== {length} ({ms.Length} beats), preset {preset}");
                Time("full HRV", () => HrvAnalysis.Compute(rr, o));
                Time("time domain", () => TimeDomainAnalysis.Compute(rr, o.TimeDomain));
                Time("frequency domain", () => FrequencyDomainAnalysis.Compute(rr, o.FrequencyDomain));
                Time("nonlinear", () => NonlinearAnalysis.Compute(rr, nl));
                Time("  poincare+asym+frag", () => (NonlinearAnalysis.Poincare(ms), NonlinearAnalysis.HeartRateAsymmetry(ms), NonlinearAnalysis.Fragmentation(ms)));
                Time("  dfa", () => NonlinearAnalysis.Dfa(ms, nl));
                Time("  apen+sampen", () => Entropies.ApproximateAndSample(ms, 2, 1, r));
                Time("  shannon", () => Entropies.Shannon(ms));
                if (quadraticOk) Time("  fuzzy", () => Entropies.Fuzzy(ms, 2, 1, r));
                Time($"  multiscale ({scales.Length} scales)", () => Entropies.Multiscale(ms, scales, 2, r));
                if (quadraticOk) Time("  correlation dimension", () => FractalIndices.CorrelationDimension(ms, nl.CorrelationDimensionRadii));
                Time("  higuchi+katz+lz", () => (FractalIndices.Higuchi(ms, 10), FractalIndices.Katz(ms), FractalIndices.LempelZiv(ms)));
                Time("  stress", () => NonlinearAnalysis.StressIndex(ms));
            }
        }
    }

    private static void Time<T>(string what, Func<T> f)
    {
        f();
        var before = GC.GetTotalAllocatedBytes(true);
        var sw = Stopwatch.StartNew();
        var reps = 0;
        do
        {
            f();
            reps++;
        }
        while (sw.ElapsedMilliseconds < 300 && reps < 20);
        sw.Stop();
        var alloc = (GC.GetTotalAllocatedBytes(true) - before) / reps;
        Console.WriteLine($"{what,-36} {sw.Elapsed.TotalMilliseconds / reps,10:0.00} ms  {alloc / 1e6,8:0.0} MB alloc  ({reps} reps)");
    }
}
