using HrResponse.Internal;

namespace HrResponse.Hrv.Internal;

/// <summary>Correlation dimension, Higuchi and Katz fractal dimensions, Lempel–Ziv complexity (NeuroKit2 0.2.12 definitions).</summary>
internal static class FractalIndices
{
    /// <summary>
    /// Correlation dimension with m = 2, τ = 1 and 64 radii (see <see cref="CorrelationDimensionRadii"/>) derived from
    /// the largest Euclidean distance D between delay vectors (min distance = 0, the self distance, as NeuroKit2's
    /// full matrix): C(r) = fraction of pairs i &lt; j with d &lt; r; CD = slope of log2 C on log2 r over the radii
    /// with C &gt; 0.
    /// </summary>
    /// <param name="x">The series, ms (the <see cref="CorrelationDimensionRadii.NeuroKit2"/> radii depend on the unit).</param>
    /// <param name="radii">Radius rule.</param>
    public static double CorrelationDimension(ReadOnlySpan<double> x, CorrelationDimensionRadii radii = CorrelationDimensionRadii.FractionOfRange)
    {
        var n = x.Length - 1;
        if (n < 3) return double.NaN;

        // Delay vectors repeat in quantised recordings: pairs of distinct vectors, weighted by multiplicity, give the
        // same integer pair counts per radius as all pairs (identical vectors are at distance 0).
        var points = new double[2 * n];
        for (var i = 0; i < n; i++)
        {
            points[2 * i] = x[i];
            points[(2 * i) + 1] = x[i + 1];
        }

        var groups = DistinctRows.Create(points, n, 2);
        var p0 = groups.Columns[0];
        var p1 = groups.Columns[1];
        var w = groups.Weights;
        var g = groups.Count;

        double maxD2 = 0;
        for (var i = 0; i < g; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            double a0 = p0[i], a1 = p1[i];
            for (var j = i + 1; j < g; j++)
            {
                var d0 = a0 - p0[j];
                var d1 = a1 - p1[j];
                var d2 = (d0 * d0) + (d1 * d1);
                if (d2 > maxD2) maxD2 = d2;
            }
        }

        var maxD = Math.Sqrt(maxD2);
        if (!(maxD > 0)) return double.NaN;
        var r = Radii(maxD, radii);
        var count = r.Length;
        var r2 = new double[count];
        for (var k = 0; k < count; k++) r2[k] = r[k] * r[k];

        var largest = r2[count - 1];
        var l0 = Math.Log2(r[0]);
        var step = (Math.Log2(r[count - 1]) - l0) / (count - 1);
        var hist = new long[count];
        for (var i = 0; i < g; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery1024(i);
            hist[0] += w[i] * (w[i] - 1) / 2;
            double a0 = p0[i], a1 = p1[i];
            var wi = w[i];
            for (var j = i + 1; j < g; j++)
            {
                var d0 = a0 - p0[j];
                var d1 = a1 - p1[j];
                var d2 = (d0 * d0) + (d1 * d1);
                if (!(d2 < largest)) continue;

                // Smallest k with d < r[k]: estimate from log2 d (radii are geometric), then correct exactly.
                int k;
                if (d2 < r2[0])
                {
                    k = 0;
                }
                else
                {
                    k = (int)Math.Floor(((0.5 * Math.Log2(d2)) - l0) / step) + 1;
                    k = Math.Clamp(k, 0, count - 1);
                    while (k > 0 && d2 < r2[k - 1]) k--;
                    while (k < count - 1 && !(d2 < r2[k])) k++;
                }

                hist[k] += wi * w[j];
            }
        }

        var pairs = (double)n * (n - 1) / 2;
        var lx = new List<double>(count);
        var ly = new List<double>(count);
        long cum = 0;
        for (var k = 0; k < count; k++)
        {
            cum += hist[k];
            if (cum == 0) continue;
            lx.Add(Math.Log2(r[k]));
            ly.Add(Math.Log2(cum / pairs));
        }

        return DfaCore.Slope(lx.ToArray(), ly.ToArray());
    }

    /// <summary>The 64 radii of <see cref="CorrelationDimension"/> for largest distance <paramref name="maxD"/>, ascending.</summary>
    internal static double[] Radii(double maxD, CorrelationDimensionRadii rule)
    {
        const int count = 64;
        double lo = 0.025 * maxD, hi = 0.5 * maxD, shift = 0;
        if (rule == CorrelationDimensionRadii.NeuroKit2)
        {
            // NeuroKit2 0.2.12 expspace(base=2): exp2(linspace(log2(1 + a), log2(1 + b), n) - 1).
            lo += 1;
            hi += 1;
            shift = 1;
        }

        var l0 = Math.Log2(lo);
        var l1 = Math.Log2(hi);
        var step = (l1 - l0) / (count - 1);
        var r = new double[count];
        for (var k = 0; k < count; k++)
        {
            // numpy linspace: start + k·step, the last point exactly stop.
            var e = k == count - 1 ? l1 : l0 + (k * step);
            r[k] = Math.Pow(2, e - shift);
        }

        return r;
    }

    /// <summary>
    /// Higuchi fractal dimension: for k = 1..kmax and m = 1..k, Lm(k) = (Σ|x[m−1+ik] − x[m−1+(i−1)k]|) ·
    /// (N − 1) / (⌊(N − m)/k⌋·k) / k; L(k) = Σm Lm(k) / k; HFD = −slope of ln L(k) on ln k.
    /// </summary>
    public static double Higuchi(ReadOnlySpan<double> x, int kMax)
    {
        var n = x.Length;
        if (n < 2 || kMax < 2 || n <= kMax) return double.NaN;
        var lk = new double[kMax];
        var lnk = new double[kMax];
        for (var k = 1; k <= kMax; k++)
        {
            double total = 0;
            for (var m = 1; m <= k; m++)
            {
                double s = 0;
                for (var i = m - 1 + k; i < n; i += k) s += Math.Abs(x[i] - x[i - k]);
                var norm = (n - 1) / (double)((n - m) / k * k);
                total += s * norm / k;
            }

            lk[k - 1] = Math.Log(total / k);
            lnk[k - 1] = Math.Log(k);
        }

        return -DfaCore.Slope(lnk, lk);
    }

    /// <summary>Katz fractal dimension: log10(L/a) / log10(d/a), L = Σ|Δx|, a = mean |Δx|, d = max |x − x[0]|.</summary>
    public static double Katz(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return double.NaN;
        double length = 0, d = 0;
        for (var i = 1; i < x.Length; i++)
        {
            length += Math.Abs(x[i] - x[i - 1]);
            d = Math.Max(d, Math.Abs(x[i] - x[0]));
        }

        var a = length / (x.Length - 1);
        return Math.Log10(length / a) / Math.Log10(d / a);
    }

    /// <summary>
    /// Lempel–Ziv complexity (LZ76, Kaspar &amp; Schuster 1987 counting) of the series binarised as 1 where x &gt; mean,
    /// normalised by N / log2 N.
    /// </summary>
    public static double LempelZiv(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        if (n < 2) return double.NaN;
        double mean = 0;
        foreach (var v in x) mean += v;
        mean /= n;
        var s = new byte[n];
        for (var i = 0; i < n; i++) s[i] = x[i] > mean ? (byte)1 : (byte)0;
        var c = LzCount(s);
        return c / (n / Math.Log2(n));
    }

    /// <summary>
    /// LZ76 phrase count of a binary string, as Kaspar &amp; Schuster's (1987) scan: a phrase starting at l is one
    /// symbol longer than the longest match of s[l..] that starts before l (overlap allowed), the last phrase may end
    /// the string. The longest previous match is read from a suffix automaton of s whose states carry the first end
    /// position of their strings: s[l..l+L] starts before l exactly when its first end is at most l + L − 1. O(n),
    /// where the scan is O(n²) on long-phrase inputs.
    /// </summary>
    internal static int LzCount(ReadOnlySpan<byte> s)
    {
        var n = s.Length;
        if (n == 0) return 1;
        var sam = new BinarySuffixAutomaton(s);
        int complexity = 1, l = 1;
        while (l < n)
        {
            int state = 0, length = 0;
            while (l + length < n)
            {
                var next = sam.Next(state, s[l + length]);
                if (next < 0 || sam.FirstEnd(next) > l + length - 1) break;
                state = next;
                length++;
            }

            complexity++;
            if (l + length >= n) break;
            l += length + 1;
        }

        return complexity;
    }

    /// <summary>Suffix automaton of a 0/1 string with the first end position of every state.</summary>
    private sealed class BinarySuffixAutomaton
    {
        private readonly int[] _next0;
        private readonly int[] _next1;
        private readonly int[] _link;
        private readonly int[] _length;
        private readonly int[] _firstEnd;

        public BinarySuffixAutomaton(ReadOnlySpan<byte> s)
        {
            var capacity = Math.Max(2, 2 * s.Length);
            _next0 = new int[capacity];
            _next1 = new int[capacity];
            _link = new int[capacity];
            _length = new int[capacity];
            _firstEnd = new int[capacity];
            Array.Fill(_next0, -1);
            Array.Fill(_next1, -1);
            _link[0] = -1;
            var count = 1;
            var last = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i] != 0 ? 1 : 0;
                var cur = count++;
                _length[cur] = _length[last] + 1;
                _firstEnd[cur] = i;
                var p = last;
                while (p >= 0 && Next(p, c) < 0)
                {
                    SetNext(p, c, cur);
                    p = _link[p];
                }

                if (p < 0)
                {
                    _link[cur] = 0;
                }
                else
                {
                    var q = Next(p, c);
                    if (_length[p] + 1 == _length[q])
                    {
                        _link[cur] = q;
                    }
                    else
                    {
                        var clone = count++;
                        _length[clone] = _length[p] + 1;
                        _next0[clone] = _next0[q];
                        _next1[clone] = _next1[q];
                        _link[clone] = _link[q];
                        _firstEnd[clone] = _firstEnd[q];
                        while (p >= 0 && Next(p, c) == q)
                        {
                            SetNext(p, c, clone);
                            p = _link[p];
                        }

                        _link[q] = clone;
                        _link[cur] = clone;
                    }
                }

                last = cur;
            }
        }

        public int Next(int state, int symbol) => symbol != 0 ? _next1[state] : _next0[state];

        public int FirstEnd(int state) => _firstEnd[state];

        private void SetNext(int state, int symbol, int target)
        {
            if (symbol != 0) _next1[state] = target;
            else _next0[state] = target;
        }
    }

    /// <summary>Kaspar &amp; Schuster's (1987) O(n²)-worst-case scan; the oracle of <see cref="LzCount"/>.</summary>
    internal static int LzCountScan(ReadOnlySpan<byte> s)
    {
        var n = s.Length;
        int complexity = 1, pointer = 0, prefix = 1, sub = 1, finalSub = 1;
        while (prefix + sub <= n)
        {
            if (s[pointer + sub - 1] == s[prefix + sub - 1])
            {
                sub++;
            }
            else
            {
                finalSub = Math.Max(sub, finalSub);
                pointer++;
                if (pointer == prefix)
                {
                    complexity++;
                    prefix += finalSub;
                    sub = 1;
                    pointer = 0;
                    finalSub = 1;
                }
                else
                {
                    sub = 1;
                }
            }
        }

        if (sub != 1) complexity++;
        return complexity;
    }
}
