using System.CommandLine;
using System.Text;
using System.Text.Json;
using HrResponse.Cli.Output;
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
        var command = new Command("indices", "List every index with its unit, definition and reference.") { format };
        command.SetAction(parse =>
        {
            context.Out.Write(parse.GetValue(format) switch
            {
                IndicesFormat.Markdown => Markdown(),
                IndicesFormat.Json => JsonSerializer.Serialize(IndexCatalog.All, JsonResultWriter.Options) + "\n",
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
