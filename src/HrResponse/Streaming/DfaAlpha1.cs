namespace HrResponse.Streaming;

/// <summary>
/// Short-term detrended fluctuation analysis as in FatMaxxer (after Marco Altini's implementation): profile
/// <c>y = cumsum(x − mean x)</c>; for each scale <c>s</c> the profile is cut into <c>⌊L/s⌋</c> non-overlapping
/// boxes from the start and again from the end; each box gets a least-squares line; <c>F(s)</c> is the root mean
/// square of all residuals; α is the least-squares slope of <c>log F(s)</c> against <c>log s</c>. Scales are
/// <c>⌊logspace(min, max, 30)⌋</c>, repeats included, as FatMaxxer does. Allocation-free after construction.
/// </summary>
internal sealed class DfaAlpha1
{
    private readonly int[] _scales;
    private readonly double[] _weights;
    private readonly double[] _logScales;
    private readonly double[] _profile;

    public DfaAlpha1(int minBox, int maxBox, int capacity)
    {
        const int density = 30;
        var counts = new SortedDictionary<int, int>();
        double lo = Math.Log10(minBox), hi = Math.Log10(maxBox);
        for (var k = 0; k < density; k++)
        {
            var s = (int)Math.Floor(Math.Pow(10, lo + ((hi - lo) * k / (density - 1))) + 1e-9);
            counts[s] = counts.TryGetValue(s, out var c) ? c + 1 : 1;
        }

        _scales = [.. counts.Keys];
        _weights = [.. counts.Values.Select(v => (double)v)];
        _logScales = [.. _scales.Select(s => Math.Log(s))];
        MaxBox = maxBox;
        _profile = new double[capacity];
    }

    public int MaxBox { get; }

    /// <summary>α1 of <paramref name="x"/>; NaN when shorter than twice the largest box.</summary>
    public double Compute(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        if (n < 2 * MaxBox || n > _profile.Length) return double.NaN;
        double mean = 0;
        foreach (var v in x) mean += v;
        mean /= n;
        var y = _profile.AsSpan(0, n);
        double acc = 0;
        for (var i = 0; i < n; i++)
        {
            acc += x[i] - mean;
            y[i] = acc;
        }

        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var k = 0; k < _scales.Length; k++)
        {
            var s = _scales[k];
            var f = Fluctuation(y, s);
            if (!(f > 0)) return double.NaN;
            var lx = _logScales[k];
            var ly = Math.Log(f);
            var w = _weights[k];
            sw += w;
            sx += w * lx;
            sy += w * ly;
            sxx += w * lx * lx;
            sxy += w * lx * ly;
        }

        var den = (sw * sxx) - (sx * sx);
        return den > 0 ? ((sw * sxy) - (sx * sy)) / den : double.NaN;
    }

    private static double Fluctuation(ReadOnlySpan<double> y, int s)
    {
        var n = y.Length;
        var boxes = n / s;
        if (boxes == 0) return double.NaN;
        // Sums over i = 0..s−1 for the regressor.
        var mx = (s - 1) / 2.0;
        var sxxc = s * ((double)s * s - 1) / 12.0; // Σ (i − mx)²
        double total = 0;
        var tail = n - (boxes * s);
        for (var pass = 0; pass < 2; pass++)
        {
            var offset = pass == 0 ? 0 : tail;
            for (var b = 0; b < boxes; b++)
            {
                var seg = y.Slice(offset + (b * s), s);
                double sy = 0;
                foreach (var v in seg) sy += v;
                var my = sy / s;
                double syy = 0, sxy = 0;
                for (var i = 0; i < s; i++)
                {
                    var dy = seg[i] - my;
                    syy += dy * dy;
                    sxy += (i - mx) * dy;
                }

                var ss = syy - (sxy * sxy / sxxc);
                total += ss > 0 ? ss : 0;
            }
        }

        return Math.Sqrt(total / (2.0 * boxes * s));
    }
}
