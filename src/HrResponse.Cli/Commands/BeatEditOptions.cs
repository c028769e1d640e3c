using System.CommandLine;
using System.Globalization;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>--keep-beats</c>, <c>--mark-beats</c> and <c>--exclude-beats</c>: an analyst's overrides of artifact detection
/// for the one recording a command reads (<see cref="BeatEdits"/>), by input interval index as <c>hrresponse clean</c>
/// writes it (<c>input_index</c>); keep and exclude take ranges (<c>120-180</c>).
/// </summary>
internal sealed class BeatEditOptions
{
    private static readonly (string Name, ArtifactType Type)[] Types =
    [
        ("ectopic", ArtifactType.Ectopic), ("missed", ArtifactType.Missed), ("extra", ArtifactType.Extra),
        ("long", ArtifactType.Long), ("short", ArtifactType.Short),
    ];

    private readonly Option<string?> _keep = new("--keep-beats")
    {
        Description = "Input intervals to keep as recorded whatever the detector says, comma-separated 0-based indices or ranges (the input_index column of `hrresponse clean`), e.g. 12,40-42.",
    };

    private readonly Option<string?> _exclude = new("--exclude-beats")
    {
        Description = "Input intervals to exclude from analysis (movement or electrode noise), replaced by gaps, comma-separated 0-based indices or ranges, e.g. 120-180.",
    };

    private readonly Option<string?> _mark = new("--mark-beats")
    {
        Description = "Input intervals to correct as artifacts whether or not the detector finds them, comma-separated INDEX:TYPE with TYPE ectopic, missed, extra, long or short (ectopic and extra: the first of the two intervals), e.g. 30:ectopic,55:missed.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_keep);
        command.Options.Add(_mark);
        command.Options.Add(_exclude);
    }

    /// <summary>The edits given (<see cref="BeatEdits.None"/> when neither option is).</summary>
    /// <exception cref="CliException">An index or a type cannot be read, or the edits contradict each other.</exception>
    public BeatEdits Edits(ParseResult parse)
    {
        var keep = parse.GetValue(_keep);
        var mark = parse.GetValue(_mark);
        var exclude = parse.GetValue(_exclude);
        if (keep is null && mark is null && exclude is null) return BeatEdits.None;
        try
        {
            return new BeatEdits(Items(keep).SelectMany(k => Range(k, "--keep-beats")), Items(mark).Select(Mark),
                Items(exclude).SelectMany(k => Range(k, "--exclude-beats")));
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"--keep-beats/--mark-beats/--exclude-beats: {CliException.LibraryText(ex)}", ex);
        }
    }

    private static string[] Items(string? text) =>
        text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    // "12" or "120-180" (inclusive).
    private static IEnumerable<int> Range(string text, string option)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0) return [Index(text, option)];
        var (from, to) = (Index(text[..dash].Trim(), option), Index(text[(dash + 1)..].Trim(), option));
        return to >= from
            ? Enumerable.Range(from, to - from + 1)
            : throw new CliException($"{option}: '{text}' is not a range (the first index must not exceed the last).");
    }

    private static int Index(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new CliException($"{option}: '{text}' is not an interval index (0, 1, 2, …).");

    private static MarkedArtifact Mark(string item)
    {
        var parts = item.Split(':', 2, StringSplitOptions.TrimEntries);
        var type = parts.Length == 2 ? Types.FirstOrDefault(t => t.Name.Equals(parts[1], StringComparison.OrdinalIgnoreCase)) : default;
        if (type.Name is null)
            throw new CliException($"--mark-beats: '{item}' is not INDEX:TYPE with TYPE one of {string.Join(", ", Types.Select(t => t.Name))}.");
        return new MarkedArtifact(Index(parts[0], "--mark-beats"), type.Type);
    }
}
