using System.Text;
using System.Text.RegularExpressions;
using HrResponse.Plotting.Internal;
using ScottPlot;
using SkiaSharp;

namespace HrResponse.Plotting;

/// <summary>
/// Renders ScottPlot plots (one, or several stacked top to bottom as panels of one figure) to PNG and SVG at a given
/// size and DPI. Each panel gets an equal share of the height and the full width. While rendering, each plot's
/// <see cref="Plot.ScaleFactor"/> is set to DPI / 96 (and put back afterwards), so fonts, lines and markers keep their
/// printed size at any DPI. A plot must not be changed or rendered on another thread while this runs.
/// </summary>
public static partial class ChartImage
{
    /// <summary>Renders a figure to PNG bytes.</summary>
    /// <param name="panels">Plots, top to bottom; at least one.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <returns>A PNG of <see cref="ChartImageOptions.WidthPx"/> × <see cref="ChartImageOptions.HeightFor"/> px with the DPI recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panels"/> or one of its plots is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="panels"/> is empty.</exception>
    public static byte[] ToPng(IReadOnlyList<Plot> panels, ChartImageOptions? options = null)
    {
        Check(panels);
        var o = options ?? ChartImageOptions.Default;
        var (w, h) = (o.WidthPx, o.HeightFor(panels.Count));
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Could not allocate a {w} x {h} px image.");
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, panels, w, h, o.Dpi);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        // The "Up" filter at zlib level 1 encodes a 2100 x 1260 chart several times faster than Skia's default
        // (all filters, level 6), for files about 1.5 times larger; charts are mostly flat colour.
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 1))
            ?? throw new InvalidOperationException("PNG encoding failed.");
        return PngDpi.Set(data.ToArray(), o.Dpi);
    }

    /// <summary>Renders one plot to PNG bytes (see <see cref="ToPng(IReadOnlyList{Plot}, ChartImageOptions?)"/>).</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <returns>PNG bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> is null.</exception>
    public static byte[] ToPng(Plot plot, ChartImageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return ToPng([plot], options);
    }

    /// <summary>Renders a figure to an SVG document (text stays text; width and height attributes in px).</summary>
    /// <param name="panels">Plots, top to bottom; at least one.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <returns>SVG text with an XML declaration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panels"/> or one of its plots is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="panels"/> is empty.</exception>
    public static string ToSvg(IReadOnlyList<Plot> panels, ChartImageOptions? options = null) => ToSvg(panels, options, "");

    /// <summary>Renders one plot to an SVG document (see <see cref="ToSvg(IReadOnlyList{Plot}, ChartImageOptions?)"/>).</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <returns>SVG text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> is null.</exception>
    public static string ToSvg(Plot plot, ChartImageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return ToSvg([plot], options, "");
    }

    /// <summary>Writes a figure to a file, replacing it.</summary>
    /// <param name="panels">Plots, top to bottom; at least one.</param>
    /// <param name="path">File to write.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="panels"/> is empty or <paramref name="format"/> is not defined.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static void Save(IReadOnlyList<Plot> panels, string path, ChartImageFormat format, ChartImageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, Encode(panels, format, options, ""));
    }

    /// <summary>Writes one plot to a file, replacing it.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="path">File to write.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="options">Size and DPI; <c>null</c> for <see cref="ChartImageOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not defined.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static void Save(Plot plot, string path, ChartImageFormat format, ChartImageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Save([plot], path, format, options);
    }

    /// <summary>The file extension of a format, without the dot: <c>png</c> or <c>svg</c>.</summary>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not defined.</exception>
    public static string ExtensionOf(ChartImageFormat format) => format switch
    {
        ChartImageFormat.Png => "png",
        ChartImageFormat.Svg => "svg",
        _ => throw new ArgumentException($"Unknown chart image format {format}.", nameof(format)),
    };

    internal static byte[] Encode(IReadOnlyList<Plot> panels, ChartImageFormat format, ChartImageOptions? options, string idPrefix) => format switch
    {
        ChartImageFormat.Png => ToPng(panels, options),
        ChartImageFormat.Svg => new UTF8Encoding(false).GetBytes(ToSvg(panels, options, idPrefix)),
        _ => throw new ArgumentException($"Unknown chart image format {format}.", nameof(format)),
    };

    /// <summary>SVG of the figure; every id (and reference to it) starts with <paramref name="idPrefix"/>, so several charts can share one HTML page.</summary>
    internal static string ToSvg(IReadOnlyList<Plot> panels, ChartImageOptions? options, string idPrefix)
    {
        Check(panels);
        var o = options ?? ChartImageOptions.Default;
        var (w, h) = (o.WidthPx, o.HeightFor(panels.Count));
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, w, h), wstream))
        {
            canvas.DrawRect(new SKRect(0, 0, w, h), new SKPaint { Color = SKColors.White });
            Draw(canvas, panels, w, h, o.Dpi);
        }

        var svg = Encoding.UTF8.GetString(stream.ToArray());
        // Skia draws a transparent clear as an unfilled (black) rect; make such background rects explicitly transparent.
        svg = UnfilledRect().Replace(svg, "<rect fill=\"none\"$1$2/>");
        // Skia numbers clip paths from a process-wide counter; renumber them in order of appearance (with the prefix),
        // so the same chart gives the same SVG in any process.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdPattern().Matches(svg))
            ids.TryAdd(m.Groups[1].Value, idPrefix + "c" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return ids.Count == 0 ? svg : IdReferencePattern().Replace(svg, m =>
            ids.TryGetValue(m.Groups[2].Value, out var id) ? m.Groups[1].Value + id : m.Value);
    }

    private static void Draw(SKCanvas canvas, IReadOnlyList<Plot> panels, int w, int h, double dpi)
    {
        var scale = dpi / 96;
        for (var i = 0; i < panels.Count; i++)
        {
            var top = (int)Math.Round((double)i * h / panels.Count);
            var bottom = (int)Math.Round((double)(i + 1) * h / panels.Count);
            var plot = panels[i];
            var old = plot.ScaleFactor;
            canvas.Save();
            try
            {
                plot.ScaleFactor = scale;
                canvas.Translate(0, top);
                canvas.ClipRect(new SKRect(0, 0, w, bottom - top));
                plot.Render(canvas, w, bottom - top);
            }
            finally
            {
                canvas.Restore();
                plot.ScaleFactor = old;
            }
        }
    }

    private static void Check(IReadOnlyList<Plot> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0) throw new ArgumentException("A figure needs at least one plot.", nameof(panels));
        for (var i = 0; i < panels.Count; i++)
        {
            if (panels[i] is null) throw new ArgumentNullException(nameof(panels), $"panels[{i}] is null.");
        }
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("(\\bid=\"|url\\(#|href=\"#)([^\")]+)")]
    private static partial Regex IdReferencePattern();

    [GeneratedRegex("<rect( transform=\"[^\"]*\")?( width=\"[^\"]*\" height=\"[^\"]*\")/>")]
    private static partial Regex UnfilledRectPattern();

    private static Regex UnfilledRect() => UnfilledRectPattern();
}
