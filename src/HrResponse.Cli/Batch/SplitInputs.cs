using HrResponse.Io;

namespace HrResponse.Cli.Batch;

/// <summary>
/// <c>batch --split-by COLUMN</c>: a long-format table holding several recordings one after another (one subject per
/// value of an id column, as in doremi's <c>cardio.csv</c>) becomes one batch item per value, named
/// <c>PATH#COLUMN=VALUE</c>, in order of first appearance. The library reads the table once
/// (<see cref="LongFormatCsvTable"/>) and opens each item's recording from it; the item name is the results' <c>file</c>
/// cell and the key for <c>--subjects</c> and <c>--resume</c>.
/// </summary>
/// <remarks>A file that is not such a table (another format, or no column of that name) stays one item and fails on
/// its own with a message naming the column.</remarks>
internal static class SplitInputs
{
    // The tables of the files being analysed: items of one file are consecutive, so a few are enough with parallel jobs.
    private const int CachedTables = 4;
    private static readonly Lock CacheLock = new();
    private static readonly List<(string Path, string Column, RecordingOpenOptions Options, LongFormatCsvTable Table)> Cache = [];

    /// <summary>The batch items of the files: one per value of <paramref name="column"/>, or the file itself when it has no such column.</summary>
    public static List<string> Expand(IEnumerable<string> files, string column, RecordingOpenOptions options)
    {
        var items = new List<string>();
        foreach (var file in files)
        {
            IReadOnlyList<string> values;
            try
            {
                values = Table(file, column, options).RecordingIds;
            }
            catch (Exception ex) when (ex is HrDataFormatException or IOException or UnauthorizedAccessException)
            {
                values = []; // analysed as a whole: its own error row says why
            }

            if (values.Count == 0) items.Add(file);
            else items.AddRange(values.Select(v => Commands.InputLoader.Name(file, column, v)));
        }

        return items;
    }

    /// <summary>The recording of an item made by <see cref="Expand"/>; throws for a whole file (it has no such column).</summary>
    public static RecordingOpenResult Open(string item, string column, RecordingOpenOptions options)
    {
        var marker = $"#{column}=";
        var at = item.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
            throw new CliException($"--split-by {column}: the file has no column '{column}' (or no data rows); it cannot be split.", ExitCodes.InputError);
        return Table(item[..at], column, options).Open(item[(at + marker.Length)..]);
    }

    private static LongFormatCsvTable Table(string path, string column, RecordingOpenOptions options)
    {
        lock (CacheLock)
        {
            var hit = Cache.FindIndex(c => c.Path == path && c.Column == column && c.Options == options);
            if (hit >= 0) return Cache[hit].Table;
        }

        var table = LongFormatCsvTable.Read(path, column, options.Csv, options.MaxInputBytes);
        lock (CacheLock)
        {
            Cache.Add((path, column, options, table));
            if (Cache.Count > CachedTables) Cache.RemoveAt(0);
        }

        return table;
    }
}
