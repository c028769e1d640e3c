using System.Globalization;
using System.Text;
using System.Text.Json;
using HrResponse.Reporting;

namespace HrResponse.Cli.Output;

/// <summary>
/// Renders a result document as plain text for a terminal: input and settings, one index per line with its unit,
/// then the sections. Nested objects are summarised one level deep (long lists as a count); <c>--format json</c> has
/// everything.
/// </summary>
internal static class TableRenderer
{
    private const int MaxListItems = 12;

    public static string Render(ResultDocument document)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{document.File}\n");
        sb.Append(inv, $"  input: {document.Input.Format}, {document.Input.Beats} beats, {document.Input.HrSamples} HR samples, {document.Input.DurationSeconds:0.#} s\n");
        foreach (var (key, value) in document.Input.Details) AppendValue(sb, key, value, "  ");
        sb.Append("  settings:\n");
        foreach (var (key, value) in document.Settings) AppendValue(sb, key, value, "    ");
        if (document.Indices.Count > 0)
        {
            sb.Append('\n');
            var width = document.Indices.Keys.Max(k => k.Length);
            sb.Append(inv, $"  {"index".PadRight(width)}  {"value",14}  unit\n");
            foreach (var (name, value) in document.Indices)
            {
                var unit = IndexCatalog.Find(name)?.Unit ?? string.Empty;
                var shown = double.IsFinite(value) ? value.ToString("G6", inv) : "NaN";
                sb.Append(inv, $"  {name.PadRight(width)}  {shown,14}  {unit}\n");
            }
        }

        foreach (var (name, value) in document.Sections)
        {
            sb.Append('\n');
            AppendValue(sb, name, value, "  ");
        }

        return sb.ToString();
    }

    private static void AppendValue(StringBuilder sb, string key, object? value, string indent)
    {
        var element = JsonSerializer.SerializeToElement(value, JsonResultWriter.Options);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append(indent).Append(key).Append(":\n");
                foreach (var p in element.EnumerateObject()) sb.Append(indent).Append("  ").Append(p.Name).Append(": ").Append(Summary(p.Value)).Append('\n');
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0 && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                sb.Append(indent).Append(key).Append(":\n");
                foreach (var item in element.EnumerateArray().Take(MaxListItems)) sb.Append(indent).Append("  - ").Append(item.GetString()).Append('\n');
                if (element.GetArrayLength() > MaxListItems)
                    sb.Append(indent).Append(CultureInfo.InvariantCulture, $"  … {element.GetArrayLength() - MaxListItems} more (see --format json)\n");
                break;
            default:
                sb.Append(indent).Append(key).Append(": ").Append(Summary(element)).Append('\n');
                break;
        }
    }

    private static string Summary(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "-",
        JsonValueKind.String => e.GetString() ?? string.Empty,
        JsonValueKind.Object => "{…} (see --format json)",
        JsonValueKind.Array when e.GetArrayLength() == 0 => "none",
        JsonValueKind.Array when e.GetArrayLength() <= 6 && e.EnumerateArray().All(x => x.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) =>
            string.Join(", ", e.EnumerateArray().Select(Summary)),
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"[{e.GetArrayLength()} items] (see --format json)"),
        _ => e.GetRawText(),
    };
}
