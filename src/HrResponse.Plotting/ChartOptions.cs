using System.Globalization;

namespace HrResponse.Plotting;

/// <summary>
/// Title and text size of a chart, applied when the chart's <see cref="ScottPlot.Plot"/> is built. Sizes are in px at
/// 96 DPI; a saved image scales them with its DPI (<see cref="ChartImageOptions.Dpi"/>), so the default 12-px text is
/// 9 pt on paper at any resolution (tick labels and legend; axis titles are 14 px = 10.5 pt, the title 16 px = 12 pt).
/// </summary>
public sealed record ChartOptions
{
    private readonly double _font = 12;

    /// <summary>The defaults: 12-px text, the chart's own title.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>
    /// Size of tick labels and legend text in px at 96 DPI; axis titles are 7/6 and the title 4/3 of it. Default 12
    /// (9 pt). In [6, 48].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [6, 48].</exception>
    public double FontSizePx
    {
        get => _font;
        init
        {
            if (!(value >= 6 && value <= 48))
                throw new ArgumentOutOfRangeException(nameof(FontSizePx), value, string.Create(CultureInfo.InvariantCulture,
                    $"Must be in [6, 48] px; it is {value}."));
            _font = value;
        }
    }

    /// <summary>Title drawn above the plot; <c>null</c> uses the chart's own title, an empty string draws none.</summary>
    public string? Title { get; init; }
}
