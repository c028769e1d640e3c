namespace HrResponse.Hrv.Internal;

/// <summary>
/// NumPy's <c>percentile(method="linear")</c> and <c>median</c>: position <c>(n − 1)·p</c>, interpolated between the
/// order statistics around it with NumPy's <c>_lerp</c> (<c>a + (b − a)·t</c>, or <c>b − (b − a)·(1 − t)</c> when
/// <c>t ≥ 0.5</c>); the median of an even count is <c>(a + b) / 2</c>.
/// </summary>
internal readonly struct Quantiles
{
    public const int P20 = 0;
    public const int P25 = 1;
    public const int P75 = 2;
    public const int P80 = 3;
    public const int RankCount = 10;

    private static readonly double[] Fractions = [20 / 100.0, 25 / 100.0, 75 / 100.0, 80 / 100.0];

    private readonly int _n;

    public Quantiles(int n) => _n = n;

    /// <summary>Ranks needed: two per percentile (slots 0–7), then the median's two (slots 8–9).</summary>
    public void Ranks(Span<int> ranks)
    {
        for (var p = 0; p < Fractions.Length; p++)
        {
            var position = (_n - 1) * Fractions[p];
            var below = (int)Math.Floor(position);
            ranks[2 * p] = below;
            ranks[(2 * p) + 1] = Math.Min(below + 1, _n - 1);
        }

        ranks[8] = (_n - 1) / 2;
        ranks[9] = _n / 2;
    }

    public double Percentile(ReadOnlySpan<double> values, int which)
    {
        var position = (_n - 1) * Fractions[which];
        var t = position - Math.Floor(position);
        var a = values[2 * which];
        var b = values[(2 * which) + 1];
        var diff = b - a;
        return t >= 0.5 ? b - (diff * (1 - t)) : a + (diff * t);
    }

    public double Median(ReadOnlySpan<double> values) =>
        _n % 2 == 1 ? values[8] : (values[8] + values[9]) / 2.0;
}
