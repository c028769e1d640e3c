namespace HrResponse.Ecg.Internal;

/// <summary>Moving-average helpers (running sums, O(n)).</summary>
internal static class SlidingWindow
{
    /// <summary>
    /// Mean over <c>[i − size/2, i − size/2 + size − 1]</c> with edge samples repeated beyond the ends, as scipy's
    /// <c>ndimage.uniform_filter1d(x, size, mode="nearest")</c>.
    /// </summary>
    public static double[] UniformNearest(ReadOnlySpan<double> x, int size)
    {
        var n = x.Length;
        var y = new double[n];
        if (n == 0) return y;
        size = Math.Max(1, size);
        var left = size / 2;
        var right = size - left - 1;
        double sum = 0;
        for (var j = -left; j <= right; j++) sum += x[Math.Clamp(j, 0, n - 1)];
        var inv = 1.0 / size;
        for (var i = 0; i < n; i++)
        {
            y[i] = sum * inv;
            sum += x[Math.Min(i + right + 1, n - 1)] - x[Math.Max(i - left, 0)];
        }

        return y;
    }

    /// <summary>
    /// scipy's <c>filtfilt(ones(m), [m], x, method="pad")</c>: a causal m-point moving average run forward and then
    /// backward, on the signal extended by 3m samples of odd reflection, each pass starting in the steady state of
    /// its first sample.
    /// </summary>
    public static double[] MovingAverageZeroPhase(ReadOnlySpan<double> x, int m)
    {
        var n = x.Length;
        if (n < 2 || m <= 1) return x.ToArray();
        var pad = Math.Min(3 * m, n - 1);
        var ext = HrResponse.Signal.SosFilter.OddExtension(x, pad);
        CausalMeanInPlace(ext, m, reverse: false);
        CausalMeanInPlace(ext, m, reverse: true);
        return ext.AsSpan(pad, n).ToArray();
    }

    private static void CausalMeanInPlace(double[] data, int m, bool reverse)
    {
        var n = data.Length;
        var inv = 1.0 / m;
        var ring = new double[m];
        var first = reverse ? data[n - 1] : data[0];
        Array.Fill(ring, first);
        var sum = first * m;
        var r = 0;
        for (var k = 0; k < n; k++)
        {
            var i = reverse ? n - 1 - k : k;
            var v = data[i];
            sum += v - ring[r];
            ring[r] = v;
            r = r + 1 == m ? 0 : r + 1;
            data[i] = sum * inv;
        }
    }
}
