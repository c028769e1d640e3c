using System.Globalization;

namespace HrResponse.Plotting;

/// <summary>
/// Pixel size and resolution of a saved chart. The default, 2100 px wide at 300 DPI, is a 7-inch (178-mm) figure: the
/// full text width of a two-column journal page at the resolution journals ask for. Text, lines and markers are drawn
/// at <see cref="Dpi"/>/96 times their size in px, so a chart looks the same at any DPI, only sharper.
/// </summary>
public sealed record ChartImageOptions
{
    private readonly int _width = 2100;
    private readonly int? _height;
    private readonly double _dpi = 300;

    /// <summary>The defaults: 2100 px wide, the chart's own height, 300 DPI.</summary>
    public static ChartImageOptions Default { get; } = new();

    /// <summary>Image width in px. Default 2100. In [100, 20000].</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [100, 20000].</exception>
    public int WidthPx
    {
        get => _width;
        init => _width = (int)Check(value, 100, 20000, nameof(WidthPx), "px");
    }

    /// <summary>
    /// Image height in px; <c>null</c> (default) for the chart's own: 0.6 × <see cref="WidthPx"/> for one panel,
    /// (0.12 + 0.3 × panels) × <see cref="WidthPx"/> for stacked panels. In [100, 20000].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [100, 20000].</exception>
    public int? HeightPx
    {
        get => _height;
        init => _height = value is { } h ? (int)Check(h, 100, 20000, nameof(HeightPx), "px") : null;
    }

    /// <summary>
    /// Resolution in dots per inch: the scale of text, lines and markers (DPI / 96) and, for PNG, the resolution
    /// recorded in the file (its pHYs chunk). Default 300. In [48, 1200].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [48, 1200].</exception>
    public double Dpi
    {
        get => _dpi;
        init => _dpi = Check(value, 48, 1200, nameof(Dpi), "DPI");
    }

    /// <summary>The height in px for a figure of <paramref name="panelCount"/> stacked panels (see <see cref="HeightPx"/>).</summary>
    /// <param name="panelCount">Number of panels, ≥ 1.</param>
    public int HeightFor(int panelCount) =>
        _height ?? (int)Math.Round(_width * (panelCount <= 1 ? 0.6 : 0.12 + (0.3 * panelCount)));

    private static double Check(double value, double min, double max, string name, string unit)
    {
        if (!(value >= min && value <= max))
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture,
                $"Must be in [{min}, {max}] {unit}; it is {value}."));
        return value;
    }
}
