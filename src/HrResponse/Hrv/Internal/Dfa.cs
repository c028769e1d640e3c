namespace HrResponse.Hrv.Internal;

/// <summary>DFA exponents and the multifractal summary over a list of box sizes.</summary>
internal static class Dfa
{
    private static readonly double[] QValues = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5];

    public static DfaFit Fit(
        double[] profile, IReadOnlyList<int> boxSizes, DfaWindowing windowing, int order, int minSizes,
        DfaFluctuationAverage average = DfaFluctuationAverage.RootMeanSquare, DfaFlatBoxes flatBoxes = DfaFlatBoxes.Excluded)
    {
        var sizes = boxSizes.ToArray();
        var f = new double[sizes.Length];
        var fq = new double[QValues.Length, sizes.Length];
        for (var i = 0; i < sizes.Length; i++)
        {
            HrResponse.Internal.AnalysisCancellation.ThrowIfRequested();
            // Boxes with (near-)zero residual variance are left out, as NeuroKit2 does (var > 1e-8), unless F(n)
            // counts them (nolds); the multifractal moments always leave them out.
            var all = DfaCore.BoxVariances(profile, sizes[i], order, windowing);
            var v = all.Where(b => b > 1e-8).ToArray();
            f[i] = Fluctuation(flatBoxes == DfaFlatBoxes.Included ? all : v, average);

            // Moments Σ var^(q/2) for q = −5..5 from s = √var by repeated multiplication (q are integers).
            var sums = new double[11];
            double logSum = 0;
            for (var s = 0; s < v.Length; s++)
            {
                var sd = Math.Sqrt(v[s]);
                var inv = 1 / sd;
                double up = 1, down = 1;
                for (var k = 1; k <= 5; k++)
                {
                    up *= sd;
                    down *= inv;
                    sums[5 + k] += up;
                    sums[5 - k] += down;
                }

                logSum += Math.Log(v[s]);
            }

            for (var qi = 0; qi < QValues.Length; qi++)
            {
                var q = QValues[qi];
                if (v.Length == 0) fq[qi, i] = double.NaN;
                else if (q == 0) fq[qi, i] = Math.Exp(0.5 * logSum / v.Length);
                else fq[qi, i] = Math.Pow(sums[(int)q + 5] / v.Length, 1 / q);
            }
        }

        var logN = sizes.Select(s => Math.Log2(s)).ToArray();
        var alpha = sizes.Length >= minSizes ? DfaCore.Slope(logN, f.Select(Math.Log2).ToArray()) : double.NaN;
        if (flatBoxes == DfaFlatBoxes.Included)
        {
            // nolds drops the box sizes whose F(n) is 0 before the fit.
            var kept = Enumerable.Range(0, sizes.Length).Where(i => double.IsFinite(f[i])).ToArray();
            alpha = kept.Length >= minSizes
                ? DfaCore.Slope(kept.Select(i => logN[i]).ToArray(), kept.Select(i => Math.Log2(f[i])).ToArray())
                : double.NaN;
        }
        var spectrum = MultifractalSpectrum.NaN;
        if (sizes.Length >= minSizes)
        {
            var h = new double[QValues.Length];
            for (var qi = 0; qi < QValues.Length; qi++)
            {
                var ly = new double[sizes.Length];
                for (var i = 0; i < sizes.Length; i++) ly[i] = Math.Log2(fq[qi, i]);
                h[qi] = DfaCore.Slope(logN, ly);
            }

            spectrum = Spectrum(QValues, h);
        }

        return new DfaFit { BoxSizes = sizes, FluctuationsMs = f, Alpha = alpha, Multifractal = spectrum };
    }

    /// <summary>F(n) from the box variances: √mean (RMS) or mean of √ (nolds); NaN when no box or F(n) = 0.</summary>
    private static double Fluctuation(double[] variances, DfaFluctuationAverage average)
    {
        if (variances.Length == 0) return double.NaN;
        double sum = 0;
        for (var s = 0; s < variances.Length; s++) sum += average == DfaFluctuationAverage.MeanOfBoxRms ? Math.Sqrt(variances[s]) : variances[s];
        var f = average == DfaFluctuationAverage.MeanOfBoxRms ? sum / variances.Length : Math.Sqrt(sum / variances.Length);
        return f > 0 ? f : double.NaN;
    }

    private static double[] Gradient(double[] y)
    {
        var n = y.Length;
        var g = new double[n];
        if (n < 2) return g;
        g[0] = y[1] - y[0];
        g[n - 1] = y[n - 1] - y[n - 2];
        for (var i = 1; i < n - 1; i++) g[i] = (y[i + 1] - y[i - 1]) / 2;
        return g;
    }

    private static int ArgMax(double[] v)
    {
        var best = -1;
        for (var i = 0; i < v.Length; i++)
        {
            if (double.IsNaN(v[i])) continue;
            if (best < 0 || v[i] > v[best]) best = i;
        }

        return best;
    }

    private static int ArgMin(double[] v)
    {
        var best = -1;
        for (var i = 0; i < v.Length; i++)
        {
            if (double.IsNaN(v[i])) continue;
            if (best < 0 || v[i] < v[best]) best = i;
        }

        return best;
    }

    internal static MultifractalSpectrum Spectrum(double[] q, double[] h)
    {
        var n = q.Length;
        var tau = new double[n];
        for (var i = 0; i < n; i++) tau[i] = (q[i] * h[i]) - 1;
        var gt = Gradient(tau);
        var gq = Gradient(q);
        var hh = new double[n];
        var d = new double[n];
        for (var i = 0; i < n; i++)
        {
            hh[i] = gt[i] / gq[i];
            d[i] = (q[i] * hh[i]) - tau[i];
        }

        var iMax = ArgMax(hh);
        var iMin = ArgMin(hh);
        var iDMax = ArgMax(d);
        if (iMax < 0 || iMin < 0 || iDMax < 0) return MultifractalSpectrum.NaN with { Q = q, H = h };
        var width = hh[iMax] - hh[iMin];
        var peak = hh[iDMax];
        var gh = Gradient(h);
        var ggh = Gradient(gh);
        double fluct = 0, incr = 0;
        for (var i = 0; i < n; i++)
        {
            fluct += ggh[i] * ggh[i];
            incr += gh[i] * gh[i] / gq[i];
        }

        var maxAbsQ = q.Max(Math.Abs);
        return new MultifractalSpectrum
        {
            Q = q,
            H = h,
            Width = width,
            Peak = peak,
            Mean = (hh[iMax] + hh[iMin]) / 2,
            Max = d[iMax],
            Delta = d[iMax] - d[iMin],
            Asymmetry = (hh[iMin] - peak) / width,
            Fluctuation = n > 3 ? fluct / ((2 * maxAbsQ) + 2) : double.NaN,
            Increment = incr,
        };
    }
}
