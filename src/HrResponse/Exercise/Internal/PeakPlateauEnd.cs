namespace HrResponse.Exercise.Internal;

/// <summary>
/// The end of the peak-heart-rate plateau: the change point of a plateau-then-exponential-fall model fitted to the
/// heart rate after its highest 10-s mean. Heart rate falls within seconds of stopping exercise (vagal reactivation,
/// Imai 1994), so while it stays on a plateau the subject is still exercising; the centre of the highest 10-s mean
/// alone lands anywhere on such a plateau, and recovery measured from there starts with a flat stretch (HRR10 and
/// HRR30 near zero, T30 of hundreds of seconds).
/// </summary>
/// <remarks>
/// Model over the 1-s means <c>y(t)</c>, <c>t ∈ [p, p + MaxPlateauSeconds + FitSpanSeconds]</c> (<c>p</c>: centre of the
/// highest 10-s mean): <c>y = a</c> for <c>t ≤ e</c>, then <c>y = r + (a − r)·exp(−(t − e)/τ)</c>, or the linear fall
/// <c>y = a + s·(t − e)</c> (τ = ∞). For each change point <c>e</c> (1-s grid in <c>[p, p + MaxPlateauSeconds]</c>,
/// leaving at least <see cref="MinimumFallSeconds"/> after it) and each τ of a geometric grid (10–960 s, the longest for
/// a nearly linear fall), <c>a</c> and <c>r</c> (or <c>s</c>) are linear least squares; the (e, τ) with the smallest
/// sum of squares wins. The fit range is the same for every candidate, so the sums compare. A candidate is admitted
/// only when heart rate recovers after it (the model falls by at least <c>MinimumFallFractionOfRise · (peak − rest)</c>
/// within the fit range) and its plateau stays near the peak (<c>a ≥ peak − PlateauFractionOfRise · (peak − rest)</c>).
/// When nothing is admitted (the recording ends less than a minute after the peak, or heart rate does not fall) the
/// peak centre is kept. Cost: 15 shapes × up to 181 change points × up to 360 means.
/// </remarks>
internal static class PeakPlateauEnd
{
    /// <summary>Longest plateau after the highest 10-s mean that is searched for its end, seconds.</summary>
    public const double MaxPlateauSeconds = 180;

    /// <summary>Recovery after the latest candidate end that the fit also covers, seconds.</summary>
    public const double FitSpanSeconds = 180;

    /// <summary>Least recovery after a candidate end for it to be considered, seconds (HRR60 needs a minute too).</summary>
    public const double MinimumFallSeconds = 60;

    /// <summary>Lowest plateau level admitted, as a share of the rise below the peak.</summary>
    public const double PlateauFractionOfRise = 0.2;

    /// <summary>Least fall of the fitted recovery (plateau − asymptote), as a share of the rise; less is not a recovery.</summary>
    public const double MinimumFallFractionOfRise = 0.2;

    private static readonly double[] TauGridSeconds = [10, 14, 20, 28, 40, 56, 80, 113, 160, 240, 340, 480, 680, 960, double.PositiveInfinity];

    /// <summary>The fitted end of the plateau (or <paramref name="peakCentre"/>) and the fitted model.</summary>
    /// <param name="curve">Heart-rate curve.</param>
    /// <param name="peakCentre">Centre of the highest 10-s mean, seconds.</param>
    /// <param name="peakBpm">That mean, bpm.</param>
    /// <param name="restBpm">Lowest 30-s mean before the peak, bpm.</param>
    /// <returns>
    /// End (s); plateau level a (bpm); τ (s, +∞ for the linear fall); the slope of the fall at its start (bpm/s,
    /// negative). a, τ and slope are NaN when the peak centre is kept.
    /// </returns>
    public static (double EndSeconds, double PlateauBpm, double TauSeconds, double InitialSlopeBpmPerSecond) Find(
        HeartRateCurve curve, double peakCentre, double peakBpm, double restBpm)
    {
        var kept = (peakCentre, double.NaN, double.NaN, double.NaN);
        var fitEnd = Math.Min(curve.End, peakCentre + MaxPlateauSeconds + FitSpanSeconds);
        var n = (int)Math.Floor(fitEnd - peakCentre);
        if (n < MinimumFallSeconds) return kept;

        var y = new double[n];
        for (var k = 0; k < n; k++) y[k] = curve.Mean(peakCentre + k, peakCentre + k + 1);

        var lowestPlateau = peakBpm - (PlateauFractionOfRise * (peakBpm - restBpm));
        var leastFall = MinimumFallFractionOfRise * (peakBpm - restBpm);
        var lastChange = Math.Min((int)MaxPlateauSeconds, n - (int)MinimumFallSeconds);
        var best = (Sse: double.PositiveInfinity, Change: -1, A: double.NaN, D: double.NaN, Tau: double.NaN);
        var shape = new double[n];
        double sy = 0, syy = 0;
        foreach (var v in y)
        {
            sy += v;
            syy += v * v;
        }

        var shapeSum = new double[n + 1];
        var shapeSquares = new double[n + 1];
        foreach (var tau in TauGridSeconds)
        {
            // y_k = a + d·w(k − c) after the change point c, a before it; w(j) = 1 − exp(−(j + 0.5)/τ) for the 1-s
            // mean j seconds after it (exponential approach, d = asymptote − a), or j + 0.5 (linear, d = slope).
            for (var j = 0; j < n; j++)
            {
                shape[j] = double.IsPositiveInfinity(tau) ? j + 0.5 : 1 - Math.Exp(-(j + 0.5) / tau);
                shapeSum[j + 1] = shapeSum[j] + shape[j];
                shapeSquares[j + 1] = shapeSquares[j] + (shape[j] * shape[j]);
            }

            for (var c = 0; c <= lastChange; c++)
            {
                var m = n - c;
                double sz = shapeSum[m], szz = shapeSquares[m], szy = 0;
                for (var j = 0; j < m; j++) szy += shape[j] * y[j + c];

                var det = (n * szz) - (sz * sz);
                if (!(det > 1e-9)) continue;
                var d = ((n * szy) - (sz * sy)) / det;
                var a = (sy - (d * sz)) / n;
                if (!(-d * shape[m - 1] >= leastFall) || a < lowestPlateau) continue;

                // Residual sum of squares of a least-squares fit: yᵀy − βᵀXᵀy.
                var sse = syy - (a * sy) - (d * szy);
                if (sse < best.Sse) best = (sse, c, a, d, tau);
            }
        }

        if (best.Change < 0) return kept;
        var slope = double.IsPositiveInfinity(best.Tau) ? best.D : best.D / best.Tau;
        return (peakCentre + best.Change, best.A, best.Tau, slope);
    }
}
