using System.CommandLine;
using System.Text;
using System.Text.Json;
using HrResponse.Cli.Output;
using HrResponse.Hrv;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary><c>hrresponse indices</c>: every index name with its unit, definition and reference.</summary>
internal static class IndicesCommand
{
    private enum IndicesFormat
    {
        Table,
        Markdown,
        Json,
    }

    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Choice("--format", "Output format.", IndicesFormat.Table,
            ("table", IndicesFormat.Table), ("markdown", IndicesFormat.Markdown), ("json", IndicesFormat.Json));
        var preset = CommonOptions.Choice<HrvPreset?>(
            "--preset", "Describe a preset instead: the tool and version it reproduces, the functions and arguments matched, how it was verified, and the indices it does not reproduce with the reason.",
            null, CommonOptions.PresetChoices().Select(c => (c.Name, (HrvPreset?)c.Value)).ToArray());
        var command = new Command("indices", "List every index with its unit, definition and reference, or (--preset) what a preset reproduces.") { format, preset };
        command.SetAction(parse =>
        {
            if (parse.GetValue(preset) is { } chosen)
            {
                var description = HrvPresetDescription.For(chosen);
                context.Out.Write(parse.GetValue(format) switch
                {
                    IndicesFormat.Json => JsonResultWriter.ToJsonText(description) + "\n",
                    IndicesFormat.Markdown => PresetMarkdown(description),
                    _ => PresetTable(description),
                });
                return ExitCodes.Success;
            }

            context.Out.Write(parse.GetValue(format) switch
            {
                IndicesFormat.Markdown => Markdown(),
                IndicesFormat.Json => JsonResultWriter.ToJsonText(IndexCatalog.All) + "\n",
                _ => Table(),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The catalog as Markdown tables, one per group (the body of docs/indices.md).</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        foreach (var (title, definitions) in IndexCatalog.Groups)
        {
            sb.Append("### ").Append(title).Append("\n\n| index | unit | definition | reference |\n|---|---|---|---|\n");
            foreach (var d in definitions)
                sb.Append($"| `{d.Name}` | {d.Unit} | {d.Definition.Replace("|", "/", StringComparison.Ordinal)} | {d.Reference} |\n");
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A preset's description as Markdown (the sections of docs/presets.md).</summary>
    public static string PresetMarkdown(HrvPresetDescription d)
    {
        var sb = new StringBuilder();
        sb.Append("### `").Append(d.Key).Append("`: ").Append(d.Tool).Append("\n\n")
            .Append("- Matches: ").Append(d.Functions).Append('\n')
            .Append("- Verified: ").Append(d.Verification).Append('\n');
        if (d.NotReproduced.Count == 0)
        {
            sb.Append("- Not reproduced: nothing listed.\n\n");
            return sb.ToString();
        }

        sb.Append("- Not reproduced:\n");
        foreach (var c in d.NotReproduced) sb.Append("  - `").Append(c.Index).Append("`: ").Append(c.Reason).Append('\n');
        return sb.Append('\n').ToString();
    }

    private static string PresetTable(HrvPresetDescription d)
    {
        var sb = new StringBuilder();
        sb.Append("Preset:        ").Append(d.Key).Append('\n')
            .Append("Tool:          ").Append(d.Tool).Append('\n')
            .Append("Matches:       ").Append(d.Functions).Append('\n')
            .Append("Verified:      ").Append(d.Verification).Append('\n')
            .Append("Not reproduced:").Append(d.NotReproduced.Count == 0 ? " nothing listed\n" : "\n");
        foreach (var c in d.NotReproduced) sb.Append("  ").Append(c.Index).Append(": ").Append(c.Reason).Append('\n');
        return sb.ToString();
    }

    private static string Table()
    {
        var sb = new StringBuilder();
        var width = IndexCatalog.All.Max(d => d.Name.Length);
        foreach (var (title, definitions) in IndexCatalog.Groups)
        {
            sb.Append(title).Append('\n');
            foreach (var d in definitions)
                sb.Append("  ").Append(d.Name.PadRight(width)).Append("  ").Append(d.Unit.PadRight(5)).Append("  ").Append(d.Definition).Append('\n');
            sb.Append('\n');
        }

        return sb.ToString();
    }
}
