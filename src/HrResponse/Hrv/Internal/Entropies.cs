using System.Runtime.ExceptionServices;
using System.Runtime.Intrinsics;
using HrResponse.Internal;

namespace HrResponse.Hrv.Internal;

/// <summary>Entropy kernels shared by the single-scale and multiscale indices.</summary>
internal static class Entropies
{
    /// <summary>Match fractions (Φm, Φm+1) = (2A / (M(M−1)), 2B / (M(M−1))) with M = N − mτ templates, as NeuroKit2's _phi.</summary>
    public static (double Phi0, double Phi1) SamplePhi(ReadOnlySpan<double> x, int m, int delay, double r)
    {
        var mCount = x.Length - (m * delay);
        return mCount < 2 ? (double.NaN, double.NaN) : Phi(TemplateMatching.Count(x, m, delay, r), mCount);
    }

    /// <summary>(Φm, Φm+1) of <see cref="SamplePhi"/> from pair counts over <paramref name="mCount"/> ≥ 2 templates.</summary>
    private static (double Phi0, double Phi1) Phi(TemplateMatching.Counts c, int mCount)
    {
        var denom = (double)mCount * (mCount - 1);
        return (2.0 * c.PairsM / denom, 2.0 * c.PairsM1 / denom);
    }

    /// <summary>−ln(Φm+1 / Φm); NaN where NeuroKit2 returns ±inf or NaN (no match at m or at m + 1).</summary>
    public static double PhiDivide(double phi0, double phi1)
    {
        if (!(Math.Abs(phi0) > 1e-8)) return double.NaN;
        var ratio = phi1 / phi0;
        if (!(Math.Abs(ratio) > 1e-8) || ratio < 0) return double.NaN;
        return -Math.Log(ratio);
    }

    public static double Sample(ReadOnlySpan<double> x, int m, int delay, double r)
    {
        var (p0, p1) = SamplePhi(x, m, delay, r);
        return PhiDivide(p0, p1);
    }

    public static double Approximate(ReadOnlySpan<double> x, int m, int delay, double r) =>
        ApproximateAndSample(x, m, delay, r).ApEn;

    /// <summary>ApEn and SampEn from one bucketed pass (the SampEn pair counts come with the per-template counts).</summary>
    public static (double ApEn, double SampEn) ApproximateAndSample(ReadOnlySpan<double> x, int m, int delay, double r)
    {
        var (apen, sampen, _) = ApproximateSampleAndCounts(x, m, delay, r);
        return (apen, sampen);
    }

    /// <summary>
    /// <see cref="ApproximateAndSample"/> with its SampEn pair counts (null when there is no template of m + 1 values),
    /// which are multiscale entropy's scale 1 when the delay is 1.
    /// </summary>
    public static (double ApEn, double SampEn, TemplateMatching.Counts? Counts) ApproximateSampleAndCounts(ReadOnlySpan<double> x,
        int m, int delay, double r)
    {
        var n = x.Length;
        var nt = n - ((m - 1) * delay);
        var nt1 = n - (m * delay);
        if (nt1 < 1) return (double.NaN, double.NaN, null);
        var cm = new int[nt];
        var cm1 = new int[nt];
        var c = TemplateMatching.Count(x, m, delay, r, cm, cm1);
        double phi0 = 0, phi1 = 0;
        for (var i = 0; i < nt; i++) phi0 += Math.Log((cm[i] + 1.0) / nt);
        for (var i = 0; i < nt1; i++) phi1 += Math.Log((cm1[i] + 1.0) / nt1);
        var apen = Math.Abs((phi0 / nt) - (phi1 / nt1));
        var sampen = double.NaN;
        if (nt1 >= 2)
        {
            var denom = (double)nt1 * (nt1 - 1);
            sampen = PhiDivide(2.0 * c.PairsM / denom, 2.0 * c.PairsM1 / denom);
        }

        return (apen, sampen, c);
    }

    /// <summary>Shannon entropy in bits of the distinct values.</summary>
    public static double Shannon(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty) return double.NaN;
        var s = x.ToArray();
        Array.Sort(s);
        double h = 0;
        var start = 0;
        for (var i = 1; i <= s.Length; i++)
        {
            if (i < s.Length && s[i].Equals(s[start])) continue;
            var p = (i - start) / (double)s.Length;
            h -= p * Math.Log2(p);
            start = i;
        }

        return h;
    }

    /// <summary>
    /// NeuroKit2's fuzzy phi at one dimension: mean over M templates of (Σ_j exp(−d_ij/r) − 1)/(M − 1), which is
    /// 2S / (M(M − 1)) with S the membership sum over unordered pairs of distinct templates. Identical templates are
    /// grouped (<see cref="DistinctRows"/>): S = Σ_g C(w_g, 2) + Σ_{g&lt;h} w_g w_h exp(−d_gh/r), the same pairs with the
    /// same distances, so only the summation order differs from the all-pairs loop.
    /// </summary>
    private static double FuzzyPhi(ReadOnlySpan<double> x, int dim, int delay, int count, double r)
    {
        if (count < 2) return double.NaN;
        var t = new double[count * dim];
        for (var i = 0; i < count; i++)
        {
            double mean = 0;
            for (var k = 0; k < dim; k++) mean += x[i + (k * delay)];
            mean /= dim;
            for (var k = 0; k < dim; k++) t[(i * dim) + k] = x[i + (k * delay)] - mean;
        }

        var groups = DistinctRows.Create(t, count, dim);
        var c = groups.Columns;
        var w = groups.Weights;
        var g = groups.Count;
        var wd = new double[g];
        double self = 0;
        for (var i = 0; i < g; i++)
        {
            wd[i] = w[i];
            self += 0.5 * w[i] * (w[i] - 1);
        }

        var negInv = -1.0 / r;
        double pairs = 0;
        for (var i = 0; i < g - 1; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            pairs += wd[i] * FuzzyRow(c, wd, i, negInv);
        }
        var total = self + pairs;
        return 2 * total / ((double)count * (count - 1));
    }

    /// <summary>Σ_{h &gt; i} w_h exp(−max_k |c_k[h] − c_k[i]| / r), four rows per step where the hardware allows.</summary>
    private static double FuzzyRow(double[][] c, double[] w, int i, double negInv)
    {
        var dim = c.Length;
        var g = w.Length;
        var h = i + 1;
        double acc = 0;
        if (Vector256.IsHardwareAccelerated && g - h >= 4)
        {
            var vacc = Vector256<double>.Zero;
            var vneg = Vector256.Create(negInv);
            for (; h + 4 <= g; h += 4)
            {
                var d = Vector256<double>.Zero;
                for (var k = 0; k < dim; k++)
                {
                    var diff = Vector256.Abs(Vector256.LoadUnsafe(ref c[k][h]) - Vector256.Create(c[k][i]));
                    d = Vector256.Max(d, diff);
                }

                vacc += Vector256.LoadUnsafe(ref w[h]) * Vector256.Exp(d * vneg);
            }

            acc = Vector256.Sum(vacc);
        }

        for (; h < g; h++)
        {
            double d = 0;
            for (var k = 0; k < dim; k++)
            {
                var v = Math.Abs(c[k][h] - c[k][i]);
                if (v > d) d = v;
            }

            acc += w[h] * Math.Exp(d * negInv);
        }

        return acc;
    }

    public static double Fuzzy(ReadOnlySpan<double> x, int m, int delay, double r)
    {
        if (!(r > 0)) return double.NaN;
        var count = x.Length - (m * delay);
        var p0 = FuzzyPhi(x, m, delay, count, r);
        var p1 = FuzzyPhi(x, m + 1, delay, count, r);
        return PhiDivide(p0, p1);
    }

    /// <summary>NeuroKit2's area rule: trapezoid area of the finite values divided by their number.</summary>
    public static double AreaIndex(IReadOnlyList<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return double.NaN;
        double area = 0;
        for (var i = 1; i < finite.Length; i++) area += (finite[i] + finite[i - 1]) / 2;
        return area / finite.Length;
    }

    private static double ValidMean(IEnumerable<double> values)
    {
        double s = 0;
        var c = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            s += v;
            c++;
        }

        return c == 0 ? double.NaN : s / c;
    }

    /// <summary>
    /// Per-scale MSEn, CMSEn and RCMSEn values. <paramref name="scaleOne"/> are the pair counts of x itself at m and
    /// delay 1 when already known (from <see cref="ApproximateSampleAndCounts"/>): scale 1 then counts nothing. With
    /// <paramref name="maxDegreeOfParallelism"/> other than 1 the scales run on several threads (−1: as many as the
    /// runtime chooses); every scale is computed by the same code either way, so the values are identical.
    /// </summary>
    public static (double[] Mse, double[] Cmse, double[] Rcmse) Multiscale(ReadOnlySpan<double> x, IReadOnlyList<int> scales, int m,
        double r, int maxDegreeOfParallelism = 1, TemplateMatching.Counts? scaleOne = null)
    {
        var mse = new double[scales.Count];
        var cmse = new double[scales.Count];
        var rcmse = new double[scales.Count];
        if (maxDegreeOfParallelism == 1 || scales.Count < 2)
        {
            for (var si = 0; si < scales.Count; si++)
            {
                AnalysisCancellation.ThrowIfRequested();
                (mse[si], cmse[si], rcmse[si]) = Scale(x, scales[si], m, r, scaleOne);
            }

            return (mse, cmse, rcmse);
        }

        // The cancellation token is per thread: every worker takes the caller's.
        var series = x.ToArray();
        var token = AnalysisCancellation.Current;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = token };
        try
        {
            Parallel.For(0, scales.Count, options, si =>
            {
                using var scope = AnalysisCancellation.Enter(token);
                (mse[si], cmse[si], rcmse[si]) = Scale(series, scales[si], m, r, scaleOne);
            });
        }
        catch (AggregateException e)
        {
            // As the sequential loop would: the first failure itself.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return (mse, cmse, rcmse);
    }

    /// <summary>MSEn, CMSEn and RCMSEn values at one scale.</summary>
    private static (double Mse, double Cmse, double Rcmse) Scale(ReadOnlySpan<double> x, int s, int m, double r,
        TemplateMatching.Counts? scaleOne)
    {
        if (s <= 1)
        {
            var mCount = x.Length - m;
            var (p0, p1) = scaleOne is { } c && mCount >= 2 ? Phi(c, mCount) : SamplePhi(x, m, 1, r);
            var value = PhiDivide(p0, p1);
            return (value, value, value);
        }

        var length = x.Length / s;
        var buffer = System.Buffers.ArrayPool<double>.Shared.Rent(length);
        var series = buffer.AsSpan(0, length);
        for (var i = 0; i < length; i++)
        {
            double sum = 0;
            for (var k = 0; k < s; k++) sum += x[(i * s) + k];
            series[i] = sum / s;
        }

        var mse = Sample(series, m, 1, r);
        var values = new double[s];
        var phi0 = new double[s];
        var phi1 = new double[s];
        if (m == 2 && s >= 4 && length - 1 <= TemplateMatching.SmallSeriesTemplatesM2)
        {
            AnalysisCancellation.ThrowIfRequested();
            // Short decimated series (where SamplePhi would count all pairs too): all s of them in one interleaved
            // pass, same pair counts. Longer ones keep the bucketed or rank counts, which are not quadratic.
            TemplateMatching.CountInterleaved2(x, s, length, r, phi0, phi1);
            var mCount = length - m;
            var denom = (double)mCount * (mCount - 1);
            for (var k = 0; k < s; k++)
            {
                (phi0[k], phi1[k]) = mCount < 2 ? (double.NaN, double.NaN) : (2.0 * phi0[k] / denom, 2.0 * phi1[k] / denom);
                values[k] = PhiDivide(phi0[k], phi1[k]);
            }
        }
        else
        {
            for (var k = 0; k < s; k++)
            {
                AnalysisCancellation.ThrowIfRequested();
                for (var i = 0; i < length; i++) series[i] = x[(i * s) + k];
                (phi0[k], phi1[k]) = SamplePhi(series, m, 1, r);
                values[k] = PhiDivide(phi0[k], phi1[k]);
            }
        }

        System.Buffers.ArrayPool<double>.Shared.Return(buffer);
        return (mse, ValidMean(values), PhiDivide(ValidMean(phi0), ValidMean(phi1)));
    }
}
