using System.Globalization;
using System.Text;
using System.Text.Json;
using HrResponse.Cli.Output;

namespace HrResponse.Cli.Batch;

/// <summary>
/// Runs one analysis over many files: in parallel, in input order, isolating each file's failure, with results and
/// errors written to temporary files and published by rename (at checkpoints and at the end), so the output path only
/// ever holds complete rows. Memory is bounded by one chunk of files, not by the number of files.
/// </summary>
internal sealed class BatchRunner(BatchSettings settings, Func<string, ResultDocument> analyze, BatchProgress progress)
{
    private const string TempPrefix = ".hrresponse-";

    public BatchSummary Run(IReadOnlyList<string> files, CancellationToken cancellation = default)
    {
        var root = CommonRoot(files);
        var selected = files.Where(f => settings.Shard.Contains(Path.GetRelativePath(root, f).Replace('\\', '/'))).ToList();
        var outPath = Path.GetFullPath(settings.OutputPath);
        var errorsPath = settings.ErrorsPath is null ? null : Path.GetFullPath(settings.ErrorsPath);
        RemoveStaleTemps(outPath);
        if (errorsPath is not null) RemoveStaleTemps(errorsPath);

        var done = settings.Resume && File.Exists(outPath) ? ReadDoneFiles(outPath) : new HashSet<string>(StringComparer.Ordinal);
        var todo = selected.Where(f => !done.Contains(f)).ToList();
        using var results = new PublishedFile(outPath, settings.Resume);
        using var errors = errorsPath is null ? null : new PublishedFile(errorsPath, settings.Resume);
        var columns = settings.Format == BatchOutputFormat.Csv ? ReadHeader(results.ExistingHeader) : null;
        if (errors is not null && errors.ExistingHeader is null) errors.Writer.Write("file,error\n");

        var failures = new List<(string, string)>();
        var succeeded = 0;
        var lastCheckpoint = DateTime.UtcNow;
        var chunkSize = Math.Max(1, settings.Jobs * 4);
        for (var start = 0; start < todo.Count; start += chunkSize)
        {
            // Leaving without Commit deletes the temporary files: the output keeps its last complete checkpoint.
            cancellation.ThrowIfCancellationRequested();
            var chunk = todo.GetRange(start, Math.Min(chunkSize, todo.Count - start));
            var outcomes = new (ResultDocument? Doc, string? Error)[chunk.Count];
            Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs }, i => outcomes[i] = AnalyzeOne(chunk[i]));
            for (var i = 0; i < chunk.Count; i++)
            {
                if (outcomes[i].Doc is { } doc)
                {
                    if (settings.Format == BatchOutputFormat.Csv) columns ??= WriteHeader(results.Writer, doc);
                    WriteRow(results.Writer, doc, columns ?? []);
                    succeeded++;
                }
                else
                {
                    failures.Add((chunk[i], outcomes[i].Error!));
                    errors?.Writer.Write($"{CsvResultWriter.Quote(chunk[i])},{CsvResultWriter.Quote(outcomes[i].Error!)}\n");
                }
            }

            progress.Report(start + chunk.Count, failures.Count);
            if (DateTime.UtcNow - lastCheckpoint >= settings.CheckpointInterval)
            {
                results.Checkpoint();
                errors?.Checkpoint();
                lastCheckpoint = DateTime.UtcNow;
            }
        }

        if (columns is null && settings.Format == BatchOutputFormat.Csv) results.Writer.Write("file\n");
        results.Commit();
        errors?.Commit();
        progress.Report(todo.Count, failures.Count, final: true);
        return new BatchSummary(selected.Count, selected.Count - todo.Count, succeeded, failures);
    }

    private (ResultDocument?, string?) AnalyzeOne(string file)
    {
        try
        {
            return (analyze(file), null);
        }
        catch (CliException ex)
        {
            return (null, ex.Message);
        }
        catch (HrDataFormatException ex)
        {
            return (null, ex.Message);
        }
#pragma warning disable CA1031 // One bad file must never stop the batch: every failure becomes an error row.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static List<string> WriteHeader(TextWriter writer, ResultDocument doc)
    {
        var columns = doc.Indices.Keys.ToList();
        writer.Write("file");
        foreach (var c in columns) writer.Write("," + CsvResultWriter.Quote(c));
        writer.Write('\n');
        return columns;
    }

    private void WriteRow(TextWriter writer, ResultDocument doc, List<string> columns)
    {
        if (settings.Format == BatchOutputFormat.Jsonl)
        {
            writer.Write(JsonResultWriter.ToJson(doc, indented: false));
            writer.Write('\n');
            return;
        }

        var sb = new StringBuilder(CsvResultWriter.Quote(doc.File));
        foreach (var c in columns)
        {
            sb.Append(',');
            if (doc.Indices.TryGetValue(c, out var v)) sb.Append(CsvResultWriter.FormatNumber(v));
        }

        sb.Append('\n');
        writer.Write(sb.ToString());
    }

    private static List<string>? ReadHeader(string? header)
    {
        if (header is null) return null;
        var cells = header.Split(',');
        return cells.Length > 1 ? [.. cells[1..]] : [];
    }

    private HashSet<string> ReadDoneFiles(string path)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            if (settings.Format == BatchOutputFormat.Csv)
            {
                if (first)
                {
                    first = false;
                    continue;
                }

                done.Add(FirstCsvCell(line));
            }
            else
            {
                using var doc = JsonDocument.Parse(line);
                done.Add(doc.RootElement.GetProperty("file").GetString() ?? string.Empty);
            }
        }

        return done;
    }

    private static string FirstCsvCell(string line)
    {
        if (!line.StartsWith('"')) return line.Split(',')[0];
        var sb = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else break;
            }
            else sb.Append(line[i]);
        }

        return sb.ToString();
    }

    private static string CommonRoot(IReadOnlyList<string> files)
    {
        if (files.Count == 0) return Directory.GetCurrentDirectory();
        var root = Path.GetDirectoryName(files[0]) ?? "/";
        foreach (var f in files)
        {
            while (!f.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal) && root.Length > 1)
                root = Path.GetDirectoryName(root) ?? "/";
        }

        return root;
    }

    private static void RemoveStaleTemps(string path)
    {
        var dir = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(dir)) return;
        foreach (var stale in Directory.EnumerateFiles(dir, $"{TempPrefix}{Path.GetFileName(path)}.*.tmp"))
        {
            try
            {
                File.Delete(stale);
            }
            catch (IOException)
            {
                // Another run may own it; leave it.
            }
        }
    }

    /// <summary>A file written through a temporary twin and published by rename; resumes by copying the published rows.</summary>
    private sealed class PublishedFile : IDisposable
    {
        private readonly string _path;
        private readonly string _temp;
        private bool _committed;

        public PublishedFile(string path, bool resume)
        {
            _path = path;
            var dir = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(dir);
            _temp = Path.Combine(dir, $"{TempPrefix}{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
            if (resume && File.Exists(path))
            {
                File.Copy(path, _temp, overwrite: true);
                ExistingHeader = File.ReadLines(path).FirstOrDefault();
                if (ExistingHeader is not null && ExistingHeader.Length == 0) ExistingHeader = null;
            }

            Writer = new StreamWriter(new FileStream(_temp, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false))
            {
                NewLine = "\n",
            };
        }

        public StreamWriter Writer { get; }

        public string? ExistingHeader { get; }

        public void Checkpoint()
        {
            Writer.Flush();
            var publish = _temp.Replace(".tmp", ".publish.tmp", StringComparison.Ordinal);
            File.Copy(_temp, publish, overwrite: true);
            File.Move(publish, _path, overwrite: true);
        }

        public void Commit()
        {
            Writer.Flush();
            Writer.Dispose();
            File.Move(_temp, _path, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            if (_committed) return;
            Writer.Dispose();
            if (File.Exists(_temp)) File.Delete(_temp);
        }
    }
}
