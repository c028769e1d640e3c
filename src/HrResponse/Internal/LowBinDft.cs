using System.Buffers;

namespace HrResponse.Internal;

/// <summary>
/// The first <c>K</c> bins of a long DFT, X[k] = Σ_{n&lt;L} x[n] e^(−2πikn/N) for k = 0..K−1, of several real inputs of
/// length L ≤ N (zero-padded to N), without a transform of length N: Bluestein's chirp identity
/// nk = (n² + k² − (k − n)²) / 2 turns the sum into X[k] = c[k] Σ_n a[n] h[k − n] with a[n] = x[n] e^(−iπn²/N),
/// h[m] = e^(iπm²/N) and c[k] = e^(−iπk²/N), a convolution with only K outputs. It is done block by block (overlap-add):
/// each block of B = M − K + 1 inputs is convolved with its M-point slice of h by power-of-two FFTs of length M, and
/// the products of all blocks are summed in the frequency domain, so each input costs one inverse transform. The
/// chirp slices do not depend on the input, so each is transformed once for all inputs. Cost
/// O((L / B) · (inputs + 1) · M log M) and O(M · inputs) memory, against O(N log N) time and O(N) memory (several
/// times more when N has a large prime factor) for the full transform.
/// </summary>
internal sealed class LowBinDft
{
    private readonly int _n;
    private readonly int _length;
    private readonly int _bins;
    private readonly int _m;
    private readonly int _block;

    /// <param name="n">The DFT length N.</param>
    /// <param name="length">The input length L, 1 ≤ L ≤ N.</param>
    /// <param name="bins">How many bins K, 1 ≤ K ≤ N.</param>
    public LowBinDft(int n, int length, int bins)
    {
        _n = n;
        _length = length;
        _bins = bins;
        var m = 1;
        var want = Math.Min((long)length + bins - 1, Math.Max(4L * bins, 1 << 12));
        while (m < want) m <<= 1;
        _m = m;
        _block = m - bins + 1;
    }

    /// <summary>
    /// Transforms each input: input j is <c>(values[starts[j] + i] − offsets[j]) · window[i]</c> for i &lt; L. Writes
    /// bins 0..K−1 into <c>re[j]</c> and <c>im[j]</c> (each of length ≥ K).
    /// </summary>
    public void Transform(
        ReadOnlySpan<double> values, ReadOnlySpan<int> starts, ReadOnlySpan<double> offsets, ReadOnlySpan<double> window,
        double[][] re, double[][] im)
    {
        var inputs = starts.Length;
        var m = _m;
        var k = _bins;
        var b = _block;
        var twoN = 2L * _n;
        var plan = Fft.PlanFor(m);
        var accRe = new double[inputs][];
        var accIm = new double[inputs][];
        for (var j = 0; j < inputs; j++)
        {
            accRe[j] = new double[m];
            accIm[j] = new double[m];
        }

        var gr = ArrayPool<double>.Shared.Rent(m);
        var gi = ArrayPool<double>.Shared.Rent(m);
        var ar = ArrayPool<double>.Shared.Rent(m);
        var ai = ArrayPool<double>.Shared.Rent(m);
        var cr = ArrayPool<double>.Shared.Rent(b);
        var ci = ArrayPool<double>.Shared.Rent(b);
        try
        {
            for (var n0 = 0; n0 < _length; n0 += b)
            {
                var count = Math.Min(b, _length - n0);

                // Slice of h: g[i] = h[i − (n0 + B − 1)], i = 0..M−1 (only the first B + K − 1 are used).
                var offset = (long)n0 + b - 1;
                for (var i = 0; i < m; i++)
                {
                    var mm = i - offset;
                    var q = mm * mm % twoN;
                    (gi[i], gr[i]) = Math.SinCos(Math.PI * q / _n);
                }

                // The input chirp e^(−iπn²/N) = conj(h[−n]) of this block, shared by all inputs, is in the slice already:
                // n = n0 + i sits at g[B − 1 − i].
                for (var i = 0; i < count; i++)
                {
                    cr[i] = gr[b - 1 - i];
                    ci[i] = -gi[b - 1 - i];
                }

                plan.Transform(gr.AsSpan(0, m), gi.AsSpan(0, m));

                for (var j = 0; j < inputs; j++)
                {
                    var slice = values.Slice(starts[j] + n0, count);
                    var w = window.Slice(n0, count);
                    var off = offsets[j];
                    for (var i = 0; i < count; i++)
                    {
                        var x = (slice[i] - off) * w[i];
                        ar[i] = x * cr[i];
                        ai[i] = x * ci[i];
                    }

                    ar.AsSpan(count, m - count).Clear();
                    ai.AsSpan(count, m - count).Clear();
                    plan.Transform(ar.AsSpan(0, m), ai.AsSpan(0, m));
                    var sr = accRe[j];
                    var si = accIm[j];
                    for (var i = 0; i < m; i++)
                    {
                        sr[i] += (ar[i] * gr[i]) - (ai[i] * gi[i]);
                        si[i] += (ar[i] * gi[i]) + (ai[i] * gr[i]);
                    }
                }
            }

            // Inverse transform by conjugation, then the output chirp: X[k] = c[k] · y[k + B − 1] / M.
            for (var j = 0; j < inputs; j++)
            {
                var sr = accRe[j];
                var si = accIm[j];
                for (var i = 0; i < m; i++) si[i] = -si[i];
                plan.Transform(sr, si);
                var scale = 1.0 / m;
                for (var kk = 0; kk < k; kk++)
                {
                    var yr = sr[kk + b - 1] * scale;
                    var yi = -si[kk + b - 1] * scale;
                    var q = (long)kk * kk % twoN;
                    var (s, c) = Math.SinCos(-Math.PI * q / _n);
                    re[j][kk] = (yr * c) - (yi * s);
                    im[j][kk] = (yr * s) + (yi * c);
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(gr);
            ArrayPool<double>.Shared.Return(gi);
            ArrayPool<double>.Shared.Return(ar);
            ArrayPool<double>.Shared.Return(ai);
            ArrayPool<double>.Shared.Return(cr);
            ArrayPool<double>.Shared.Return(ci);
        }
    }
}
