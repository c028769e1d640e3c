using HrResponse.Signal;

namespace HrResponse.Ecg.Internal;

/// <summary>Two-moving-average QRS detector of Elgendi (see <see cref="RPeakDetector.Elgendi2010"/>).</summary>
internal static class ElgendiDetector
{
    private const double QrsWindowSeconds = 0.097;
    private const double BeatWindowSeconds = 0.611;
    private const double Offset = 0.08;

    /// <summary>Band-pass 8–20 Hz (order-3 Butterworth, zero phase).</summary>
    public static double[] BandPass(ReadOnlySpan<double> ecg, double fs)
    {
        var high = Math.Min(20, fs * 0.45);
        return SosFilter.FilterZeroPhase(ecg, ButterworthDesign.BandPass(3, 8, high, fs));
    }

    public static List<int> FindPeaks(double[] bandPassed, double fs)
    {
        var n = bandPassed.Length;
        var peaks = new List<int>();
        if (n < 3) return peaks;
        var squared = new double[n];
        double mean = 0;
        for (var i = 0; i < n; i++)
        {
            squared[i] = bandPassed[i] * bandPassed[i];
            mean += squared[i];
        }

        mean /= n;
        var w1 = Math.Max(1, (int)Math.Round(QrsWindowSeconds * fs));
        var w2 = Math.Max(1, (int)Math.Round(BeatWindowSeconds * fs));
        var qrs = SlidingWindow.UniformNearest(squared, w1 | 1);
        var beat = SlidingWindow.UniformNearest(squared, w2 | 1);
        var offset = Offset * mean;

        var start = -1;
        for (var i = 0; i <= n; i++)
        {
            var inside = i < n && qrs[i] > beat[i] + offset;
            if (inside && start < 0) start = i;
            else if (!inside && start >= 0)
            {
                if (i - start >= w1)
                {
                    var best = start;
                    for (var k = start + 1; k < i; k++) if (Math.Abs(bandPassed[k]) > Math.Abs(bandPassed[best])) best = k;
                    peaks.Add(best);
                }

                start = -1;
            }
        }

        return peaks;
    }
}
