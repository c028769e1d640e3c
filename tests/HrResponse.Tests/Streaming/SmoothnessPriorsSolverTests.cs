using HrResponse.Streaming;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace HrResponse.Tests.Streaming;

[TestFixture]
public sealed class SmoothnessPriorsSolverTests
{
    [TestCase(3, 10.0)]
    [TestCase(7, 2.0)]
    [TestCase(60, 500.0)]
    [TestCase(200, 50.0)]
    public void DetrendInPlace_MatchesDenseSolve(int n, double lambda)
    {
        var random = new Random(n);
        var z = Enumerable.Range(0, n).Select(i => 800 + (50 * Math.Sin(i / 7.0)) + (20 * random.NextDouble())).ToArray();
        // Dense reference: z − (I + λ² D2ᵀD2)⁻¹ z.
        var d2 = Matrix<double>.Build.Dense(n - 2, n);
        for (var k = 0; k < n - 2; k++)
        {
            d2[k, k] = 1;
            d2[k, k + 1] = -2;
            d2[k, k + 2] = 1;
        }

        var a = Matrix<double>.Build.DenseIdentity(n) + (lambda * lambda * d2.Transpose() * d2);
        var trend = a.Solve(Vector<double>.Build.DenseOfArray(z));
        var expected = z.Select((v, i) => v - trend[i]).ToArray();

        var solver = new SmoothnessPriorsSolver(n);
        var actual = (double[])z.Clone();
        solver.DetrendInPlace(actual, lambda);

        Assert.That(actual, Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void DetrendInPlace_LinearSeries_RemovedEntirely()
    {
        // A straight line is in the null space of D2, so the trend is the line itself.
        var z = Enumerable.Range(0, 100).Select(i => 900 - (3.5 * i)).ToArray();
        new SmoothnessPriorsSolver(100).DetrendInPlace(z, 500);
        Assert.That(z, Has.All.EqualTo(0).Within(1e-6));
    }

    [Test]
    public void DetrendInPlace_ShortSeries_Unchanged()
    {
        double[] z = [800, 900];
        new SmoothnessPriorsSolver(10).DetrendInPlace(z, 500);
        Assert.That(z, Is.EqualTo(new double[] { 800, 900 }));
    }
}
