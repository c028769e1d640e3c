using System.Globalization;
using System.Text;
using HrResponse.Batch;
using HrResponse.Cli.Output;

namespace HrResponse.Cli.Batch;

/// <summary>
/// Runs one analysis over many files (the library's <see cref="FileBatch"/>: in parallel, in input order, isolating
/// each file's failure), with results and errors written to temporary files and published by rename (at checkpoints
/// and at the end), so the output path only ever holds complete rows. Memory is bounded by one chunk of files, not by
/// the number of files.
/// </summary>
internal sealed class BatchRunner(BatchSettings settings, Func<string, ResultDocument> analyze, BatchProgress progress)
{
    public BatchSummary Run(IReadOnlyList<string> files, CancellationToken cancellation = default)
    {
        var temps = new List<(string Temp, string Target)>();
        try
        {
            return RunCore(files, temps, cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reading the inputs never gets here (each file's failure is a row): this is the results or errors file.
            var message = ex.Message;
            foreach (var (temp, target) in temps)
                message = message.Replace(temp, target, StringComparison.Ordinal).Replace(Path.GetFileName(temp), Path.GetFileName(target), StringComparison.Ordinal);
            throw new CliException($"cannot write the batch results: {message}", ExitCodes.OutputError);
        }
    }

    private BatchSummary RunCore(IReadOnlyList<string> files, List<(string Temp, string Target)> temps, CancellationToken cancellation)
    {
        var root = CommonRoot(files);
        var selected = files.Where(f => settings.Shard.Contains(Path.GetRelativePath(root, f).Replace('\\', '/'))).ToList();
        var selectedSet = selected.ToHashSet(StringComparer.Ordinal);
        var outPath = Path.GetFullPath(settings.OutputPath);
        var errorsPath = settings.ErrorsPath is null ? null : Path.GetFullPath(settings.ErrorsPath);

        // --resume: the complete rows kept, a torn last row dropped (its file is done again), error rows of the files of
        // this run dropped (each is retried and fails, or not, once more).
        var existing = settings.Resume && File.Exists(outPath) ? ResultsFile.Read(outPath, settings.Format, isErrors: false, "--out") : ResultsFile.Empty;
        if (existing.Rows.Count == 0) existing = ResultsFile.Empty; // no row yet (every file failed): the columns come from this run
        var existingErrors = settings.Resume && errorsPath is not null && File.Exists(errorsPath)
            ? ResultsFile.Read(errorsPath, BatchOutputFormat.Csv, isErrors: true, "--errors")
            : ResultsFile.Empty;
        var settingsPath = BatchSettingsRecord.PathFor(outPath);
        if (existing.Rows.Count > 0 && settings.SettingsText is { } current && File.Exists(settingsPath))
            BatchSettingsRecord.CheckSame(outPath, File.ReadAllText(settingsPath), current);
        var done = existing.Rows.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        var todo = selected.Where(f => !done.Contains(f)).ToList();

        using var results = new PublishedFile(outPath, temps);
        using var errors = errorsPath is null ? null : new PublishedFile(errorsPath, temps);
        results.Writer.Write(existing.Header ?? string.Empty);
        foreach (var (_, raw) in existing.Rows) results.Writer.Write(raw);
        var columns = settings.Format == BatchOutputFormat.Csv && existing.Header is not null ? existing.Columns?.ToList() : null;
        // Rows resumed into a file written before the problems column keep that file's shape.
        var withProblems = existing.Header is null || existing.HasProblemsColumn;
        if (errors is not null)
        {
            errors.Writer.Write(existingErrors.Header ?? "file,error\n");
            foreach (var (_, raw) in existingErrors.Rows.Where(r => !selectedSet.Contains(r.File))) errors.Writer.Write(raw);
        }

        var failures = new List<(string, string)>();
        var succeeded = 0;
        var settingsChecked = existing.Columns is null;
        var lastCheckpoint = DateTime.UtcNow;
        var settingsWritten = false;

        // After each chunk (on this thread, its rows written): progress, and a checkpoint when one is due. Leaving
        // without Commit deletes the temporary files: the output keeps its last complete checkpoint. A file cut short
        // by Ctrl+C is not a failure row: FileBatch throws before its chunk is yielded, and --resume does it again.
        var chunkDone = new ChunkDone(p =>
        {
            progress.Report(p.CompletedCount, p.FailedCount);
            if (DateTime.UtcNow - lastCheckpoint < settings.CheckpointInterval) return;
            WriteSettings(settingsPath, ref settingsWritten);
            results.Checkpoint();
            errors?.Checkpoint();
            lastCheckpoint = DateTime.UtcNow;
        });
        foreach (var item in FileBatch.Run(todo, (file, _) => analyze(file), settings.Jobs, chunkDone, cancellation))
        {
            if (item.Result is { } doc)
            {
                if (!settingsChecked)
                {
                    CheckSameColumns(outPath, existing.Columns!, doc);
                    settingsChecked = true;
                }

                if (settings.Format == BatchOutputFormat.Csv) columns ??= WriteHeader(results.Writer, doc);
                WriteRow(results.Writer, doc, columns ?? [], withProblems);
                succeeded++;
            }
            else
            {
                var error = Describe(item.Failure!);
                failures.Add((item.Path, error));
                errors?.Writer.Write($"{CsvResultWriter.Quote(item.Path)},{CsvResultWriter.Quote(error)}\n");
            }
        }

        if (columns is null && settings.Format == BatchOutputFormat.Csv) results.Writer.Write($"file,{ResultsFile.ProblemsColumn}\n");
        WriteSettings(settingsPath, ref settingsWritten);
        results.Commit();
        errors?.Commit();
        progress.Report(todo.Count, failures.Count, final: true);
        return new BatchSummary(selected.Count, selected.Count - todo.Count, succeeded, failures);
    }

    /// <summary>Publishes the settings record (before the results it describes), once per run.</summary>
    private void WriteSettings(string settingsPath, ref bool written)
    {
        if (written || settings.SettingsText is null) return;
        AtomicFile.WriteAllText(settingsPath, settings.SettingsText);
        written = true;
    }

    /// <summary>Refuses to append rows of other settings (another --analysis) under the columns of an existing results file.</summary>
    private static void CheckSameColumns(string outPath, IReadOnlyList<string> existing, ResultDocument doc)
    {
        if (existing.SequenceEqual(doc.Indices.Keys, StringComparer.Ordinal)) return;
        var missing = doc.Indices.Keys.Except(existing, StringComparer.Ordinal).Concat(existing.Except(doc.Indices.Keys, StringComparer.Ordinal)).FirstOrDefault();
        throw new CliException(
            $"--resume: {outPath} was written with other settings (its columns differ from this run's{(missing is null ? " order" : $", e.g. {missing}")}); " +
            "resume with the options that wrote it (the same --analysis), or write to a new --out. The file is unchanged.",
            ExitCodes.UsageError);
    }

    // What an error row says: the CLI's and the readers' messages name the file and the fault themselves.
    private static string Describe(Exception ex) => ex switch
    {
        OperationCanceledException => "cancelled",
        CliException => ex.Message,
        HrDataFormatException => CliException.InCliTerms(ex.Message),
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    /// <summary>A progress sink called synchronously (<see cref="Progress{T}"/> would post to another thread).</summary>
    private sealed class ChunkDone(Action<RecordingBatchProgress> report) : IProgress<RecordingBatchProgress>
    {
        public void Report(RecordingBatchProgress value) => report(value);
    }

    private static List<string> WriteHeader(TextWriter writer, ResultDocument doc)
    {
        var columns = doc.Indices.Keys.ToList();
        writer.Write("file");
        foreach (var c in columns) writer.Write("," + CsvResultWriter.Quote(c));
        writer.Write("," + ResultsFile.ProblemsColumn + "\n");
        return columns;
    }

    private void WriteRow(TextWriter writer, ResultDocument doc, List<string> columns, bool withProblems)
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

        if (withProblems) sb.Append(',').Append(CsvResultWriter.Quote(string.Join(';', doc.ProblemCodes)));
        sb.Append('\n');
        writer.Write(sb.ToString());
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

    /// <summary>
    /// A file written through a temporary twin (exclusive, unpredictable name, in the target's folder) and published by
    /// rename: at checkpoints through a second exclusive temporary copy, at the end by renaming the twin. Leaving without
    /// <see cref="Commit"/> deletes every temporary file of this run and of no other.
    /// </summary>
    private sealed class PublishedFile : IDisposable
    {
        private readonly string _path;
        private readonly string _temp;
        private readonly List<(string Temp, string Target)> _temps;
        private bool _committed;

        public PublishedFile(string path, List<(string Temp, string Target)> temps)
        {
            _path = path;
            _temps = temps;
            var stream = AtomicFile.CreateTemp(path, out _temp);
            temps.Add((_temp, path));
            Writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        }

        public StreamWriter Writer { get; }

        public void Checkpoint()
        {
            Writer.Flush();
            string? publish = null;
            try
            {
                using (var copy = AtomicFile.CreateTemp(_path, out publish))
                {
                    _temps.Add((publish, _path));
                    using var source = new FileStream(_temp, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                    source.CopyTo(copy);
                    copy.Flush(flushToDisk: true);
                }

                File.Move(publish, _path, overwrite: true);
                publish = null;
            }
            finally
            {
                if (publish is not null) AtomicFile.TryDelete(publish);
            }
        }

        public void Commit()
        {
            Writer.Flush();
            ((FileStream)Writer.BaseStream).Flush(flushToDisk: true);
            Writer.Dispose();
            File.Move(_temp, _path, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            if (_committed) return;
            try
            {
                Writer.Dispose();
            }
            catch (IOException)
            {
                // A full disk fails the last flush too; the temporary file goes all the same.
            }

            AtomicFile.TryDelete(_temp);
        }
    }
}
