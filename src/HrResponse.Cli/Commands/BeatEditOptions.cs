using System.CommandLine;
using System.Globalization;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>--keep-beats</c>, <c>--mark-beats</c>, <c>--exclude-beats</c> and <c>--beat-edits FILE</c>: an analyst's overrides
/// of artifact detection for the one recording a command reads (<see cref="BeatEdits"/>), by input interval index as
/// <c>hrresponse clean</c> writes it (<c>input_index</c>); keep and exclude take ranges (<c>120-180</c>). The file is
/// read by <see cref="HrResponse.Io.BeatEditsReader"/>.
/// </summary>
internal sealed class BeatEditOptions
{
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
        var edits = file is null ? BeatEdits.None : Io.BeatEditsReader.Read(file);
        try
        {
            return new BeatEdits(
                Items(keep).SelectMany(k => Range(k, "--keep-beats")).Concat(edits.KeepIndices),
                Items(mark).Select(Mark).Concat(edits.Marks),
                Items(exclude).SelectMany(k => Range(k, "--exclude-beats")).Concat(edits.ExcludeIndices));
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"--keep-beats/--mark-beats/--exclude-beats/--beat-edits: {CliException.LibraryText(ex)}", ex);
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
        if (parts.Length != 2 || !BeatEdits.TryParseMarkType(parts[1], out var type))
            throw new CliException($"--mark-beats: '{item}' is not INDEX:TYPE with TYPE one of {string.Join(", ", BeatEdits.MarkTypes.Select(t => t.ToString().ToLowerInvariant()))}.");
        return new MarkedArtifact(Index(parts[0], "--mark-beats"), type);
    }
}
