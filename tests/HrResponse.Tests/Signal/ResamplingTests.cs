using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

public class ResamplingTests
{
    private static readonly double[] X = [0, 1, 2.5, 3, 4.5, 5.2];
    private static readonly double[] Y = [1, 3, 2, 5, 4, 4.5];

    private static double[] At(InterpolationMethod method, params double[] points)
    {
        var result = new double[points.Length];
        Resampling.Interpolate(X, Y, points, result, method);
        return result;
    }

    [Test]
    public void Interpolate_Quadratic_EqualsScipyInterp1dQuadratic()
    {
        // scipy 1.10.1: interp1d(x, y, kind="quadratic")([0.5, 2, 2.75, 4, 5.0])
        double[] scipy = [2.553959804364023, 1.0471434612500754, 3.4974241045887275, 4.7580461751129155, 4.171278018433562];
        Assert.That(At(InterpolationMethod.Quadratic, 0.5, 2, 2.75, 4, 5.0), Is.EqualTo(scipy).Within(1e-12));
    }

    [Test]
    public void Interpolate_Cubic_EqualsScipyInterp1dCubicNotAKnot()
    {
        // scipy 1.10.1: interp1d(x, y, kind="cubic")([0.5, 2, 2.75, 4, 5.0])
        double[] scipy = [3.223756766061626, 0.9524864678767475, 3.501847143789567, 5.199513226096437, 3.901028058833655];
        Assert.That(At(InterpolationMethod.Cubic, 0.5, 2, 2.75, 4, 5.0), Is.EqualTo(scipy).Within(1e-12));
    }

    [Test]
    public void Interpolate_Linear_HandValues()
    {
        Assert.That(At(InterpolationMethod.Linear, 0.5, 2, 2.75, 5.2), Is.EqualTo(new[] { 2.0, 2 + (1.0 / 3), 3.5, 4.5 }).Within(1e-12));
    }

    [Test]
    public void Resample_CubicOnUnevenTimes_ReproducesACubicPolynomial()
    {
        static double P(double t) => (0.5 * t * t * t) - (2 * t * t) + t + 800;
        double[] times = [0.3, 1.1, 1.7, 2.9, 3.4, 4.8, 5.5, 6.0];
        var values = times.Select(P).ToArray();
        var series = Resampling.Resample(times, values, 4);
        Assert.That(series.StartSeconds, Is.EqualTo(0.3));
        Assert.That(series.Count, Is.EqualTo(23)); // 0.3 .. 5.8 in steps of 0.25
        for (var k = 0; k < series.Count; k++)
            Assert.That(series.Values[k], Is.EqualTo(P(0.3 + (k / 4.0))).Within(1e-9), $"k = {k}");
    }

    [Test]
    public void Resample_NeuroKit2Grid_IsNumpyArangeAndHoldsLastValue()
    {
        double[] times = [0.8, 1.7, 2.7];
        double[] values = [800, 900, 1000];
        var series = Resampling.Resample(times, values, 10, InterpolationMethod.Linear, ResamplingGrid.NeuroKit2);
        // numpy.arange(0.8, 2.7 + 0.1, 0.1) has 20 values: 0.8 .. 2.7 (inclusive).
        Assert.That(series.Count, Is.EqualTo(20));
        Assert.That(series.Values[^1], Is.EqualTo(1000).Within(1e-9));
        Assert.That(series.Values[5], Is.EqualTo(800 + (100 * 0.5 / 0.9)).Within(1e-9));
    }

    [Test]
    public void Resample_ThreeSamplesCubic_FallsBackToLinear()
    {
        var series = Resampling.Resample([0.0, 1, 2], [0.0, 10, 0], 2);
        Assert.That(series.AppliedMethod, Is.EqualTo(InterpolationMethod.Linear));
        Assert.That(series.Values, Is.EqualTo(new[] { 0.0, 5, 10, 5, 0 }).Within(1e-12));
    }

    [Test]
    public void Resample_OneSample_IsEmpty()
    {
        Assert.That(Resampling.Resample([1.0], [800.0], 4).Count, Is.Zero);
    }

    [Test]
    public void Resample_TimesNotIncreasing_ThrowsNamingTheParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Resampling.Resample([0.0, 2, 1], [1.0, 2, 3], 4));
        Assert.That(ex!.ParamName, Is.EqualTo("timesSeconds"));
    }

    [Test]
    public void Resample_RateNotPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Resampling.Resample([0.0, 1], [1.0, 2], 0));
    }
}
