using System.Globalization;
using System.Text;
using System.Text.Json;
using HrResponse.Exercise;

namespace HrResponse.Cli.Output;

/// <summary>How table output looks: short or complete, with or without colour.</summary>
/// <param name="Verbose">Also the input details, settings, every index and every section (<c>--verbose</c>).</param>
/// <param name="Color">ANSI colour for flags and headings (only when standard output is a terminal and NO_COLOR is not set).</param>
internal sealed record TableStyle(bool Verbose = false, bool Color = false)
{
    /// <summary>Short, no colour.</summary>
    public static TableStyle Default { get; } = new();
}

/// <summary>
/// Renders a result document as text for a person at a terminal: the key results and the flags with their cut-offs
/// first (<see cref="ResultSummary"/>), values rounded to their meaningful precision with units
/// (<see cref="ValueFormat"/>), then a few grouped sections (phases, recovery, HRV by phase, problems, notes). With
/// <see cref="TableStyle.Verbose"/> it goes on with the input details, the settings, every index grouped by section and
/// every section one level deep. <c>--format json</c> and <c>csv</c> keep full precision.
/// </summary>
internal static class TableRenderer
{
    private const int MaxListItems = 12;
    private const string Indent = "  ";

    public static string Render(ResultDocument document) => Render(document, TableStyle.Default);

    public static string Render(ResultDocument document, TableStyle style)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(style);
        var sb = new StringBuilder();
        var summary = ResultSummary.Of(document);
        sb.Append(Bold(summary.Title, style)).Append('\n');

        if (summary.Lines.Count > 0)
        {
            Heading(sb, "Key results", style);
            var width = summary.Lines.Max(l => l.Label.Length);
            foreach (var line in summary.Lines) sb.Append(Indent).Append(line.Label.PadRight(width)).Append("  ").Append(line.Text).Append('\n');
        }

        if (summary.Flags.Count > 0)
        {
            Heading(sb, "Flags (cut-off: value)", style);
            var width = summary.Flags.Max(f => f.Name.Length);
            foreach (var flag in summary.Flags.OrderBy(f => f.State))
            {
                var (mark, color) = flag.State switch
                {
                    FlagState.Raised => ("RAISED", "31;1"),
                    FlagState.NotRaised => ("no    ", "32"),
                    _ => ("n/a   ", "2"),
                };
                sb.Append(Indent).Append(Paint(mark, color, style)).Append(' ').Append(flag.Name.PadRight(width))
                    .Append("  ").Append(flag.Cutoff).Append(": ").Append(flag.Detail).Append('\n');
            }
        }

        if (document.Sections.GetValueOrDefault("phases") is ExercisePhases phases) Phases(sb, phases, style);
        if (document.Sections.GetValueOrDefault("recovery") is HeartRateRecoveryResult recovery && recovery.Points.Count > 0) Recovery(sb, recovery, style);
        if (document.Sections.ContainsKey("chronotropic")) HrvByPhase(sb, document, style);
        if (summary.Lines.Count == 0 || !document.Sections.ContainsKey("chronotropic") && document.Indices.Count == 0)
            InputDetails(sb, document, style);
        Messages(sb, "Problems", document.Sections.GetValueOrDefault("problems"), style);
        Messages(sb, "Notes", document.Sections.GetValueOrDefault("notes"), style);

        if (style.Verbose)
        {
            if (document.Indices.Count > 0 || document.Sections.ContainsKey("chronotropic")) InputDetails(sb, document, style);
            if (document.Settings.Count > 0)
            {
                Heading(sb, "Settings", style);
                foreach (var (key, value) in document.Settings) AppendValue(sb, key, value, Indent);
            }

            Indices(sb, document, style);
            foreach (var (name, value) in document.Sections)
            {
                if (name is "problems" or "notes") continue;
                Heading(sb, name, style);
                AppendValue(sb, name, value, Indent);
            }
        }
        else if (document.Indices.Count > 0 || document.Settings.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"\nSettings, input details and all {document.Indices.Count} indices: --verbose. Full precision: --format json or csv.\n");
        }

        return sb.ToString();
    }

    private static void Phases(StringBuilder sb, ExercisePhases p, TableStyle style)
    {
        Heading(sb, "Phases", style);
        var rows = new[]
        {
            (Name: "rest", Start: p.RestStartSeconds, End: p.ExerciseStartSeconds, Source: p.ExerciseStartSource),
            (Name: "exercise", Start: p.ExerciseStartSeconds, End: p.ExerciseEndSeconds, Source: p.ExerciseEndSource),
            (Name: "recovery", Start: p.ExerciseEndSeconds, End: p.RecoveryEndSeconds, Source: p.RecoveryEndSource),
        }.Select(r => (r.Name, Span: $"{ValueFormat.Clock(r.Start)}–{ValueFormat.Clock(r.End)}", Duration: ValueFormat.Duration(r.End - r.Start), r.Source)).ToArray();

        // Recordings of hours (h:mm:ss) need wider columns than a 20-min test.
        var spanWidth = Math.Max(14, rows.Max(r => r.Span.Length) + 2);
        var durationWidth = Math.Max(10, rows.Max(r => r.Duration.Length) + 2);
        foreach (var r in rows)
        {
            sb.Append(Indent).Append(r.Name.PadRight(9)).Append(r.Span.PadRight(spanWidth)).Append(r.Duration.PadRight(durationWidth))
                .Append(Dim($"end: {r.Source}", style)).Append('\n');
        }
    }

    private static void Recovery(StringBuilder sb, HeartRateRecoveryResult r, TableStyle style)
    {
        Heading(sb, "Recovery after exercise end", style);
        var cells = r.Points.Select(p => (Head: string.Create(CultureInfo.InvariantCulture, $"{p.OffsetSeconds:0} s"), Hr: ValueFormat.Number(p.HeartRateBpm, "bpm"), Hrr: ValueFormat.Number(p.RecoveryBpm, "bpm"))).ToList();
        var w = cells.Max(c => Math.Max(c.Head.Length, Math.Max(c.Hr.Length, c.Hrr.Length))) + 2;
        sb.Append(Indent).Append("time".PadRight(10)).Append(string.Concat(cells.Select(c => c.Head.PadLeft(w)))).Append('\n');
        sb.Append(Indent).Append("HR (bpm)".PadRight(10)).Append(string.Concat(cells.Select(c => c.Hr.PadLeft(w)))).Append('\n');
        sb.Append(Indent).Append("HRR (bpm)".PadRight(10)).Append(string.Concat(cells.Select(c => c.Hrr.PadLeft(w)))).Append('\n');
    }

    private static void HrvByPhase(StringBuilder sb, ResultDocument d, TableStyle style)
    {
        string[] phases = ["Rest", "Exercise", "Recovery"];
        (string Index, string Label)[] rows = [("HRV_MeanNN", "mean NN (ms)"), ("HRV_SDNN", "SDNN (ms)"), ("HRV_RMSSD", "RMSSD (ms)"), ("HRV_pNN50", "pNN50 (%)")];
        if (!rows.Any(r => phases.Any(p => d.Indices.ContainsKey($"{r.Index}_{p}")))) return;
        Heading(sb, "HRV by phase", style);
        sb.Append(Indent).Append(string.Empty.PadRight(14)).Append(string.Concat(phases.Select(p => p.ToLowerInvariant().PadLeft(10)))).Append('\n');
        foreach (var (index, label) in rows)
        {
            sb.Append(Indent).Append(label.PadRight(14));
            foreach (var p in phases)
                sb.Append(ValueFormat.Number(d.Indices.GetValueOrDefault($"{index}_{p}", double.NaN), ResultSummary.UnitOf(index)).PadLeft(10));
            sb.Append('\n');
        }
    }

    private static void InputDetails(StringBuilder sb, ResultDocument document, TableStyle style)
    {
        Heading(sb, "Input", style);
        var input = document.Input;
        sb.Append(Indent).Append(CultureInfo.InvariantCulture,
            $"{input.Format}, {input.Beats} beats, {input.HrSamples} HR samples, {ValueFormat.WithUnit(input.DurationSeconds, "s")}\n");
        foreach (var (key, value) in input.Details) AppendValue(sb, key, value, Indent);
        if (style.Verbose && document.Indices.Count == 0)
        {
            foreach (var (name, value) in document.Sections) AppendValue(sb, name, value, Indent);
        }
    }

    private static void Indices(StringBuilder sb, ResultDocument document, TableStyle style)
    {
        if (document.Indices.Count == 0) return;
        var width = document.Indices.Keys.Max(k => k.Length);
        foreach (var group in document.Indices.GroupBy(p => GroupOf(p.Key)))
        {
            Heading(sb, $"Indices: {group.Key}", style);
            foreach (var (name, value) in group)
            {
                var unit = ResultSummary.UnitOf(name);
                sb.Append(Indent).Append(name.PadRight(width)).Append("  ").Append(ValueFormat.Number(value, unit).PadLeft(10))
                    .Append("  ").Append(unit == "0/1" ? string.Empty : unit).Append('\n');
            }
        }
    }

    /// <summary>The section an index belongs to: its prefix (<c>HRV</c>, <c>HRR</c>, ...), and the phase for per-phase HRV.</summary>
    private static string GroupOf(string name)
    {
        var prefix = name.Split('_')[0];
        foreach (var phase in (string[])["Rest", "Exercise", "Recovery"])
        {
            if (prefix == "HRV" && name.EndsWith("_" + phase, StringComparison.Ordinal)) return $"HRV ({phase.ToLowerInvariant()})";
        }

        return prefix;
    }

    private static void Messages(StringBuilder sb, string title, object? value, TableStyle style)
    {
        if (value is not IEnumerable<string> list) return;
        var items = list.ToList();
        if (items.Count == 0) return;
        Heading(sb, title, style);
        foreach (var item in items.Take(style.Verbose ? int.MaxValue : MaxListItems)) sb.Append(Indent).Append("- ").Append(item).Append('\n');
        if (!style.Verbose && items.Count > MaxListItems)
            sb.Append(Indent).Append(CultureInfo.InvariantCulture, $"… {items.Count - MaxListItems} more (--verbose)\n");
    }

    private static void Heading(StringBuilder sb, string title, TableStyle style) => sb.Append(Bold(title, style)).Append('\n');

    private static string Bold(string text, TableStyle style) => Paint(text, "1", style);

    private static string Dim(string text, TableStyle style) => Paint(text, "2", style);

    private static string Paint(string text, string sgr, TableStyle style) => style.Color ? $"\u001b[{sgr}m{text}\u001b[0m" : text;

    private static void AppendValue(StringBuilder sb, string key, object? value, string indent)
    {
        var element = JsonResultWriter.ToElement(value);
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
