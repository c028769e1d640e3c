using System.Globalization;
using System.Text;
using System.Text.Json;
using HrResponse.Reporting;

namespace HrResponse.Cli.Output;

/// <summary>Renders a result document as plain aligned text: input, settings, then one index per line with its unit.</summary>
internal static class TableRenderer
{
    public static string Render(ResultDocument document)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{document.File}\n");
        sb.Append(inv, $"  input: {document.Input.Format}, {document.Input.Beats} beats, {document.Input.HrSamples} HR samples, {document.Input.DurationSeconds:0.#} s\n");
        foreach (var (key, value) in document.Input.Details)
            sb.Append(inv, $"  {key}: {Compact(value)}\n");
        foreach (var (key, value) in document.Settings)
            sb.Append(inv, $"  {key}: {Compact(value)}\n");
        sb.Append('\n');
        var width = document.Indices.Keys.DefaultIfEmpty(string.Empty).Max(k => k.Length);
        sb.Append(inv, $"  {"index".PadRight(width)}  {"value",14}  unit\n");
        foreach (var (name, value) in document.Indices)
        {
            var unit = IndexCatalog.Find(name)?.Unit ?? string.Empty;
            var shown = double.IsFinite(value) ? value.ToString("G6", inv) : "NaN";
            sb.Append(inv, $"  {name.PadRight(width)}  {shown,14}  {unit}\n");
        }

        foreach (var (name, value) in document.Sections)
        {
            sb.Append(inv, $"\n  {name}: {Compact(value)}\n");
        }

        return sb.ToString();
    }

    private static string Compact(object? value) => value switch
    {
        null => "-",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, JsonResultWriter.Options).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("  ", string.Empty, StringComparison.Ordinal),
    };
}
