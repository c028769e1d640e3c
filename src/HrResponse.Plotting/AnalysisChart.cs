using HrResponse.Plotting.Internal;
using ScottPlot;

namespace HrResponse.Plotting;

/// <summary>
/// One chart of an analysis: its name (a file stem such as <c>tachogram</c>), a caption saying what it shows and how it
/// was computed, and its ScottPlot plots (one, or several panels stacked top to bottom in one figure). The plots can be
/// changed (colours, limits, annotations, …) or shown in a ScottPlot UI control before the chart is saved.
/// </summary>
public sealed class AnalysisChart
{
    /// <summary>Creates a chart of one or more panels.</summary>
    /// <param name="name">File stem, e.g. <c>heart-rate</c>; letters, digits and '-' only.</param>
    /// <param name="caption">What the chart shows, with the settings behind it.</param>
    /// <param name="panels">The plots, top to bottom; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument or a panel is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or has other characters, or there is no panel.</exception>
    public AnalysisChart(string name, string caption, IReadOnlyList<Plot> panels)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(panels);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            throw new ArgumentException($"Must be a file stem of letters, digits and '-'; it is '{name}'.", nameof(name));
        if (panels.Count == 0) throw new ArgumentException("A chart needs at least one plot.", nameof(panels));
        if (panels.Any(p => p is null)) throw new ArgumentNullException(nameof(panels), "A panel is null.");
        Name = name;
        Caption = caption;
        Panels = panels.ToArray();
    }

    /// <summary>
    /// File stem: <c>heart-rate</c>, <c>ecg</c>, <c>tachogram</c>, <c>poincare</c>, <c>dfa</c>, <c>psd</c>,
    /// <c>rolling-hrv</c>, <c>exercise-test</c>, or a cohort chart's name.
    /// </summary>
    public string Name { get; }

    /// <summary>What the chart shows, with the settings behind it.</summary>
    public string Caption { get; }

    /// <summary>The plots of the figure, top to bottom (one for most charts).</summary>
    public IReadOnlyList<Plot> Panels { get; }

    /// <summary>The first (for most charts the only) plot.</summary>
    public Plot Plot => Panels[0];

    /// <summary>
    /// Why the chart shows no data (e.g. "fewer than two RR intervals"), when its first panel was drawn empty with
    /// that message; <c>null</c> when it shows data.
    /// </summary>
    public string? NoDataReason => ChartStyle.NoDataReason(Panels[0]);

    /// <summary>Renders the chart to PNG bytes (see <see cref="ChartImage.ToPng(IReadOnlyList{Plot}, ChartImageOptions?)"/>).</summary>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <returns>PNG bytes.</returns>
    public byte[] ToPng(ChartImageOptions? options = null) => ChartImage.ToPng(Panels, options);

    /// <summary>
    /// Renders the chart to an SVG document (see <see cref="ChartImage.ToSvg(IReadOnlyList{Plot}, ChartImageOptions?)"/>)
    /// whose element ids all start with <see cref="Name"/> and '-', so the SVGs of several charts can be inlined in one
    /// HTML page.
    /// </summary>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <returns>SVG text.</returns>
    public string ToSvg(ChartImageOptions? options = null) => ChartImage.ToSvg(Panels, options, Name + "-");

    /// <summary>The chart as the bytes of a file of the given format.</summary>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <returns>File content.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not defined.</exception>
    public byte[] Encode(ChartImageFormat format, ChartImageOptions? options = null) =>
        ChartImage.Encode(Panels, format, options, Name + "-");

    /// <summary>Writes the chart to a file, replacing it.</summary>
    /// <param name="path">File to write.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not defined.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    public void Save(string path, ChartImageFormat format, ChartImageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, Encode(format, options));
    }

    /// <summary>The chart's name, its panel count and its caption, e.g. "tachogram (1 panel): RR intervals, ms ...".</summary>
    /// <returns>A one-line description of the chart.</returns>
    public override string ToString() => $"{Name} ({Panels.Count} panel{(Panels.Count == 1 ? "" : "s")}): {Caption}";
}
