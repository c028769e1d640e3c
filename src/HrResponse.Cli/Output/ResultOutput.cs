using System.Globalization;
using System.Text;

namespace HrResponse.Cli.Output;

/// <summary>Writes result documents in the chosen format to standard output or, atomically, to a file.</summary>
internal static class ResultOutput
{
    public static void Write(ResultDocument document, OutputFormat format, string? outputPath, TextWriter stdout) =>
        Write(document, format, outputPath, stdout, TableStyle.Default);

    /// <summary>Writes a document; <paramref name="style"/> shapes table output (colour only on standard output).</summary>
    public static void Write(ResultDocument document, OutputFormat format, string? outputPath, TextWriter stdout, TableStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        var toStdout = OutputTargets.IsStandardOutput(outputPath);
        var text = Render(document, format, toStdout ? style : style with { Color = false });
        if (toStdout)
        {
            stdout.Write(text);
            stdout.Flush();
            return;
        }

        AtomicFile.WriteAllText(outputPath!, text);
    }

    public static string Render(ResultDocument document, OutputFormat format) => Render(document, format, TableStyle.Default);

    /// <summary>The document as text in the chosen format.</summary>
    public static string Render(ResultDocument document, OutputFormat format, TableStyle style)
    {
        switch (format)
        {
            case OutputFormat.Json:
                return JsonResultWriter.ToJson(document) + "\n";
            case OutputFormat.Csv:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    CsvResultWriter.Write([document], writer);
                    return writer.ToString();
                }

            default:
                return TableRenderer.Render(document, style);
        }
    }
}
