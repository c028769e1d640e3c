using System.Numerics;
using System.Runtime.InteropServices;

namespace HrResponse.Quality.Internal;

/// <summary>
/// How far RMSSD and SDNN of a corrected series may be from the values the recording would give without its
/// artifacts, because of the intervals the correction estimated or left out and of the artifacts that may stay
/// undetected where the local detection limit is exceeded (a 95 % bound, in percent). Other detection errors
/// (artifacts missed elsewhere, natural beats flagged) are outside it.
/// </summary>
/// <remarks>
/// <para>An interval counts as <i>estimated</i> when it was interpolated or inserted, or is the kept part of a split
/// missed-beat interval. A merged extra beat is exact (its two parts add up to the true interval) and does not count.
/// An interval left out (an artifact excluded in <see cref="CorrectionAction.ExcludeAndMarkGaps"/> mode, never a
/// dropout, which is a gap of the recording itself) counts as lost.</para>
/// <para><b>RMSSD.</b> The K successive differences that touch an estimated interval, plus those lost at an excluded
/// stretch (m intervals lose m + 1 differences), are unknown. Their true squares are modelled as K draws from the
/// squared differences of the untouched beats (mean μ, variance σ² over the n<sub>U</sub> untouched ones), their sum
/// as log-normal with mean Kμ and variance Kσ² (Fenton–Wilkinson: s² = ln(1 + σ²/(Kμ²)); the sum of positive,
/// right-skewed squares is skewed, which a normal bound misses for small K). The true mean square then lies in
/// [(ΣU + q<sub>2.5</sub>)/N, (ΣU + q<sub>97.5</sub>)/N] with N = n<sub>U</sub> + K, and the bound is the larger relative
/// distance of the reported RMSSD from the square roots of those ends.</para>
/// <para><b>SDNN.</b> The true value of an estimated interval is the estimate plus an error e of variance σe², taken
/// from the untouched beats as the mean square of x<sub>i</sub> − (x<sub>i−1</sub> + x<sub>i+1</sub>)/2 (the error of
/// estimating a beat from its neighbours) over the untouched triplets within 30 beats of it (the autoregressive
/// estimate's window; the series' mean square where fewer than 10 are there): the error is that of the rhythm around
/// the estimate, larger in a resting stretch's swings than in the calm exercise that dominates a test's average (with
/// the series' σe², single ×0.7/×1.35 intervals on the benchmark fell outside the bound in 5.8 % of runs with perfect
/// detection, most on exercise tests; docs/beat-quality.md item 94). A lost interval is estimated as the mean of its
/// kept neighbours, with the series' σe². With d the estimates' deviations from the mean, the true sum of squares is
/// SS + Σd²<sub>lost</sub> + Σσe² with standard deviation √(Σ(4σe²d² + 2σe⁴)) (normal); the bound is the larger
/// relative distance of the reported SDNN from the ends of ±1.96 standard deviations. With
/// <see cref="IntervalEstimator.AutoregressiveVariancePreserving"/> each estimate was moved off its conditional mean by
/// up to one standard deviation of its error, so its error variance is taken as 2σe² in the standard deviation (on the benchmark with perfect detection the SDNN bound of single ×0.7/×1.35
/// intervals then held in 93.6 % of runs instead of 89.0 %; with the local σe², 98.8 %).</para>
/// <para><b>Undetected artifacts.</b> Where the local detection limit is exceeded, artifacts may stay in the series
/// undetected (<see cref="UndetectedArtifacts"/>): they may add D to the squared deviations and 2D to the squared
/// successive differences, so the lower ends become (ΣU − 2D + q<sub>2.5</sub>)/N for RMSSD (with nothing estimated:
/// (ΣU − 2D)/n<sub>U</sub>) and SS + Σd²<sub>lost</sub> + kσe² − 1.96 sd − D for SDNN.</para>
/// <para>The model assumes artifacts sit at positions unrelated to the rhythm. On the truth-knowing benchmark
/// (docs/beat-quality.md) with perfect detection, the actual errors lie within the bounds in about 95 % of runs.</para>
/// <para>NaN rule: 0 when nothing was estimated or left out and no undetected artifact is allowed for; NaN when there is something but fewer than 2 untouched
/// differences (RMSSD) or untouched neighbour triplets (SDNN) to model it from, or their mean square is 0.</para>
/// <para>Cost: sums over the whole series in SIMD passes and one running sum for the local σe², then O(k log k) for the
/// k estimated intervals and gaps.</para>
/// </remarks>
internal static class CorrectionUncertainty
{
    /// <summary>Two-sided 95 % standard-normal quantile.</summary>
    private const double Z = 1.959963984540054;

    /// <summary>The 95 % bounds, in percent of the reported value.</summary>
    /// <param name="rr">The corrected series, ms.</param>
    /// <param name="gapBefore">Its gap marks.</param>
    /// <param name="estimated">Indices of the estimated intervals of <paramref name="rr"/>, ascending.</param>
    /// <param name="lostBefore">Per interval of <paramref name="rr"/>: artifact intervals left out directly before it; empty when none was.</param>
    /// <param name="shiftedEstimates">Whether the estimates were moved off their conditional mean
    /// (<see cref="IntervalEstimator.AutoregressiveVariancePreserving"/>): their error variance is then taken as 2σe².</param>
    /// <param name="undetectedSquares">D (ms²): the squared deviation that undetected artifacts may add (<see cref="UndetectedArtifacts"/>); 0 for none.</param>
    public static (double RmssdPercent, double SdnnPercent) Bounds(
        ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<int> estimated, ReadOnlySpan<int> lostBefore, bool shiftedEstimates = false,
        double undetectedSquares = 0)
    {
        var gaps = new List<int>();
        for (var g = gapBefore.IndexOf(true); g >= 0;)
        {
            if (g > 0) gaps.Add(g);
            var next = gapBefore[(g + 1)..].IndexOf(true);
            g = next < 0 ? -1 : g + 1 + next;
        }

        var lost = 0;
        if (!lostBefore.IsEmpty)
            foreach (var g in gaps) lost += lostBefore[g];
        if (estimated.IsEmpty && lost == 0 && undetectedSquares == 0) return (0, 0);
        if (rr.Length < 3) return (double.NaN, double.NaN);
        var gapIndices = CollectionsMarshal.AsSpan(gaps);
        var sums = SeriesSums.Of(rr);
        return (Rmssd(rr, sums, estimated, gapIndices, lostBefore, 2 * undetectedSquares),
            Sdnn(rr, sums, estimated, gapIndices, lostBefore, lost, shiftedEstimates, undetectedSquares));
    }

    // undetected: what undetected artifacts may add to the squared successive differences (ms²).
    private static double Rmssd(ReadOnlySpan<double> rr, SeriesSums sums, ReadOnlySpan<int> estimated, ReadOnlySpan<int> gaps, ReadOnlySpan<int> lostBefore, double undetected)
    {
        var (sumU, sumU2) = (sums.SquaredDifferences, sums.FourthPowerDifferences);
        var nU = rr.Length - 1;
        double sumT = 0;
        int nT = 0, nLost = 0;

        // Differences i (rr[i] − rr[i−1]) that are not untouched: those touching an estimated interval, and gaps.
        foreach (var i in Sorted(estimated, 0, 1, gaps, 0, 0, 1, rr.Length - 1))
        {
            var d = rr[i] - rr[i - 1];
            var d2 = d * d;
            sumU -= d2;
            sumU2 -= d2 * d2;
            nU--;
            if (gaps.BinarySearch(i) >= 0)
            {
                if (!lostBefore.IsEmpty && lostBefore[i] > 0) nLost += lostBefore[i] + 1;
                continue;
            }

            sumT += d2;
            nT++;
        }

        var k = nT + nLost;
        if (k == 0 && undetected == 0) return 0;
        sumU = Math.Max(0, sumU);
        if (nU < 2 || sumU <= 0) return double.NaN;
        if (k == 0) return 100 * Math.Abs(Math.Sqrt(sumU / Math.Max(sumU - undetected, sumU * 1e-6)) - 1);
        var mu = sumU / nU;
        var variance = Math.Max(0, (sumU2 / nU) - (mu * mu));
        var s2 = Math.Log(1 + (variance / (k * mu * mu)));
        var s = Math.Sqrt(s2);
        var m = Math.Log(k * mu) - (s2 / 2);
        var n = nU + k;
        var low = Math.Max(sumU - undetected + Math.Exp(m - (Z * s)), sumU * 1e-6) / n;
        var high = (sumU + Math.Exp(m + (Z * s))) / n;
        var reported = (sumU + sumT) / (nU + nT);
        return 100 * Math.Max(Math.Abs(Math.Sqrt(reported / low) - 1), Math.Abs(Math.Sqrt(reported / high) - 1));
    }

    // undetected: what undetected artifacts may add to the squared deviations (ms²).
    private static double Sdnn(ReadOnlySpan<double> rr, SeriesSums sums, ReadOnlySpan<int> estimated, ReadOnlySpan<int> gaps, ReadOnlySpan<int> lostBefore, int lost, bool shiftedEstimates, double undetected)
    {
        var n = rr.Length;
        var mean = sums.Mean;
        var ss = sums.SquaredDeviations;
        double lostDev2 = 0;
        if (lost > 0)
        {
            foreach (var g in gaps)
            {
                if (lostBefore[g] == 0) continue;
                var dev = ((rr[g - 1] + rr[g]) / 2) - mean;
                lostDev2 += lostBefore[g] * dev * dev;
            }
        }

        // Triplets centred at c (1 ≤ c ≤ n − 2) that touch no estimated interval and span no gap.
        var residual2 = sums.SquaredResiduals;
        var triplets = n - 2;
        var excluded = Sorted(estimated, -1, 1, gaps, -1, 0, 1, n - 2);
        foreach (var c in excluded)
        {
            var r = rr[c] - ((rr[c - 1] + rr[c + 1]) / 2);
            residual2 -= r * r;
            triplets--;
        }

        residual2 = Math.Max(0, residual2);
        if (triplets < 2 || residual2 <= 0 || ss <= 0) return double.NaN;
        var se2 = residual2 / triplets;
        // Each true value is its estimate plus an error of variance σe² (local for an estimate, the series' for a lost
        // interval): E[true SS] = SS + Σd²_lost + Σσe², Var = Σ(4 ve d² + 2 ve²) with ve = σe² (2σe² when shifted).
        var scale = shiftedEstimates ? 2.0 : 1.0;
        var ve = scale * se2;
        var meanShift = (lost * se2) + lostDev2;
        var variance = (4 * ve * lostDev2) + (2 * lost * ve * ve);
        if (!estimated.IsEmpty)
        {
            var local = LocalErrorVariances(rr, estimated, excluded, se2);
            for (var j = 0; j < estimated.Length; j++)
            {
                var d = rr[estimated[j]] - mean;
                var vj = scale * local[j];
                meanShift += local[j];
                variance += (4 * vj * d * d) + (2 * vj * vj);
            }
        }

        var ssTrue = ss + meanShift;
        var sd = Math.Sqrt(variance);
        var nTrue = n + lost;
        var reported = Math.Sqrt(ss / (n - 1));
        var low = Math.Sqrt(Math.Max(ssTrue - (Z * sd) - undetected, ss * 1e-6) / (nTrue - 1));
        var high = Math.Sqrt((ssTrue + (Z * sd)) / (nTrue - 1));
        return 100 * Math.Max(Math.Abs((reported / low) - 1), Math.Abs((reported / high) - 1));
    }

    // The untouched triplets within this many beats of an estimated interval give its error variance (the
    // autoregressive estimate's window, AutoregressiveEstimate.WindowBeats), when there are at least MinLocalTriplets.
    private const int LocalBeats = AutoregressiveEstimate.WindowBeats;
    private const int MinLocalTriplets = 10;

    // Per estimated interval, σe² from the untouched triplets centred within LocalBeats of it (the series' σe² where
    // there are fewer than MinLocalTriplets): the error of estimating a beat is that of the rhythm around it, larger
    // where it swings (a resting stretch before exercise) than the series' average, which the calm majority sets.
    private static double[] LocalErrorVariances(ReadOnlySpan<double> rr, ReadOnlySpan<int> estimated, ArraySegment<int> excluded, double global)
    {
        // Running sums of the untouched triplets' squared residuals and their count (excluded is ascending).
        var n = rr.Length;
        var sum = System.Buffers.ArrayPool<double>.Shared.Rent(n);
        var count = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        try
        {
            sum[0] = 0;
            count[0] = 0;
            var next = 0;
            for (var c = 1; c <= n - 2; c++)
            {
                sum[c] = sum[c - 1];
                count[c] = count[c - 1];
                while (next < excluded.Count && excluded[next] < c) next++;
                if (next < excluded.Count && excluded[next] == c) continue;
                var r = rr[c] - ((rr[c - 1] + rr[c + 1]) / 2);
                sum[c] += r * r;
                count[c]++;
            }

            var result = new double[estimated.Length];
            for (var j = 0; j < estimated.Length; j++)
            {
                int lo = Math.Max(1, estimated[j] - LocalBeats), hi = Math.Min(n - 2, estimated[j] + LocalBeats);
                var m = count[hi] - count[lo - 1];
                result[j] = m >= MinLocalTriplets ? (sum[hi] - sum[lo - 1]) / m : global;
            }

            return result;
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(sum);
            System.Buffers.ArrayPool<int>.Shared.Return(count);
        }
    }

    /// <summary>
    /// The distinct indices e + o (e in <paramref name="a"/>, o in [aLow, aHigh]) and g + o (g in <paramref name="b"/>,
    /// o in [bLow, bHigh]) within [min, max], ascending (both inputs ascending; a merge, no sort).
    /// </summary>
    private static ArraySegment<int> Sorted(ReadOnlySpan<int> a, int aLow, int aHigh, ReadOnlySpan<int> b, int bLow, int bHigh, int min, int max)
    {
        var fromA = Spread(a, aLow, aHigh, min, max);
        var fromB = Spread(b, bLow, bHigh, min, max);
        if (fromB.Count == 0) return fromA;
        var result = new int[fromA.Count + fromB.Count];
        int i = 0, j = 0, count = 0;
        while (i < fromA.Count || j < fromB.Count)
        {
            var next = j >= fromB.Count || (i < fromA.Count && fromA[i] <= fromB[j]) ? fromA[i++] : fromB[j++];
            if (count == 0 || result[count - 1] != next) result[count++] = next;
        }

        return new ArraySegment<int>(result, 0, count);
    }

    /// <summary>The distinct e + o (e in <paramref name="x"/> ascending, o in [low, high]) within [min, max], ascending.</summary>
    private static ArraySegment<int> Spread(ReadOnlySpan<int> x, int low, int high, int min, int max)
    {
        var result = new int[x.Length * (high - low + 1)];
        var count = 0;
        var last = int.MinValue;
        foreach (var e in x)
        {
            for (var o = low; o <= high; o++)
            {
                var v = e + o;
                if (v <= last || v < min || v > max) continue;
                result[count++] = v;
                last = v;
            }
        }

        return new ArraySegment<int>(result, 0, count);
    }

    /// <summary>
    /// The whole-series sums, in one SIMD pass: Σd² and Σd⁴ of the successive differences, Σr² of the neighbour
    /// residuals r = x[c] − (x[c−1] + x[c+1])/2, the mean, and Σ(x − mean)² (from sums shifted by x[0], which keeps
    /// the squares small).
    /// </summary>
    private readonly record struct SeriesSums(double SquaredDifferences, double FourthPowerDifferences, double SquaredResiduals, double Mean, double SquaredDeviations)
    {
        public static SeriesSums Of(ReadOnlySpan<double> x)
        {
            var n = x.Length;
            var shift = x[0];
            var left = x[..^2];
            var centre = x[1..^1];
            var right = x[2..];
            var m = centre.Length;
            var vShift = new Vector<double>(shift);
            var half = new Vector<double>(0.5);
            Vector<double> d2 = default, d4 = default, r2 = default, y1 = default, y2 = default;
            var i = 0;
            for (; i <= m - Vector<double>.Count; i += Vector<double>.Count)
            {
                var l = new Vector<double>(left[i..]);
                var c = new Vector<double>(centre[i..]);
                var rt = new Vector<double>(right[i..]);
                var d = c - l;
                var dd = d * d;
                d2 += dd;
                d4 += dd * dd;
                var r = c - ((l + rt) * half);
                r2 += r * r;
                var y = c - vShift;
                y1 += y;
                y2 += y * y;
            }

            double sd2 = Vector.Sum(d2), sd4 = Vector.Sum(d4), sr2 = Vector.Sum(r2), sy1 = Vector.Sum(y1), sy2 = Vector.Sum(y2);
            for (; i < m; i++)
            {
                var d = centre[i] - left[i];
                sd2 += d * d;
                sd4 += d * d * d * d;
                var r = centre[i] - ((left[i] + right[i]) / 2);
                sr2 += r * r;
                var y = centre[i] - shift;
                sy1 += y;
                sy2 += y * y;
            }

            // The last difference, and the two ends (the first's shifted value is 0).
            var last = x[n - 1] - x[n - 2];
            sd2 += last * last;
            sd4 += last * last * last * last;
            var yEnd = x[n - 1] - shift;
            sy1 += yEnd;
            sy2 += yEnd * yEnd;
            var meanShifted = sy1 / n;
            return new SeriesSums(sd2, sd4, sr2, shift + meanShifted, Math.Max(0, sy2 - (n * meanShifted * meanShifted)));
        }
    }
}
