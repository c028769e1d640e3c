using HrResponse.Hrv;
using HrResponse.Hrv.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>
/// How the multiscale entropies are run (issue 15): scales on several threads give the same values bit for bit as
/// the sequential loop, and scale 1 takes SampEn's pair counts instead of counting again.
/// </summary>
[TestFixture]
public class MultiscaleEntropyExecutionTests
{
    /// <summary>Autocorrelated RR-like values, ms; <paramref name="stepMs"/> &gt; 0 rounds them (recorded RR), 0 keeps them continuous.</summary>
    private static double[] Series(int n, int seed, double stepMs)
    {
        var rng = new Random(seed);
        var x = new double[n];
        var level = 0.0;
        for (var i = 0; i < n; i++)
        {
            level = (0.9 * level) + (25 * (rng.NextDouble() - 0.5));
            var value = 800 + level + (10 * (rng.NextDouble() - 0.5));
            x[i] = stepMs > 0 ? Math.Round(value / stepMs) * stepMs : value;
        }

        return x;
    }

    [TestCase(2, 0.0)]
    [TestCase(-1, 0.0)]
    [TestCase(3, 7.8125)]
    public void Compute_ScalesInParallel_IdenticalToSequential(int threads, double stepMs)
    {
        // 12,000 values: the early scales take the exact rank counts, the late ones the bucketed search.
        var x = Series(12_000, 3, stepMs);
        var sequential = NonlinearAnalysis.Compute(x, NonlinearOptions.Default).Entropy;
        var parallel = NonlinearAnalysis.Compute(x, NonlinearOptions.Default with { MaxDegreeOfParallelism = threads }).Entropy;
        Assert.Multiple(() =>
        {
            Assert.That(sequential.MultiscaleValues.Count(double.IsFinite), Is.EqualTo(20));
            Assert.That(parallel.MultiscaleValues, Is.EqualTo(sequential.MultiscaleValues));
            Assert.That(parallel.MultiscaleEntropy, Is.EqualTo(sequential.MultiscaleEntropy));
            Assert.That(parallel.CompositeMultiscaleEntropy, Is.EqualTo(sequential.CompositeMultiscaleEntropy));
            Assert.That(parallel.RefinedCompositeMultiscaleEntropy, Is.EqualTo(sequential.RefinedCompositeMultiscaleEntropy));
        });
    }

    [TestCase(6000, 0.0)]
    [TestCase(6000, 7.8125)]
    [TestCase(300, 0.0)]
    public void Multiscale_SampleEntropyCountsAsScaleOne_IdenticalToRecount(int n, double stepMs)
    {
        var x = Series(n, 8, stepMs);
        var r = 0.2 * Sd(x);
        var (_, sampen, counts) = Entropies.ApproximateSampleAndCounts(x, 2, 1, r);
        int[] scales = [1, 2, 3];
        var recount = Entropies.Multiscale(x, scales, 2, r);
        var reused = Entropies.Multiscale(x, scales, 2, r, scaleOne: counts);
        Assert.Multiple(() =>
        {
            Assert.That(counts, Is.EqualTo(TemplateMatching.Count(x, 2, 1, r)));
            Assert.That(reused.Mse, Is.EqualTo(recount.Mse));
            Assert.That(reused.Cmse, Is.EqualTo(recount.Cmse));
            Assert.That(reused.Rcmse, Is.EqualTo(recount.Rcmse));
            Assert.That(reused.Mse[0], Is.EqualTo(sampen));
        });
    }

    [Test]
    public void Multiscale_GivenScaleOneCounts_TakesThemWithoutCounting()
    {
        // Counts that are not those of x: scale 1 must be −ln(5 / 10) from them, the other scales unchanged.
        var x = Series(2000, 4, 0.0);
        var r = 0.2 * Sd(x);
        var given = Entropies.Multiscale(x, [1, 2], 2, r, scaleOne: new TemplateMatching.Counts(10, 5));
        var counted = Entropies.Multiscale(x, [1, 2], 2, r);
        Assert.Multiple(() =>
        {
            Assert.That(given.Mse[0], Is.EqualTo(Math.Log(2)).Within(1e-15));
            Assert.That(counted.Mse[0], Is.Not.EqualTo(given.Mse[0]).Within(1e-3));
            Assert.That(given.Mse[1], Is.EqualTo(counted.Mse[1]));
        });
    }

    [Test]
    public void Multiscale_ParallelWithCancelledToken_ThrowsOperationCanceled()
    {
        var x = Series(5000, 5, 0.0);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var scope = HrResponse.Internal.AnalysisCancellation.Enter(cts.Token);
        Assert.That(() => Entropies.Multiscale(x, [1, 2, 3, 4], 2, 0.2 * Sd(x), maxDegreeOfParallelism: 2),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void Validate_MaxDegreeOfParallelismZeroOrBelowMinusOne_ThrowsNamingIt(int threads)
    {
        var options = NonlinearOptions.Default with { MaxDegreeOfParallelism = threads };
        Assert.That(options.Validate, Throws.ArgumentException.With.Message.Contains("MaxDegreeOfParallelism"));
    }

    private static double Sd(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }
}
