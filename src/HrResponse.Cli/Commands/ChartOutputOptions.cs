using System.CommandLine;
using HrResponse.Plotting;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>--format png|svg --width PX --height PX --dpi N</c>: format and size of chart files (<see cref="ChartImageOptions"/>);
/// the defaults are the library's (PNG, 2100 px wide at 300 DPI: a 7-inch journal figure).
/// </summary>
internal sealed class ChartOutputOptions
{
    public Option<ChartImageFormat> Format { get; } = new("--format")
    {
        Description = "Image format of the charts: png (default; the resolution is recorded in the file) or svg (vector).",
        DefaultValueFactory = _ => ChartImageFormat.Png,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            switch (text.ToLowerInvariant())
            {
                case "png": return ChartImageFormat.Png;
                case "svg": return ChartImageFormat.Svg;
                default:
                    r.AddError($"--format must be png or svg; it is '{text}'.");
                    return ChartImageFormat.Png;
            }
        },
    };

    public Option<int?> Width { get; } = new("--width") { Description = "Image width in px (100-20000). Default 2100 (7 in at 300 DPI)." };

    public Option<int?> Height { get; } = new("--height") { Description = "Image height in px (100-20000). Default: 0.6 x width for one panel, more for stacked panels." };

    public Option<double?> Dpi { get; } = new("--dpi") { Description = "Resolution (48-1200): scales text and lines, recorded in PNG files. Default 300." };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Width);
        command.Options.Add(Height);
        command.Options.Add(Dpi);
    }

    /// <summary>The image options given, with the CLI's flag names in any range error.</summary>
    public ChartImageOptions Read(ParseResult parse)
    {
        var o = ChartImageOptions.Default;
        try
        {
            if (parse.GetValue(Width) is { } w) o = o with { WidthPx = w };
            if (parse.GetValue(Height) is { } h) o = o with { HeightPx = h };
            if (parse.GetValue(Dpi) is { } d) o = o with { Dpi = d };
        }
        catch (ArgumentOutOfRangeException ex)
        {
            var flag = ex.ParamName switch
            {
                nameof(ChartImageOptions.WidthPx) => "--width",
                nameof(ChartImageOptions.HeightPx) => "--height",
                _ => "--dpi",
            };
            var range = flag == "--dpi" ? "48-1200" : "100-20000 px";
            throw new CliException($"{flag} must be in {range}; it is {ex.ActualValue}.");
        }

        return o;
    }
}
