using System.Globalization;
using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Lomb–Scargle periodogram of a series sampled at arbitrary times (e.g. RR intervals at their beat times, without
/// resampling), in the generalised floating-mean form of Zechmeister &amp; Kürster (2009) as computed by astropy's
/// <c>LombScargle(fit_mean=True, center_data=True)</c>.
/// </summary>
/// <remarks>
/// <para>With weights <c>w = 1/N</c>, the centred values y and, at each frequency, the time shift τ of the
/// generalised method, <c>P(f) = ½ N (YC²/CC + YS²/SS)</c> (see Zechmeister &amp; Kürster 2009, eq. 5–20). The
/// frequencies are <c>f_min + k·Δf</c> with <c>Δf = 1/(oversampling · (t_last − t₀))</c> and
/// <c>1 + round((f_max − f_min)/Δf)</c> points (astropy's <c>autofrequency</c>).</para>
/// <para>References: Lomb NR (1976) Astrophys Space Sci 39:447; Scargle JD (1982) ApJ 263:835; Zechmeister M,
/// Kürster M (2009) A&amp;A 496:577; Press WH, Rybicki GB (1989) ApJ 338:277; Moody GB (1993) Computers in
/// Cardiology 715–718 (Lomb spectra of RR series).</para>
/// </remarks>
public static class LombScargleSpectrum
{
    private const long ExactWorkLimit = 50_000_000;

    /// <summary>Largest frequency grid <see cref="Compute"/> evaluates: 10,000,000 frequencies.</summary>
    public const int MaxFrequencies = 10_000_000;

    /// <summary>Computes the spectrum of <paramref name="values"/> sampled at <paramref name="timesSeconds"/>.</summary>
    /// <param name="timesSeconds">Sample times in seconds, finite and strictly increasing.</param>
    /// <param name="values">Values (e.g. RR in ms), finite; same length.</param>
    /// <param name="options">Settings; null for <see cref="LombScargleOptions.Default"/>.</param>
    /// <returns>The spectrum; empty when fewer than 3 samples or when the frequency range is empty.</returns>
    /// <exception cref="ArgumentException">Lengths differ, times not increasing, a value not finite, oversampling below 1, a negative frequency limit, or a frequency grid of more than <see cref="MaxFrequencies"/> frequencies.</exception>
    public static PowerSpectrum Compute(ReadOnlySpan<double> timesSeconds, ReadOnlySpan<double> values, LombScargleOptions? options = null)
    {
        options ??= LombScargleOptions.Default;
        Guard.SameLength(timesSeconds.Length, values.Length, nameof(values));
        Resampling.ValidateSamples(timesSeconds, values, nameof(timesSeconds), nameof(values));
        if (!(options.OversamplingFactor >= 1) || !double.IsFinite(options.OversamplingFactor))
            throw new ArgumentOutOfRangeException(nameof(options), options.OversamplingFactor, $"Oversampling must be a finite number ≥ 1; it is {Guard.Show(options.OversamplingFactor)}.");
        if (options.MinimumFrequencyHz is { } fMinGiven && !(fMinGiven >= 0))
            throw new ArgumentOutOfRangeException(nameof(options), fMinGiven, $"MinimumFrequencyHz must be ≥ 0; it is {Guard.Show(fMinGiven)}.");
        if (options.MaximumFrequencyHz is { } fMaxGiven && !(fMaxGiven > 0))
            throw new ArgumentOutOfRangeException(nameof(options), fMaxGiven, $"MaximumFrequencyHz must be > 0; it is {Guard.Show(fMaxGiven)}.");

        var n = values.Length;
        if (n < 3)
            return new PowerSpectrum { Method = SpectrumEstimator.LombScargle, ResolutionHz = double.NaN, Settings = "Lomb–Scargle: fewer than 3 samples" };

        var t0 = timesSeconds[0];
        var baseline = timesSeconds[^1] - t0;
        var meanRate = (n - 1) / baseline;
        var df = 1.0 / (options.OversamplingFactor * baseline);
        var fMin = options.MinimumFrequencyHz ?? df;
        var fMax = options.MaximumFrequencyHz ?? (meanRate / 2);
        var steps = Math.Round((fMax - fMin) / df, MidpointRounding.ToEven);
        if (!(fMax < fMin || steps < MaxFrequencies))
        {
            throw new ArgumentException(
                $"The frequency grid from {Guard.Show(fMin)} Hz to {Guard.Show(fMax)} Hz in steps of {Guard.Show(df)} Hz (1 / (oversampling × " +
                $"{Guard.Show(baseline)} s)) would have more than {MaxFrequencies:N0} frequencies; check the time unit and MaximumFrequencyHz.",
                nameof(timesSeconds));
        }

        var nf = fMax < fMin ? 0 : 1 + (int)steps;
        var frequencies = new double[nf];
        for (var k = 0; k < nf; k++) frequencies[k] = fMin + (df * k);

        var algorithm = options.Algorithm switch
        {
            LombAlgorithm.Auto => (long)n * nf <= ExactWorkLimit ? LombAlgorithm.Exact : LombAlgorithm.PressRybicki,
            LombAlgorithm.Astropy => nf > 200 ? LombAlgorithm.Astropy : LombAlgorithm.Exact,
            _ => options.Algorithm,
        };

        var tau = new double[n];
        for (var j = 0; j < n; j++) tau[j] = timesSeconds[j] - t0;
        double mean = 0;
        for (var j = 0; j < n; j++) mean += values[j];
        mean /= n;
        var wy = new double[n];
        var w = 1.0 / n;
        for (var j = 0; j < n; j++) wy[j] = w * (values[j] - mean);

        var power = new double[nf];
        if (nf > 0)
        {
            double[] c, s, ch, sh, c2, s2;
            if (algorithm is LombAlgorithm.PressRybicki or LombAlgorithm.Astropy)
            {
                // astropy's parameters where NeuroKit2 is reproduced; finer grid and 6-point weights otherwise.
                var (gridFactor, points) = algorithm == LombAlgorithm.Astropy ? (5, 4) : (10, 6);
                var weights = new double[n];
                Array.Fill(weights, w);
                (s, c) = TrigSumFast(tau, weights, df, nf, fMin, 1, gridFactor, points);
                (sh, ch) = TrigSumFast(tau, wy, df, nf, fMin, 1, gridFactor, points);
                (s2, c2) = TrigSumFast(tau, weights, df, nf, fMin, 2, gridFactor, points);
            }
            else
            {
                (c, s, ch, sh, c2, s2) = TrigSumsExact(tau, wy, w, df, nf, fMin);
            }

            var scale = options.Scaling == LombScaling.AstropyPsd ? 0.5 * n : 0.5 * n * 2.0 / meanRate;
            for (var k = 0; k < nf; k++)
            {
                var tan2 = (s2[k] - (2 * s[k] * c[k])) / (c2[k] - ((c[k] * c[k]) - (s[k] * s[k])));
                var root = Math.Sqrt(1 + (tan2 * tan2));
                var s2w = tan2 / root;
                var c2w = 1 / root;
                var cw = Math.Sqrt(0.5) * Math.Sqrt(1 + c2w);
                var sw = Math.Sqrt(0.5) * Math.Sign(s2w) * Math.Sqrt(1 - c2w);
                var yc = (ch[k] * cw) + (sh[k] * sw);
                var ys = (sh[k] * cw) - (ch[k] * sw);
                var cc = (0.5 * (1 + (c2[k] * c2w) + (s2[k] * s2w))) - Square((c[k] * cw) + (s[k] * sw));
                var ss = (0.5 * (1 - (c2[k] * c2w) - (s2[k] * s2w))) - Square((s[k] * cw) - (c[k] * sw));
                var p = ((yc * yc) / cc) + ((ys * ys) / ss);
                power[k] = double.IsFinite(p) ? p * scale : 0;
            }
        }

        var settings = string.Create(CultureInfo.InvariantCulture,
            $"Lomb–Scargle (floating mean): {n} samples over {baseline:0.###} s, {nf} frequencies {fMin:0.#####}–{fMax:0.#####} Hz, step {df:0.######} Hz (oversampling {options.OversamplingFactor}), {algorithm}, scaling {options.Scaling}");
        return new PowerSpectrum
        {
            Frequencies = frequencies,
            Density = power,
            Method = SpectrumEstimator.LombScargle,
            SamplingRateHz = meanRate,
            ResolutionHz = 1.0 / baseline,
            Settings = settings,
        };
    }

    private static double Square(double x) => x * x;

    private static (double[] C, double[] S, double[] Ch, double[] Sh, double[] C2, double[] S2) TrigSumsExact(
        double[] tau, double[] wy, double w, double df, int nf, double f0)
    {
        var c = new double[nf];
        var s = new double[nf];
        var ch = new double[nf];
        var sh = new double[nf];
        var c2 = new double[nf];
        var s2 = new double[nf];
        for (var j = 0; j < tau.Length; j++)
        {
            AnalysisCancellation.ThrowIfRequested();
            var phase0 = 2 * Math.PI * f0 * tau[j];
            var step = 2 * Math.PI * df * tau[j];
            var (zs, zc) = Math.SinCos(phase0);
            var (rs, rc) = Math.SinCos(step);
            var y = wy[j];
            for (var k = 0; k < nf; k++)
            {
                if ((k & 1023) == 1023)
                {
                    // Refresh the recurrence to keep rounding drift negligible on long grids.
                    (zs, zc) = Math.SinCos(phase0 + (step * k));
                }

                c[k] += zc;
                s[k] += zs;
                ch[k] += y * zc;
                sh[k] += y * zs;
                c2[k] += (zc * zc) - (zs * zs);
                s2[k] += 2 * zc * zs;
                var nc = (zc * rc) - (zs * rs);
                zs = (zs * rc) + (zc * rs);
                zc = nc;
            }
        }

        for (var k = 0; k < nf; k++)
        {
            c[k] *= w;
            s[k] *= w;
            c2[k] *= w;
            s2[k] *= w;
        }

        return (c, s, ch, sh, c2, s2);
    }

    /// <summary>
    /// Σ h_j sin/cos(2π f_k t_j) for f_k = factor·(f0 + k df) by Press–Rybicki extirpolation onto a grid of the next
    /// power of two ≥ gridFactor·nf points with m-point Lagrange weights, clipped at the grid ends as astropy's
    /// <c>trig_sum</c> (with gridFactor 5 and m = 4 it reproduces astropy, hence NeuroKit2).
    /// </summary>
    private static (double[] S, double[] C) TrigSumFast(double[] tau, double[] h, double df, int nf, double f0, int factor, int gridFactor, int m)
    {
        df *= factor;
        f0 *= factor;
        var nfft = SpectralMath.NextPowerOfTwo(nf * gridFactor);
        var gridRe = new double[nfft];
        var gridIm = new double[nfft];
        for (var j = 0; j < tau.Length; j++)
        {
            double valueRe = h[j], valueIm = 0;
            if (f0 > 0)
            {
                var (sn, cs) = Math.SinCos(2 * Math.PI * f0 * tau[j]);
                valueRe = h[j] * cs;
                valueIm = h[j] * sn;
            }

            var x = (tau[j] * nfft * df) % nfft;
            if (x == Math.Floor(x))
            {
                gridRe[(int)x] += valueRe;
                gridIm[(int)x] += valueIm;
                continue;
            }

            var ilo = Math.Clamp((int)(x - (m / 2)), 0, nfft - m);
            var product = 1.0;
            for (var q = 0; q < m; q++) product *= x - ilo - q;
            double denominator = 1;
            for (var q = 2; q < m; q++) denominator *= q; // (m - 1)!
            for (var q = 0; q < m; q++)
            {
                if (q > 0) denominator *= q / (double)(q - m);
                var index = ilo + (m - 1 - q);
                var weight = product / (denominator * (x - index));
                gridRe[index] += valueRe * weight;
                gridIm[index] += valueIm * weight;
            }
        }

        // Σ grid[n] e^{+2πi kn/nfft}, an unscaled inverse DFT, as conj(DFT(conj(grid))).
        for (var i = 0; i < nfft; i++) gridIm[i] = -gridIm[i];
        Fft.Forward(gridRe, gridIm);
        var s = new double[nf];
        var c = new double[nf];
        for (var k = 0; k < nf; k++)
        {
            c[k] = gridRe[k];
            s[k] = -gridIm[k];
        }

        return (s, c);
    }
}
