using System.Globalization;
using HrResponse.Plotting.Internal;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// Power spectral density of the RR series (ms²/Hz against Hz) with the area under the curve shaded per band, as a
/// ScottPlot <see cref="Plot"/>. The frequency axis runs from 0 to the highest band edge (0.5 Hz when no band is given).
/// </summary>
public static class PsdChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Power spectral density";

    /// <summary>
    /// Builds the spectrum of a frequency-domain result with its VLF, LF and HF bands (edges from the result's options)
    /// and their powers in the legend. A normalised spectrum is labelled "PSD (relative)" and its legend has no powers.
    /// </summary>
    /// <param name="result">Result of <see cref="Hrv.FrequencyDomainAnalysis.Compute(RrIntervals, Hrv.FrequencyDomainOptions?)"/>.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; an empty spectrum gives a plot with the message "No data: empty spectrum".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static Plot Create(Hrv.FrequencyDomainResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var b = result.Options.Bands;
        var relative = result.Spectrum.Normalization != Signal.SpectrumNormalization.None;
        IReadOnlyList<SpectralBand> bands =
        [
            new("VLF", b.Vlf.LowHz, b.Vlf.HighHz, relative ? double.NaN : result.VlfPowerMs2),
            new("LF", b.Lf.LowHz, b.Lf.HighHz, relative ? double.NaN : result.LfPowerMs2),
            new("HF", b.Hf.LowHz, b.Hf.HighHz, relative ? double.NaN : result.HfPowerMs2),
        ];
        return Draw(result.Spectrum.FrequenciesHz.ToArray(), result.Spectrum.DensityMs2PerHz.ToArray(), bands, options, relative ? "PSD (relative)" : "PSD (ms²/Hz)");
    }

    /// <summary>
    /// Builds a one-sided spectrum: a line through the finite points inside the shown range, and per band the area
    /// between the curve and zero (band edges linearly interpolated), legend "NAME LOW–HIGH Hz: POWER ms²" (the power
    /// when finite).
    /// </summary>
    /// <param name="frequenciesHz">Frequencies, Hz, increasing.</param>
    /// <param name="densityMs2PerHz">Density at each frequency, ms²/Hz.</param>
    /// <param name="bands">Bands to shade; <c>null</c> for <see cref="SpectralBand.TaskForce1996"/>.</param>
    /// <param name="options">Title and text size; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The plot; no finite point gives a plot with the message "No data: empty spectrum".</returns>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static Plot Create(
        ReadOnlySpan<double> frequenciesHz, ReadOnlySpan<double> densityMs2PerHz,
        IReadOnlyList<SpectralBand>? bands = null, ChartOptions? options = null)
    {
        if (frequenciesHz.Length != densityMs2PerHz.Length)
            throw new ArgumentException(
                $"Must have one value per frequency ({frequenciesHz.Length}); it has {densityMs2PerHz.Length}.", nameof(densityMs2PerHz));
        return Draw(frequenciesHz, densityMs2PerHz, bands, options, "PSD (ms²/Hz)");
    }

    private static Plot Draw(
        ReadOnlySpan<double> frequenciesHz, ReadOnlySpan<double> densityMs2PerHz,
        IReadOnlyList<SpectralBand>? bands, ChartOptions? options, string yLabel)
    {
        var shown = (bands ?? SpectralBand.TaskForce1996)
            .Where(b => double.IsFinite(b.LowHz) && double.IsFinite(b.HighHz) && b.HighHz > b.LowHz).ToList();
        var fMax = shown.Count > 0 ? shown.Max(b => b.HighHz) : 0.5;
        var f = new List<double>();
        var p = new List<double>();
        for (var i = 0; i < frequenciesHz.Length; i++)
        {
            if (double.IsFinite(frequenciesHz[i]) && double.IsFinite(densityMs2PerHz[i]) && frequenciesHz[i] >= 0 && frequenciesHz[i] <= fMax)
            {
                f.Add(frequenciesHz[i]);
                p.Add(densityMs2PerHz[i]);
            }
        }

        var plot = ChartStyle.New(options, DefaultTitle, "Frequency (Hz)", yLabel);
        if (f.Count == 0) return ChartStyle.NoData(plot, "empty spectrum", 0, fMax, 0, 1);

        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < shown.Count; i++)
        {
            var b = shown[i];
            var xs = new List<double> { b.LowHz };
            var ys = new List<double> { Interpolate(f, p, b.LowHz) };
            for (var k = 0; k < f.Count; k++)
            {
                if (f[k] > b.LowHz && f[k] < b.HighHz)
                {
                    xs.Add(f[k]);
                    ys.Add(p[k]);
                }
            }

            xs.Add(b.HighHz);
            ys.Add(Interpolate(f, p, b.HighHz));
            var fill = plot.Add.FillY(xs.ToArray(), new double[xs.Count], ys.ToArray());
            fill.FillColor = BandColor(i).WithAlpha(0.45);
            fill.LineWidth = 0;
            var label = string.Create(inv, $"{b.Name} {b.LowHz:0.####}–{b.HighHz:0.####} Hz");
            if (double.IsFinite(b.PowerMs2)) label += string.Create(inv, $": {b.PowerMs2:0.#} ms²");
            fill.LegendText = label;
        }

        ChartStyle.Line(plot, f.ToArray(), p.ToArray(), ChartStyle.Black, 1.5f, yLabel);
        var yMax = Math.Max(p.Max(), 0);
        var yMin = Math.Min(p.Min(), 0);
        plot.Axes.SetLimits(0, fMax, yMin, yMax > yMin ? yMax * 1.05 : yMin + 1);
        ChartStyle.LegendOutside(plot);
        return plot;
    }

    /// <summary>Density at <paramref name="x"/> by linear interpolation, 0 outside the listed frequencies.</summary>
    private static double Interpolate(List<double> f, List<double> p, double x)
    {
        if (x < f[0] || x > f[^1]) return 0;
        for (var k = 1; k < f.Count; k++)
        {
            if (f[k] >= x)
            {
                var w = f[k] == f[k - 1] ? 0 : (x - f[k - 1]) / (f[k] - f[k - 1]);
                return p[k - 1] + (w * (p[k] - p[k - 1]));
            }
        }

        return p[^1];
    }

    private static Color BandColor(int i) => i switch
    {
        0 => ChartStyle.Purple,
        1 => ChartStyle.Orange,
        2 => ChartStyle.Sky,
        _ => ChartStyle.Fills[(i + 1) % ChartStyle.Fills.Length],
    };
}
