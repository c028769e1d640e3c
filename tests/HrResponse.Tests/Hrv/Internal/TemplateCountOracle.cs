namespace HrResponse.Tests.Hrv.Internal;

/// <summary>Test series and the brute-force O(n²) template-match counts the box counters are checked against.</summary>
internal static class TemplateCountOracle
{
    /// <summary>An AR(1)-like RR series around 800 ms; step 0 leaves the values continuous, else rounds to multiples of step.</summary>
    internal static double[] Series(int n, int seed, double step)
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

    internal static double Sd(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    /// <summary>
    /// Per-template counts at m (all n − (m−1)τ templates) and m + 1 (first n − mτ) and SampEn's pair counts (pairs of
    /// the first n − mτ templates) by the pairwise |a − b| ≤ r test on every coordinate.
    /// </summary>
    internal static (int[] M, int[] M1, long PairsM, long PairsM1) AllPairs(double[] x, int m, int delay, double r)
    {
        var n = x.Length;
        var nt = n - ((m - 1) * delay);
        var nt1 = n - (m * delay);
        var perM = new int[nt];
        var perM1 = new int[Math.Max(nt1, 0)];
        long pm = 0, pm1 = 0;
        for (var i = 0; i < nt; i++)
        {
            for (var j = i + 1; j < nt; j++)
            {
                var ok = true;
                for (var k = 0; k < m && ok; k++) ok = Math.Abs(x[i + (k * delay)] - x[j + (k * delay)]) <= r;
                if (!ok) continue;
                perM[i]++;
                perM[j]++;
                if (j >= nt1) continue;
                pm++;
                if (Math.Abs(x[i + (m * delay)] - x[j + (m * delay)]) > r) continue;
                pm1++;
                perM1[i]++;
                perM1[j]++;
            }
        }

        return (perM, perM1, pm, pm1);
    }
}
