namespace HrResponse.Hrv.Internal;

/// <summary>SDANN and SDNNI over fixed-length segments (see <see cref="SegmentRule"/>).</summary>
internal static class SegmentStatistics
{
    /// <summary>Fewest segments for SDANN/SDNNI (NeuroKit2's rule; used for both rules).</summary>
    public const int MinimumSegments = 3;

    /// <summary>
    /// NeuroKit2's windows. <paramref name="positionsMs"/> are <c>(cumsum(rr/1000) − rr[0]/1000)·1000 + rr[0]</c>.
    /// Sums of squares are taken about each segment's first interval (exact 0 for a constant segment).
    /// </summary>
    public static (double Sdann, double Sdnni) NeuroKit2(ReadOnlySpan<double> rr, ReadOnlySpan<double> positionsMs, double windowMs)
    {
        var n = rr.Length;
        if (n == 0) return (double.NaN, double.NaN);
        var windows = Math.Round(positionsMs[n - 1] / windowMs, MidpointRounding.ToEven);
        if (!(windows >= MinimumSegments)) return (double.NaN, double.NaN);
        var windowCount = (long)windows;

        var acc = default(Accumulator);
        long win = 0;
        var boundary = windowMs; // (win + 1) · w, exact for whole numbers of ms
        int k = 0;
        double s1 = 0, s2 = 0, shift = 0;
        for (var j = 0; j < n; j++)
        {
            var c = positionsMs[j];
            if (c >= boundary)
            {
                acc.AddSegment(k, s1, s2, shift);
                k = 0;
                s1 = s2 = 0;
                while (c >= boundary)
                {
                    win++;
                    boundary = (win + 1) * windowMs;
                }
            }

            if (win >= windowCount) break;

            // NeuroKit2 slices rri[start_idx:end_idx], leaving out the last interval of each window.
            if (j + 1 < n && positionsMs[j + 1] < boundary)
            {
                if (k == 0) shift = rr[j];
                var d = rr[j] - shift;
                k++;
                s1 += d;
                s2 += d * d;
            }
        }

        if (win < windowCount) acc.AddSegment(k, s1, s2, shift);
        return (acc.Sdann(2), acc.Sdnni(1));
    }

    /// <summary>
    /// Complete clock-aligned segments <c>[start + k·w, start + (k+1)·w)</c> of the beat times, k while
    /// <c>start + (k+1)·w ≤ last beat time</c>.
    /// </summary>
    public static (double Sdann, double Sdnni) ClockAligned(
        ReadOnlySpan<double> rr, ReadOnlySpan<double> timesSeconds, double startSeconds, double windowSeconds)
    {
        var n = rr.Length;
        if (n == 0) return (double.NaN, double.NaN);
        var end = timesSeconds[n - 1];
        var complete = Math.Floor((end - startSeconds) / windowSeconds);
        if (!(complete >= MinimumSegments - 1)) return (double.NaN, double.NaN);
        var segments = (long)complete;
        while (startSeconds + ((segments + 1) * windowSeconds) <= end) segments++;
        while (segments > 0 && startSeconds + (segments * windowSeconds) > end) segments--;
        if (segments < MinimumSegments) return (double.NaN, double.NaN);

        var acc = default(Accumulator);
        long seg = 0;
        var boundary = startSeconds + windowSeconds;
        int k = 0;
        double s1 = 0, s2 = 0, shift = 0;
        for (var j = 0; j < n; j++)
        {
            var t = timesSeconds[j];
            if (t >= boundary)
            {
                acc.AddSegment(k, s1, s2, shift);
                k = 0;
                s1 = s2 = 0;
                while (t >= boundary)
                {
                    seg++;
                    boundary = startSeconds + ((seg + 1) * windowSeconds);
                }
            }

            if (seg >= segments) break;
            if (k == 0) shift = rr[j];
            var d = rr[j] - shift;
            k++;
            s1 += d;
            s2 += d * d;
        }

        if (seg < segments) acc.AddSegment(k, s1, s2, shift);
        return (acc.Sdann(MinimumSegments), acc.Sdnni(MinimumSegments));
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
