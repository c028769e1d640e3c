using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Hrv;
using HrResponse.Io;

namespace HrResponse.Cli.Commands;

/// <summary>Options shared by several commands, with their parsing rules.</summary>
internal static class CommonOptions
{
    public static Option<OutputFormat> Format() => Choice(
        "--format", "Output format: table, csv or json.", OutputFormat.Table,
        ("table", OutputFormat.Table), ("csv", OutputFormat.Csv), ("json", OutputFormat.Json));

    public static Option<RrUnit> RrUnitOption() => Choice(
        "--rr-unit", "Unit of RR values in the file: ms or s (default: detected from header and values, and reported).",
        RrUnit.Auto, ("auto", RrUnit.Auto), ("ms", RrUnit.Milliseconds), ("s", RrUnit.Seconds));

    public static Option<HrvPreset> Preset() => Choice(
        "--preset",
        "Index definitions: default (Task Force 1996 where it defines one), or the definitions of a tool: neurokit2 (NeuroKit2 0.2.12), hrv-analysis, pyhrv, systole, kubios (documented defaults, not checked against Kubios). `hrresponse indices --preset NAME` lists what a preset does not reproduce.",
        HrvPreset.Default, PresetChoices());

    /// <summary>The presets by their keys (<see cref="HrvPresetDescription.Key"/>).</summary>
    public static (string Name, HrvPreset Value)[] PresetChoices() =>
        HrvPresetDescription.All.Select(d => (d.Key, d.Preset)).ToArray();

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Table output: also the input details, the settings, every index and every section (default: key results, flags and the main sections).",
    };

    public static Option<string?> Output() => new("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };

    /// <summary>Refuses an <c>--fs</c> that is not a positive, finite number of Hz (usage error).</summary>
    public static void CheckSamplingRate(double? fs)
    {
        if (fs is { } hz && !(hz > 0 && double.IsFinite(hz))) throw new CliException($"--fs must be a positive number of Hz; it is {hz}.");
    }

    /// <summary>An option whose value is one of fixed names, parsed case-insensitively, with the valid names in the help (as its value name) and in the error.</summary>
    public static Option<T> Choice<T>(string name, string description, T defaultValue, params (string Name, T Value)[] choices)
    {
        var names = string.Join(", ", choices.Select(c => c.Name));
        return new Option<T>(name)
        {
            // The help shows the names the parser accepts, not the enum's members (<Auto|Milliseconds|Seconds> would
            // name values it refuses).
            HelpName = string.Join("|", choices.Select(c => c.Name)),
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                foreach (var (n, v) in choices)
                {
                    if (string.Equals(n, token, StringComparison.OrdinalIgnoreCase)) return v;
                }

                result.AddError($"'{token}' is not a valid value for {name}; use one of: {names}.");
                return defaultValue;
            },
        };
    }
}
