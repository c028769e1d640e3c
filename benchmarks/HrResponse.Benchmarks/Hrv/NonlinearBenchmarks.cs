using BenchmarkDotNet.Attributes;
using HrResponse.Hrv;
using HrResponse.Hrv.Internal;

namespace HrResponse.Benchmarks.Hrv;

/// <summary>
/// Sample entropy, approximate entropy and DFA at 300 / 5,000 / 100,000 beats, each against a naive baseline:
/// the all-pairs O(n²) template count, and DFA with a generic per-box polynomial fit (MathNet Fit.Polynomial).
/// </summary>
[MemoryDiagnoser]
public class NonlinearBenchmarks
{
    private double[] _rr = [];
    private double _r;

    [Params(300, 5_000, 100_000)]
    public int Beats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // RR-like series: AR(1) fluctuation plus white noise around 800 ms, rounded to 1 ms like a chest strap.
        var rng = new Random(2026);
        _rr = new double[Beats];
        double ar = 0;
        for (var i = 0; i < Beats; i++)
        {
            ar = (0.95 * ar) + Normal(rng);
            _rr[i] = Math.Round(800 + (12 * ar) + (15 * Normal(rng)));
        }

        var mean = _rr.Average();
        _r = 0.2 * Math.Sqrt(_rr.Sum(v => (v - mean) * (v - mean)) / (_rr.Length - 1));
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    [Benchmark]
    public double SampEn() => NonlinearAnalysis.SampleEntropy(_rr, 2, _r);

    [Benchmark]
    public double SampEn_NaiveBaseline()
    {
        var c = TemplateMatching.CountNaive(_rr, 2, 1, _r);
        return -Math.Log((double)c.PairsM1 / c.PairsM);
    }

    [Benchmark]
    public double ApEn() => NonlinearAnalysis.ApproximateEntropy(_rr, 2, _r);

    [Benchmark]
    public double ApEn_NaiveBaseline()
    {
        var x = _rr;
        var n = x.Length;
        double Phi(int m)
        {
            var count = n - m + 1;
            double phi = 0;
            for (var i = 0; i < count; i++)
            {
                var c = 0;
                for (var j = 0; j < count; j++)
                {
                    var ok = true;
                    for (var k = 0; k < m; k++)
                    {
                        if (Math.Abs(x[i + k] - x[j + k]) > _r)
                        {
                            ok = false;
                            break;
                        }
                    }

                    if (ok) c++;
                }

                phi += Math.Log(c / (double)count);
            }

            return phi / count;
        }

        return Phi(2) - Phi(3);
    }

    [Benchmark]
    public double Dfa()
    {
        var r = NonlinearAnalysis.Dfa(_rr);
        return r.Alpha1.Alpha + r.Alpha2.Alpha;
    }

    [Benchmark]
    public double Dfa_NaiveBaseline()
    {
        // DFA α1 (4–16) and α2 (16–64), non-overlapping boxes, linear fit per box with a generic least-squares routine.
        var mean = _rr.Average();
        var y = new double[_rr.Length];
        double s = 0;
        for (var i = 0; i < y.Length; i++)
        {
            s += _rr[i] - mean;
            y[i] = s;
        }

        double Alpha(int lo, int hi)
        {
            var ln = new List<double>();
            var lf = new List<double>();
            for (var w = lo; w <= hi; w++)
            {
                var boxes = y.Length / w;
                if (boxes < 4) continue;
                var xs = Enumerable.Range(0, w).Select(i => (double)i).ToArray();
                double total = 0;
                for (var b = 0; b < boxes; b++)
                {
                    var seg = y.AsSpan(b * w, w).ToArray();
                    var p = MathNet.Numerics.Fit.Polynomial(xs, seg, 1);
                    for (var i = 0; i < w; i++)
                    {
                        var e = seg[i] - (p[0] + (p[1] * i));
                        total += e * e;
                    }
                }

                ln.Add(Math.Log2(w));
                lf.Add(Math.Log2(Math.Sqrt(total / (boxes * w))));
            }

            return MathNet.Numerics.Fit.Line(ln.ToArray(), lf.ToArray()).B;
        }

        return Alpha(4, 16) + Alpha(16, 64);
    }
}
