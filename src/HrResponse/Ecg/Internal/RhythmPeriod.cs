namespace HrResponse.Ecg.Internal;

/// <summary>
/// Detector-independent estimate of the beat period: the autocorrelation of the slope envelope (absolute change between
/// successive block means, blocks of about 20 ms) over the first 5 minutes, first local maximum between 0.15 and 5 s that
/// reaches 0.7 × the largest one. Used only to warn about a wrong sampling rate.
/// </summary>
internal static class RhythmPeriod
{
    private const double EnvelopeRateHz = 50;
    private const double MaxSeconds = 300;
    private const double MinLagSeconds = 0.15;
    private const double MaxLagSeconds = 5;

    /// <summary>The period in seconds, or NaN when the signal shows no clear periodicity.</summary>
    public static double Seconds(ReadOnlySpan<double> x, double fs)
    {
        var block = Math.Max(1, (int)(fs / EnvelopeRateHz));
        var fe = fs / block;
        var usable = Math.Min(x.Length, (int)(MaxSeconds * fs));
        var m = (usable / block) - 1;
        var minLag = (int)Math.Ceiling(MinLagSeconds * fe);
        var maxLag = (int)Math.Floor(MaxLagSeconds * fe);
        if (m < 2 * maxLag || minLag < 2) return double.NaN;

        // Block means (a low-pass that also averages out white noise), then the absolute change between blocks.
        var e = new double[m];
        var previous = 0.0;
        for (var j = 0; j <= m; j++)
        {
            double sum = 0;
            var start = j * block;
            for (var i = start; i < start + block; i++) sum += x[i];
            var blockMean = sum / block;
            if (j > 0) e[j - 1] = Math.Abs(blockMean - previous);
            previous = blockMean;
        }

        var mean = e.Average();
        double variance = 0;
        for (var j = 0; j < m; j++)
        {
            e[j] -= mean;
            variance += e[j] * e[j];
        }

        if (!(variance > 0)) return double.NaN;
        var r = new double[maxLag + 2];
        for (var k = minLag - 1; k <= maxLag + 1; k++)
        {
            double s = 0;
            for (var j = 0; j + k < m; j++) s += e[j] * e[j + k];
            r[k] = s / variance * m / (m - k);
        }

        var best = double.NegativeInfinity;
        for (var k = minLag; k <= maxLag; k++) best = Math.Max(best, r[k]);
        if (!(best > 0.2)) return double.NaN;
        for (var k = minLag; k <= maxLag; k++)
        {
            if (r[k] >= 0.7 * best && r[k] >= r[k - 1] && r[k] >= r[k + 1])
            {
                // Parabolic interpolation of the peak position.
                var denom = r[k - 1] - (2 * r[k]) + r[k + 1];
                var shift = denom < 0 ? 0.5 * (r[k - 1] - r[k + 1]) / denom : 0;
                return (k + shift) / fe;
            }
        }

        return double.NaN;
    }
}
