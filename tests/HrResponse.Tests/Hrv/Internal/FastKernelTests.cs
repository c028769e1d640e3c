using HrResponse.Hrv;
using HrResponse.Hrv.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv.Internal;

/// <summary>
/// The fast nonlinear kernels (issue 16) against direct definitions: the suffix-automaton LZ76 count against Kaspar
/// and Schuster's scan, FuzzyEn and the correlation dimension over distinct templates against all-pairs loops.
/// </summary>
[TestFixture]
public class FastKernelTests
{
    private static double[] Quantised(int n, int seed, double step)
    {
        var rng = new Random(seed);
        var x = new double[n];
        double ar = 0;
        for (var i = 0; i < n; i++)
        {
            ar = (0.9 * ar) + (rng.NextDouble() - 0.5);
            var v = 800 + (60 * ar) + (20 * (rng.NextDouble() - 0.5));
            x[i] = step > 0 ? Math.Round(v / step) * step : v;
        }

        return x;
    }

    [TestCase(1, 0.5)]
    [TestCase(2, 0.5)]
    [TestCase(40, 0.5)]
    [TestCase(3000, 0.5)]
    [TestCase(3000, 0.9)]
    [TestCase(3000, 0.02)]
    public void LzCount_RandomBinaryString_EqualsScan(int n, double pOne)
    {
        var rng = new Random(n + (int)(pOne * 100));
        var s = new byte[n];
        for (var i = 0; i < n; i++) s[i] = rng.NextDouble() < pOne ? (byte)1 : (byte)0;
        Assert.That(FractalIndices.LzCount(s), Is.EqualTo(FractalIndices.LzCountScan(s)));
    }

    [TestCase("0000000000")]
    [TestCase("0101010101010101")]
    [TestCase("1001111011000010")]
    [TestCase("0001101001000101")]
    [TestCase("011")]
    public void LzCount_StructuredString_EqualsScan(string text)
    {
        var s = text.Select(c => (byte)(c - '0')).ToArray();
        Assert.That(FractalIndices.LzCount(s), Is.EqualTo(FractalIndices.LzCountScan(s)));
    }

    [TestCase(7.8125, 2)]
    [TestCase(1.0, 2)]
    [TestCase(0.0, 2)]
    [TestCase(7.8125, 3)]
    public void Fuzzy_QuantisedOrContinuousSeries_EqualsAllPairs(double step, int m)
    {
        var x = Quantised(700, 5, step);
        var r = 0.2 * Sd(x);
        var expected = -Math.Log(FuzzyPhiAllPairs(x, m + 1, x.Length - m, r) / FuzzyPhiAllPairs(x, m, x.Length - m, r));
        Assert.That(Entropies.Fuzzy(x, m, 1, r), Is.EqualTo(expected).Within(1e-12 * Math.Abs(expected)));
    }

    [TestCase(7.8125, CorrelationDimensionRadii.NeuroKit2)]
    [TestCase(1.0, CorrelationDimensionRadii.FractionOfRange)]
    [TestCase(0.0, CorrelationDimensionRadii.NeuroKit2)]
    public void CorrelationDimension_QuantisedOrContinuousSeries_EqualsAllPairs(double step, CorrelationDimensionRadii rule)
    {
        var x = Quantised(900, 9, step);
        Assert.That(FractalIndices.CorrelationDimension(x, rule), Is.EqualTo(CorrelationDimensionAllPairs(x, rule)).Within(1e-12));
    }

    [TestCase(7.8125, 1, 0.2)]
    [TestCase(1.0, 1, 0.15)]
    [TestCase(7.8125, 2, 0.25)]
    [TestCase(0.0, 1, 0.2)]
    public void ApproximateAndSample_LongSeries_EqualsAllPairs(double step, int delay, double factor)
    {
        // 2,000 values: the rank sweep (quantised) or the bucketed search (continuous) counts, against all pairs.
        var x = Quantised(2000, 3, step);
        var r = factor * Sd(x);
        var (apen, sampen) = Entropies.ApproximateAndSample(x, 2, delay, r);
        double Phi(int m)
        {
            var count = x.Length - ((m - 1) * delay);
            double phi = 0;
            for (var i = 0; i < count; i++)
            {
                var c = 0;
                for (var j = 0; j < count; j++)
                {
                    var ok = true;
                    for (var k = 0; k < m && ok; k++) ok = Math.Abs(x[i + (k * delay)] - x[j + (k * delay)]) <= r;
                    if (ok) c++;
                }

                phi += Math.Log(c / (double)count);
            }

            return phi / count;
        }

        var naive = TemplateMatching.CountNaive(x, 2, delay, r);
        Assert.Multiple(() =>
        {
            Assert.That(apen, Is.EqualTo(Math.Abs(Phi(2) - Phi(3))).Within(1e-12));
            Assert.That(sampen, Is.EqualTo(-Math.Log((double)naive.PairsM1 / naive.PairsM)).Within(1e-12));
        });
    }

    [TestCase(7.8125, 1, 300)]
    [TestCase(0.0, 1, 301)]
    [TestCase(1.0, 2, 97)]
    public void CountAllPairs2_ShortSeries_EqualsNaiveCount(double step, int delay, int n)
    {
        var x = Quantised(n, 17, step);
        var r = 0.2 * Sd(x);
        var fast = TemplateMatching.CountAllPairs2(x, delay, r);
        var naive = TemplateMatching.CountNaive(x, 2, delay, r);
        Assert.Multiple(() =>
        {
            Assert.That(fast.PairsM, Is.EqualTo(naive.PairsM).And.GreaterThan(0));
            Assert.That(fast.PairsM1, Is.EqualTo(naive.PairsM1));
        });
    }

    [TestCase(7.8125, 1)]
    [TestCase(7.8125, 2)]
    [TestCase(0.5, 1)]
    public void CountByRanks_QuantisedSeries_EqualsAllPairsPerTemplate(double step, int delay)
    {
        // 5,000 values: 1/128-s steps take the row-wise trees (few ranks within r), 0.5-ms steps the 2-D tree.
        var x = Quantised(5000, 23, step);
        var r = 0.2 * Sd(x);
        var n = x.Length;
        var nt = n - delay;
        var nt1 = n - (2 * delay);
        var perM = new int[nt];
        var perM1 = new int[nt1];
        var counts = TemplateMatching.CountByRanks(x, delay, r, perM, perM1);
        Assert.That(counts, Is.Not.Null);
        var expectedM = new int[nt];
        var expectedM1 = new int[nt1];
        for (var i = 0; i < nt; i++)
        {
            for (var j = i + 1; j < nt; j++)
            {
                if (Math.Abs(x[i] - x[j]) > r || Math.Abs(x[i + delay] - x[j + delay]) > r) continue;
                expectedM[i]++;
                expectedM[j]++;
                if (i < nt1 && j < nt1 && Math.Abs(x[i + (2 * delay)] - x[j + (2 * delay)]) <= r)
                {
                    expectedM1[i]++;
                    expectedM1[j]++;
                }
            }
        }

        var naive = TemplateMatching.CountNaive(x, 2, delay, r);
        Assert.Multiple(() =>
        {
            Assert.That(counts!.Value.PairsM, Is.EqualTo(naive.PairsM).And.GreaterThan(0));
            Assert.That(counts.Value.PairsM1, Is.EqualTo(naive.PairsM1));
            Assert.That(perM, Is.EqualTo(expectedM));
            Assert.That(perM1, Is.EqualTo(expectedM1));
        });
    }

    private static double Sd(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    /// <summary>NeuroKit2's phi: mean over templates of (Σ_j exp(−d_ij/r) − 1)/(M − 1), every ordered pair.</summary>
    private static double FuzzyPhiAllPairs(double[] x, int dim, int count, double r)
    {
        var t = new double[count, dim];
        for (var i = 0; i < count; i++)
        {
            double mean = 0;
            for (var k = 0; k < dim; k++) mean += x[i + k];
            mean /= dim;
            for (var k = 0; k < dim; k++) t[i, k] = x[i + k] - mean;
        }

        double phi = 0;
        for (var i = 0; i < count; i++)
        {
            double s = 0;
            for (var j = 0; j < count; j++)
            {
                double d = 0;
                for (var k = 0; k < dim; k++) d = Math.Max(d, Math.Abs(t[i, k] - t[j, k]));
                s += Math.Exp(-d / r);
            }

            phi += (s - 1) / (count - 1);
        }

        return phi / count;
    }

    private static double CorrelationDimensionAllPairs(double[] x, CorrelationDimensionRadii rule)
    {
        var n = x.Length - 1;
        var d = new List<double>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
                d.Add(Math.Sqrt(((x[i] - x[j]) * (x[i] - x[j])) + ((x[i + 1] - x[j + 1]) * (x[i + 1] - x[j + 1]))));
        }

        var radii = FractalIndices.Radii(d.Max(), rule);
        var lx = new List<double>();
        var ly = new List<double>();
        foreach (var r in radii)
        {
            var c = d.Count(v => v < r) / (double)d.Count;
            if (c == 0) continue;
            lx.Add(Math.Log2(r));
            ly.Add(Math.Log2(c));
        }

        var mx = lx.Average();
        var my = ly.Average();
        var sxy = lx.Zip(ly, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = lx.Sum(a => (a - mx) * (a - mx));
        return sxy / sxx;
    }

    [TestCase(4, 7.8125)]
    [TestCase(5, 7.8125)]
    [TestCase(9, 1.0)]
    [TestCase(37, 7.8125)]
    [TestCase(120, 0.0)]
    [TestCase(500, 7.8125)]
    public void CountInterleaved2_DecimatedSeries_EqualsNaiveCountPerSeries(int scale, double step)
    {
        var x = Quantised(6_067, scale, step);
        var length = x.Length / scale;
        var r = 0.2 * 60;
        var pm = new double[scale];
        var pm1 = new double[scale];
        TemplateMatching.CountInterleaved2(x, scale, length, r, pm, pm1);
        for (var k = 0; k < scale; k++)
        {
            var series = Enumerable.Range(0, length).Select(i => x[(i * scale) + k]).ToArray();
            var naive = TemplateMatching.CountNaive(series, 2, 1, r);
            Assert.That((pm[k], pm1[k]), Is.EqualTo(((double)naive.PairsM, (double)naive.PairsM1)), $"series {k}");
        }
    }
}
