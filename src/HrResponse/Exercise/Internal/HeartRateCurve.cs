using HrResponse.Internal;

namespace HrResponse.Exercise.Internal;

/// <summary>
/// Heart rate as a piecewise-linear function of time through its samples (beats or HR samples, any spacing), with
/// exact time-weighted window means from a cumulative integral.
/// </summary>
internal sealed class HeartRateCurve
{
    private readonly double[] _t;
    private readonly double[] _bpm;
    private readonly double[] _cumulative;

    public HeartRateCurve(double[] timesSeconds, double[] bpm)
    {
        _t = timesSeconds;
        _bpm = bpm;
        _cumulative = new double[_t.Length];
        for (var i = 1; i < _t.Length; i++)
            _cumulative[i] = _cumulative[i - 1] + (0.5 * (_bpm[i] + _bpm[i - 1]) * (_t[i] - _t[i - 1]));
    }

    public ReadOnlySpan<double> Times => _t;

    public ReadOnlySpan<double> Bpm => _bpm;

    public int Count => _t.Length;

    public double Start => _t.Length == 0 ? double.NaN : _t[0];

    public double End => _t.Length == 0 ? double.NaN : _t[^1];

    /// <summary>Linearly interpolated heart rate at <paramref name="time"/>; NaN outside the samples.</summary>
    public double At(double time)
    {
        if (_t.Length == 0 || time < _t[0] || time > _t[^1]) return double.NaN;
        var k = Segment(time);
        if (k == _t.Length - 1) return _bpm[k];
        var f = (time - _t[k]) / (_t[k + 1] - _t[k]);
        return _bpm[k] + (f * (_bpm[k + 1] - _bpm[k]));
    }

    /// <summary>Time-weighted mean over <c>[from, to]</c>; NaN when the range leaves the samples or is empty.</summary>
    public double Mean(double from, double to)
    {
        if (_t.Length < 2 || !(to > from) || from < _t[0] || to > _t[^1]) return double.NaN;
        return (Integral(to) - Integral(from)) / (to - from);
    }

    /// <summary>Number of samples whose time lies in <c>[from, to]</c>.</summary>
    public int CountIn(double from, double to)
    {
        var a = TimeRange.LowerBound(_t, from);
        var b = TimeRange.LowerBound(_t, Math.BitIncrement(to));
        return Math.Max(0, b - a);
    }

    /// <summary>
    /// The extreme (highest when <paramref name="highest"/>, else lowest) mean over windows of length
    /// <paramref name="window"/> inside <c>[from, to]</c>, with the window's start time. Candidate windows start or
    /// end at a sample time (or at the range bounds). NaN when the range is shorter than the window.
    /// </summary>
    public (double Value, double WindowStart) ExtremeMean(double from, double to, double window, bool highest)
    {
        from = Math.Max(from, Start);
        to = Math.Min(to, End);
        if (!(to - from >= window)) return (double.NaN, double.NaN);
        var best = double.NaN;
        var bestStart = double.NaN;
        void Consider(double m, double s)
        {
            if (double.IsNaN(best) || (highest ? m > best : m < best))
            {
                best = m;
                bestStart = s;
            }
        }

        Consider(Mean(from, from + window), from);
        Consider(Mean(to - window, to), to - window);

        // Windows starting at a sample, then windows ending at a sample; both sweeps move monotonically, so the
        // segment of the moving window edge is tracked with a pointer instead of a search (O(n) overall).
        var first = TimeRange.LowerBound(_t, from);
        var startSegment = Math.Max(0, first - 1);
        int ka = startSegment, kb = startSegment;
        for (var i = first; i < _t.Length && _t[i] + window <= to; i++)
        {
            var s0 = _t[i];
            Consider((IntegralTracked(s0 + window, ref kb) - IntegralTracked(s0, ref ka)) / window, s0);
        }

        ka = startSegment;
        kb = startSegment;
        for (var i = TimeRange.LowerBound(_t, from + window); i < _t.Length && _t[i] <= to; i++)
        {
            var e = _t[i];
            Consider((IntegralTracked(e, ref kb) - IntegralTracked(e - window, ref ka)) / window, e - window);
        }

        return (best, bestStart);
    }

    /// <summary>Highest (or lowest) single sample in <c>[from, to]</c> and its time; NaN when none.</summary>
    public (double Value, double Time) ExtremeSample(double from, double to, bool highest)
    {
        var best = double.NaN;
        var time = double.NaN;
        for (var i = TimeRange.LowerBound(_t, from); i < _t.Length && _t[i] <= to; i++)
        {
            if (double.IsNaN(best) || (highest ? _bpm[i] > best : _bpm[i] < best))
            {
                best = _bpm[i];
                time = _t[i];
            }
        }

        return (best, time);
    }

    /// <summary>Integral up to <paramref name="time"/>, with <paramref name="k"/> a segment index that only moves forward.</summary>
    private double IntegralTracked(double time, ref int k)
    {
        while (k + 1 < _t.Length && _t[k + 1] <= time) k++;
        if (k >= _t.Length - 1) return _cumulative[^1];
        var dt = time - _t[k];
        var slope = (_bpm[k + 1] - _bpm[k]) / (_t[k + 1] - _t[k]);
        return _cumulative[k] + (dt * (_bpm[k] + (0.5 * slope * dt)));
    }

    private int Segment(double time)
    {
        var k = TimeRange.LowerBound(_t, time);
        if (k < _t.Length && _t[k] == time) return k;
        return k - 1;
    }

    private double Integral(double time)
    {
        var k = Segment(time);
        if (k >= _t.Length - 1) return _cumulative[^1];
        var dt = time - _t[k];
        var slope = (_bpm[k + 1] - _bpm[k]) / (_t[k + 1] - _t[k]);
        return _cumulative[k] + (dt * (_bpm[k] + (0.5 * slope * dt)));
    }
}
