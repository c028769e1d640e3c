using System.Globalization;
using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Autoregressive (parametric) spectrum with coefficients from Burg's method, which minimises the sum of forward
/// and backward prediction errors and always gives a stable model.
/// </summary>
/// <remarks>
/// <para>The mean is removed first. Recursion (order m = 1..p): reflection coefficient
/// <c>k_m = −2 Σ f b / Σ (f² + b²)</c> over the current forward (f) and backward (b) errors, Levinson update of
/// the coefficients, <c>σ²_m = σ²_(m−1) (1 − k_m²)</c>, starting from <c>σ²₀ = Σ x² / N</c>. The one-sided density is
/// <c>S(f) = 2 σ²_p / (fs |1 + Σ a_k e^(−2πifk/fs)|²)</c>, whose integral over [0, fs/2] is the model's variance.</para>
/// <para>References: Burg JP (1975) Maximum entropy spectral analysis, PhD thesis, Stanford; Kay SM, Marple SL
/// (1981) Proc IEEE 69:1380; Boardman A et al. (2002) Physiol Meas 23:325 (order for HRV).</para>
/// </remarks>
public static class BurgSpectrum
{
    /// <summary>Fits the model and evaluates its spectrum.</summary>
    /// <param name="values">Evenly sampled values.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, finite and greater than 0.</param>
    /// <param name="options">Settings; null for <see cref="BurgOptions.Default"/>.</param>
    /// <returns>Model and spectrum. Fewer than 3 values give an empty spectrum and NaN variance.</returns>
    /// <exception cref="ArgumentException">Rate not positive, order below 1 or fewer than 2 frequency points.</exception>
    public static BurgResult Compute(ReadOnlySpan<double> values, double samplingRateHz, BurgOptions? options = null)
    {
        options ??= BurgOptions.Default;
        Guard.Positive(samplingRateHz, nameof(samplingRateHz));
        if (options.Order < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Order, $"Order must be ≥ 1; it is {options.Order}.");
        if (options.FrequencyPoints < 2)
            throw new ArgumentOutOfRangeException(nameof(options), options.FrequencyPoints, $"FrequencyPoints must be ≥ 2; it is {options.FrequencyPoints}.");

        var n = values.Length;
        if (n < 3)
        {
            return new BurgResult
            {
                NoiseVariance = double.NaN,
                Spectrum = new PowerSpectrum { Method = SpectrumEstimator.Burg, SamplingRateHz = samplingRateHz, ResolutionHz = double.NaN, Settings = "Burg: fewer than 3 values" },
            };
        }

        var order = Math.Min(options.Order, n - 1);
        var (a, variance) = Fit(values, order);

        var points = options.FrequencyPoints;
        var frequencies = new double[points];
        var density = new double[points];
        var nyquist = samplingRateHz / 2;
        // |A(e^{iω})|² at ω = π i / (points − 1) from one real FFT of the zero-padded filter [1, a₁ .. a_p].
        var fftLength = 2 * (points - 1);
        var filter = new double[Math.Max(fftLength, a.Length + 1)];
        filter[0] = 1;
        Array.Copy(a, 0, filter, 1, a.Length);
        var re = new double[points];
        var im = new double[points];
        if (fftLength >= a.Length + 1)
        {
            Fft.ForwardReal(filter, re, im);
        }
        else
        {
            for (var i = 0; i < points; i++)
            {
                var omega = Math.PI * i / (points - 1);
                for (var k = 0; k < filter.Length; k++)
                {
                    var (sn, cs) = Math.SinCos(omega * k);
                    re[i] += filter[k] * cs;
                    im[i] -= filter[k] * sn;
                }
            }
        }

        for (var i = 0; i < points; i++)
        {
            frequencies[i] = nyquist * i / (points - 1);
            density[i] = 2 * variance / (samplingRateHz * ((re[i] * re[i]) + (im[i] * im[i])));
        }

        var spectrum = new PowerSpectrum
        {
            Frequencies = frequencies,
            Density = density,
            Method = SpectrumEstimator.Burg,
            SamplingRateHz = samplingRateHz,
            ResolutionHz = samplingRateHz / n,
            Settings = string.Create(CultureInfo.InvariantCulture, $"Burg AR: order {order}, {n} samples, {points} frequencies 0–{nyquist:0.###} Hz, fs {samplingRateHz:0.###} Hz"),
        };
        return new BurgResult { CoefficientsArray = a, NoiseVariance = variance, Spectrum = spectrum };
    }

    private static (double[] Coefficients, double Variance) Fit(ReadOnlySpan<double> values, int order)
    {
        var n = values.Length;
        double mean = 0;
        foreach (var v in values) mean += v;
        mean /= n;
        var f = new double[n];
        var b = new double[n];
        double energy = 0;
        for (var i = 0; i < n; i++)
        {
            f[i] = values[i] - mean;
            b[i] = f[i];
            energy += f[i] * f[i];
        }

        var variance = energy / n;
        var a = new double[order];
        var previous = new double[order];
        for (var m = 0; m < order; m++)
        {
            // Forward errors f[i], i = m+1..n-1 and backward errors b[i-1].
            double num = 0, den = 0;
            for (var i = m + 1; i < n; i++)
            {
                num += f[i] * b[i - 1];
                den += (f[i] * f[i]) + (b[i - 1] * b[i - 1]);
            }

            var k = den > 0 ? -2 * num / den : 0;
            Array.Copy(a, previous, m);
            for (var i = 0; i < m; i++) a[i] = previous[i] + (k * previous[m - 1 - i]);
            a[m] = k;
            variance *= 1 - (k * k);

            for (var i = n - 1; i > m; i--)
            {
                var fi = f[i];
                f[i] = fi + (k * b[i - 1]);
                b[i] = b[i - 1] + (k * fi);
            }
        }

        return (a, variance);
    }
}
