using System.Globalization;
using HrResponse.Internal;
using HrResponse.Signal;

namespace HrResponse.Hrv;

/// <summary>
/// Frequency-domain HRV: band powers (ULF, VLF, LF, HF, VHF), total power, LF/HF, normalised and relative powers,
/// log powers and peak frequencies from a Welch, Lomb–Scargle or Burg spectrum of the RR series.
/// </summary>
/// <remarks>
/// References: Task Force of the ESC and NASPE (1996) Circulation 93:1043–1065; Tarvainen MP et al. (2002) IEEE
/// Trans Biomed Eng 49:172 (smoothness priors); Pham T et al. (2021) Sensors 21:3998 (NeuroKit2's indices).
/// </remarks>
public static class FrequencyDomainAnalysis
{
    private const int MinimumIntervals = 3;

    /// <summary>
    /// Frequency-domain indices of consecutive RR intervals in milliseconds (no gaps; the first interval starts at 0 s):
    /// <c>Compute(RrIntervals.FromMilliseconds(rrMs), options)</c>. Artifacts are not corrected.
    /// </summary>
    /// <param name="rrMs">RR intervals in milliseconds; each finite and greater than 0.</param>
    /// <param name="options">Settings; null for <see cref="FrequencyDomainOptions.Default"/>.</param>
    /// <returns>The indices, NaN with a note as for <see cref="Compute(RrIntervals, FrequencyDomainOptions?)"/>.</returns>
    /// <exception cref="ArgumentException">A value is not finite or not positive, the values look like seconds, or an option is invalid.</exception>
    public static FrequencyDomainResult Compute(ReadOnlySpan<double> rrMs, FrequencyDomainOptions? options = null) =>
        Compute(RrIntervals.FromMilliseconds(rrMs), options);

    /// <summary>Computes the frequency-domain indices of <paramref name="rr"/>.</summary>
    /// <param name="rr">RR intervals (ms) with their beat times; gaps are bridged by interpolation (a note says so) or
    /// rejected, by <see cref="FrequencyDomainOptions.Gaps"/>.</param>
    /// <param name="options">Settings; null for <see cref="FrequencyDomainOptions.Default"/>.</param>
    /// <returns>
    /// The indices. NaN, with a note, when: fewer than 3 intervals (all indices); a band lies entirely below the
    /// lowest resolvable frequency (the recording, or Welch segment, is too short for it: a band needs a record of
    /// at least 1 / its upper edge, e.g. 25 s for VLF); no spectral point falls in a band; a ratio's denominator is
    /// NaN or 0. A band only partly above the lowest resolvable frequency is integrated from there, with a caveat note.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="rr"/> is null.</exception>
    /// <exception cref="ArgumentException">Resampling rate not positive, λ negative, or a band with high ≤ low or a negative edge.</exception>
    public static FrequencyDomainResult Compute(RrIntervals rr, FrequencyDomainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rr);
        options ??= FrequencyDomainOptions.Default;
        Validate(options);

        var notes = new List<FrequencyDomainNote>();
        var duration = rr.Count == 0 ? 0 : rr.BeatTimesSeconds[^1] - rr.BeatTimesSeconds[0];
        if (rr.Count < MinimumIntervals)
        {
            notes.Add(new("*", $"Needs at least {MinimumIntervals} RR intervals; the series has {rr.Count}.", true));
            return new FrequencyDomainResult { IntervalCount = rr.Count, DurationSeconds = duration, Options = options, Notes = notes };
        }

        if (rr.HasGaps && options.Gaps == SpectralGapHandling.Reject)
        {
            var gaps = 0;
            var longest = 0.0;
            var times = rr.BeatTimesSeconds;
            for (var i = 1; i < rr.Count; i++)
            {
                if (!rr.GapBefore[i]) continue;
                gaps++;
                longest = Math.Max(longest, times[i] - times[i - 1]);
            }

            notes.Add(new("*", string.Create(CultureInfo.InvariantCulture,
                $"The series has {gaps} gap(s), the longest {longest:0.###} s, and Gaps = Reject; no spectrum was computed."), true));
            return new FrequencyDomainResult { IntervalCount = rr.Count, DurationSeconds = duration, Options = options, Notes = notes };
        }

        if (rr.HasGaps)
            notes.Add(new("*", "The series has gaps (excluded beats); the spectrum interpolates across them (Gaps = Bridge).", false));

        var (spectrum, lowest, maximumDensity) = EstimateSpectrum(rr, options);
        if (options.Normalization == SpectrumNormalization.DivideByMaximum) spectrum = NormalizeByMaximum(spectrum, maximumDensity);

        var maximumHz = options.Bands.MaximumHz;
        var keepFrom = options.LowFrequencyLimit == LowFrequencyLimit.NeuroKit2 ? lowest : 0.0;
        spectrum = Restrict(spectrum, keepFrom, maximumHz);

        if (spectrum.Count > 0 && spectrum.SamplingRateHz / 2 < maximumHz * (1 - 1e-9) && options.Method != PsdMethod.Lomb)
        {
            notes.Add(new("*", string.Create(CultureInfo.InvariantCulture,
                $"The spectrum ends at {spectrum.SamplingRateHz / 2:0.###} Hz (half the {spectrum.SamplingRateHz:0.###} Hz rate), below the highest band edge {maximumHz:0.###} Hz; raise ResamplingRateHz."), false));
        }

        var bands = options.Bands;
        var ulf = BandPower("HRV_ULF", bands.Ulf, spectrum, lowest, options, notes, out _);
        var vlf = BandPower("HRV_VLF", bands.Vlf, spectrum, lowest, options, notes, out var vlfPeak);
        var lf = BandPower("HRV_LF", bands.Lf, spectrum, lowest, options, notes, out var lfPeak);
        var hf = BandPower("HRV_HF", bands.Hf, spectrum, lowest, options, notes, out var hfPeak);
        var vhf = BandPower("HRV_VHF", bands.Vhf, spectrum, lowest, options, notes, out _);

        double[] all = [ulf, vlf, lf, hf, vhf];
        var total = options.TotalPower == TotalPowerRule.VlfLfHf
            ? vlf + lf + hf
            : all.Any(double.IsFinite) ? all.Where(double.IsFinite).Sum() : double.NaN;
        if (double.IsNaN(total)) notes.Add(new("HRV_TP", "Every band power is NaN.", true));

        double lfn, hfn;
        if (options.NormalizedUnits == NormalizedUnitsRule.FractionOfTotalPower)
        {
            lfn = Divide(lf, total);
            hfn = Divide(hf, total);
        }
        else
        {
            lfn = 100 * Divide(lf, lf + hf);
            hfn = 100 * Divide(hf, lf + hf);
        }

        // Absolute (ms²) and normalised-spectrum band powers go to separate properties; the other set stays NaN.
        var normalized = options.Normalization != SpectrumNormalization.None;
        double Abs(double v) => normalized ? double.NaN : v;
        double Rel(double v) => normalized ? v : double.NaN;

        var result = new FrequencyDomainResult
        {
            UlfPowerMs2 = Abs(ulf),
            VlfPowerMs2 = Abs(vlf),
            LfPowerMs2 = Abs(lf),
            HfPowerMs2 = Abs(hf),
            VhfPowerMs2 = Abs(vhf),
            TotalPowerMs2 = Abs(total),
            UlfPowerNormalizedSpectrum = Rel(ulf),
            VlfPowerNormalizedSpectrum = Rel(vlf),
            LfPowerNormalizedSpectrum = Rel(lf),
            HfPowerNormalizedSpectrum = Rel(hf),
            VhfPowerNormalizedSpectrum = Rel(vhf),
            TotalPowerNormalizedSpectrum = Rel(total),
            LfHfRatio = Divide(lf, hf),
            LfNu = 100 * Divide(lf, lf + hf),
            HfNu = 100 * Divide(hf, lf + hf),
            LfNormalizedIndex = lfn,
            HfNormalizedIndex = hfn,
            LnVlfPowerMs2 = Abs(Log(vlf)),
            LnLfPowerMs2 = Abs(Log(lf)),
            LnHfPowerMs2 = Abs(Log(hf)),
            LnVlfPowerNormalizedSpectrum = Rel(Log(vlf)),
            LnLfPowerNormalizedSpectrum = Rel(Log(lf)),
            LnHfPowerNormalizedSpectrum = Rel(Log(hf)),
            UlfPercent = 100 * Divide(ulf, total),
            VlfPercent = 100 * Divide(vlf, total),
            LfPercent = 100 * Divide(lf, total),
            HfPercent = 100 * Divide(hf, total),
            VhfPercent = 100 * Divide(vhf, total),
            VlfPeakHz = vlfPeak,
            LfPeakHz = lfPeak,
            HfPeakHz = hfPeak,
            IntervalCount = rr.Count,
            DurationSeconds = duration,
            LowestFrequencyHz = lowest,
            Spectrum = spectrum,
            Options = options,
            Notes = notes,
        };

        // Every NaN index gets a reason: derived indices inherit theirs from the band powers they use.
        foreach (var (name, value) in result.ToIndexTable())
        {
            if (double.IsNaN(value) && !notes.Exists(n => n.Index == name))
                notes.Add(new(name, "Derived from band powers that are NaN, zero or not positive.", true));
        }

        return result;
    }

    private static void Validate(FrequencyDomainOptions options)
    {
        Guard.Positive(options.ResamplingRateHz, nameof(options.ResamplingRateHz));
        if (!Enum.IsDefined(options.TimeAxis))
            throw new ArgumentOutOfRangeException(nameof(options), options.TimeAxis, $"TimeAxis must be a defined {nameof(SpectralTimeAxis)}; it is {(int)options.TimeAxis}.");
        if (!(options.SmoothnessLambda >= 0) || !double.IsFinite(options.SmoothnessLambda))
            throw new ArgumentOutOfRangeException(nameof(options), options.SmoothnessLambda, $"SmoothnessLambda must be a finite number ≥ 0; it is {Guard.Show(options.SmoothnessLambda)}.");
        ArgumentNullException.ThrowIfNull(options.Bands);
        ArgumentNullException.ThrowIfNull(options.Welch);
        ArgumentNullException.ThrowIfNull(options.Lomb);
        ArgumentNullException.ThrowIfNull(options.Burg);
        foreach (var (name, band) in options.Bands.All)
        {
            if (!(band.LowHz >= 0) || !(band.HighHz > band.LowHz) || !double.IsFinite(band.HighHz))
                throw new ArgumentException(
                    $"Band {name} must have 0 ≤ low < high (finite); it is {band}.", nameof(options));
        }
    }

    private static (PowerSpectrum Spectrum, double Lowest, double MaximumDensity) EstimateSpectrum(RrIntervals rr, FrequencyDomainOptions options)
    {
        var times = TimeAxis(rr, options);
        var ms = rr.Milliseconds;
        var maximumHz = options.Bands.MaximumHz;

        if (options.Method == PsdMethod.Lomb && options.LombSamples == LombSamples.BeatTimes)
        {
            var meanRate = (rr.Count - 1) / (times[^1] - times[0]);
            var lambda = options.SmoothnessLambda * Math.Pow(meanRate / options.ResamplingRateHz, 2);
            var y = Signal.Detrending.Detrend(ms, options.Detrending, lambda);
            ZeroRoundOff(y);
            var n = rr.Count;
            var lowestLomb = options.LowFrequencyLimit == LowFrequencyLimit.NeuroKit2
                ? (2 * meanRate) / (n / 2.0)
                : 1.0 / (times[^1] - times[0]);
            var lombOptions = options.Lomb with
            {
                MinimumFrequencyHz = options.Lomb.MinimumFrequencyHz ?? (options.LowFrequencyLimit == LowFrequencyLimit.NeuroKit2 ? lowestLomb : null),
                MaximumFrequencyHz = options.Lomb.MaximumFrequencyHz ?? maximumHz,
            };
            return (LombScargleSpectrum.Compute(times, y, lombOptions), lowestLomb, double.NaN);
        }

        var resampled = Resampling.ResampleTrusted(times, ms, options.ResamplingRateHz, options.Interpolation, options.ResamplingGrid);
        var values = resampled.ValuesArray;
        Signal.Detrending.DetrendInPlace(values, options.Detrending, options.SmoothnessLambda);
        if (options.Detrending != DetrendingMethod.Mean) Signal.Detrending.DetrendInPlace(values, DetrendingMethod.Mean);
        ZeroRoundOff(values);
        var fs = options.ResamplingRateHz;
        var nValues = values.Length;
        var neuroKitLowest = (2 * fs) / (nValues / 2.0);

        switch (options.Method)
        {
            case PsdMethod.Lomb:
            {
                var gridTimes = new double[nValues];
                for (var i = 0; i < nValues; i++) gridTimes[i] = i / fs;
                var lowestLomb = options.LowFrequencyLimit == LowFrequencyLimit.NeuroKit2 ? neuroKitLowest : 1.0 / ((nValues - 1) / fs);
                var lombOptions = options.Lomb with
                {
                    MinimumFrequencyHz = options.Lomb.MinimumFrequencyHz ?? (options.LowFrequencyLimit == LowFrequencyLimit.NeuroKit2 ? lowestLomb : null),
                    MaximumFrequencyHz = options.Lomb.MaximumFrequencyHz ?? maximumHz,
                };
                return (LombScargleSpectrum.Compute(gridTimes, values, lombOptions), lowestLomb, double.NaN);
            }

            case PsdMethod.Burg:
            {
                var burg = BurgSpectrum.Compute(values, fs, options.Burg).Spectrum;
                return (burg, options.LowFrequencyLimit == LowFrequencyLimit.NeuroKit2 ? neuroKitLowest : burg.ResolutionHz, double.NaN);
            }

            default:
            {
                // Long FFTs (NeuroKit2's half-record segments of a Holter recording): only the bins up to the highest band
                // edge, with the maximum over all bins certified by Parseval when the spectrum is divided by it.
                var lowMaximum = double.NaN;
                var low = options.Normalization is SpectrumNormalization.None or SpectrumNormalization.DivideByMaximum
                    ? WelchSpectrum.ComputeLowBins(values, fs, options.Welch, maximumHz, out lowMaximum)
                    : null;
                var certified = low is not null && (options.Normalization == SpectrumNormalization.None || double.IsFinite(lowMaximum));
                var welch = certified ? low! : WelchSpectrum.Compute(values, fs, options.Welch);
                return (welch, options.LowFrequencyLimit == LowFrequencyLimit.NeuroKit2 ? neuroKitLowest : welch.ResolutionHz, certified ? lowMaximum : double.NaN);
            }
        }
    }

    /// <summary>
    /// The beat times the spectrum uses: the series' own, or (<see cref="SpectralTimeAxis.NeuroKit2CumulativeSum"/>, no
    /// gaps) NeuroKit2's running sum <c>np.nancumsum(rri / 1000)</c>, reproduced operation by operation.
    /// </summary>
    private static ReadOnlySpan<double> TimeAxis(RrIntervals rr, FrequencyDomainOptions options)
    {
        if (options.TimeAxis != SpectralTimeAxis.NeuroKit2CumulativeSum || rr.HasGaps) return rr.BeatTimesSeconds;
        var ms = rr.Milliseconds;
        var times = new double[ms.Length];
        double sum = 0;
        for (var i = 0; i < ms.Length; i++)
        {
            sum += ms[i] / 1000;
            times[i] = sum;
        }

        return times;
    }

    /// <summary>
    /// A constant series detrends to rounding noise (up to ~10⁻⁷ ms after smoothness priors) whose spectrum would give
    /// meaningless ratios; below 10⁻⁶ ms (1 ns) everywhere it is set to exactly 0, so powers are 0 and ratios NaN.
    /// </summary>
    private static void ZeroRoundOff(double[] values)
    {
        foreach (var v in values)
        {
            if (!(Math.Abs(v) < 1e-6)) return;
        }

        Array.Clear(values);
    }

    private static PowerSpectrum NormalizeByMaximum(PowerSpectrum spectrum, double maximumDensity)
    {
        if (spectrum.Count == 0) return spectrum with { Normalization = SpectrumNormalization.DivideByMaximum };
        var max = double.IsNaN(maximumDensity) ? spectrum.Density.Max() : maximumDensity;
        var density = new double[spectrum.Count];
        for (var i = 0; i < density.Length; i++) density[i] = spectrum.Density[i] / max;
        return spectrum with { Density = density, Normalization = SpectrumNormalization.DivideByMaximum };
    }

    private static PowerSpectrum Restrict(PowerSpectrum spectrum, double fromHz, double toHz)
    {
        var f = spectrum.Frequencies;
        var start = 0;
        while (start < f.Length && !(f[start] >= fromHz)) start++;
        var end = start;
        while (end < f.Length && f[end] <= toHz) end++;
        if (start == 0 && end == f.Length) return spectrum;
        return spectrum with { Frequencies = f[start..end], Density = spectrum.Density[start..end] };
    }

    private static double BandPower(
        string index, FrequencyBand band, PowerSpectrum spectrum, double lowest, FrequencyDomainOptions options,
        List<FrequencyDomainNote> notes, out double peakHz)
    {
        peakHz = double.NaN;
        var f = spectrum.Frequencies;
        var p = spectrum.Density;
        var ci = CultureInfo.InvariantCulture;
        if (band.HighHz <= lowest)
        {
            notes.Add(new(index, string.Create(ci,
                $"The recording is too short for this band [{band.LowHz}, {band.HighHz}) Hz: the spectrum resolves frequencies from {lowest:0.#####} Hz up; a band needs at least {1 / band.HighHz:0.#} s (Welch: per segment), and {(band.LowHz > 0 ? (1 / band.LowHz).ToString("0.#", ci) + " s" : "24 h")} to be fully resolved."), true));
            return double.NaN;
        }

        var from = Math.Max(band.LowHz, lowest);
        if (band.LowHz < lowest && options.LowFrequencyLimit == LowFrequencyLimit.Resolution)
        {
            notes.Add(new(index, string.Create(ci,
                $"Only partly resolved: integrated from {lowest:0.#####} Hz, not {band.LowHz} Hz; the recording (or Welch segment) is shorter than {(band.LowHz > 0 ? (1 / band.LowHz).ToString("0.#", ci) : "∞")} s."), false));
        }

        double power;
        if (options.Integration == BandIntegration.RectangleInclusive)
        {
            power = SpectralMath.RectangleInclusive(f, p, band.LowHz, band.HighHz, out var points);
            if (points == 0)
            {
                notes.Add(new(index, string.Create(ci, $"No spectral point in [{band.LowHz}, {band.HighHz}] Hz."), true));
                return double.NaN;
            }

            var top = double.NegativeInfinity;
            for (var i = 0; i < f.Length; i++)
            {
                if (f[i] >= band.LowHz && f[i] <= band.HighHz && p[i] > top)
                {
                    top = p[i];
                    peakHz = f[i];
                }
            }

            return power;
        }

        if (options.Integration == BandIntegration.PointsInsideBand)
        {
            power = SpectralMath.TrapezoidInside(f, p, band.LowHz, band.HighHz, out var points);
            if (power == 0)
            {
                notes.Add(new(index, string.Create(ci,
                    $"{points} spectral point(s) in [{band.LowHz}, {band.HighHz}) Hz above {lowest:0.#####} Hz; the trapezoid needs 2 (NeuroKit2 returns NaN)."), true));
                return double.NaN;
            }
        }
        else
        {
            if (f.Length < 2 || !(f[0] < band.HighHz) || !(f[^1] > from))
            {
                notes.Add(new(index, string.Create(ci, $"No spectral estimate in [{from:0.#####}, {band.HighHz}) Hz."), true));
                return double.NaN;
            }

            power = SpectralMath.IntegrateLinear(f, p, from, band.HighHz);
        }

        var best = double.NegativeInfinity;
        for (var i = 0; i < f.Length; i++)
        {
            if (f[i] >= from && f[i] < band.HighHz && p[i] > best)
            {
                best = p[i];
                peakHz = f[i];
            }
        }

        return power;
    }

    private static double Divide(double a, double b) => double.IsFinite(a) && double.IsFinite(b) && b != 0 ? a / b : double.NaN;

    private static double Log(double x) => double.IsFinite(x) && x > 0 ? Math.Log(x) : double.NaN;
}
