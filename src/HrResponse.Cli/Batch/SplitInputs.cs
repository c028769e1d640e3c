using System.Text;

namespace HrResponse.Cli.Batch;

/// <summary>
/// <c>batch --split-by COLUMN</c>: a long-format table holding several recordings one after another (one subject per
/// value of an id column, as in doremi's <c>cardio.csv</c>) becomes one batch item per value, named
/// <c>PATH#COLUMN=VALUE</c>, in order of first appearance. Each item is analysed from the header and the rows with its
/// value only; the item name is the results' <c>file</c> cell and the key for <c>--subjects</c> and <c>--resume</c>.
/// </summary>
/// <remarks>
/// The header is the first line that is neither empty nor a <c>#</c> comment; the delimiter is the most frequent of
/// comma, semicolon and tab in it; cells are compared after trimming spaces and one pair of surrounding quotes. A file
/// without the column stays one item and fails on its own with a message naming the column.
/// </remarks>
internal static class SplitInputs
{
    private static readonly char[] Delimiters = [',', ';', '\t'];
    private static readonly Lock CacheLock = new();
    private static string? _cachedPath;
    private static string? _cachedColumn;
    private static Dictionary<string, string> _cached = [];

    /// <summary>The batch items of the files: one per value of <paramref name="column"/>, or the file itself when it has no such column.</summary>
    public static List<string> Expand(IEnumerable<string> files, string column)
    {
        var items = new List<string>();
        foreach (var file in files)
        {
            var values = new List<string>();
            try
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (_, value) in Rows(file, column))
                    if (seen.Add(value)) values.Add(value);
            }
            catch (CliException)
            {
                values.Clear(); // analysed as a whole: its own error row says why
            }
            catch (IOException)
            {
                values.Clear();
            }

            if (values.Count == 0) items.Add(file);
            else items.AddRange(values.Select(v => $"{file}#{column}={v}"));
        }

        return items;
    }

    /// <summary>The file and value of an item made by <see cref="Expand"/>; throws for a whole file (it has no such column).</summary>
    public static (string Path, string Value) Parse(string item, string column)
    {
        var marker = $"#{column}=";
        var at = item.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
            throw new CliException($"--split-by {column}: the file has no column '{column}' (or no data rows); it cannot be split.", ExitCodes.InputError);
        return (item[..at], item[(at + marker.Length)..]);
    }

    /// <summary>The header line and the rows whose <paramref name="column"/> cell equals <paramref name="value"/>, as text.</summary>
    /// <remarks>The items of one file are consecutive, so the file's rows are grouped once and kept until another file is opened.</remarks>
    public static TextReader Open(string path, string column, string value)
    {
        Dictionary<string, string> groups;
        lock (CacheLock)
        {
            if (_cachedPath != path || _cachedColumn != column)
            {
                _cached = Group(path, column);
                _cachedPath = path;
                _cachedColumn = column;
            }

            groups = _cached;
        }

        return groups.TryGetValue(value, out var text)
            ? new StringReader(text)
            : throw new CliException($"--split-by {column}: no row has {column} = {value}.", ExitCodes.InputError);
    }

    private static Dictionary<string, string> Group(string path, string column)
    {
        var header = HeaderLine(path);
        var builders = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var (line, v) in Rows(path, column))
        {
            if (!builders.TryGetValue(v, out var sb)) builders[v] = sb = new StringBuilder(header).Append('\n');
            sb.Append(line).Append('\n');
        }

        return builders.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
    }

    private static string HeaderLine(string path) =>
        File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
        ?? throw new CliException($"--split-by: {path} has no header line.", ExitCodes.InputError);

    private static IEnumerable<(string Line, string Value)> Rows(string path, string column)
    {
        var header = HeaderLine(path);
        var delimiter = Delimiters.MaxBy(d => header.Count(c => c == d));
        var names = header.Split(delimiter).Select(Clean).ToArray();
        var index = Array.FindIndex(names, n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));
        if (index < 0) throw new CliException($"--split-by {column}: {path} has no column '{column}'.", ExitCodes.InputError);
        var inHeader = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (inHeader)
            {
                inHeader = false;
                continue;
            }

            var cells = line.Split(delimiter);
            if (index < cells.Length) yield return (line, Clean(cells[index]));
        }
    }

    private static string Clean(string cell)
    {
        var c = cell.Trim();
        return c.Length >= 2 && c[0] == '"' && c[^1] == '"' ? c[1..^1] : c;
    }
}
