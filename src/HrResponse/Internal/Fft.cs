using System.Collections.Concurrent;

namespace HrResponse.Internal;

/// <summary>
/// Discrete Fourier transforms for the spectra: iterative radix-2 for powers of two, Bluestein's chirp-z for other
/// lengths, and the half-length packing trick for real input. Plans (twiddles, bit reversal, chirps) are cached per
/// length. Written here because MathNet.Numerics 5's managed FFT was 20–50× slower at these sizes.
/// </summary>
internal static class Fft
{
    private static readonly ConcurrentDictionary<int, Radix2Plan> Radix2Plans = new();
    private static readonly ConcurrentDictionary<int, BluesteinPlan> BluesteinPlans = new();

    /// <summary>In-place forward DFT, X[k] = Σ x[n] e^(−2πikn/N), of any length ≥ 1.</summary>
    public static void Forward(Span<double> re, Span<double> im)
    {
        var n = re.Length;
        if (n <= 1) return;
        if ((n & (n - 1)) == 0) Radix2Plans.GetOrAdd(n, static k => new Radix2Plan(k)).Transform(re, im);
        else BluesteinPlans.GetOrAdd(n, static k => new BluesteinPlan(k)).Transform(re, im);
    }

    /// <summary>
    /// DFT of real input x (length n ≥ 2): writes bins 0..n/2 (n/2 + 1 values) of the forward transform into re and im.
    /// </summary>
    public static void ForwardReal(ReadOnlySpan<double> x, Span<double> re, Span<double> im) =>
        new RealTransform(x.Length).Forward(x, re, im);

    /// <summary>A reusable real-input transform of one length, with its scratch space (not thread-safe).</summary>
    internal sealed class RealTransform
    {
        private readonly int _n;
        private readonly bool _packed;
        private readonly double[] _zr;
        private readonly double[] _zi;
        private readonly double[] _cos;
        private readonly double[] _sin;

        public RealTransform(int n)
        {
            _n = n;
            _packed = n >= 4 && n % 2 == 0;
            var size = _packed ? n / 2 : n;
            _zr = new double[size];
            _zi = new double[size];
            var bins = (n / 2) + 1;
            _cos = new double[_packed ? bins : 0];
            _sin = new double[_packed ? bins : 0];
            for (var k = 0; k < _cos.Length; k++) (_sin[k], _cos[k]) = Math.SinCos(-2 * Math.PI * k / n);
        }

        public void Forward(ReadOnlySpan<double> x, Span<double> re, Span<double> im)
        {
            var n = _n;
            var bins = (n / 2) + 1;
            if (!_packed)
            {
                x.CopyTo(_zr);
                Array.Clear(_zi);
                Fft.Forward(_zr, _zi);
                _zr.AsSpan(0, bins).CopyTo(re);
                _zi.AsSpan(0, bins).CopyTo(im);
                return;
            }

            var half = n / 2;
            var zr = _zr;
            var zi = _zi;
            for (var m = 0; m < half; m++)
            {
                zr[m] = x[2 * m];
                zi[m] = x[(2 * m) + 1];
            }

            Fft.Forward(zr, zi);
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

    private sealed class Radix2Plan
    {
        private readonly int _n;
        private readonly int[] _reverse;
        private readonly double[] _cos;
        private readonly double[] _sin;

        public Radix2Plan(int n)
        {
            _n = n;
            _reverse = new int[n];
            var bits = 0;
            while ((1 << bits) < n) bits++;
            for (var i = 0; i < n; i++)
            {
                var r = 0;
                for (var b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
                _reverse[i] = r;
            }

            _cos = new double[n / 2];
            _sin = new double[n / 2];
            for (var k = 0; k < n / 2; k++)
            {
                var (s, c) = Math.SinCos(-2 * Math.PI * k / n);
                _cos[k] = c;
                _sin[k] = s;
            }
        }

        public void Transform(Span<double> re, Span<double> im)
        {
            var n = _n;
            for (var i = 0; i < n; i++)
            {
                var j = _reverse[i];
                if (j > i)
                {
                    (re[i], re[j]) = (re[j], re[i]);
                    (im[i], im[j]) = (im[j], im[i]);
                }
            }

            for (var size = 2; size <= n; size <<= 1)
            {
                var halfSize = size >> 1;
                var stride = n / size;
                for (var start = 0; start < n; start += size)
                {
                    for (var k = 0; k < halfSize; k++)
                    {
                        var wr = _cos[k * stride];
                        var wi = _sin[k * stride];
                        var a = start + k;
                        var b = a + halfSize;
                        var tr = (re[b] * wr) - (im[b] * wi);
                        var ti = (re[b] * wi) + (im[b] * wr);
                        re[b] = re[a] - tr;
                        im[b] = im[a] - ti;
                        re[a] += tr;
                        im[a] += ti;
                    }
                }
            }
        }
    }

    private sealed class BluesteinPlan
    {
        private readonly int _n;
        private readonly int _m;
        private readonly double[] _chirpCos;
        private readonly double[] _chirpSin;
        private readonly double[] _filterRe;
        private readonly double[] _filterIm;

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

            Forward(_filterRe, _filterIm);
        }

        public void Transform(Span<double> re, Span<double> im)
        {
            var ar = new double[_m];
            var ai = new double[_m];
            for (var i = 0; i < _n; i++)
            {
                ar[i] = (re[i] * _chirpCos[i]) - (im[i] * _chirpSin[i]);
                ai[i] = (re[i] * _chirpSin[i]) + (im[i] * _chirpCos[i]);
            }

            Forward(ar, ai);
            for (var i = 0; i < _m; i++)
            {
                var r = (ar[i] * _filterRe[i]) - (ai[i] * _filterIm[i]);
                var q = (ar[i] * _filterIm[i]) + (ai[i] * _filterRe[i]);
                // Prepare an inverse transform via conjugation: conj(FFT(conj(.))).
                ar[i] = r;
                ai[i] = -q;
            }

            Forward(ar, ai);
            var scale = 1.0 / _m;
            for (var k = 0; k < _n; k++)
            {
                var cr = ar[k] * scale;
                var ci = -ai[k] * scale;
                re[k] = (cr * _chirpCos[k]) - (ci * _chirpSin[k]);
                im[k] = (cr * _chirpSin[k]) + (ci * _chirpCos[k]);
            }
        }
    }
}
