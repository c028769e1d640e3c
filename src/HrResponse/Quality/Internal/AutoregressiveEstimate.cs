namespace HrResponse.Quality.Internal;

/// <summary>
/// Least-squares autoregressive interpolation of the estimated intervals of a cleaned series
/// (<see cref="IntervalEstimator.Autoregressive"/>, <see cref="IntervalEstimator.AutoregressiveVariancePreserving"/>):
/// Janssen, Veldhuis &amp; Vries (1986). Per block of consecutive estimated intervals, an AR(<see cref="Order"/>) model is
/// fitted by least squares to the accepted intervals within <see cref="WindowBeats"/> of the block (mean removed), and
/// the block's free parameters minimise the sum of squared prediction errors e_t = (x_t − m) − Σ a_j (x_{t−j} − m) over
/// the rows t from the block's first interval to <see cref="Order"/> past its last. A pair with a known total has one
/// parameter (the first interval; the second is the total minus it). Blocks go in series order; a block already
/// estimated counts as accepted for the later ones. A block within <see cref="Order"/> intervals of its run's start (the
/// series' start or a gap), where the rows that predict it from its past do not exist, is also estimated on the run read
/// backwards (the backward predictor of a stationary process has the forward one's coefficients), and the better
/// determined of the two estimates is kept. Where the model cannot be fitted the values are left as they are (the
/// spline's). With variance preservation each parameter then moves by <see cref="MatchedShift"/>.
/// Cost: O(window × p²) per block.
/// </summary>
internal static class AutoregressiveEstimate
{
    /// <summary>Model order p (<see cref="Fit"/> writes its Gram sums out for this order).</summary>
    public const int Order = 4;

    /// <summary>Accepted intervals used on each side of a block for the fit, in beats.</summary>
    public const int WindowBeats = 30;

    /// <summary>Longest block estimated (more estimated intervals in a row keep the spline).</summary>
    public const int MaxBlock = 4;

    /// <summary>Fewest complete rows (p + 1 accepted intervals in a row) for a fit.</summary>
    public const int MinRows = 4 * Order;

    private const double Ridge = 0.01; // relative, on the diagonal of the fit's normal matrix

    /// <summary>
    /// Replaces the estimated intervals of <paramref name="rr"/> (ms) in place.
    /// </summary>
    /// <param name="rr">The cleaned series, spline estimates in place.</param>
    /// <param name="gapBefore">Gap marks: no block, fit or prediction row spans a gap.</param>
    /// <param name="estimated">Which intervals are estimates; cleared as they are estimated (all false on return).</param>
    /// <param name="pairedWithNext">Estimated intervals whose total with the next (also estimated) is known and kept.</param>
    /// <param name="variancePreserving">Whether each estimate then moves to restore the expected successive differences
    /// (<see cref="IntervalEstimator.AutoregressiveVariancePreserving"/>).</param>
    public static void Apply(Span<double> rr, ReadOnlySpan<bool> gapBefore, Span<bool> estimated,
        ReadOnlySpan<bool> pairedWithNext, bool variancePreserving)
    {
        var n = rr.Length;
        var pending = estimated; // blocks are estimated left to right; an estimated block counts as accepted after
        int runStart = 0, runEnd = 0;
        for (var i = 0; i < n; i++)
        {
            if (i >= runEnd)
            {
                runStart = i;
                var next = gapBefore[(i + 1)..].IndexOf(true);
                runEnd = next < 0 ? n : i + 1 + next;
            }

            if (!pending[i]) continue;
            var bs = i;
            var be = i + 1;
            while (be < runEnd && pending[be]) be++;
            if (be - bs <= MaxBlock)
            {
                if (bs - Order < runStart && be + Order <= runEnd) EstimateBlockNearStart(rr, pending, pairedWithNext, variancePreserving, runStart, runEnd, bs, be);
                else EstimateBlock(rr, pending, pairedWithNext, variancePreserving, runStart, runEnd, bs, be);
            }

            pending.Slice(bs, be - bs).Clear();
            i = be - 1;
        }
    }

    // A block whose first interval has fewer than Order accepted intervals before it in its run (the series' start or a
    // gap) is estimated both ways, forwards and on the run read backwards (the autocovariance of a stationary process is
    // symmetric, so the backward predictor has the forward one's coefficients), and takes the estimate whose parameters
    // the rows determine better: the smaller sum of their variance factors (diagonal of the inverse normal matrix).
    // Forwards the rows that predict the block from its past do not exist there; backwards the rows that predict it from
    // the intervals after it may be missing too, where another estimated block follows within Order intervals (test_02
    // per beat, seed 35: a missed beat then a premature pair at inputs 3–6, a premature pair at 9–10; read backwards the
    // second pair's rows were left out and it was split 1,248 + 496 ms, forwards 907 + 837, the clean 944 + 800 ms).
    private static void EstimateBlockNearStart(Span<double> rr, ReadOnlySpan<bool> pending, ReadOnlySpan<bool> pairedWithNext,
        bool variancePreserving, int runStart, int runEnd, int bs, int be)
    {
        Span<double> before = stackalloc double[be - bs];
        rr[bs..be].CopyTo(before);
        var forwardVariance = EstimateBlock(rr, pending, pairedWithNext, variancePreserving, runStart, runEnd, bs, be);
        Span<double> forward = stackalloc double[be - bs];
        rr[bs..be].CopyTo(forward);
        before.CopyTo(rr[bs..be]);
        var backwardVariance = EstimateBlockReversed(rr, pending, pairedWithNext, variancePreserving, runStart, runEnd, bs, be);
        if (forwardVariance < backwardVariance) forward.CopyTo(rr[bs..be]);
    }

    // The block estimated on the run read backwards; returns EstimateBlock's variance factor sum.
    private static double EstimateBlockReversed(Span<double> rr, ReadOnlySpan<bool> pending, ReadOnlySpan<bool> pairedWithNext,
        bool variancePreserving, int runStart, int runEnd, int bs, int be)
    {
        var end = Math.Min(runEnd, be + WindowBeats);
        var len = end - runStart;
        Span<double> x = stackalloc double[len];
        Span<bool> xPending = stackalloc bool[len];
        Span<bool> xPaired = stackalloc bool[len];
        for (var k = 0; k < len; k++)
        {
            var o = end - 1 - k;
            x[k] = rr[o];
            xPending[k] = pending[o];
            xPaired[k] = o - 1 >= runStart && pairedWithNext[o - 1];
        }

        var variance = EstimateBlock(x, xPending, xPaired, variancePreserving, 0, len, end - be, end - bs);
        for (var o = bs; o < be; o++) rr[o] = x[end - 1 - o];
        return variance;
    }

    // Estimates the block in place; returns the sum of its parameters' variance factors (in units of the residual
    // variance), +∞ where the values are left as they are.
    private static double EstimateBlock(Span<double> rr, ReadOnlySpan<bool> pending, ReadOnlySpan<bool> pairedWithNext,
        bool variancePreserving, int runStart, int runEnd, int bs, int be)
    {
        const int p = Order;

        var ws = Math.Max(runStart, bs - WindowBeats);
        var we = Math.Min(runEnd, be + WindowBeats);
        Span<double> coef = stackalloc double[p];
        if (!Fit(rr, pending, ws, we, coef, out var mean, out var sigma)) return double.PositiveInfinity;

        // Parameters: one per single interval, one per known-total pair (its first interval).
        Span<int> group = stackalloc int[MaxBlock]; // parameter of each block interval
        Span<bool> second = stackalloc bool[MaxBlock]; // the second interval of a pair (value = total − first)
        Span<int> firstOf = stackalloc int[MaxBlock];
        Span<double> pairTotal = stackalloc double[MaxBlock];
        var g = 0;
        for (var k = bs; k < be; k++)
        {
            group[k - bs] = g;
            firstOf[g] = k;
            if (pairedWithNext[k] && k + 1 < be)
            {
                pairTotal[g] = rr[k] + rr[k + 1];
                group[k + 1 - bs] = g;
                second[k + 1 - bs] = true;
                k++;
            }
            else
            {
                pairTotal[g] = double.NaN;
            }

            g++;
        }

        // Normal equations of the prediction errors over rows bs .. be − 1 + p: e_t = α_t + Σ_g β_tg θ_g, θ_g = x_first − m.
        Span<double> m = stackalloc double[MaxBlock * MaxBlock];
        Span<double> b = stackalloc double[MaxBlock];
        Span<double> beta = stackalloc double[MaxBlock];
        m.Clear();
        b.Clear();
        var rowsUsed = 0;
        for (var t = bs; t < Math.Min(be + p, runEnd); t++)
        {
            if (t - p < runStart || !RowUsable(pending, t, bs, be)) continue;
            rowsUsed++;
            beta[..g].Clear();
            var alpha = 0.0;
            for (var j = 0; j <= p; j++)
            {
                var idx = t - j;
                var c = j == 0 ? 1.0 : -coef[j - 1];
                if (idx < bs || idx >= be)
                {
                    alpha += c * (rr[idx] - mean);
                    continue;
                }

                var q = group[idx - bs];
                if (second[idx - bs])
                {
                    alpha += c * (pairTotal[q] - (2 * mean));
                    beta[q] -= c;
                }
                else
                {
                    beta[q] += c;
                }
            }

            for (var r = 0; r < g; r++)
            {
                b[r] += alpha * beta[r];
                for (var s = 0; s < g; s++) m[(r * g) + s] += beta[r] * beta[s];
            }
        }

        if (rowsUsed < g) return double.PositiveInfinity;
        Span<double> inverse = stackalloc double[MaxBlock * MaxBlock];
        if (!Invert(m[..(g * g)], inverse[..(g * g)], g)) return double.PositiveInfinity;
        Span<double> theta = stackalloc double[MaxBlock];
        for (var r = 0; r < g; r++)
        {
            var v = 0.0;
            for (var s = 0; s < g; s++) v -= inverse[(r * g) + s] * b[s];
            theta[r] = v;
        }

        // Range: the accepted intervals within p beats, widened by half their span (below, at most to half the shortest).
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (var k = Math.Max(runStart, bs - p); k < Math.Min(runEnd, be + p); k++)
        {
            if ((k >= bs && k < be) || pending[k]) continue;
            lo = Math.Min(lo, rr[k]);
            hi = Math.Max(hi, rr[k]);
        }

        if (!(hi >= lo)) return double.PositiveInfinity;
        var widen = (hi - lo) / 2;
        lo = Math.Max(lo - widen, lo / 2); // never under half the shortest accepted interval: an interval is positive
        hi += widen;
        for (var q = 0; q < g; q++) Set(rr, firstOf[q], pairTotal[q], mean + theta[q], lo, hi);
        var factors = 0.0;
        for (var q = 0; q < g; q++) factors += inverse[(q * g) + q];
        if (!variancePreserving) return factors;
        for (var q = 0; q < g; q++)
        {
            var k = firstOf[q];
            var variance = sigma * sigma * inverse[(q * g) + q];
            Set(rr, k, pairTotal[q], rr[k] + MatchedShift(rr, k, !double.IsNaN(pairTotal[q]), variance, runStart, runEnd), lo, hi);
        }

        return factors;
    }

    // Sets a parameter: a single interval, or the first of a pair with a known total (the second is the total minus it),
    // within [lo, hi]; for a pair both in range where the total allows, and the total kept in every case.
    private static void Set(Span<double> rr, int k, double pairTotal, double first, double lo, double hi)
    {
        if (double.IsNaN(pairTotal))
        {
            rr[k] = Math.Clamp(first, lo, hi);
            return;
        }

        var low = Math.Max(lo, pairTotal - hi);
        var high = Math.Min(hi, pairTotal - lo);
        first = low <= high ? Math.Clamp(first, low, high) : pairTotal / 2;
        rr[k] = first;
        rr[k + 1] = pairTotal - first;
    }

    // IntervalEstimator.AutoregressiveVariancePreserving: the smallest shift δ of a parameter from its conditional mean
    // after which the squared successive differences it touches add up to their expected value under the model.
    // With d the differences at the conditional mean and g their coefficients in δ (single: +1, −1; pair: +1, −2, +1),
    // Σ (d + g δ)² = Σ d² + v Σ g², v the parameter's error variance: δ² A + 2 B δ − v A = 0 with A = Σ g², B = Σ g d;
    // of its two roots (opposite signs) the smaller, δ = sign(B) (√(B² + v A²) − |B|) / A, |δ| ≤ √v.
    internal static double MatchedShift(ReadOnlySpan<double> rr, int k, bool pair, double variance, int runStart, int runEnd)
    {
        if (!(variance > 0)) return 0;
        ReadOnlySpan<double> g = pair ? [1, -2, 1] : [1, -1];
        double a = 0, b = 0;
        for (var j = 0; j < g.Length; j++)
        {
            var at = k + j; // the difference rr[at] − rr[at − 1]
            if (at - 1 < runStart || at >= runEnd) continue;
            a += g[j] * g[j];
            b += g[j] * (rr[at] - rr[at - 1]);
        }

        if (a == 0) return 0;
        var root = (Math.Sqrt((b * b) + (variance * a * a)) - Math.Abs(b)) / a;
        return b < 0 ? -root : root;
    }

    // Least-squares AR(p) fit on the complete rows of [ws, we) (ridge Ridge on the diagonal) about the mean m of the
    // accepted (not pending) intervals there; sigma is the residual standard deviation. False when there are fewer than
    // MinRows rows or the normal matrix is singular. The Gram matrix G of the centred lag vectors
    // z_t = (x_t, x_{t−1}, …, x_{t−p}) − m over the rows gives the normal equations (G[1..p, 1..p] c = G[1..p, 0]) and
    // the residual sum of squares G00 − 2 cᵀg + cᵀ G[1..p, 1..p] c.
    internal static bool Fit(ReadOnlySpan<double> rr, ReadOnlySpan<bool> pending, int ws, int we,
        Span<double> coef, out double mean, out double sigma)
    {
        const int p = Order;
        const int w = p + 1;
        sigma = double.NaN;
        mean = 0;
        var known = 0;
        for (var t = ws; t < we; t++)
        {
            if (pending[t]) continue;
            mean += rr[t];
            known++;
        }

        if (known == 0) return false;
        mean /= known;
        // The 15 distinct Gram sums in locals, the lag vector sliding one interval per row (the same products added in
        // the same order as a loop over a matrix would: bit-identical, about twice as fast).
        double g00 = 0, g01 = 0, g02 = 0, g03 = 0, g04 = 0, g11 = 0, g12 = 0, g13 = 0, g14 = 0, g22 = 0, g23 = 0, g24 = 0,
            g33 = 0, g34 = 0, g44 = 0;
        double z0 = 0, z1 = 0, z2 = 0, z3 = 0;
        var rows = 0;
        var accepted = 0; // accepted intervals in a row ending at t
        for (var t = ws; t < we; t++)
        {
            var z4 = z3;
            z3 = z2;
            z2 = z1;
            z1 = z0;
            z0 = rr[t] - mean;
            accepted = pending[t] ? 0 : accepted + 1;
            if (accepted < w) continue;
            rows++;
            g00 += z0 * z0;
            g01 += z0 * z1;
            g02 += z0 * z2;
            g03 += z0 * z3;
            g04 += z0 * z4;
            g11 += z1 * z1;
            g12 += z1 * z2;
            g13 += z1 * z3;
            g14 += z1 * z4;
            g22 += z2 * z2;
            g23 += z2 * z3;
            g24 += z2 * z4;
            g33 += z3 * z3;
            g34 += z3 * z4;
            g44 += z4 * z4;
        }

        if (rows < MinRows) return false;
        ReadOnlySpan<double> gram =
        [
            g00, g01, g02, g03, g04,
            g01, g11, g12, g13, g14,
            g02, g12, g22, g23, g24,
            g03, g13, g23, g33, g34,
            g04, g14, g24, g34, g44,
        ];
        Span<double> a = stackalloc double[p * p];
        Span<double> v = stackalloc double[p];
        for (var r = 0; r < p; r++)
        {
            v[r] = gram[r + 1];
            for (var c = 0; c < p; c++) a[(r * p) + c] = gram[(Math.Min(r, c) + 1) * w + Math.Max(r, c) + 1];
        }

        Span<double> ridged = stackalloc double[p * p];
        a.CopyTo(ridged);
        for (var r = 0; r < p; r++) ridged[(r * p) + r] *= 1 + Ridge;
        Span<double> inverse = stackalloc double[p * p];
        if (!Invert(ridged, inverse, p)) return false;
        for (var r = 0; r < p; r++)
        {
            var c = 0.0;
            for (var k = 0; k < p; k++) c += inverse[(r * p) + k] * v[k];
            coef[r] = c;
        }

        var rss = gram[0];
        for (var r = 0; r < p; r++)
        {
            rss -= 2 * coef[r] * v[r];
            for (var c = 0; c < p; c++) rss += coef[r] * a[(r * p) + c] * coef[c];
        }

        sigma = Math.Sqrt(Math.Max(0, rss) / (rows - p));
        return double.IsFinite(sigma);
    }

    // A prediction row of the block: every interval it uses outside the block is accepted or already estimated.
    private static bool RowUsable(ReadOnlySpan<bool> pending, int t, int bs, int be)
    {
        for (var j = 0; j <= Order; j++)
        {
            var idx = t - j;
            if ((idx < bs || idx >= be) && pending[idx]) return false;
        }

        return true;
    }

    // Inverse of a small symmetric positive matrix by Gauss–Jordan with partial pivoting; false when singular.
    private static bool Invert(ReadOnlySpan<double> a, Span<double> inverse, int n)
    {
        Span<double> w = stackalloc double[n * n];
        a.CopyTo(w);
        inverse.Clear();
        for (var r = 0; r < n; r++) inverse[(r * n) + r] = 1;
        var scale = 0.0;
        for (var r = 0; r < n; r++) scale = Math.Max(scale, Math.Abs(w[(r * n) + r]));
        if (!(scale > 0)) return false;
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
                if (Math.Abs(w[(r * n) + c]) > Math.Abs(w[(pivot * n) + c])) pivot = r;
            if (Math.Abs(w[(pivot * n) + c]) <= 1e-12 * scale) return false;
            if (pivot != c)
            {
                for (var k = 0; k < n; k++)
                {
                    (w[(c * n) + k], w[(pivot * n) + k]) = (w[(pivot * n) + k], w[(c * n) + k]);
                    (inverse[(c * n) + k], inverse[(pivot * n) + k]) = (inverse[(pivot * n) + k], inverse[(c * n) + k]);
                }
            }

            var d = w[(c * n) + c];
            for (var k = 0; k < n; k++)
            {
                w[(c * n) + k] /= d;
                inverse[(c * n) + k] /= d;
            }

            for (var r = 0; r < n; r++)
            {
                if (r == c) continue;
                var f = w[(r * n) + c];
                if (f == 0) continue;
                for (var k = 0; k < n; k++)
                {
                    w[(r * n) + k] -= f * w[(c * n) + k];
                    inverse[(r * n) + k] -= f * inverse[(c * n) + k];
                }
            }
        }

        return true;
    }
}
