using System.CommandLine;
using System.Globalization;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>--keep-beats</c>, <c>--mark-beats</c>, <c>--exclude-beats</c> and <c>--beat-edits FILE</c>: an analyst's overrides
/// of artifact detection for the one recording a command reads (<see cref="BeatEdits"/>), by input interval index as
/// <c>hrresponse clean</c> writes it (<c>input_index</c>); keep and exclude take ranges (<c>120-180</c>). The file is a
/// CSV with the columns <c>input_index</c> and <c>edit</c> (keep, exclude, ectopic, missed, extra, long or short; empty:
/// no edit) among any others: <c>clean</c>'s own output with an <c>edit</c> column filled in.
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

    private readonly Option<string?> _file = new("--beat-edits")
    {
        Description = "CSV of beat edits: columns input_index and edit (keep, exclude, ectopic, missed, extra, long or short; empty for none) among any others — e.g. the output of `hrresponse clean` with an edit column added. Adds to --keep-beats, --mark-beats and --exclude-beats.",
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
        command.Options.Add(_file);
    }

    /// <summary>The --beat-edits file, when given (an input the outputs must not overwrite).</summary>
    public string? EditsFile(ParseResult parse) => parse.GetValue(_file);

    /// <summary>The edits given (<see cref="BeatEdits.None"/> when neither option is).</summary>
    /// <exception cref="CliException">An index or a type cannot be read, or the edits contradict each other.</exception>
    public BeatEdits Edits(ParseResult parse)
    {
        var keep = parse.GetValue(_keep);
        var mark = parse.GetValue(_mark);
        var exclude = parse.GetValue(_exclude);
        var file = parse.GetValue(_file);
        if (keep is null && mark is null && exclude is null && file is null) return BeatEdits.None;
        var keepIndices = Items(keep).SelectMany(k => Range(k, "--keep-beats")).ToList();
        var marks = Items(mark).Select(Mark).ToList();
        var excludeIndices = Items(exclude).SelectMany(k => Range(k, "--exclude-beats")).ToList();
        if (file is not null) ReadFile(file, keepIndices, marks, excludeIndices);
        try
        {
            return new BeatEdits(keepIndices, marks, excludeIndices);
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"--keep-beats/--mark-beats/--exclude-beats/--beat-edits: {CliException.LibraryText(ex)}", ex);
        }
    }

    // Adds the edits of a CSV with columns input_index and edit (others ignored; a split missed beat's two rows share
    // their input index, and the same edit twice counts once).
    private static void ReadFile(string path, List<int> keep, List<MarkedArtifact> marks, List<int> exclude)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--beat-edits: {path}: {ex.Message}", ExitCodes.InputError);
        }

        var header = lines.Length == 0 ? [] : lines[0].Split(',', StringSplitOptions.TrimEntries);
        var indexColumn = Array.FindIndex(header, h => h.Equals("input_index", StringComparison.OrdinalIgnoreCase));
        var editColumn = Array.FindIndex(header, h => h.Equals("edit", StringComparison.OrdinalIgnoreCase));
        if (indexColumn < 0 || editColumn < 0)
            throw new CliException($"--beat-edits: {path} needs the columns input_index and edit in its first line.", ExitCodes.InputError);
        var seen = new Dictionary<int, string>();
        for (var line = 1; line < lines.Length; line++)
        {
            var cells = lines[line].Split(',', StringSplitOptions.TrimEntries);
            var edit = editColumn < cells.Length ? cells[editColumn].ToLowerInvariant() : "";
            if (edit.Length == 0) continue;
            if (indexColumn >= cells.Length || !int.TryParse(cells[indexColumn], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                throw new CliException($"--beat-edits: {path}, line {line + 1}: input_index is not an interval index (0, 1, 2, …).", ExitCodes.InputError);
            if (seen.TryGetValue(index, out var earlier))
            {
                if (earlier == edit) continue;
                throw new CliException($"--beat-edits: {path}, line {line + 1}: interval {index} is edited twice ({earlier}, {edit}).", ExitCodes.InputError);
            }

            seen[index] = edit;
            if (edit == "keep") keep.Add(index);
            else if (edit == "exclude") exclude.Add(index);
            else if (Types.FirstOrDefault(t => t.Name == edit) is { Name: not null } type) marks.Add(new MarkedArtifact(index, type.Type));
            else throw new CliException($"--beat-edits: {path}, line {line + 1}: '{edit}' is not an edit (keep, exclude, {string.Join(", ", Types.Select(t => t.Name))}).", ExitCodes.InputError);
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
