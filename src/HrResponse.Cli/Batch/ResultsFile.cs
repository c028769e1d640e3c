using System.Text;
using System.Text.Json;

namespace HrResponse.Cli.Batch;

/// <summary>
/// The rows already in a batch results (or errors) file, read for <c>--resume</c>: records are split by the format's
/// own rules (quoted CSV cells may hold commas, quotes, CR and LF; JSON escapes them), so file names with control
/// characters round-trip; a last record without its line end was cut off by a kill and is dropped, so its file is
/// analysed again; a repeated file keeps its first row.
/// </summary>
internal sealed class ResultsFile
{
    private ResultsFile(string? header, IReadOnlyList<string>? columns, IReadOnlyList<(string File, string Raw)> rows, bool hasProblemsColumn = false)
    {
        Header = header;
        Columns = columns;
        Rows = rows;
        HasProblemsColumn = hasProblemsColumn;
    }

    /// <summary>The name of the last CSV column, the problem codes of each row (not an index).</summary>
    public const string ProblemsColumn = "problems";

    /// <summary>The header record with its line end (CSV), or null (JSONL, or an empty file).</summary>
    public string? Header { get; }

    /// <summary>Index columns of the existing rows (CSV header after <c>file</c> and before <c>problems</c>, JSONL keys of the first row's <c>indices</c>), or null when there are none.</summary>
    public IReadOnlyList<string>? Columns { get; }

    /// <summary>Whether the CSV header ends with <see cref="ProblemsColumn"/> (files written before it was added do not).</summary>
    public bool HasProblemsColumn { get; }

    /// <summary>Complete rows, first per file, with their exact text and line end.</summary>
    public IReadOnlyList<(string File, string Raw)> Rows { get; }

    public static ResultsFile Empty { get; } = new(null, null, []);

    /// <summary>Reads an existing results file (<paramref name="isErrors"/>: an errors file, <c>file,error</c>).</summary>
    public static ResultsFile Read(string path, BatchOutputFormat format, bool isErrors, string option)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        if (text.Length == 0) return Empty;
        return format == BatchOutputFormat.Jsonl && !isErrors ? ReadJsonl(path, text, option) : ReadCsv(path, text, isErrors, option);
    }

    private static ResultsFile ReadCsv(string path, string text, bool isErrors, string option)
    {
        string? header = null;
        List<string>? columns = null;
        var rows = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var (cells, raw, complete) in CsvRecords(text))
        {
            number++;
            if (!complete) break; // cut off by a kill: its file is done again
            if (raw is "\n" or "\r\n") continue;
            if (header is null)
            {
                if (cells[0] != "file" || (isErrors && !(cells.Count == 2 && cells[1] == "error")))
                {
                    throw new CliException(
                        $"{option} {path} is not {(isErrors ? "an errors" : "a results")} file of 'hrresponse batch' (its first row is not the header " +
                        $"{(isErrors ? "file,error" : "file,...")}); refusing to resume into it. Give another {option}, or drop --resume to replace it.",
                        ExitCodes.OutputError);
                }

                header = raw;
                columns = [.. cells.Skip(1)];
                continue;
            }

            if (cells.Count != columns!.Count + 1)
            {
                throw new CliException(
                    $"{option} {path}: record {number} has {cells.Count} cells, the header {columns.Count + 1}; the file was changed by hand and " +
                    "cannot be resumed safely. Repair it, or drop --resume to start again.",
                    ExitCodes.OutputError);
            }

            if (seen.Add(cells[0])) rows.Add((cells[0], raw));
        }

        var hasProblems = !isErrors && columns is { Count: > 0 } && columns[^1] == ProblemsColumn;
        var indexColumns = hasProblems ? columns![..^1] : columns;
        return new ResultsFile(header, isErrors ? null : indexColumns, rows, hasProblems);
    }

    private static ResultsFile ReadJsonl(string path, string text, string option)
    {
        List<string>? columns = null;
        var rows = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        var number = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) break; // cut off by a kill: its file is done again
            number++;
            var line = text[start..end];
            var raw = text[start..(end + 1)];
            start = end + 1;
            if (line.Trim().Length == 0) continue;
            string file;
            try
            {
                using var doc = JsonDocument.Parse(line);
                file = doc.RootElement.GetProperty("file").GetString() ?? throw new KeyNotFoundException();
                if (columns is null && doc.RootElement.TryGetProperty("indices", out var indices) && indices.ValueKind == JsonValueKind.Object)
                    columns = [.. indices.EnumerateObject().Select(p => p.Name)];
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CliException(
                    $"{option} {path}: line {number} is not a result row of 'hrresponse batch --format jsonl'; refusing to resume into it. " +
                    "Repair it, give another --out, or drop --resume to replace it.",
                    ExitCodes.OutputError);
            }

            if (seen.Add(file)) rows.Add((file, raw));
        }

        return new ResultsFile(null, columns, rows);
    }

    /// <summary>RFC 4180 records: cells unquoted, the record's exact text, and whether it ended with its line end.</summary>
    internal static IEnumerable<(List<string> Cells, string Raw, bool Complete)> CsvRecords(string text)
    {
        var i = 0;
        var cell = new StringBuilder();
        while (i < text.Length)
        {
            var start = i;
            var cells = new List<string>();
            cell.Clear();
            var quoted = false;
            var complete = false;
            var atCellStart = true;
            while (i < text.Length)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }

                    if (c == '"') quoted = false;
                    else cell.Append(c);
                    i++;
                    continue;
                }

                if (c == '"' && atCellStart)
                {
                    quoted = true;
                    atCellStart = false;
                    i++;
                }
                else if (c == ',')
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                    atCellStart = true;
                    i++;
                }
                else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    i += c == '\r' ? 2 : 1;
                    complete = true;
                    break;
                }
                else
                {
                    cell.Append(c);
                    atCellStart = false;
                    i++;
                }
            }

            cells.Add(cell.ToString());
            yield return (cells, text[start..i], complete);
        }
    }
}
