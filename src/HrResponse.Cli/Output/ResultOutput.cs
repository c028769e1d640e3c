using System.Globalization;
using System.Text;

namespace HrResponse.Cli.Output;

/// <summary>Writes result documents in the chosen format to standard output or, atomically, to a file.</summary>
internal static class ResultOutput
{
    public static void Write(ResultDocument document, OutputFormat format, string? outputPath, TextWriter stdout)
    {
        var text = Render(document, format);
        if (OutputTargets.IsStandardOutput(outputPath))
        {
            stdout.Write(text);
            stdout.Flush();
            return;
        }

        AtomicFile.WriteAllText(outputPath!, text);
    }

    public static string Render(ResultDocument document, OutputFormat format)
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
                return TableRenderer.Render(document);
        }
    }
}
