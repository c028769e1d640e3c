using System.Globalization;

namespace HrResponse.Plotting.Internal;

/// <summary>
/// A linear or base-10 logarithmic axis mapping data values to pixels, with "nice" ticks (1, 2, 5 × 10^k for linear
/// axes; decades, with 2 and 5 between them when the axis spans less than three decades, for log axes).
/// </summary>
internal sealed class Axis
{
    private readonly double _lo;
    private readonly double _hi;

    private Axis(double min, double max, bool log, string title, IReadOnlyList<double> ticks, double step)
    {
        Min = min;
        Max = max;
        IsLog = log;
        Title = title;
        Ticks = ticks;
        Step = step;
        _lo = log ? Math.Log10(min) : min;
        _hi = log ? Math.Log10(max) : max;
    }

    public double Min { get; }

    public double Max { get; }

    public bool IsLog { get; }

    /// <summary>Axis title with its unit, e.g. "Time (s)".</summary>
    public string Title { get; }

    public IReadOnlyList<double> Ticks { get; }

    /// <summary>Tick step of a linear axis (for label decimals); 0 for log axes.</summary>
    public double Step { get; }

    public double PixelStart { get; set; }

    public double PixelEnd { get; set; }

    /// <summary>
    /// A linear axis covering [<paramref name="min"/>, <paramref name="max"/>], widened to whole tick steps when
    /// <paramref name="extendToTicks"/>; a degenerate or non-finite range becomes a unit range around it.
    /// </summary>
    public static Axis Linear(double min, double max, string title, int targetTicks = 6, bool extendToTicks = true)
    {
        (min, max) = Sanitize(min, max);
        var step = NiceStep((max - min) / Math.Max(2, targetTicks));
        if (extendToTicks)
        {
            min = Math.Floor(min / step + 1e-9) * step;
            max = Math.Ceiling(max / step - 1e-9) * step;
        }

        var ticks = new List<double>();
        var first = Math.Ceiling(min / step - 1e-9);
        for (var k = first; k * step <= max + step * 1e-9 && ticks.Count < 100; k++)
        {
            var t = k * step;
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        }

        return new Axis(min, max, false, title, ticks, step);
    }

    /// <summary>A log10 axis covering the positive range [<paramref name="min"/>, <paramref name="max"/>], widened to decades or 2/5 multiples.</summary>
    public static Axis Log(double min, double max, string title)
    {
        if (!(min > 0) || !double.IsFinite(min) || !(max > 0) || !double.IsFinite(max))
        {
            min = 1;
            max = 10;
        }

        if (max <= min) max = min * 10;
        var lo = Math.Floor(Math.Log10(min) + 1e-9);
        var hi = Math.Ceiling(Math.Log10(max) - 1e-9);
        if (hi <= lo) hi = lo + 1;
        var ticks = new List<double>();
        var dense = hi - lo < 3;
        for (var d = lo; d <= hi; d++)
        {
            var p = Math.Pow(10, d);
            ticks.Add(p);
            if (dense && d < hi)
            {
                ticks.Add(2 * p);
                ticks.Add(5 * p);
            }
        }

        // Trim the range to the data's nearest ticks so a narrow span is not lost in whole decades.
        var tMin = ticks.Where(t => t <= min * (1 + 1e-9)).DefaultIfEmpty(ticks[0]).Max();
        var tMax = ticks.Where(t => t >= max * (1 - 1e-9)).DefaultIfEmpty(ticks[^1]).Min();
        ticks = ticks.Where(t => t >= tMin * (1 - 1e-9) && t <= tMax * (1 + 1e-9)).ToList();
        return new Axis(tMin, tMax, true, title, ticks, 0);
    }

    /// <summary>Pixel position of a data value (values outside the range map outside the pixel range).</summary>
    public double Map(double value)
    {
        var v = IsLog ? Math.Log10(Math.Max(value, 1e-300)) : value;
        return PixelStart + ((v - _lo) / (_hi - _lo) * (PixelEnd - PixelStart));
    }

    public bool Contains(double value) => value >= Min - (Math.Abs(Max - Min) * 1e-9) && value <= Max + (Math.Abs(Max - Min) * 1e-9);

    /// <summary>The tick label: just enough decimals for the step (linear), or a plain number (log).</summary>
    public string Format(double value)
    {
        if (IsLog)
        {
            return value >= 1e5 || value < 1e-3
                ? value.ToString("0E+0", CultureInfo.InvariantCulture)
                : value.ToString("0.###", CultureInfo.InvariantCulture);
        }

        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(Step) + 1e-9));
        if (Math.Abs(value) >= 1e6) return value.ToString("0.##E+0", CultureInfo.InvariantCulture);
        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>1, 2 or 5 × 10^k nearest above <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough)) return 1;
        var exp = Math.Floor(Math.Log10(rough));
        var f = rough / Math.Pow(10, exp);
        var nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exp);
    }

    private static (double, double) Sanitize(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max)) return (0, 1);
        if (max < min) (min, max) = (max, min);
        if (max - min < Math.Max(Math.Abs(max), 1) * 1e-9)
        {
            var half = Math.Max(Math.Abs(min) * 0.05, 0.5);
            return (min - half, max + half);
        }

        return (min, max);
    }
}
