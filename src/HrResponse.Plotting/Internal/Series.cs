namespace HrResponse.Plotting.Internal;

/// <summary>Turns data into pixel paths: one point per finite data point, a new path at every non-finite value or break.</summary>
internal static class Series
{
    /// <summary>Polylines through the finite points; a NaN (or a true <paramref name="breakBefore"/>) starts a new one.</summary>
    public static List<List<(double X, double Y)>> Segments(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, Panel panel, Func<int, bool>? breakBefore = null, double xScale = 1)
    {
        var result = new List<List<(double, double)>>();
        List<(double, double)>? current = null;
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]) || (panel.Y.IsLog && y[i] <= 0) || (panel.X.IsLog && x[i] <= 0))
            {
                current = null;
                continue;
            }

            if (current is null || (breakBefore?.Invoke(i) ?? false))
            {
                current = [];
                result.Add(current);
            }

            current.Add((Clamp(panel.X.Map(x[i] / xScale)), Clamp(panel.Y.Map(y[i]))));
        }

        return result;
    }

    /// <summary>Minimum and maximum of the finite values (positive ones only when <paramref name="positiveOnly"/>); NaN when none.</summary>
    public static (double Min, double Max) Range(ReadOnlySpan<double> values, bool positiveOnly = false)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (!double.IsFinite(v) || (positiveOnly && v <= 0)) continue;
            if (v < min) min = v;
            if (v > max) max = v;
        }

        return min <= max ? (min, max) : (double.NaN, double.NaN);
    }

    /// <summary>Keeps pixel coordinates of wildly out-of-range values finite and bounded (clipping hides them).</summary>
    public static double Clamp(double pixel) => Math.Clamp(pixel, -1e5, 1e5);

    /// <summary>Seconds or minutes for a time axis: minutes when the span exceeds 15 min.</summary>
    public static (double Divisor, string Title) TimeUnit(double spanSeconds) =>
        spanSeconds > 900 ? (60, "Time (min)") : (1, "Time (s)");
}
