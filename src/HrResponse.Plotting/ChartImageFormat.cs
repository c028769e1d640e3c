namespace HrResponse.Plotting;

/// <summary>File format of a saved chart.</summary>
public enum ChartImageFormat
{
    /// <summary>PNG raster image (with its DPI recorded in the file).</summary>
    Png,

    /// <summary>SVG vector image; text stays text.</summary>
    Svg,
}
