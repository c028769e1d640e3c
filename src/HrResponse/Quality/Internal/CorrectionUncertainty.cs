namespace HrResponse.Quality.Internal;

/// <summary>
/// How far RMSSD and SDNN of a corrected series may be from the values the recording would give without its
/// artifacts, because of the intervals the correction estimated or left out (a 95 % bound, in percent). Detection
/// errors (artifacts not found, natural beats flagged) are outside it.
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
/// estimating a beat from its neighbours); a lost interval is estimated as the mean of its kept neighbours. With d the
/// estimates' deviations from the mean, the true sum of squares is SS + Σd²<sub>lost</sub> + kσe² with standard
/// deviation √(4σe²Σd² + 2kσe⁴) (normal); the bound is the larger relative distance of the reported SDNN from the ends
/// of ±1.96 standard deviations.</para>
/// <para>The model assumes artifacts sit at positions unrelated to the rhythm. On the truth-knowing benchmark
/// (docs/beat-quality.md) with perfect detection, the actual errors lie within the bounds in about 95 % of runs.</para>
/// <para>NaN rule: 0 when nothing was estimated or left out; NaN when there is something but fewer than 2 untouched
/// differences (RMSSD) or untouched neighbour triplets (SDNN) to model it from, or their mean square is 0.</para>
/// </remarks>
internal static class CorrectionUncertainty
{
    /// <summary>Two-sided 95 % standard-normal quantile.</summary>
    private const double Z = 1.959963984540054;

    /// <summary>The 95 % bounds, in percent of the reported value.</summary>
    /// <param name="rr">The corrected series, ms.</param>
    /// <param name="gapBefore">Its gap marks.</param>
    /// <param name="estimated">Per interval of <paramref name="rr"/>: its value was estimated.</param>
    /// <param name="lostBefore">Per interval of <paramref name="rr"/>: artifact intervals left out directly before it (0 mostly).</param>
    public static (double RmssdPercent, double SdnnPercent) Bounds(
        ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> estimated, ReadOnlySpan<int> lostBefore)
    {
        return (Rmssd(rr, gapBefore, estimated, lostBefore), Sdnn(rr, gapBefore, estimated, lostBefore));
    }

    private static double Rmssd(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> estimated, ReadOnlySpan<int> lostBefore)
    {
        double sumU = 0, sumU2 = 0, sumT = 0;
        int nU = 0, nT = 0, nLost = 0;
        for (var i = 1; i < rr.Length; i++)
        {
            if (gapBefore[i])
            {
                if (lostBefore[i] > 0) nLost += lostBefore[i] + 1;
                continue;
            }

            var d = rr[i] - rr[i - 1];
            var d2 = d * d;
            if (estimated[i] || estimated[i - 1])
            {
                sumT += d2;
                nT++;
            }
            else
            {
                sumU += d2;
                sumU2 += d2 * d2;
                nU++;
            }
        }

        var k = nT + nLost;
        if (k == 0) return 0;
        if (nU < 2 || sumU <= 0) return double.NaN;
        var mu = sumU / nU;
        var variance = Math.Max(0, (sumU2 / nU) - (mu * mu));
        var s2 = Math.Log(1 + (variance / (k * mu * mu)));
        var s = Math.Sqrt(s2);
        var m = Math.Log(k * mu) - (s2 / 2);
        var n = nU + k;
        var low = (sumU + Math.Exp(m - (Z * s))) / n;
        var high = (sumU + Math.Exp(m + (Z * s))) / n;
        var reported = (sumU + sumT) / (nU + nT);
        return 100 * Math.Max(Math.Abs(Math.Sqrt(reported / low) - 1), Math.Abs(Math.Sqrt(reported / high) - 1));
    }

    private static double Sdnn(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<bool> estimated, ReadOnlySpan<int> lostBefore)
    {
        var n = rr.Length;
        if (n < 2) return estimated.Contains(true) || lostBefore.IndexOfAnyExcept(0) >= 0 ? double.NaN : 0;
        double mean = 0;
        foreach (var x in rr) mean += x;
        mean /= n;
        double ss = 0, estimatedDev2 = 0, lostDev2 = 0, residual2 = 0;
        int k = 0, lost = 0, triplets = 0;
        for (var i = 0; i < n; i++)
        {
            var dev = rr[i] - mean;
            ss += dev * dev;
            if (estimated[i])
            {
                k++;
                estimatedDev2 += dev * dev;
            }

            if (i > 0 && gapBefore[i] && lostBefore[i] > 0)
            {
                var lostDev = ((rr[i - 1] + rr[i]) / 2) - mean;
                lost += lostBefore[i];
                lostDev2 += lostBefore[i] * lostDev * lostDev;
            }

            if (i > 0 && i < n - 1 && !gapBefore[i] && !gapBefore[i + 1] && !estimated[i - 1] && !estimated[i] && !estimated[i + 1])
            {
                var r = rr[i] - ((rr[i - 1] + rr[i + 1]) / 2);
                residual2 += r * r;
                triplets++;
            }
        }

        if (k + lost == 0) return 0;
        if (triplets < 2 || residual2 <= 0 || ss <= 0) return double.NaN;
        var se2 = residual2 / triplets;
        var ssTrue = ss + lostDev2 + ((k + lost) * se2);
        var sd = Math.Sqrt((4 * se2 * (estimatedDev2 + lostDev2)) + (2 * (k + lost) * se2 * se2));
        var nTrue = n + lost;
        var reported = Math.Sqrt(ss / (n - 1));
        var low = Math.Sqrt(Math.Max(ssTrue - (Z * sd), ss * 1e-6) / (nTrue - 1));
        var high = Math.Sqrt((ssTrue + (Z * sd)) / (nTrue - 1));
        return 100 * Math.Max(Math.Abs((reported / low) - 1), Math.Abs((reported / high) - 1));
    }
}
