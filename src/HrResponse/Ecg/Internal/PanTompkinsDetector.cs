using HrResponse.Signal;

namespace HrResponse.Ecg.Internal;

/// <summary>
/// Offline Pan–Tompkins (1985) detector (see <see cref="RPeakDetector.PanTompkins1985"/>). Filters are zero phase and
/// the integration window is centred, so the integrated peak lies at the QRS without the real-time delay.
/// </summary>
internal static class PanTompkinsDetector
{
    private const double IntegrationSeconds = 0.150;
    private const double RefractorySeconds = 0.200;
    private const double TWaveWindowSeconds = 0.360;
    private const double LearningSeconds = 2.0;
    private const double MissedBeatFactor = 1.66;

    /// <summary>Band-pass 5–15 Hz (order-2 Butterworth, zero phase).</summary>
    public static double[] BandPass(ReadOnlySpan<double> ecg, double fs)
    {
        var high = Math.Min(15, fs * 0.45);
        return SosFilter.FilterZeroPhase(ecg, ButterworthDesign.BandPass(2, 5, high, fs));
    }

    public static List<int> FindPeaks(double[] bandPassed, double fs)
    {
        var n = bandPassed.Length;
        var result = new List<int>();
        if (n < 5) return result;

        // Five-point derivative (centred), squaring, centred moving-window integration.
        var slope = new double[n];
        for (var i = 2; i < n - 2; i++)
            slope[i] = ((2 * (bandPassed[i + 1] - bandPassed[i - 1])) + bandPassed[i + 2] - bandPassed[i - 2]) * (fs / 8);
        var squared = new double[n];
        for (var i = 0; i < n; i++) squared[i] = slope[i] * slope[i];
        var width = Math.Max(1, (int)Math.Round(IntegrationSeconds * fs));
        var mwi = SlidingWindow.UniformNearest(squared, width);

        var refractory = (int)Math.Round(RefractorySeconds * fs);
        var tWave = (int)Math.Round(TWaveWindowSeconds * fs);
        var halfWidth = width / 2;
        var candidates = Candidates(mwi, refractory);
        if (candidates.Count == 0) return result;

        var learn = Math.Min(n, (int)(LearningSeconds * fs));
        var (spki, npki) = Learn(mwi, 0, learn);
        var rrHistory = new Queue<int>();
        var lastQrs = -1;
        var lastSlope = 0.0;
        var pendingNoise = new List<int>();

        double MaxSlope(int peak)
        {
            var from = Math.Max(0, peak - halfWidth);
            var to = Math.Min(n - 1, peak + halfWidth);
            var m = 0.0;
            for (var i = from; i <= to; i++) m = Math.Max(m, Math.Abs(slope[i]));
            return m;
        }

        void Accept(int peak, bool searchBack)
        {
            if (lastQrs >= 0)
            {
                rrHistory.Enqueue(peak - lastQrs);
                if (rrHistory.Count > 8) rrHistory.Dequeue();
            }

            spki = searchBack ? (0.25 * mwi[peak]) + (0.75 * spki) : (0.125 * mwi[peak]) + (0.875 * spki);
            lastQrs = peak;
            lastSlope = MaxSlope(peak);
            result.Add(peak);
            pendingNoise.RemoveAll(p => p <= peak);
        }

        bool SearchBack(int now)
        {
            if (lastQrs < 0 || rrHistory.Count == 0) return false;
            var missLimit = MissedBeatFactor * rrHistory.Average();
            if (now - lastQrs <= missLimit) return false;
            var threshold2 = 0.5 * (npki + (0.25 * (spki - npki)));
            var best = -1;
            foreach (var p in pendingNoise)
                if (p - lastQrs > refractory && mwi[p] > threshold2 && (best < 0 || mwi[p] > mwi[best])) best = p;
            if (best < 0) return false;
            Accept(best, searchBack: true);
            return true;
        }

        foreach (var c in candidates)
        {
            while (SearchBack(c)) { }

            // After a long stretch without any beat (e.g. an artefact set the levels too high), learn again.
            var sinceLast = lastQrs < 0 ? c : c - lastQrs;
            if (sinceLast > 3 * learn && c >= learn)
            {
                (spki, npki) = Learn(mwi, c - learn, c);
                pendingNoise.Clear();
                rrHistory.Clear();
                lastQrs = -1;
            }

            if (lastQrs >= 0 && c - lastQrs < refractory) continue;
            var threshold1 = npki + (0.25 * (spki - npki));
            var value = mwi[c];
            var isQrs = value > threshold1;
            if (isQrs && lastQrs >= 0 && c - lastQrs < tWave && MaxSlope(c) < 0.5 * lastSlope) isQrs = false;
            if (isQrs) Accept(c, searchBack: false);
            else
            {
                npki = (0.125 * value) + (0.875 * npki);
                pendingNoise.Add(c);
            }
        }

        while (SearchBack(n - 1)) { }
        result.Sort();
        return result;
    }

    private static (double Spki, double Npki) Learn(double[] mwi, int from, int to)
    {
        double max = 0, sum = 0;
        for (var i = from; i < to; i++)
        {
            max = Math.Max(max, mwi[i]);
            sum += mwi[i];
        }

        return (max / 3, sum / Math.Max(1, to - from) / 2);
    }

    /// <summary>Local maxima of the integrated signal, merged so that kept maxima are at least one refractory period apart (the larger wins).</summary>
    private static List<int> Candidates(double[] mwi, int refractory)
    {
        var list = new List<int>();
        for (var i = 1; i < mwi.Length - 1; i++)
        {
            if (!(mwi[i] > mwi[i - 1] && mwi[i] >= mwi[i + 1])) continue;
            if (list.Count > 0 && i - list[^1] < refractory)
            {
                if (mwi[i] > mwi[list[^1]]) list[^1] = i;
                continue;
            }

            list.Add(i);
        }

        return list;
    }
}
