using HrResponse.Internal;

namespace HrResponse.Autonomic.Internal;

/// <summary>Small helpers over per-beat arrays (beat times in seconds, RR in ms, values per beat).</summary>
internal static class BeatWindow
{
    /// <summary>Indices of the beats whose time lies in <c>[from, to]</c> (both inclusive).</summary>
    public static (int Start, int End) Range(ReadOnlySpan<double> times, double from, double to)
    {
        var start = 0;
        while (start < times.Length && times[start] < from) start++;
        var end = start;
        while (end < times.Length && times[end] <= to) end++;
        return (start, end);
    }

    /// <summary>Mean of the finite values of beats in <c>[from, to]</c>; NaN when there are none.</summary>
    public static double Mean(ReadOnlySpan<double> times, ReadOnlySpan<double> values, double from, double to)
    {
        var (s, e) = Range(times, from, to);
        double sum = 0;
        var n = 0;
        for (var i = s; i < e; i++)
        {
            if (!double.IsFinite(values[i])) continue;
            sum += values[i];
            n++;
        }

        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>The beat with the largest (or smallest) finite value in <c>[from, to]</c>, or -1.</summary>
    public static int ArgExtreme(ReadOnlySpan<double> times, ReadOnlySpan<double> values, double from, double to, bool max)
    {
        var (s, e) = Range(times, from, to);
        var best = -1;
        for (var i = s; i < e; i++)
        {
            if (!double.IsFinite(values[i])) continue;
            if (best < 0 || (max ? values[i] > values[best] : values[i] < values[best])) best = i;
        }

        return best;
    }

    /// <summary>Median of three neighbours per beat (end beats kept), to remove single-beat spikes.</summary>
    public static double[] Median3(ReadOnlySpan<double> values)
    {
        var result = values.ToArray();
        for (var i = 1; i + 1 < values.Length; i++)
        {
            double a = values[i - 1], b = values[i], c = values[i + 1];
            if (!double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(c)) continue;
            result[i] = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
        }

        return result;
    }

    /// <summary>Running median of 5 neighbours per beat (fewer at the ends), to remove spikes of up to two beats (a split beat).</summary>
    public static double[] Median5(ReadOnlySpan<double> values)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var from = Math.Max(0, i - 2);
            var to = Math.Min(values.Length, i + 3);
            result[i] = Median(values[from..to].ToArray());
        }

        return result;
    }

    /// <summary>
    /// Values on a uniform grid <c>t0 + k·dt</c> from per-beat values by linear interpolation between finite beats
    /// (held constant before the first and after the last).
    /// </summary>
    public static double[] OnGrid(ReadOnlySpan<double> times, ReadOnlySpan<double> values, double t0, double dt, int count)
    {
        var grid = new double[count];
        var idx = new List<int>();
        for (var i = 0; i < values.Length; i++)
            if (double.IsFinite(values[i])) idx.Add(i);
        if (idx.Count == 0)
        {
            Array.Fill(grid, double.NaN);
            return grid;
        }

        var j = 0;
        for (var k = 0; k < count; k++)
        {
            var t = t0 + (k * dt);
            while (j + 1 < idx.Count && times[idx[j + 1]] <= t) j++;
            var a = idx[j];
            if (t <= times[a] || j + 1 >= idx.Count)
            {
                grid[k] = values[a];
                continue;
            }

            var b = idx[j + 1];
            var f = (t - times[a]) / (times[b] - times[a]);
            grid[k] = values[a] + (f * (values[b] - values[a]));
        }

        return grid;
    }

    /// <summary>Median of the finite values; NaN when none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var v = values.Where(double.IsFinite).Order().ToArray();
        if (v.Length == 0) return double.NaN;
        return v.Length % 2 == 1 ? v[v.Length / 2] : 0.5 * (v[(v.Length / 2) - 1] + v[v.Length / 2]);
    }

    /// <summary>Number of intervals that differ by more than 30 % from the median of the 7 intervals centred on them (likely missed, extra or ectopic beats).</summary>
    public static int SuspectCount(ReadOnlySpan<double> rrMs)
    {
        var count = 0;
        for (var i = 0; i < rrMs.Length; i++)
        {
            var from = Math.Max(0, i - 3);
            var to = Math.Min(rrMs.Length, i + 4);
            var median = Median(rrMs[from..to].ToArray());
            if (Math.Abs(rrMs[i] - median) > 0.3 * median) count++;
        }

        return count;
    }

    /// <summary>Heart rate per beat, 60000 / RR.</summary>
    public static double[] HeartRate(ReadOnlySpan<double> rrMs)
    {
        var hr = new double[rrMs.Length];
        for (var i = 0; i < hr.Length; i++) hr[i] = 60000.0 / rrMs[i];
        return hr;
    }

    /// <summary>
    /// Marker whose label starts with one of the prefixes (compared as <see cref="MarkerLabel"/> compares: case, '_', '-'
    /// and spacing aside), first in time after <paramref name="after"/>, or null.
    /// </summary>
    public static Marker? FindMarker(IReadOnlyList<Marker> markers, IReadOnlyList<string> prefixes, double after = double.NegativeInfinity) =>
        markers.FirstOrDefault(m => m.TimeSeconds > after && prefixes.Any(p => MarkerLabel.StartsWith(m.Label, p)));
}
