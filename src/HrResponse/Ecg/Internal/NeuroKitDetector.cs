using HrResponse.Signal;

namespace HrResponse.Ecg.Internal;

/// <summary>NeuroKit2's default cleaning and gradient-based QRS detector (see <see cref="RPeakDetector.NeuroKit2"/>).</summary>
internal static class NeuroKitDetector
{
    private const double SmoothWindowSeconds = 0.1;
    private const double AverageWindowSeconds = 0.75;
    private const double GradientThresholdWeight = 1.5;
    private const double MinimumLengthWeight = 0.4;
    private const double MinimumDelaySeconds = 0.3;

    /// <summary>NeuroKit2's <c>ecg_clean(method="neurokit")</c>: 0.5 Hz order-5 Butterworth high-pass, zero phase, then the mains moving average.</summary>
    public static double[] Clean(ReadOnlySpan<double> ecg, double fs, double powerlineHz)
    {
        var highPassed = SosFilter.FilterZeroPhase(ecg, ButterworthDesign.HighPass(5, 0.5, fs));
        var width = fs >= 100 ? (int)(fs / powerlineHz) : 2;
        return SlidingWindow.MovingAverageZeroPhase(highPassed, width);
    }

    public static List<int> FindPeaks(ReadOnlySpan<double> clean, double fs)
    {
        var n = clean.Length;
        var peaks = new List<int>();
        if (n < 3) return peaks;

        // np.gradient: central differences inside, one-sided at the ends.
        var absGrad = new double[n];
        absGrad[0] = Math.Abs(clean[1] - clean[0]);
        absGrad[n - 1] = Math.Abs(clean[n - 1] - clean[n - 2]);
        for (var i = 1; i < n - 1; i++) absGrad[i] = Math.Abs((clean[i + 1] - clean[i - 1]) * 0.5);

        var smoothSize = Math.Min(n, (int)Math.Round(SmoothWindowSeconds * fs, MidpointRounding.ToEven));
        var averageSize = Math.Min(n, (int)Math.Round(AverageWindowSeconds * fs, MidpointRounding.ToEven));
        var smooth = SlidingWindow.UniformNearest(absGrad, smoothSize);
        var average = SlidingWindow.UniformNearest(smooth, averageSize);
        var minDelay = (int)Math.Round(MinimumDelaySeconds * fs, MidpointRounding.ToEven);

        var begins = new List<int>();
        var ends = new List<int>();
        for (var i = 0; i < n - 1; i++)
        {
            var now = smooth[i] > GradientThresholdWeight * average[i];
            var next = smooth[i + 1] > GradientThresholdWeight * average[i + 1];
            if (!now && next) begins.Add(i);
            else if (now && !next && begins.Count > 0) ends.Add(i); // ends before the first begin are dropped
        }

        var count = Math.Min(begins.Count, ends.Count);
        if (count == 0) return peaks;
        double lengthSum = 0;
        for (var k = 0; k < count; k++) lengthSum += ends[k] - begins[k];
        var minLength = lengthSum / count * MinimumLengthWeight;

        var last = int.MinValue / 2;
        for (var k = 0; k < count; k++)
        {
            int begin = begins[k], end = ends[k];
            if (end - begin < minLength) continue;
            var local = MostProminentMaximum(clean[begin..end]);
            if (local < 0) continue;
            var peak = begin + local;
            if (peak - last > minDelay)
            {
                peaks.Add(peak);
                last = peak;
            }
        }

        return peaks;
    }

    /// <summary>
    /// Index of the local maximum with the largest prominence (scipy's <c>find_peaks</c> plateau rule and
    /// <c>peak_prominences</c> without a window), first one on ties; −1 when there is none.
    /// </summary>
    internal static int MostProminentMaximum(ReadOnlySpan<double> x)
    {
        var best = -1;
        var bestProminence = double.NegativeInfinity;
        var n = x.Length;
        var iMax = n - 1;
        var i = 1;
        while (i < iMax)
        {
            if (x[i - 1] < x[i])
            {
                var ahead = i + 1;
                while (ahead < iMax && x[ahead] == x[i]) ahead++;
                if (x[ahead] < x[i])
                {
                    var peak = (i + ahead - 1) / 2;
                    var prominence = Prominence(x, peak);
                    if (prominence > bestProminence)
                    {
                        bestProminence = prominence;
                        best = peak;
                    }

                    i = ahead;
                }
            }

            i++;
        }

        return best;
    }

    private static double Prominence(ReadOnlySpan<double> x, int peak)
    {
        var height = x[peak];
        var leftMin = height;
        for (var i = peak; i >= 0 && x[i] <= height; i--) if (x[i] < leftMin) leftMin = x[i];
        var rightMin = height;
        for (var i = peak; i < x.Length && x[i] <= height; i++) if (x[i] < rightMin) rightMin = x[i];
        return height - Math.Max(leftMin, rightMin);
    }
}
