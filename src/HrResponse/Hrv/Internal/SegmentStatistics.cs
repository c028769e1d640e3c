namespace HrResponse.Hrv.Internal;

/// <summary>SDANN and SDNNI over fixed-length segments (see <see cref="SegmentRule"/>): one linear sweep per segment length.</summary>
internal static class SegmentStatistics
{
    /// <summary>Fewest segments for SDANN/SDNNI (NeuroKit2's rule; used for both rules).</summary>
    public const int MinimumSegments = 3;

    /// <summary>Segment lengths in minutes, in index order (SDANN1, SDANN2, SDANN5).</summary>
    public static ReadOnlySpan<double> Minutes => [1, 2, 5];

    /// <summary>Largest segment count computed exactly (2^53); a longer span (only from absurd intervals) is capped there.</summary>
    private const double MaxSegmentCount = 9_007_199_254_740_992;

    /// <summary>
    /// SDANN and SDNNI for each of <see cref="Minutes"/>. For <see cref="SegmentRule.NeuroKit2"/>,
    /// <paramref name="positions"/> are NeuroKit2's <c>(cumsum(rr/1000) − rr[0]/1000)·1000 + rr[0]</c> in ms; for
    /// <see cref="SegmentRule.CompleteClockAligned"/> they are beat times in seconds and <paramref name="start"/> the
    /// start of the first interval. Sums of squares are taken about each segment's first interval.
    /// </summary>
    public static void Compute(
        ReadOnlySpan<double> rr, ReadOnlySpan<double> positions, SegmentRule rule, double start, Span<double> sdann, Span<double> sdnni)
    {
        var n = rr.Length;
        sdann.Fill(double.NaN);
        sdnni.Fill(double.NaN);
        if (n == 0) return;
        var nk = rule == SegmentRule.NeuroKit2;
        var last = positions[n - 1];
        for (var w = 0; w < Minutes.Length; w++)
        {
            var length = nk ? Minutes[w] * 60 * 1000 : Minutes[w] * 60;
            long count;
            if (nk)
            {
                // n_windows = int(np.round(rri_cumsum[-1] / window_size)), half to even.
                var rounded = Math.Round(last / length, MidpointRounding.ToEven);
                count = rounded >= MinimumSegments ? (long)rounded : 0;
            }
            else
            {
                // Complete segments: k while start + (k+1)·w ≤ last beat time.
                var estimate = Math.Floor((last - start) / length);
                count = estimate >= MinimumSegments - 1 ? (long)Math.Min(estimate, MaxSegmentCount) : 0;
                // Past 2^53 segments the products below are not exact and the correction could count up to 2^63.
                if (count > 0 && estimate < MaxSegmentCount)
                {
                    while (start + ((count + 1) * length) <= last) count++;
                    while (count > 0 && start + (count * length) > last) count--;
                }

                if (count < MinimumSegments) count = 0;
            }

            if (count == 0) continue;
            var stats = Sweep(rr, positions, nk ? 0 : start, length, count, leaveOutLastOfWindow: nk);
            sdann[w] = stats.Sdann(nk ? 2 : MinimumSegments);
            sdnni[w] = stats.Sdnni(nk ? 1 : MinimumSegments);
        }
    }

    /// <summary>
    /// One pass over the beats: segment k spans [origin + k·length, origin + (k+1)·length) of
    /// <paramref name="positions"/>, for k below <paramref name="count"/>. NeuroKit2 slices <c>rri[start_idx:end_idx]</c>,
    /// which leaves out the last interval of each window (<paramref name="leaveOutLastOfWindow"/>).
    /// </summary>
    private static Accumulator Sweep(
        ReadOnlySpan<double> rr, ReadOnlySpan<double> positions, double origin, double length, long count, bool leaveOutLastOfWindow)
    {
        var stats = default(Accumulator);
        var n = rr.Length;
        long index = 0;
        var boundary = origin + length;
        int k = 0;
        double s1 = 0, s2 = 0, shift = 0;
        for (var j = 0; j < n; j++)
        {
            var p = positions[j];
            if (p >= boundary)
            {
                stats.AddSegment(k, s1, s2, shift);
                k = 0;
                s1 = s2 = 0;
                // Jump over a long gap at once (one step per empty segment took minutes for a 1e15-ms interval).
                var jump = Math.Floor((p - origin) / length) - 1;
                if (!(jump < count)) return stats;
                index = Math.Max(index + 1, (long)jump);
                boundary = origin + ((index + 1) * length);
                while (p >= boundary)
                {
                    index++;
                    boundary = origin + ((index + 1) * length);
                }

                if (index >= count) return stats;
            }

            if (leaveOutLastOfWindow && !(j + 1 < n && positions[j + 1] < boundary)) continue;
            var x = rr[j];
            if (k == 0) shift = x;
            var d = x - shift;
            k++;
            s1 += d;
            s2 += d * d;
        }

        stats.AddSegment(k, s1, s2, shift);
        return stats;
    }

    private struct Accumulator
    {
        private int _means;
        private double _meanOfMeans;
        private double _m2;
        private int _sds;
        private double _sumSds;

        public void AddSegment(int k, double s1, double s2, double shift)
        {
            if (k < 1) return;
            var mean = shift + (s1 / k);
            _means++;
            var delta = mean - _meanOfMeans;
            _meanOfMeans += delta / _means;
            _m2 += delta * (mean - _meanOfMeans);
            if (k < 2) return;
            var variance = (s2 - (s1 * s1 / k)) / (k - 1);
            _sds++;
            _sumSds += Math.Sqrt(Math.Max(variance, 0));
        }

        public readonly double Sdann(int minimum) =>
            _means >= minimum && _means >= 2 ? Math.Sqrt(_m2 / (_means - 1)) : double.NaN;

        public readonly double Sdnni(int minimum) =>
            _sds >= minimum && _sds >= 1 ? _sumSds / _sds : double.NaN;
    }
}
