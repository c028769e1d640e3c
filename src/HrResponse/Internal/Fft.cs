using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HrResponse.Internal;

/// <summary>
/// Discrete Fourier transforms for the spectra: mixed-radix Stockham (radix 4, 2, 3, 5 butterflies and a generic one
/// for other small primes) for lengths whose prime factors are at most
/// <see cref="MaxGenericRadix"/>, Bluestein's chirp-z for the others, and the half-length packing trick for real input.
/// Plans (twiddles, chirps) of lengths up to <see cref="MaxCachedLength"/> are cached; longer ones are built per
/// transform object so memory does not stay allocated after a 24-hour spectrum. Written here because MathNet.Numerics
/// 5's managed FFT was 20–50× slower at these sizes.
/// </summary>
internal static class Fft
{
    /// <summary>Largest prime factor handled by the mixed-radix plan; longer lengths with a larger one use Bluestein.</summary>
    internal const int MaxGenericRadix = 97;

    /// <summary>Longest length whose plan is cached for the life of the process.</summary>
    internal const int MaxCachedLength = 1 << 16;

    private static readonly ConcurrentDictionary<int, ComplexPlan> Plans = new();

    /// <summary>In-place forward DFT, X[k] = Σ x[n] e^(−2πikn/N), of any length ≥ 1.</summary>
    public static void Forward(Span<double> re, Span<double> im)
    {
        var n = re.Length;
        if (n <= 1) return;
        PlanFor(n).Transform(re, im);
    }

    /// <summary>The plan of a length: cached when short, new otherwise.</summary>
    internal static ComplexPlan PlanFor(int n) =>
        n <= MaxCachedLength ? Plans.GetOrAdd(n, static k => CreatePlan(k)) : CreatePlan(n);

    /// <summary>
    /// Whether the real transform of length <paramref name="n"/> (<see cref="RealTransform"/>: a complex one of n/2
    /// when n is even) has a Bluestein stage: a prime factor above <see cref="MaxGenericRadix"/>, whose chirp
    /// convolution costs several power-of-two transforms longer than the whole length.
    /// </summary>
    internal static bool RealTransformNeedsBluestein(int n)
    {
        var size = n >= 4 && n % 2 == 0 ? n / 2 : n;
        if (size <= 1) return false;
        return MixedRadixPlan.Factor(size) is not { } factors || factors[^1] > MaxGenericRadix;
    }

    private static ComplexPlan CreatePlan(int n) =>
        MixedRadixPlan.Factor(n) is { } factors ? new MixedRadixPlan(n, factors) : new BluesteinPlan(n);

    /// <summary>Lengths from which a remaining factor above <see cref="MaxGenericRadix"/> becomes a Bluestein stage instead of a whole-length Bluestein transform.</summary>
    internal const int MinLengthForBluesteinStage = 1 << 12;

    /// <summary>
    /// DFT of real input x (length n ≥ 2): writes bins 0..n/2 (n/2 + 1 values) of the forward transform into re and im.
    /// </summary>
    public static void ForwardReal(ReadOnlySpan<double> x, Span<double> re, Span<double> im) =>
        new RealTransform(x.Length).Forward(x, re, im);

    /// <summary>A complex transform of one length; thread-safe (scratch space is per call).</summary>
    internal abstract class ComplexPlan
    {
        /// <summary>In-place forward DFT.</summary>
        public abstract void Transform(Span<double> re, Span<double> im);
    }

    /// <summary>A reusable real-input transform of one length, with its scratch space (not thread-safe).</summary>
    internal sealed class RealTransform
    {
        private readonly int _n;
        private readonly bool _packed;
        private readonly double[] _zr;
        private readonly double[] _zi;
        private readonly double[] _cos;
        private readonly double[] _sin;
        private readonly ComplexPlan? _plan;

        public RealTransform(int n)
        {
            _n = n;
            _packed = n >= 4 && n % 2 == 0;
            var size = _packed ? n / 2 : n;
            _plan = size > 1 ? PlanFor(size) : null;
            _zr = new double[size];
            _zi = new double[size];
            var bins = (n / 2) + 1;
            _cos = new double[_packed ? bins : 0];
            _sin = new double[_packed ? bins : 0];
            for (var k = 0; k < _cos.Length; k++) (_sin[k], _cos[k]) = Math.SinCos(-2 * Math.PI * k / n);
        }

        /// <summary>Transforms x zero-padded to the plan's length (x may be shorter, never longer).</summary>
        public void Forward(ReadOnlySpan<double> x, Span<double> re, Span<double> im)
        {
            var n = _n;
            var bins = (n / 2) + 1;
            if (!_packed)
            {
                Array.Clear(_zr);
                x.CopyTo(_zr);
                Array.Clear(_zi);
                _plan?.Transform(_zr, _zi);
                _zr.AsSpan(0, bins).CopyTo(re);
                _zi.AsSpan(0, bins).CopyTo(im);
                return;
            }

            var half = n / 2;
            var zr = _zr;
            var zi = _zi;
            var given = x.Length / 2;
            for (var m = 0; m < given; m++)
            {
                zr[m] = x[2 * m];
                zi[m] = x[(2 * m) + 1];
            }

            // Zero padding: values past x are 0 (an odd-length x leaves its last value in a real part).
            if (given < half)
            {
                zr.AsSpan(given, half - given).Clear();
                zi.AsSpan(given, half - given).Clear();
                if (x.Length % 2 == 1) zr[given] = x[^1];
            }

            _plan!.Transform(zr, zi);
            for (var k = 0; k < bins; k++)
            {
                var a = k == half ? 0 : k;
                var b = k == 0 ? 0 : half - k;
                // E = (Z[k] + conj Z[half-k]) / 2, O = (Z[k] - conj Z[half-k]) / (2i), X = E + e^{-2πik/n} O.
                var er = 0.5 * (zr[a] + zr[b]);
                var ei = 0.5 * (zi[a] - zi[b]);
                var or = 0.5 * (zi[a] + zi[b]);
                var oi = -0.5 * (zr[a] - zr[b]);
                var c = _cos[k];
                var s = _sin[k];
                re[k] = er + ((c * or) - (s * oi));
                im[k] = ei + ((c * oi) + (s * or));
            }
        }
    }

    /// <summary>
    /// Mixed-radix Stockham autosort transform (decimation in frequency, no bit reversal): each stage splits the
    /// current length n = p·m, applies a radix-p DFT (radix 4, 2, 3 and 5 written out, others generic) and multiplies
    /// output u of column j by e^(−2πi·j·u/n), ping-ponging between the caller's arrays and one scratch pair. All twiddles
    /// come from one table of e^(−2πik/N).
    /// </summary>
    internal sealed class MixedRadixPlan : ComplexPlan
    {
        private const double Sin60 = 0.86602540378443864676;
        private static readonly double C1 = Math.Cos(2 * Math.PI / 5);
        private static readonly double C2 = Math.Cos(4 * Math.PI / 5);
        private static readonly double S1 = Math.Sin(2 * Math.PI / 5);
        private static readonly double S2 = Math.Sin(4 * Math.PI / 5);

        private readonly int _n;
        private readonly int[] _radices;
        private readonly double[] _cos;
        private readonly double[] _sin;

        public MixedRadixPlan(int n, int[] radices)
        {
            _n = n;
            _radices = radices;
            _cos = new double[n];
            _sin = new double[n];
            FillTwiddles(_cos, _sin);
        }

        /// <summary>
        /// e^(−2πik/N) for k = 0..N−1: direct for the first quarter (or half), the rest by the exact symmetries
        /// e^(−2πi(k+N/4)/N) = −i·e^(−2πik/N) and e^(−2πi(N−k)/N) = conj e^(−2πik/N).
        /// </summary>
        private static void FillTwiddles(double[] cos, double[] sin)
        {
            var n = cos.Length;
            var direct = n % 4 == 0 ? n / 4 : n / 2;
            for (var k = 0; k <= direct && k < n; k++) (sin[k], cos[k]) = Math.SinCos(-2 * Math.PI * k / n);
            if (n % 4 == 0)
            {
                var quarter = n / 4;
                for (var k = quarter + 1; k <= n / 2; k++)
                {
                    cos[k] = sin[k - quarter];
                    sin[k] = -cos[k - quarter];
                }
            }

            for (var k = (n / 2) + 1; k < n; k++)
            {
                cos[k] = cos[n - k];
                sin[k] = -sin[n - k];
            }
        }

        /// <summary>
        /// The radices, 4 first, then 2, 3, 5, 7, ... up to <see cref="MaxGenericRadix"/>, and last the remaining
        /// cofactor (a Bluestein stage) when it has no such factor; null when that leaves nothing to gain (the whole
        /// length, or a short one).
        /// </summary>
        public static int[]? Factor(int n)
        {
            var list = new List<int>();
            var p = 4;
            var rest = n;
            while (rest > 1)
            {
                while (rest % p != 0)
                {
                    p = p switch { 4 => 2, 2 => 3, _ => p + 2 };
                    if (p > MaxGenericRadix)
                    {
                        // The rest has no factor up to MaxGenericRadix: one radix-rest stage, each of its short DFTs
                        // by Bluestein (much less memory and time than Bluestein over the whole length), when there
                        // are enough small factors to make the stages worth it.
                        if (rest == n || n < MinLengthForBluesteinStage) return null;
                        list.Add(rest);
                        return [.. list];
                    }
                }

                rest /= p;
                list.Add(p);
            }

            return [.. list];
        }

        public override void Transform(Span<double> re, Span<double> im)
        {
            var n = _n;
            var scratchRe = ArrayPool<double>.Shared.Rent(n);
            var scratchIm = ArrayPool<double>.Shared.Rent(n);
            var xr = re;
            var xi = im;
            var yr = scratchRe.AsSpan(0, n);
            var yi = scratchIm.AsSpan(0, n);
            var length = n;
            var stride = 1;
            foreach (var p in _radices)
            {
                var m = length / p;
                switch (p)
                {
                    case 4: Stage4(xr, xi, yr, yi, m, stride); break;
                    case 2: Stage2(xr, xi, yr, yi, m, stride); break;
                    case 3: Stage3(xr, xi, yr, yi, m, stride); break;
                    case 5: Stage5(xr, xi, yr, yi, m, stride); break;
                    default:
                        if (p > MaxGenericRadix) StageBluestein(xr, xi, yr, yi, m, stride, p);
                        else StageGeneric(xr, xi, yr, yi, m, stride, p);
                        break;
                }

                var tr = xr;
                var ti = xi;
                xr = yr;
                xi = yi;
                yr = tr;
                yi = ti;
                length = m;
                stride *= p;
            }

            if (_radices.Length % 2 == 1)
            {
                xr.CopyTo(re);
                xi.CopyTo(im);
            }

            ArrayPool<double>.Shared.Return(scratchRe);
            ArrayPool<double>.Shared.Return(scratchIm);
        }

        private void Stage2(Span<double> xr, Span<double> xi, Span<double> yr, Span<double> yi, int m, int s)
        {
            for (var j = 0; j < m; j++)
            {
                var w = j * s;
                double wr = _cos[w], wi = _sin[w];
                int i0 = s * j, i1 = s * (j + m), o0 = s * 2 * j, o1 = o0 + s;
                for (var q = 0; q < s; q++)
                {
                    double ar = xr[i0 + q], ai = xi[i0 + q], br = xr[i1 + q], bi = xi[i1 + q];
                    yr[o0 + q] = ar + br;
                    yi[o0 + q] = ai + bi;
                    double dr = ar - br, di = ai - bi;
                    yr[o1 + q] = (dr * wr) - (di * wi);
                    yi[o1 + q] = (dr * wi) + (di * wr);
                }
            }
        }

        private void Stage4(Span<double> xr, Span<double> xi, Span<double> yr, Span<double> yi, int m, int s)
        {
            if (s % 4 == 0 && Vector256.IsHardwareAccelerated)
            {
                Stage4Vector(xr, xi, yr, yi, m, s);
                return;
            }

            for (var j = 0; j < m; j++)
            {
                int w1 = j * s, w2 = 2 * w1, w3 = 3 * w1;
                double c1 = _cos[w1], s1 = _sin[w1], c2 = _cos[w2], s2 = _sin[w2], c3 = _cos[w3], s3 = _sin[w3];
                int i0 = s * j, sm = s * m, o0 = s * 4 * j;
                for (var q = 0; q < s; q++)
                {
                    var a = i0 + q;
                    double a0r = xr[a], a0i = xi[a];
                    double a1r = xr[a + sm], a1i = xi[a + sm];
                    double a2r = xr[a + (2 * sm)], a2i = xi[a + (2 * sm)];
                    double a3r = xr[a + (3 * sm)], a3i = xi[a + (3 * sm)];
                    double t0r = a0r + a2r, t0i = a0i + a2i, t1r = a0r - a2r, t1i = a0i - a2i;
                    double t2r = a1r + a3r, t2i = a1i + a3i, t3r = a1r - a3r, t3i = a1i - a3i;
                    var o = o0 + q;
                    yr[o] = t0r + t2r;
                    yi[o] = t0i + t2i;

                    // y1 = t1 − i·t3, y2 = t0 − t2, y3 = t1 + i·t3, each times its twiddle.
                    double y1r = t1r + t3i, y1i = t1i - t3r;
                    double y2r = t0r - t2r, y2i = t0i - t2i;
                    double y3r = t1r - t3i, y3i = t1i + t3r;
                    yr[o + s] = (y1r * c1) - (y1i * s1);
                    yi[o + s] = (y1r * s1) + (y1i * c1);
                    yr[o + (2 * s)] = (y2r * c2) - (y2i * s2);
                    yi[o + (2 * s)] = (y2r * s2) + (y2i * c2);
                    yr[o + (3 * s)] = (y3r * c3) - (y3i * s3);
                    yi[o + (3 * s)] = (y3r * s3) + (y3i * c3);
                }
            }
        }

        /// <summary><see cref="Stage4"/> with four columns q per step (stride a multiple of 4); the same operations per element.</summary>
        private void Stage4Vector(Span<double> xr, Span<double> xi, Span<double> yr, Span<double> yi, int m, int s)
        {
            ref var xr0 = ref MemoryMarshal.GetReference(xr);
            ref var xi0 = ref MemoryMarshal.GetReference(xi);
            ref var yr0 = ref MemoryMarshal.GetReference(yr);
            ref var yi0 = ref MemoryMarshal.GetReference(yi);
            var sm = (nuint)(s * m);
            var su = (nuint)s;
            for (var j = 0; j < m; j++)
            {
                int w1 = j * s, w2 = 2 * w1, w3 = 3 * w1;
                var c1 = Vector256.Create(_cos[w1]);
                var s1 = Vector256.Create(_sin[w1]);
                var c2 = Vector256.Create(_cos[w2]);
                var s2 = Vector256.Create(_sin[w2]);
                var c3 = Vector256.Create(_cos[w3]);
                var s3 = Vector256.Create(_sin[w3]);
                var i0 = (nuint)(s * j);
                var o0 = (nuint)(s * 4 * j);
                for (nuint q = 0; q < su; q += 4)
                {
                    var a = i0 + q;
                    var a0r = Vector256.LoadUnsafe(ref xr0, a);
                    var a0i = Vector256.LoadUnsafe(ref xi0, a);
                    var a1r = Vector256.LoadUnsafe(ref xr0, a + sm);
                    var a1i = Vector256.LoadUnsafe(ref xi0, a + sm);
                    var a2r = Vector256.LoadUnsafe(ref xr0, a + (2 * sm));
                    var a2i = Vector256.LoadUnsafe(ref xi0, a + (2 * sm));
                    var a3r = Vector256.LoadUnsafe(ref xr0, a + (3 * sm));
                    var a3i = Vector256.LoadUnsafe(ref xi0, a + (3 * sm));
                    var t0r = a0r + a2r;
                    var t0i = a0i + a2i;
                    var t1r = a0r - a2r;
                    var t1i = a0i - a2i;
                    var t2r = a1r + a3r;
                    var t2i = a1i + a3i;
                    var t3r = a1r - a3r;
                    var t3i = a1i - a3i;
                    var o = o0 + q;
                    (t0r + t2r).StoreUnsafe(ref yr0, o);
                    (t0i + t2i).StoreUnsafe(ref yi0, o);
                    var y1r = t1r + t3i;
                    var y1i = t1i - t3r;
                    var y2r = t0r - t2r;
                    var y2i = t0i - t2i;
                    var y3r = t1r - t3i;
                    var y3i = t1i + t3r;
                    ((y1r * c1) - (y1i * s1)).StoreUnsafe(ref yr0, o + su);
                    ((y1r * s1) + (y1i * c1)).StoreUnsafe(ref yi0, o + su);
                    ((y2r * c2) - (y2i * s2)).StoreUnsafe(ref yr0, o + (2 * su));
                    ((y2r * s2) + (y2i * c2)).StoreUnsafe(ref yi0, o + (2 * su));
                    ((y3r * c3) - (y3i * s3)).StoreUnsafe(ref yr0, o + (3 * su));
                    ((y3r * s3) + (y3i * c3)).StoreUnsafe(ref yi0, o + (3 * su));
                }
            }
        }

        private void Stage3(Span<double> xr, Span<double> xi, Span<double> yr, Span<double> yi, int m, int s)
        {
            for (var j = 0; j < m; j++)
            {
                int w1 = j * s, w2 = 2 * w1;
                double c1 = _cos[w1], s1 = _sin[w1], c2 = _cos[w2], s2 = _sin[w2];
                int i0 = s * j, sm = s * m, o0 = s * 3 * j;
                for (var q = 0; q < s; q++)
                {
                    var a = i0 + q;
                    double a0r = xr[a], a0i = xi[a];
                    double a1r = xr[a + sm], a1i = xi[a + sm];
                    double a2r = xr[a + (2 * sm)], a2i = xi[a + (2 * sm)];
                    double tr = a1r + a2r, ti = a1i + a2i, dr = a1r - a2r, di = a1i - a2i;
                    double mr = a0r - (0.5 * tr), mi = a0i - (0.5 * ti);
                    var o = o0 + q;
                    yr[o] = a0r + tr;
                    yi[o] = a0i + ti;

                    // ω = e^(−2πi/3): y1 = m − i·sin60·d, y2 = m + i·sin60·d.
                    double y1r = mr + (Sin60 * di), y1i = mi - (Sin60 * dr);
                    double y2r = mr - (Sin60 * di), y2i = mi + (Sin60 * dr);
                    yr[o + s] = (y1r * c1) - (y1i * s1);
                    yi[o + s] = (y1r * s1) + (y1i * c1);
                    yr[o + (2 * s)] = (y2r * c2) - (y2i * s2);
                    yi[o + (2 * s)] = (y2r * s2) + (y2i * c2);
                }
            }
        }

        private void Stage5(Span<double> xr, Span<double> xi, Span<double> yr, Span<double> yi, int m, int s)
        {
            double k1 = C1, k2 = C2, n1 = S1, n2 = S2;
            Span<double> cw = stackalloc double[5];
            Span<double> sw = stackalloc double[5];
            for (var j = 0; j < m; j++)
            {
                for (var u = 1; u < 5; u++)
                {
                    var w = u * j * s;
                    cw[u] = _cos[w];
                    sw[u] = _sin[w];
                }

                int i0 = s * j, sm = s * m, o0 = s * 5 * j;
                for (var q = 0; q < s; q++)
                {
                    var a = i0 + q;
                    double a0r = xr[a], a0i = xi[a];
                    double a1r = xr[a + sm], a1i = xi[a + sm];
                    double a2r = xr[a + (2 * sm)], a2i = xi[a + (2 * sm)];
                    double a3r = xr[a + (3 * sm)], a3i = xi[a + (3 * sm)];
                    double a4r = xr[a + (4 * sm)], a4i = xi[a + (4 * sm)];
                    double t1r = a1r + a4r, t1i = a1i + a4i, d1r = a1r - a4r, d1i = a1i - a4i;
                    double t2r = a2r + a3r, t2i = a2i + a3i, d2r = a2r - a3r, d2i = a2i - a3i;
                    double m1r = a0r + (k1 * t1r) + (k2 * t2r), m1i = a0i + (k1 * t1i) + (k2 * t2i);
                    double m2r = a0r + (k2 * t1r) + (k1 * t2r), m2i = a0i + (k2 * t1i) + (k1 * t2i);
                    double e1r = (n1 * d1r) + (n2 * d2r), e1i = (n1 * d1i) + (n2 * d2i);
                    double e2r = (n2 * d1r) - (n1 * d2r), e2i = (n2 * d1i) - (n1 * d2i);
                    var o = o0 + q;
                    yr[o] = a0r + t1r + t2r;
                    yi[o] = a0i + t1i + t2i;

                    // y1 = m1 − i·e1, y4 = m1 + i·e1, y2 = m2 − i·e2, y3 = m2 + i·e2.
                    Twiddle(yr, yi, o + s, m1r + e1i, m1i - e1r, cw[1], sw[1]);
                    Twiddle(yr, yi, o + (2 * s), m2r + e2i, m2i - e2r, cw[2], sw[2]);
                    Twiddle(yr, yi, o + (3 * s), m2r - e2i, m2i + e2r, cw[3], sw[3]);
                    Twiddle(yr, yi, o + (4 * s), m1r - e1i, m1i + e1r, cw[4], sw[4]);
                }
            }
        }

        private void StageGeneric(Span<double> xr, Span<double> xi, Span<double> yr, Span<double> yi, int m, int s, int p)
        {
            var n = _n;
            var unit = n / p;
            Span<double> ar = stackalloc double[p];
            Span<double> ai = stackalloc double[p];
            for (var j = 0; j < m; j++)
            {
                int i0 = s * j, sm = s * m, o0 = s * p * j;
                for (var q = 0; q < s; q++)
                {
                    for (var t = 0; t < p; t++)
                    {
                        ar[t] = xr[i0 + q + (t * sm)];
                        ai[t] = xi[i0 + q + (t * sm)];
                    }

                    for (var u = 0; u < p; u++)
                    {
                        double sr = 0, si = 0;
                        for (var t = 0; t < p; t++)
                        {
                            var w = t * u % p * unit;
                            sr += (ar[t] * _cos[w]) - (ai[t] * _sin[w]);
                            si += (ar[t] * _sin[w]) + (ai[t] * _cos[w]);
                        }

                        var tw = u * j * s;
                        Twiddle(yr, yi, o0 + q + (u * s), sr, si, _cos[tw], _sin[tw]);
                    }
                }
            }
        }

        /// <summary>A radix-p stage for a large p: each column's p-point DFT by a Bluestein plan of length p.</summary>
        private void StageBluestein(Span<double> xr, Span<double> xi, Span<double> yr, Span<double> yi, int m, int s, int p)
        {
            var plan = PlanFor(p);
            var ar = ArrayPool<double>.Shared.Rent(p);
            var ai = ArrayPool<double>.Shared.Rent(p);
            var br = ar.AsSpan(0, p);
            var bi = ai.AsSpan(0, p);
            for (var j = 0; j < m; j++)
            {
                int i0 = s * j, sm = s * m, o0 = s * p * j;
                for (var q = 0; q < s; q++)
                {
                    for (var t = 0; t < p; t++)
                    {
                        br[t] = xr[i0 + q + (t * sm)];
                        bi[t] = xi[i0 + q + (t * sm)];
                    }

                    plan.Transform(br, bi);
                    for (var u = 0; u < p; u++)
                    {
                        var tw = (int)((long)u * j * s % _n);
                        Twiddle(yr, yi, o0 + q + (u * s), br[u], bi[u], _cos[tw], _sin[tw]);
                    }
                }
            }

            ArrayPool<double>.Shared.Return(ar);
            ArrayPool<double>.Shared.Return(ai);
        }

        private static void Twiddle(Span<double> yr, Span<double> yi, int at, double r, double i, double c, double s)
        {
            yr[at] = (r * c) - (i * s);
            yi[at] = (r * s) + (i * c);
        }
    }

    private sealed class BluesteinPlan : ComplexPlan
    {
        private readonly int _n;
        private readonly int _m;
        private readonly double[] _chirpCos;
        private readonly double[] _chirpSin;
        private readonly double[] _filterRe;
        private readonly double[] _filterIm;
        private readonly ComplexPlan _inner;

        public BluesteinPlan(int n)
        {
            _n = n;
            _m = 1;
            while (_m < (2 * n) - 1) _m <<= 1;
            _chirpCos = new double[n];
            _chirpSin = new double[n];
            var twoN = 2L * n;
            for (var i = 0; i < n; i++)
            {
                // w_i = e^{-iπ i²/n}, with i² reduced mod 2n to keep the angle small and exact.
                var q = (long)i * i % twoN;
                var (s, c) = Math.SinCos(-Math.PI * q / n);
                _chirpCos[i] = c;
                _chirpSin[i] = s;
            }

            // Filter b_j = conj(w_j) for j = -(n-1)..(n-1), wrapped.
            _filterRe = new double[_m];
            _filterIm = new double[_m];
            for (var i = 0; i < n; i++)
            {
                _filterRe[i] = _chirpCos[i];
                _filterIm[i] = -_chirpSin[i];
                if (i > 0)
                {
                    _filterRe[_m - i] = _chirpCos[i];
                    _filterIm[_m - i] = -_chirpSin[i];
                }
            }

            _inner = PlanFor(_m);
            _inner.Transform(_filterRe, _filterIm);
        }

        public override void Transform(Span<double> re, Span<double> im)
        {
            var ar = ArrayPool<double>.Shared.Rent(_m);
            var ai = ArrayPool<double>.Shared.Rent(_m);
            Array.Clear(ar, 0, _m);
            Array.Clear(ai, 0, _m);
            var inner = _inner;
            for (var i = 0; i < _n; i++)
            {
                ar[i] = (re[i] * _chirpCos[i]) - (im[i] * _chirpSin[i]);
                ai[i] = (re[i] * _chirpSin[i]) + (im[i] * _chirpCos[i]);
            }

            inner.Transform(ar.AsSpan(0, _m), ai.AsSpan(0, _m));
            for (var i = 0; i < _m; i++)
            {
                var r = (ar[i] * _filterRe[i]) - (ai[i] * _filterIm[i]);
                var q = (ar[i] * _filterIm[i]) + (ai[i] * _filterRe[i]);
                // Prepare an inverse transform via conjugation: conj(FFT(conj(.))).
                ar[i] = r;
                ai[i] = -q;
            }

            inner.Transform(ar.AsSpan(0, _m), ai.AsSpan(0, _m));
            var scale = 1.0 / _m;
            for (var k = 0; k < _n; k++)
            {
                var cr = ar[k] * scale;
                var ci = -ai[k] * scale;
                re[k] = (cr * _chirpCos[k]) - (ci * _chirpSin[k]);
                im[k] = (cr * _chirpSin[k]) + (ci * _chirpCos[k]);
            }

            ArrayPool<double>.Shared.Return(ar);
            ArrayPool<double>.Shared.Return(ai);
        }
    }
}
