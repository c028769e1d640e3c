namespace HrResponse.Signal;

/// <summary>Removes slow trends from an evenly sampled series (see <see cref="DetrendingMethod"/>).</summary>
public static class Detrending
{
    /// <summary>Default smoothness-priors regularisation λ = 500 (Tarvainen et al. 2002; Kubios, at 4 Hz).</summary>
    public const double DefaultSmoothnessLambda = 500.0;

    /// <summary>Returns a detrended copy of <paramref name="values"/>; the input is not changed.</summary>
    /// <param name="values">Evenly sampled values.</param>
    /// <param name="method">What to remove.</param>
    /// <param name="smoothnessLambda">λ for <see cref="DetrendingMethod.SmoothnessPriors"/>; finite and ≥ 0. Ignored otherwise.</param>
    /// <returns>The detrended series, same length. An empty input gives an empty output; for
    /// <see cref="DetrendingMethod.Linear"/> a single value becomes 0; smoothness priors need 3 values (fewer: the mean is removed).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Unknown method, or λ negative or not finite.</exception>
    public static double[] Detrend(ReadOnlySpan<double> values, DetrendingMethod method, double smoothnessLambda = DefaultSmoothnessLambda)
    {
        var result = values.ToArray();
        DetrendInPlace(result, method, smoothnessLambda);
        return result;
    }

    /// <summary>Detrends <paramref name="values"/> in place (see <see cref="Detrend"/>).</summary>
    /// <param name="values">Evenly sampled values, overwritten with the detrended series.</param>
    /// <param name="method">What to remove.</param>
    /// <param name="smoothnessLambda">λ for smoothness priors; finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Unknown method, or λ negative or not finite.</exception>
    public static void DetrendInPlace(Span<double> values, DetrendingMethod method, double smoothnessLambda = DefaultSmoothnessLambda)
    {
        if (!(smoothnessLambda >= 0) || !double.IsFinite(smoothnessLambda))
            throw new ArgumentOutOfRangeException(nameof(smoothnessLambda), smoothnessLambda,
                $"Must be a finite number ≥ 0; it is {smoothnessLambda.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        switch (method)
        {
            case DetrendingMethod.None:
                return;
            case DetrendingMethod.Mean:
                RemoveMean(values);
                return;
            case DetrendingMethod.Linear:
                RemoveLine(values);
                return;
            case DetrendingMethod.SmoothnessPriors:
                if (values.Length < 3)
                {
                    RemoveMean(values);
                    return;
                }

                var trend = SmoothnessPriorsTrend(values, smoothnessLambda);
                for (var i = 0; i < values.Length; i++) values[i] -= trend[i];
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown detrending method.");
        }
    }

    /// <summary>
    /// The smoothness-priors trend <c>(I + λ² D₂ᵀD₂)⁻¹ z</c> of <paramref name="values"/> (at least 3 values), solved with
    /// a pentadiagonal LDLᵀ factorisation in O(n) time and memory.
    /// </summary>
    /// <param name="values">Evenly sampled values, at least 3.</param>
    /// <param name="lambda">Regularisation λ ≥ 0.</param>
    /// <returns>The trend, same length.</returns>
    /// <exception cref="ArgumentException">Fewer than 3 values.</exception>
    public static double[] SmoothnessPriorsTrend(ReadOnlySpan<double> values, double lambda)
    {
        var n = values.Length;
        if (n < 3) throw new ArgumentException($"Needs at least 3 values; it has {n}.", nameof(values));
        var l2 = lambda * lambda;

        // A = I + λ² DᵀD, D the (n-2)×n second-difference matrix [1 -2 1]. Symmetric pentadiagonal:
        // diagonal d, first off-diagonal e, second off-diagonal f.
        var d = new double[n];
        var e = new double[n];
        var f = new double[n];
        for (var r = 0; r < n - 2; r++)
        {
            // Row r of D has +1 at r, -2 at r+1, +1 at r+2; DᵀD += its outer product.
            d[r] += 1; d[r + 1] += 4; d[r + 2] += 1;
            e[r] += -2; e[r + 1] += -2;
            f[r] += 1;
        }

        for (var i = 0; i < n; i++)
        {
            d[i] = 1 + (l2 * d[i]);
            e[i] *= l2;
            f[i] *= l2;
        }

        // LDLᵀ with unit lower-triangular L having sub-diagonals a (first) and b (second).
        var diag = new double[n];
        var a = new double[n];
        var b = new double[n];
        for (var i = 0; i < n; i++)
        {
            var di = d[i];
            if (i >= 1) di -= a[i - 1] * a[i - 1] * diag[i - 1];
            if (i >= 2) di -= b[i - 2] * b[i - 2] * diag[i - 2];
            diag[i] = di;
            if (i + 1 < n)
            {
                var ei = e[i];
                if (i >= 1) ei -= a[i - 1] * b[i - 1] * diag[i - 1];
                a[i] = ei / di;
            }

            if (i + 2 < n) b[i] = f[i] / di;
        }

        var x = values.ToArray();
        for (var i = 1; i < n; i++)
        {
            x[i] -= a[i - 1] * x[i - 1];
            if (i >= 2) x[i] -= b[i - 2] * x[i - 2];
        }

        for (var i = 0; i < n; i++) x[i] /= diag[i];
        for (var i = n - 2; i >= 0; i--)
        {
            x[i] -= a[i] * x[i + 1];
            if (i + 2 < n) x[i] -= b[i] * x[i + 2];
        }

        return x;
    }

    private static void RemoveMean(Span<double> values)
    {
        if (values.IsEmpty) return;
        double sum = 0;
        foreach (var v in values) sum += v;
        var mean = sum / values.Length;
        for (var i = 0; i < values.Length; i++) values[i] -= mean;
    }

    private static void RemoveLine(Span<double> values)
    {
        var n = values.Length;
        if (n == 0) return;
        if (n == 1)
        {
            values[0] = 0;
            return;
        }

        // Fit v = α + β (i - ī).
        var meanIndex = (n - 1) / 2.0;
        double sumV = 0, sumIv = 0, sumII = 0;
        for (var i = 0; i < n; i++)
        {
            var c = i - meanIndex;
            sumV += values[i];
            sumIv += c * values[i];
            sumII += c * c;
        }

        var alpha = sumV / n;
        var beta = sumIv / sumII;
        for (var i = 0; i < n; i++) values[i] -= alpha + (beta * (i - meanIndex));
    }
}
