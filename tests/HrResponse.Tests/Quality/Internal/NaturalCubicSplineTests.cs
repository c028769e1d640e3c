using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality.Internal;

public class NaturalCubicSplineTests
{
    [Test]
    public void Evaluate_ThreePointHat_MatchesHandSolution()
    {
        // Points (0,0), (1,1), (2,0), natural ends: 4·M1 = 6·((0 − 1) − (1 − 0)) → M1 = −3;
        // on [0, 1]: S(x) = 1.5x − 0.5x³, so S(0.5) = 0.6875; by symmetry S(1.5) = 0.6875.
        Assert.That(NaturalCubicSpline.Evaluate([0, 1, 2], [0, 1, 0], 0.5), Is.EqualTo(0.6875).Within(1e-12));
        Assert.That(NaturalCubicSpline.Evaluate([0, 1, 2], [0, 1, 0], 1.5), Is.EqualTo(0.6875).Within(1e-12));
    }

    [Test]
    public void Evaluate_PointsOnALine_ReproducesTheLine()
    {
        double[] x = [0.0, 0.7, 1.9, 3.0, 4.4, 5.1];
        var y = x.Select(v => 800 - (12 * v)).ToArray();
        foreach (var at in new[] { 0.3, 2.5, 3.7, 5.0 })
            Assert.That(NaturalCubicSpline.Evaluate(x, y, at), Is.EqualTo(800 - (12 * at)).Within(1e-9));
    }

    [Test]
    public void Evaluate_AtKnot_ReturnsKnotValue()
    {
        double[] x = [0, 1, 2, 3, 4];
        double[] y = [5, 3, 8, 1, 4];
        for (var i = 0; i < x.Length; i++)
            Assert.That(NaturalCubicSpline.Evaluate(x, y, x[i]), Is.EqualTo(y[i]).Within(1e-9));
    }

    [Test]
    public void Evaluate_TwoPoints_Linear() =>
        Assert.That(NaturalCubicSpline.Evaluate([1, 3], [10, 20], 2.5), Is.EqualTo(17.5).Within(1e-12));
}
