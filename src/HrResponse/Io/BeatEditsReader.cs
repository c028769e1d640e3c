using HrResponse.Quality;

namespace HrResponse.Io;

/// <summary>
/// Reads an analyst's beat edits (<see cref="BeatEdits"/>) from a CSV: the columns <c>input_index</c> (0-based input
/// interval) and <c>edit</c> (<c>keep</c>, <c>exclude</c>, or a mark type: <c>ectopic</c>, <c>missed</c>, <c>extra</c>,
/// <c>long</c>, <c>short</c>; any case; empty for no edit), found by name in the first line, among any other columns,
/// comma-separated. <c>hrresponse clean</c>'s output with an <c>edit</c> column filled in is such a file; its two rows of
/// a split missed beat share their input index, and the same edit given twice for an index counts once.
/// </summary>
public static class BeatEditsReader
{
    /// <summary>Reads the edits of the file at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The edits.</returns>
    /// <exception cref="HrDataFormatException">A column is missing, a value cannot be read (the message names the file and
    /// line), an interval is edited two ways, or the edits contradict each other.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BeatEdits Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads the edits of a CSV text; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The name messages give the source (a path).</param>
    /// <returns>The edits.</returns>
    /// <exception cref="HrDataFormatException">As <see cref="Read(string)"/>.</exception>
    public static BeatEdits Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine()?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        var indexColumn = Array.FindIndex(header, h => h.Equals("input_index", StringComparison.OrdinalIgnoreCase));
        var editColumn = Array.FindIndex(header, h => h.Equals("edit", StringComparison.OrdinalIgnoreCase));
        if (indexColumn < 0 || editColumn < 0)
            throw new HrDataFormatException($"{sourceName}: beat edits need the columns input_index and edit in the first line.");
        List<int> keep = [], exclude = [];
        List<MarkedArtifact> marks = [];
        var seen = new Dictionary<int, string>();
        var line = 1;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            var cells = text.Split(',', StringSplitOptions.TrimEntries);
            var edit = editColumn < cells.Length ? cells[editColumn].ToLowerInvariant() : "";
            if (edit.Length == 0) continue;
            if (indexColumn >= cells.Length || !int.TryParse(cells[indexColumn], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                throw new HrDataFormatException($"{sourceName}, line {line}: input_index is not an interval index (0, 1, 2, …).");
            if (seen.TryGetValue(index, out var earlier))
            {
                if (earlier == edit) continue;
                throw new HrDataFormatException($"{sourceName}, line {line}: interval {index} is edited twice ({earlier}, {edit}).");
            }

            seen[index] = edit;
            if (edit == "keep") keep.Add(index);
            else if (edit == "exclude") exclude.Add(index);
            else if (BeatEdits.TryParseMarkType(edit, out var type)) marks.Add(new MarkedArtifact(index, type));
            else
                throw new HrDataFormatException($"{sourceName}, line {line}: '{edit}' is not an edit (keep, exclude, {string.Join(", ", BeatEdits.MarkTypes.Select(t => t.ToString().ToLowerInvariant()))}).");
        }

        try
        {
            return new BeatEdits(keep, marks, exclude);
        }
        catch (ArgumentException ex)
        {
            throw new HrDataFormatException($"{sourceName}: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
        }
    }
}
