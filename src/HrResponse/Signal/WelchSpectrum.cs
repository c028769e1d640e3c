using System.Globalization;
using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Welch's power spectral density estimate of an evenly sampled series: the mean of the windowed, zero-padded
/// periodograms of overlapping segments.
/// </summary>
/// <remarks>
/// <para>Scaling is SciPy's <c>scipy.signal.welch(scaling="density", average="mean")</c>: for each segment
/// <c>P_k = c · |Σ w[n] x[n] e^(−2πikn/nfft)|² / (fs Σ w[n]²)</c>, with <c>c = 2</c> except at 0 Hz and (even nfft)
/// at fs/2 where <c>c = 1</c>; segments start every <c>segment − overlap</c> samples and a trailing part shorter than a
/// segment is not used (SciPy's <c>padded=False</c>). Hence <c>Σ_k P_k · fs/nfft</c> equals the mean over segments of
/// <c>Σ (w x)² / Σ w²</c>, the window-weighted variance (Parseval).</para>
/// <para>Reference: Welch PD (1967), IEEE Trans Audio Electroacoust 15:70–73.</para>
/// </remarks>
public static class WelchSpectrum
{
    /// <summary>Estimates the one-sided PSD of <paramref name="values"/> sampled at <paramref name="samplingRateHz"/>.</summary>
    /// <param name="values">Evenly sampled values (e.g. resampled RR in ms).</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, finite and greater than 0.</param>
    /// <param name="options">Settings; null for <see cref="WelchOptions.Default"/>.</param>
    /// <returns>Frequencies <c>k · fs / nfft</c>, k = 0..nfft/2, and density in (input unit)²/Hz. Empty when fewer than 2 values.</returns>
    /// <exception cref="ArgumentException">Rate not positive, overlap outside [0, 1), segment not positive, or Nfft below the segment length.</exception>
    public static PowerSpectrum Compute(ReadOnlySpan<double> values, double samplingRateHz, WelchOptions? options = null)
    {
        options ??= WelchOptions.Default;
        Validate(samplingRateHz, options);
        var n = values.Length;
        if (n < 2)
            return new PowerSpectrum { Method = SpectrumEstimator.Welch, SamplingRateHz = samplingRateHz, ResolutionHz = double.NaN, Settings = "Welch: fewer than 2 values" };

        var (nperseg, noverlap, step, nfft) = Layout(n, samplingRateHz, options);
        var (window, windowPower) = Window(options.Window, nperseg);

        var bins = (nfft / 2) + 1;
        var density = new double[bins];
        var buffer = new double[nperseg]; // zero padding to nfft is implicit in the transform
        var transform = new Fft.RealTransform(nfft);
        var re = new double[bins];
        var im = new double[bins];
        double[]? segment = null;
        var segments = ((n - nperseg) / step) + 1;
        for (var s = 0; s < segments; s++)
        {
            AnalysisCancellation.ThrowIfRequested();
            var slice = values.Slice(s * step, nperseg);
            if (options.SegmentDetrending == DetrendingMethod.Mean)
            {
                double sum = 0;
                foreach (var v in slice) sum += v;
                var mean = sum / nperseg;
                for (var i = 0; i < nperseg; i++) buffer[i] = (slice[i] - mean) * window[i];
            }
            else if (options.SegmentDetrending == DetrendingMethod.None)
            {
                for (var i = 0; i < nperseg; i++) buffer[i] = slice[i] * window[i];
            }
            else
            {
                segment ??= new double[nperseg];
                slice.CopyTo(segment);
                Detrending.DetrendInPlace(segment, options.SegmentDetrending);
                for (var i = 0; i < nperseg; i++) buffer[i] = segment[i] * window[i];
            }
            transform.Forward(buffer, re, im);
            for (var k = 0; k < bins; k++) density[k] += (re[k] * re[k]) + (im[k] * im[k]);
        }

        var scale = 1.0 / (samplingRateHz * windowPower * segments);
        var frequencies = new double[bins];
        var binWidth = 1.0 / (nfft * (1.0 / samplingRateHz)); // as numpy.fft.rfftfreq, so band-edge comparisons round as SciPy's do
        for (var k = 0; k < bins; k++)
        {
            var oneSided = (k == 0 || (nfft % 2 == 0 && k == bins - 1)) ? 1.0 : 2.0;
            density[k] *= scale * oneSided;
            frequencies[k] = k * binWidth;
        }

        return Result(frequencies, density, options, samplingRateHz, nperseg, noverlap, nfft, segments);
    }

    /// <summary>
    /// The bins of <see cref="Compute"/> up to <paramref name="maximumHz"/> only (frequencies <c>k · fs / nfft</c> ≤
    /// maximumHz, plus one), computed by a pruned chirp-z DFT when these bins are at most 1/16 of all and the full FFT
    /// is long (nfft ≥ 2^20) or has a Bluestein stage (a prime factor above the mixed-radix plan's): NeuroKit2's
    /// segments of half a 24-hour record give nfft ≈ 8 million, of which the bands use 40,000 bins, and its nfft of
    /// any record is the record length, usually with a large prime factor (1 h at 100 Hz: nfft 359,878 = 2 · 179,939,
    /// 1,801 bins wanted; 55 ms for the full Welch, 13 ms for the pruned one, CPU time, benchmarks/README.md).
    /// Null when that does not apply (then use <see cref="Compute"/>).
    /// <paramref name="maximumDensity"/> is the largest density over all bins, certified by Parseval's identity
    /// (the power of the bins not computed is the segments' energy less the computed power, and bounds each of them),
    /// or NaN when the bound does not certify that the largest computed density is the largest of all.
    /// </summary>
    internal static PowerSpectrum? ComputeLowBins(ReadOnlySpan<double> values, double samplingRateHz, WelchOptions options, double maximumHz, out double maximumDensity) =>
        ComputeLowBins(values, samplingRateHz, options, maximumHz, always: false, out maximumDensity);

    /// <summary><see cref="ComputeLowBins(ReadOnlySpan{double}, double, WelchOptions, double, out double)"/>; with <paramref name="always"/>, whenever the bins are at most 1/16 of all (A/B benchmarks).</summary>
    internal static PowerSpectrum? ComputeLowBins(ReadOnlySpan<double> values, double samplingRateHz, WelchOptions options, double maximumHz, bool always, out double maximumDensity)
    {
        maximumDensity = double.NaN;
        Validate(samplingRateHz, options);
        var n = values.Length;
        if (n < 2 || options.SegmentDetrending is not (DetrendingMethod.Mean or DetrendingMethod.None)) return null;
        var (nperseg, noverlap, step, nfft) = Layout(n, samplingRateHz, options);
        var bins = (nfft / 2) + 1;
        var binWidth = 1.0 / (nfft * (1.0 / samplingRateHz));
        var wanted = Math.Floor(maximumHz / binWidth) + 2;
        if (!(wanted * 16 <= bins) || !(always || nfft >= (1 << 20) || Fft.RealTransformNeedsBluestein(nfft))) return null;
        var k = (int)wanted;

        var (window, windowPower) = Window(options.Window, nperseg);
        var segments = ((n - nperseg) / step) + 1;
        var starts = new int[segments];
        var offsets = new double[segments];
        double energy = 0;
        for (var s = 0; s < segments; s++)
        {
            starts[s] = s * step;
            var slice = values.Slice(starts[s], nperseg);
            if (options.SegmentDetrending == DetrendingMethod.Mean)
            {
                double sum = 0;
                foreach (var v in slice) sum += v;
                offsets[s] = sum / nperseg;
            }

            var off = offsets[s];
            for (var i = 0; i < nperseg; i++)
            {
                var y = (slice[i] - off) * window[i];
                energy += y * y;
            }
        }

        var re = new double[segments][];
        var im = new double[segments][];
        for (var s = 0; s < segments; s++)
        {
            re[s] = new double[k];
            im[s] = new double[k];
        }

        new LowBinDft(nfft, nperseg, k).Transform(values, starts, offsets, window, re, im);

        var density = new double[k];
        var frequencies = new double[k];
        var scale = 1.0 / (samplingRateHz * windowPower * segments);
        double computed = 0;
        var largest = double.NegativeInfinity;
        for (var b = 0; b < k; b++)
        {
            double power = 0;
            for (var s = 0; s < segments; s++) power += (re[s][b] * re[s][b]) + (im[s][b] * im[s][b]);
            var oneSided = (b == 0 || (nfft % 2 == 0 && b == bins - 1)) ? 1.0 : 2.0;
            computed += oneSided * power;
            density[b] = power * scale * oneSided;
            frequencies[b] = b * binWidth;
            largest = Math.Max(largest, density[b]);
        }

        // Parseval: Σ over all one-sided bins of c_k Σ_s |X_s[k]|² = nfft · Σ_s Σ_i (w x)²; the rest bounds each bin left out.
        var total = (double)nfft * energy;
        var rest = Math.Max(0, total - computed);
        if ((rest + (1e-9 * total)) * scale < largest) maximumDensity = largest;

        return Result(frequencies, density, options, samplingRateHz, nperseg, noverlap, nfft, segments);
    }

    private static void Validate(double samplingRateHz, WelchOptions options)
    {
        Guard.Positive(samplingRateHz, nameof(samplingRateHz));
        if (!(options.OverlapFraction >= 0 && options.OverlapFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.OverlapFraction, $"Overlap must be in [0, 1); it is {Guard.Show(options.OverlapFraction)}.");
        if (options.SegmentRule == WelchSegmentRule.Fixed && options.Segment <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.Segment, $"Segment must be longer than zero; it is {options.Segment}.");
        if (options.SegmentSampleCount is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.SegmentSampleCount, $"SegmentSampleCount must be at least 1; it is {options.SegmentSampleCount}.");
    }

    private static (int Nperseg, int Noverlap, int Step, int Nfft) Layout(int n, double samplingRateHz, WelchOptions options)
    {
        var nperseg = SegmentLength(n, samplingRateHz, options);
        var noverlap = (int)Math.Floor(options.OverlapFraction * nperseg);
        var step = nperseg - noverlap;
        var nfft = options.Nfft ?? options.NfftRule switch
        {
            NfftRule.SegmentLength => nperseg,
            NfftRule.TwiceSegmentLength => 2 * nperseg,
            _ => SpectralMath.NextPowerOfTwo(nperseg),
        };
        if (nfft < nperseg)
            throw new ArgumentOutOfRangeException(nameof(options), nfft, $"Nfft must be at least the segment length {nperseg}; it is {nfft}.");

        return (nperseg, noverlap, step, nfft);
    }

    /// <summary>The window of <paramref name="length"/> samples and its power Σw².</summary>
    private static (double[] Window, double Power) Window(WindowFunction function, int length)
    {
        var window = WindowFunctions.Create(function, length);
        double power = 0;
        foreach (var w in window) power += w * w;
        return (window, power);
    }

    /// <summary>The spectrum record, with the settings that produced it.</summary>
    private static PowerSpectrum Result(
        double[] frequencies, double[] density, WelchOptions options, double samplingRateHz, int nperseg, int noverlap, int nfft, int segments) =>
        new()
        {
            Frequencies = frequencies,
            Density = density,
            Method = SpectrumEstimator.Welch,
            SamplingRateHz = samplingRateHz,
            ResolutionHz = samplingRateHz / nperseg,
            Settings = string.Create(CultureInfo.InvariantCulture,
                $"Welch: {options.Window} window, {nperseg}-sample ({nperseg / samplingRateHz:0.###} s) segments, {noverlap}-sample overlap, nfft {nfft}, {segments} segment(s), segment detrending {options.SegmentDetrending}, fs {samplingRateHz:0.###} Hz"),
        };

    internal static int SegmentLength(int n, double samplingRateHz, WelchOptions options)
    {
        int nperseg;
        if (options.SegmentRule == WelchSegmentRule.HalfSeries)
        {
            var minFrequency = (2 * samplingRateHz) / (n / 2.0);
            nperseg = (int)((2 / minFrequency) * samplingRateHz);
            if (nperseg > n / 2.0) nperseg = (int)(n / 2.0);
        }
        else if (options.SegmentRule == WelchSegmentRule.PyHrv)
        {
            nperseg = n <= 300 * samplingRateHz ? n : 300;
        }
        else if (options.SegmentSampleCount is { } samples)
        {
            nperseg = samples;
        }
        else
        {
            nperseg = (int)Math.Floor((options.Segment.TotalSeconds * samplingRateHz) + 1e-9);
        }

        return Math.Clamp(nperseg, 1, n);
    }
}
