using HrResponse.Internal;

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

                var trend = System.Buffers.ArrayPool<double>.Shared.Rent(values.Length);
                SmoothnessPriorsTrend(values, smoothnessLambda, trend.AsSpan(0, values.Length));
                for (var i = 0; i < values.Length; i++) values[i] -= trend[i];
                System.Buffers.ArrayPool<double>.Shared.Return(trend);
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
        if (values.Length < 3) throw new ArgumentException($"Needs at least 3 values; it has {values.Length}.", nameof(values));
        var trend = new double[values.Length];
        SmoothnessPriorsTrend(values, lambda, trend);
        return trend;
    }

    private static void SmoothnessPriorsTrend(ReadOnlySpan<double> values, double lambda, Span<double> x) =>
        SmoothnessPriorsTrend(values, lambda, x, new SmoothnessPriorsScratch());

    /// <summary>
    /// The smoothness-priors trend into <paramref name="x"/> (same length as <paramref name="values"/>, at least 3),
    /// using <paramref name="scratch"/> for the factors so that repeated calls of the same length allocate nothing.
    /// </summary>
    internal static void SmoothnessPriorsTrend(ReadOnlySpan<double> values, double lambda, Span<double> x, SmoothnessPriorsScratch scratch)
    {
        var n = values.Length;
        var l2 = lambda * lambda;

        // A = I + λ² DᵀD, D the (n-2)×n second-difference matrix [1 -2 1]: a symmetric pentadiagonal matrix whose
        // entries are constant away from the ends (diagonal 1 + 6λ², first off-diagonal -4λ², second λ²).
        // LDLᵀ with unit lower-triangular L having sub-diagonals a (first) and b (second). With constant rows the
        // factors converge geometrically to a fixed point; from the row where they stop changing (relative 1e-15)
        // up to row n-3 they are used as constants, and only rows n-2 and n-1 (where A differs) are computed again.
        var capacity = Math.Min(n, 4096);
        scratch.EnsureCapacity(capacity);
        var (diag, a, b) = (scratch.Diagonal, scratch.FirstSubdiagonal, scratch.SecondSubdiagonal);
        var steadyFrom = n; // rows >= steadyFrom (and <= n-3) use the steady-state factors
        double dS = 0, aS = 0, bS = 0;
        for (var i = 0; i < n; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            if (i == capacity)
            {
                capacity = n;
                scratch.EnsureCapacity(n);
                (diag, a, b) = (scratch.Diagonal, scratch.FirstSubdiagonal, scratch.SecondSubdiagonal);
            }

            var di = 1 + (l2 * DiagonalCount(i, n));
            if (i >= 1) di -= a[i - 1] * a[i - 1] * diag[i - 1];
            if (i >= 2) di -= b[i - 2] * b[i - 2] * diag[i - 2];
            diag[i] = di;
            if (i + 1 < n)
            {
                var ei = -l2 * OffDiagonalCount(i, n);
                if (i >= 1) ei -= a[i - 1] * b[i - 1] * diag[i - 1];
                a[i] = ei / di;
            }

            if (i + 2 < n) b[i] = l2 / di;

            if (i >= 4 && i + 4 <= n - 3
                && Math.Abs(diag[i] - diag[i - 1]) <= 1e-15 * Math.Abs(diag[i])
                && Math.Abs(a[i] - a[i - 1]) <= 1e-15 * Math.Abs(a[i])
                && Math.Abs(b[i] - b[i - 1]) <= 1e-15 * Math.Abs(b[i]))
            {
                steadyFrom = i + 1;
                (dS, aS, bS) = (diag[i], a[i], b[i]);
                break;
            }
        }

        double dEnd2 = 0, dEnd1 = 0, aEnd2 = 0;
        if (steadyFrom < n)
        {
            // Rows n-2 and n-1 from steady-state predecessors (rows n-4 and n-3).
            dEnd2 = 1 + (l2 * DiagonalCount(n - 2, n)) - (aS * aS * dS) - (bS * bS * dS);
            aEnd2 = ((-l2 * OffDiagonalCount(n - 2, n)) - (aS * bS * dS)) / dEnd2;
            dEnd1 = 1 + (l2 * DiagonalCount(n - 1, n)) - (aEnd2 * aEnd2 * dEnd2) - (bS * bS * dS);
        }

        double D(int j) => j < steadyFrom ? diag[j] : j <= n - 3 ? dS : j == n - 2 ? dEnd2 : dEnd1;
        double A(int j) => j < steadyFrom ? a[j] : j <= n - 3 ? aS : aEnd2;
        double B(int j) => j < steadyFrom ? b[j] : bS;

        values.CopyTo(x);
        for (var i = 1; i < n; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            x[i] -= A(i - 1) * x[i - 1];
            if (i >= 2) x[i] -= B(i - 2) * x[i - 2];
        }

        for (var i = 0; i < n; i++) x[i] /= D(i);
        for (var i = n - 2; i >= 0; i--)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            x[i] -= A(i) * x[i + 1];
            if (i + 2 < n) x[i] -= B(i) * x[i + 2];
        }
    }

    /// <summary>(DᵀD)[i, i]: Σ over the rows r of D covering i of the squared coefficient (1, 4, 1).</summary>
    private static double DiagonalCount(int i, int n)
    {
        double sum = 0;
        if (i <= n - 3) sum += 1; // row r = i, coefficient +1
        if (i >= 1 && i - 1 <= n - 3) sum += 4; // row r = i - 1, coefficient -2
        if (i >= 2) sum += 1; // row r = i - 2, coefficient +1
        return sum;
    }

    /// <summary>-(DᵀD)[i, i+1] / 1: rows r = i - 1 and r = i each contribute (+1)(-2) or (-2)(+1).</summary>
    private static double OffDiagonalCount(int i, int n)
    {
        double sum = 0;
        if (i <= n - 3) sum += 2; // row r = i: (+1 at i)(-2 at i+1)
        if (i >= 1 && i - 1 <= n - 3) sum += 2; // row r = i - 1: (-2 at i)(+1 at i+1)
        return sum;
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
