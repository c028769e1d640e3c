using System.Globalization;

namespace HrResponse.Plotting;

/// <summary>
/// Size, title and font of a chart. The defaults (720 × 420 px, 14-px text) print legibly at the width of an A4 or
/// Letter page and scale without loss, since the output is vector SVG.
/// </summary>
public sealed record ChartOptions
{
    private readonly double _width = 720;
    private readonly double _height = 420;
    private readonly double _font = 14;

    /// <summary>The defaults: 720 × 420 px, 14-px text, the chart's own title.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Width of the SVG in px. Default 720. In [200, 10000].</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [200, 10000].</exception>
    public double WidthPx
    {
        get => _width;
        init => _width = Check(value, 200, 10000, nameof(WidthPx));
    }

    /// <summary>Height of the SVG in px. Default 420. In [150, 10000].</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [150, 10000].</exception>
    public double HeightPx
    {
        get => _height;
        init => _height = Check(value, 150, 10000, nameof(HeightPx));
    }

    /// <summary>Size of tick labels, legend and axis titles in px; the title is 1.2 times larger. Default 14. In [8, 48].</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [8, 48].</exception>
    public double FontSizePx
    {
        get => _font;
        init => _font = Check(value, 8, 48, nameof(FontSizePx));
    }

    /// <summary>Title drawn above the plot; <c>null</c> uses the chart's own title, an empty string draws none.</summary>
    public string? Title { get; init; }

    private static double Check(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture,
                $"Must be in [{min}, {max}] px; it is {value}."));
        return value;
    }
}
