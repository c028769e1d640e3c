using System.Numerics;

namespace HrResponse.Quality.Internal;

/// <summary>
/// Centred rolling order statistics over a span, with pandas' <c>rolling(w, center=True, min_periods=1)</c> edge rule:
/// the window of element <c>i</c> is <c>[i - h, i + h]</c> (<c>h = w / 2</c>, <c>w</c> odd) cut to the span, so windows
/// near the ends hold fewer values. Quantiles interpolate linearly between order statistics (pandas' and NumPy's
/// default). The window is kept sorted and updated by one removal and one insertion per step, so a pass costs
/// O(n·w) element moves with a small constant (a block copy), not a sort per element.
/// </summary>
internal static class RollingStatistics
{
    /// <summary>Centred rolling median of <paramref name="values"/> over <paramref name="window"/> elements.</summary>
    public static void Median(ReadOnlySpan<double> values, int window, Span<double> result)
    {
        if (window > 31)
        {
            Quantiles(values, window, 0.5, double.NaN, result, default);
            return;
        }

        // Small window: linear insertion and removal in a short sorted buffer.
        var n = values.Length;
        if (n == 0) return;
        var half = window / 2;
        Span<double> sorted = stackalloc double[32];
        var count = 0;
        var firstEnd = Math.Min(half, n - 1);
        for (var k = 0; k <= firstEnd; k++) InsertLinear(sorted, ref count, values[k]);
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                var leave = i - half - 1;
                var enter = i + half;
                if (leave >= 0) RemoveLinear(sorted, ref count, values[leave]);
                if (enter < n) InsertLinear(sorted, ref count, values[enter]);
            }

            result[i] = (count & 1) == 1 ? sorted[count >> 1] : 0.5 * (sorted[(count >> 1) - 1] + sorted[count >> 1]);
        }
    }

    private static void InsertLinear(Span<double> sorted, ref int count, double x)
    {
        var at = count;
        while (at > 0 && sorted[at - 1] > x)
        {
            sorted[at] = sorted[at - 1];
            at--;
        }

        sorted[at] = x;
        count++;
    }

    private static void RemoveLinear(Span<double> sorted, ref int count, double x)
    {
        var at = 0;
        while (sorted[at] != x) at++;
        for (var k = at; k < count - 1; k++) sorted[k] = sorted[k + 1];
        count--;
    }

    /// <summary>
    /// Centred rolling quantiles <paramref name="p1"/> and (when not NaN) <paramref name="p2"/> of
    /// <paramref name="values"/>; writes them to <paramref name="q1"/> and <paramref name="q2"/>.
    /// </summary>
    public static void Quantiles(ReadOnlySpan<double> values, int window, double p1, double p2, Span<double> q1, Span<double> q2) =>
        Quantiles(values, default, window, p1, p2, q1, q2);

    /// <summary>
    /// As <see cref="Quantiles(ReadOnlySpan{double}, int, double, double, Span{double}, Span{double})"/>, leaving out
    /// the values whose <paramref name="exclude"/> flag is set (empty: none left out): the window of element i holds
    /// the kept values of [i − h, i + h]. Where it holds none, NaN is written.
    /// </summary>
    public static void Quantiles(ReadOnlySpan<double> values, ReadOnlySpan<bool> exclude, int window, double p1, double p2, Span<double> q1, Span<double> q2)
    {
        if (!exclude.IsEmpty)
        {
            MaskedQuantiles(values, exclude, window, p1, p2, q1, q2);
            return;
        }

        var n = values.Length;
        if (n == 0) return;
        var half = window / 2;

        // Sorted window padded with +∞ up to a whole number of vectors, so ranks are counted with vector compares.
        var lanes = Vector<double>.Count;
        var size = Math.Min(window, n);
        var sorted = new double[((size + lanes) / lanes) * lanes];
        Array.Fill(sorted, double.PositiveInfinity);
        var count = 0;

        // Initial window of element 0: [0, half].
        var firstEnd = Math.Min(half, n - 1);
        for (var k = 0; k <= firstEnd; k++) Insert(sorted, ref count, values[k]);

        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                var enter = i + half;
                var leave = i - half - 1;
                if (leave >= 0 && enter < n) Replace(sorted, count, values[leave], values[enter]);
                else if (leave >= 0) Remove(sorted, ref count, values[leave]);
                else if (enter < n) Insert(sorted, ref count, values[enter]);
            }

            q1[i] = Quantile(sorted, count, p1);
            if (!double.IsNaN(p2)) q2[i] = Quantile(sorted, count, p2);
        }
    }

    private static void MaskedQuantiles(ReadOnlySpan<double> values, ReadOnlySpan<bool> exclude, int window, double p1, double p2, Span<double> q1, Span<double> q2) =>
        MaskedQuantiles(values, exclude, window, p1, p2, q1, q2, 0, values.Length - 1);

    /// <summary>
    /// As the masked <see cref="Quantiles(ReadOnlySpan{double}, ReadOnlySpan{bool}, int, double, double, Span{double}, Span{double})"/>
    /// but writing only the elements <paramref name="from"/>..<paramref name="to"/> (inclusive); the others are left as
    /// they are. Costs O((to − from + window) · window).
    /// </summary>
    public static void MaskedQuantiles(ReadOnlySpan<double> values, ReadOnlySpan<bool> exclude, int window, double p1, double p2,
        Span<double> q1, Span<double> q2, int from, int to)
    {
        var n = values.Length;
        if (n == 0 || from > to) return;
        var half = window / 2;
        var lanes = Vector<double>.Count;
        var size = Math.Min(window, n);
        var sorted = new double[((size + lanes) / lanes) * lanes];
        Array.Fill(sorted, double.PositiveInfinity);
        var count = 0;
        var firstEnd = Math.Min(from + half, n - 1);
        for (var k = Math.Max(0, from - half); k <= firstEnd; k++)
            if (!exclude[k]) Insert(sorted, ref count, values[k]);

        for (var i = from; i <= to; i++)
        {
            if (i > from)
            {
                var enter = i + half;
                var leave = i - half - 1;
                var doEnter = enter < n && !exclude[enter];
                var doLeave = leave >= 0 && !exclude[leave];
                if (doLeave && doEnter) Replace(sorted, count, values[leave], values[enter]);
                else if (doLeave) Remove(sorted, ref count, values[leave]);
                else if (doEnter) Insert(sorted, ref count, values[enter]);
            }

            q1[i] = count == 0 ? double.NaN : Quantile(sorted, count, p1);
            if (!double.IsNaN(p2)) q2[i] = count == 0 ? double.NaN : Quantile(sorted, count, p2);
        }
    }

    private static double Quantile(double[] sorted, int count, double p)
    {
        var pos = p * (count - 1);
        var lo = (int)pos;
        var frac = pos - lo;
        return lo + 1 < count ? sorted[lo] + (frac * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }

    // Number of window values below x, i.e. the first index whose value is >= x. Values past 'count' are +∞.
    private static int LowerBound(double[] sorted, int count, double x)
    {
        var lanes = Vector<double>.Count;
        var vx = new Vector<double>(x);
        var acc = Vector<long>.Zero;
        for (var k = 0; k < count; k += lanes) acc -= Vector.LessThan(new Vector<double>(sorted, k), vx);
        return (int)Vector.Sum(acc);
    }

    private static void Insert(double[] sorted, ref int count, double x)
    {
        var at = LowerBound(sorted, count, x);
        Array.Copy(sorted, at, sorted, at + 1, count - at);
        sorted[at] = x;
        count++;
    }

    private static void Remove(double[] sorted, ref int count, double x)
    {
        var at = LowerBound(sorted, count, x);
        Array.Copy(sorted, at + 1, sorted, at, count - at - 1);
        count--;
        sorted[count] = double.PositiveInfinity;
    }

    // Removes 'old' and inserts 'x' with one block move between the two positions.
    private static void Replace(double[] sorted, int count, double old, double x)
    {
        var from = LowerBound(sorted, count, old);
        var to = LowerBound(sorted, count, x);
        if (x >= old)
        {
            // Elements strictly between 'old' and the first value >= x move one place left; x goes before that value.
            if (to <= from)
            {
                sorted[from] = x;
                return;
            }

            Array.Copy(sorted, from + 1, sorted, from, to - from - 1);
            sorted[to - 1] = x;
        }
        else
        {
            // Values >= x before 'old' move one place right; x takes the first of their places.
            Array.Copy(sorted, to, sorted, to + 1, from - to);
            sorted[to] = x;
        }
    }
}
