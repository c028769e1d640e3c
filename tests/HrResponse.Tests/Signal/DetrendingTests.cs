using HrResponse.Signal;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class DetrendingTests
{
    [TestCase(3, 10.0)]
    [TestCase(4, 2.0)]
    [TestCase(13, 10.0)]
    [TestCase(40, 500.0)]
    [TestCase(300, 10.0)]
    [TestCase(1000, 500.0)]
    public void SmoothnessPriorsTrend_SmallSeries_EqualsDenseSolve(int n, double lambda)
    {
        var random = new Random(42);
        var z = Enumerable.Range(0, n).Select(i => 800 + (20 * Math.Sin(i / 3.0)) + random.NextDouble()).ToArray();

        // Dense (I + λ² D₂ᵀD₂)⁻¹ z, D₂ the (n−2)×n second-difference matrix.
        var d2 = Matrix<double>.Build.Dense(n - 2, n);
        for (var r = 0; r < n - 2; r++)
        {
            d2[r, r] = 1;
            d2[r, r + 1] = -2;
            d2[r, r + 2] = 1;
        }

        var a = Matrix<double>.Build.DenseIdentity(n) + (lambda * lambda * d2.TransposeThisAndMultiply(d2));
        var expected = a.Solve(Vector<double>.Build.DenseOfArray(z)).ToArray();

        Assert.That(Detrending.SmoothnessPriorsTrend(z, lambda), Is.EqualTo(expected).Within(1e-7));
    }

    [Test]
    public void Detrend_SmoothnessPriorsLambdaZero_RemovesEverything()
    {
        Assert.That(Detrending.Detrend([1.0, 5, 2, 8], DetrendingMethod.SmoothnessPriors, 0), Is.EqualTo(new double[4]).Within(1e-12));
    }

    [Test]
    public void Detrend_SmoothnessPriors_KeepsAFastOscillationRemovesAStraightLine()
    {
        // A line is in the null space of D₂: the trend reproduces it exactly; a 0.25 Hz sine at 4 Hz passes (λ = 500).
        var x = Enumerable.Range(0, 1200).Select(i => 700 + (0.05 * i) + (10 * Math.Sin(2 * Math.PI * 0.25 * i / 4))).ToArray();
        var y = Detrending.Detrend(x, DetrendingMethod.SmoothnessPriors, 500);
        for (var i = 200; i < 1000; i++)
            Assert.That(y[i], Is.EqualTo(10 * Math.Sin(2 * Math.PI * 0.25 * i / 4)).Within(0.05), $"i = {i}");
    }

    [Test]
    public void Detrend_Linear_RemovesLeastSquaresLine()
    {
        // Centred index c = (-1.5, -0.5, 0.5, 1.5), slope Σcv/Σc² = 4/5, line 2.5 + 0.8c = (1.3, 2.1, 2.9, 3.7).
        Assert.That(Detrending.Detrend([1.0, 3, 2, 4], DetrendingMethod.Linear), Is.EqualTo(new[] { -0.3, 0.9, -0.9, 0.3 }).Within(1e-12));
    }

    [Test]
    public void Detrend_Mean_SubtractsMean_InputUnchanged()
    {
        double[] x = [1, 2, 6];
        Assert.That(Detrending.Detrend(x, DetrendingMethod.Mean), Is.EqualTo(new[] { -2.0, -1, 3 }).Within(1e-12));
        Assert.That(x, Is.EqualTo(new[] { 1.0, 2, 6 }));
    }

    [Test]
    public void Detrend_NegativeLambda_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Detrending.Detrend([1.0, 2, 3], DetrendingMethod.SmoothnessPriors, -1));
        Assert.That(ex!.ParamName, Is.EqualTo("smoothnessLambda"));
    }
}
