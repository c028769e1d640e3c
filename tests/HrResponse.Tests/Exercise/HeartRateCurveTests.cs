using HrResponse.Exercise.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

public class HeartRateCurveTests
{
    [Test]
    public void ExtremeMean_IrregularSamples_MatchesBruteForceOverCandidateWindows()
    {
        var random = new Random(3);
        var t = new List<double>();
        var y = new List<double>();
        var x = 0.0;
        for (var i = 0; i < 400; i++)
        {
            x += 0.2 + (3 * random.NextDouble());
            t.Add(x);
            y.Add(100 + (40 * Math.Sin(x / 30)) + (5 * random.NextDouble()));
        }

        var curve = new HeartRateCurve(t.ToArray(), y.ToArray());
        const double from = 37.3, to = 700.1, w = 12.5;
        foreach (var highest in new[] { true, false })
        {
            var best = double.NaN;
            var candidates = t.Select(v => v).Concat(t.Select(v => v - w)).Append(from).Append(to - w)
                .Where(s => s >= from && s + w <= to);
            foreach (var s in candidates)
            {
                var m = curve.Mean(s, s + w);
                if (double.IsNaN(best) || (highest ? m > best : m < best)) best = m;
            }

            Assert.That(curve.ExtremeMean(from, to, w, highest).Value, Is.EqualTo(best).Within(1e-9));
        }
    }

    [Test]
    public void Mean_LinearPieces_ExactTrapezoid()
    {
        var curve = new HeartRateCurve([0, 10, 20], [100, 120, 100]);
        Assert.That(curve.Mean(0, 20), Is.EqualTo(110).Within(1e-12));
        Assert.That(curve.Mean(5, 15), Is.EqualTo(115).Within(1e-12));
        Assert.That(curve.Mean(-1, 5), Is.NaN);
        Assert.That(curve.At(15), Is.EqualTo(110).Within(1e-12));
    }
}
