using System.Globalization;
using HrResponse.Plotting.Internal;

namespace HrResponse.Plotting;

/// <summary>
/// Power spectral density of the RR series (ms²/Hz against Hz) with the area under the curve shaded per band. The
/// frequency axis runs from 0 to the highest band edge (0.5 Hz when no band is given).
/// </summary>
public static class PsdChart
{
    /// <summary>The title used when <see cref="ChartOptions.Title"/> is null.</summary>
    public const string DefaultTitle = "Power spectral density";

    /// <summary>
    /// Draws the spectrum of a frequency-domain result with its VLF, LF and HF bands (edges from the result's
    /// options) and their powers in the legend. A normalised spectrum is labelled "PSD (relative)".
    /// </summary>
    /// <param name="result">Result of <see cref="Hrv.FrequencyDomainAnalysis.Compute(RrIntervals, Hrv.FrequencyDomainOptions?)"/>.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; an empty spectrum gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Render(Hrv.FrequencyDomainResult result, ChartOptions? options = null)
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
        var f = result.Spectrum.FrequenciesHz.ToArray();
        var p = result.Spectrum.DensityMs2PerHz.ToArray();
        return Draw(f, p, bands, options, relative ? "PSD (relative)" : "PSD (ms²/Hz)");
    }

    /// <summary>
    /// Draws a one-sided spectrum: one polyline point per finite frequency inside the shown range, shaded bands
    /// (the area between the curve and zero, with linearly interpolated band edges).
    /// </summary>
    /// <param name="frequenciesHz">Frequencies, Hz, increasing.</param>
    /// <param name="densityMs2PerHz">Density at each frequency, ms²/Hz.</param>
    /// <param name="bands">Bands to shade; <c>null</c> for <see cref="SpectralBand.TaskForce1996"/>.</param>
    /// <param name="options">Size and title; <c>null</c> for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>SVG text; no finite point gives a chart that says "no data".</returns>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static string Render(
        ReadOnlySpan<double> frequenciesHz, ReadOnlySpan<double> densityMs2PerHz,
        IReadOnlyList<SpectralBand>? bands = null, ChartOptions? options = null)
    {
        if (frequenciesHz.Length != densityMs2PerHz.Length)
            throw new ArgumentException(
                $"Must have one value per frequency ({frequenciesHz.Length}); it has {densityMs2PerHz.Length}.", nameof(densityMs2PerHz));
        return Draw(frequenciesHz, densityMs2PerHz, bands, options, "PSD (ms²/Hz)");
    }

    private static string Draw(
        ReadOnlySpan<double> frequenciesHz, ReadOnlySpan<double> densityMs2PerHz,
        IReadOnlyList<SpectralBand>? bands, ChartOptions? options, string yTitle)
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

        var inv = CultureInfo.InvariantCulture;
        var legend = new List<LegendEntry> { new(yTitle, LegendSymbol.Line, Palette.Black) };
        for (var i = 0; i < shown.Count; i++)
        {
            var b = shown[i];
            var label = string.Create(inv, $"{b.Name} {b.LowHz:0.####}–{b.HighHz:0.####} Hz");
            if (double.IsFinite(b.PowerMs2)) label += string.Create(inv, $": {b.PowerMs2:0.#} ms²");
            legend.Add(new(label, LegendSymbol.Area, BandColor(i)));
        }

        var canvas = new ChartCanvas(options, DefaultTitle, "psd-chart", legend);
        var svg = canvas.Svg;
        var xAxis = () => Axis.Linear(0, fMax, "Frequency (Hz)", 8, extendToTicks: false);
        if (f.Count == 0)
        {
            canvas.Panels(xAxis, [Axis.Linear(0, 1, yTitle)])[0].NoData(svg);
            return canvas.Finish();
        }

        var yMax = Math.Max(p.Max(), 0);
        var yMin = Math.Min(p.Min(), 0);
        var panel = canvas.Panels(xAxis, [Axis.Linear(yMin, yMax * 1.05, yTitle)])[0];
        svg.OpenGroup("data", panel.ClipId);
        svg.OpenGroup("bands");
        var y0 = panel.Y.Map(0);
        for (var i = 0; i < shown.Count; i++)
        {
            var b = shown[i];
            var poly = new List<(double, double)> { (panel.X.Map(b.LowHz), y0), (panel.X.Map(b.LowHz), panel.Y.Map(Interpolate(f, p, b.LowHz))) };
            for (var k = 0; k < f.Count; k++)
                if (f[k] > b.LowHz && f[k] < b.HighHz) poly.Add((panel.X.Map(f[k]), Series.Clamp(panel.Y.Map(p[k]))));
            poly.Add((panel.X.Map(b.HighHz), panel.Y.Map(Interpolate(f, p, b.HighHz))));
            poly.Add((panel.X.Map(b.HighHz), y0));
            svg.Polygon(poly, BandColor(i), 0.45, "band", b.Name);
        }

        svg.CloseGroup();
        foreach (var seg in Series.Segments(f.ToArray(), p.ToArray(), panel))
            svg.Polyline(seg, Palette.Black, 1.8, cls: "series", dataName: "psd");
        svg.CloseGroup();
        return canvas.Finish();
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

    private static string BandColor(int i) => i switch
    {
        0 => Palette.Purple,
        1 => Palette.Orange,
        2 => Palette.Sky,
        _ => Palette.Fills[(i + 1) % Palette.Fills.Count],
    };
}
